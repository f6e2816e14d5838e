// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "newsvocabulary.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString allText(const Article &a)
{
    QStringList text {a.headline, a.dek, a.lede, a.hero.caption};
    for (const ArticlePart &p : a.parts) {
        text << p.heading << p.body << p.items;
        for (const Quote &q : p.quotes)
            text << q.text << q.speaker << q.role;
        for (const FaqEntry &f : p.faq)
            text << f.question << f.answer;
        for (const Reference &r : p.references)
            text << r.title << r.publisher;
    }
    return text.join(u'\n');
}

QSet<QString> wordSet(const QString &text)
{
    QSet<QString> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text.at(i).isLetter();
        if (letter && start < 0)
            start = i;
        else if (!letter && start >= 0) {
            words.insert(text.mid(start, i - start));
            start = -1;
        }
    }
    return words;
}

int plainWordCount(const Article &a)
{
    return int(allText(a).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size());
}

QSet<ArticlePart::Kind> kinds(const Article &a)
{
    QSet<ArticlePart::Kind> result;
    for (const ArticlePart &p : a.parts)
        result.insert(p.kind);
    return result;
}

} // namespace

class TestArticleFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullArticleUsesEverything()
    {
        const Article a = fullArticle();
        QCOMPARE(a, fullArticle());
        QCOMPARE(kinds(a).size(), 6);
        QCOMPARE(a.parts.size(), 8);
        QCOMPARE(a.published.timeZone().id(), "Europe/Berlin");
        QCOMPARE(a.published.offsetFromUtc(), 3600);
        QVERIFY(a.hero.data.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(a.hero.data.endsWith("IEND\xae\x42\x60\x82"));
        QCOMPARE(a.bylines.size(), 2);
        for (const ArticlePart &p : a.parts) {
            QVERIFY2(!p.isEmpty(), qPrintable(p.id));
            QCOMPARE(a.partIndex(p.id), a.parts.indexOf(p));
        }
        const QString bodies = a.parts.at(1).body + a.parts.at(4).body;
        QVERIFY(bodies.contains(u"|---|"_s));
        QVERIFY(bodies.contains(u"```text\n## "_s));
    }

    void oddUnicodeIsOdd()
    {
        const Article a = oddUnicodeArticle();
        QCOMPARE(a, oddUnicodeArticle());
        const QString text = allText(a) + a.tags.join(u' ');
        QVERIFY(text.contains(u'\u2028'));
        QVERIFY(text.contains(u"\u200D"_s));
        QVERIFY(text.contains(QChar::highSurrogate(0x2070E)));
        QVERIFY(a.tags.contains(QString()));
        QVERIFY(!a.published.timeZone().hasTransitions());
        QCOMPARE(a.published.offsetFromUtc(), 20700);
    }

    void generatedIsDeterministicAndComplete()
    {
        QCOMPARE(generatedArticle(42), generatedArticle(42));
        QVERIFY(generatedArticle(42) != generatedArticle(43));
        QSet<ArticleStatus> statuses;
        QSet<QString> categories, authors, headlines;
        for (quint32 seed = 0; seed < 300; ++seed) {
            const Article a = generatedArticle(seed, 800);
            QCOMPARE(kinds(a).size(), 6);
            QCOMPARE(a.parts.size(), 8);
            QVERIFY(!a.uuid.isEmpty());
            QCOMPARE(a.published.isValid(), a.status != ArticleStatus::Draft);
            for (const ArticlePart &p : a.parts)
                QVERIFY(!p.isEmpty());
            statuses.insert(a.status);
            categories.insert(a.category);
            headlines.insert(a.headline);
            for (const Byline &b : a.bylines)
                authors.insert(b.name);
        }
        QCOMPARE(statuses.size(), 6);
        QCOMPARE(categories.size(), 8);
        QVERIFY(authors.size() > 24 && authors.size() <= 36);
        QVERIFY(headlines.size() > 290);
    }

    void generatedLengthFollowsTarget_data()
    {
        QTest::addColumn<int>("target");
        QTest::newRow("300") << 300;
        QTest::newRow("1500") << 1500;
        QTest::newRow("20000") << 20000;
    }
    void generatedLengthFollowsTarget()
    {
        QFETCH(int, target);
        for (quint32 seed = 1; seed <= 5; ++seed) {
            const int words = plainWordCount(generatedArticle(seed, target));
            QVERIFY2(words > target * 85 / 100 && words < target * 125 / 100 + 250,
                qPrintable(u"%1 words for %2"_s.arg(words).arg(target)));
        }
    }

    void vocabularyClassesAreDisjoint()
    {
        QSet<QString> mid, rare;
        for (int i = 0; i < NewsVocabulary::MidWordCount; ++i)
            mid.insert(NewsVocabulary::midWord(i));
        for (int i = 0; i < NewsVocabulary::RareWordCount; ++i)
            rare.insert(NewsVocabulary::rareWord(i));
        QCOMPARE(mid.size(), NewsVocabulary::MidWordCount);
        QCOMPARE(rare.size(), NewsVocabulary::RareWordCount);
        QVERIFY(!mid.intersects(rare));
        const QSet<QString> common = wordSet(allText(generatedArticle(7, 20000)));
        QVERIFY(!common.intersects(rare));
        for (const QString &term : midTerms())
            QVERIFY(mid.contains(term));
        for (const QString &term : rareTerms())
            QVERIFY(rare.contains(term));
    }

    void frequencyClasses()
    {
        const int articles = 3000;
        QHash<QString, int> documentFrequency;
        int withRare = 0;
        QSet<QString> allRare;
        for (int i = 0; i < NewsVocabulary::RareWordCount; ++i)
            allRare.insert(NewsVocabulary::rareWord(i));
        for (quint32 seed = 0; seed < articles; ++seed) {
            const QSet<QString> words = wordSet(allText(generatedArticle(seed)));
            for (const QString &w : words)
                ++documentFrequency[w];
            withRare += words.intersects(allRare);
        }
        for (const QString &term : commonTerms())
            QVERIFY2(documentFrequency.value(term) > articles / 2, qPrintable(term));
        int midTotal = 0;
        for (const QString &term : midTerms()) {
            const int df = documentFrequency.value(term);
            QVERIFY2(df < articles * 3 / 100, qPrintable(term));
            midTotal += df;
        }
        // 20 terms at 1% each: about 600 occurrences in 3,000 articles.
        QVERIFY2(midTotal > 450 && midTotal < 750, qPrintable(QString::number(midTotal)));
        // One article in ten names one of 2,000 rare words: each in ~5 of 100,000 articles.
        QVERIFY2(withRare > articles * 7 / 100 && withRare < articles * 13 / 100,
            qPrintable(QString::number(withRare)));
        for (const QString &term : rareTerms())
            QVERIFY2(documentFrequency.value(term) <= 3, qPrintable(term));
    }

    void generationIsFast()
    {
#ifdef COPYDESK_SANITIZED
        QSKIP("timings mean nothing under AddressSanitizer");
#endif
        QElapsedTimer timer;
        timer.start();
        qsizetype size = 0;
        for (quint32 seed = 0; seed < 5000; ++seed)
            size += generatedArticle(seed).lede.size();
        const qint64 ms = timer.elapsed();
        qInfo("5,000 articles of 1,500 words in %lld ms", ms);
        QVERIFY(size > 0);
        QVERIFY2(ms < 15000, "100,000 articles must take well under a minute");
    }
};

QTEST_GUILESS_MAIN(TestArticleFactory)
#include "tst_articlefactory.moc"
