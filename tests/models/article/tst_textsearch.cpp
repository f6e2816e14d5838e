// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Find and replace over an article's text fields: the fields in document order, matching with
// and without case and whole words, and replacing in every part at once.

#include "articletextfields.h"
#include "textsearch.h"

#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::TextSearchOptions)

namespace {

/// One part of every kind, each with the word "river" somewhere.
Article riverArticle()
{
    Article article;
    article.headline = u"River rises"_s;
    article.dek = u"The river broke its banks"_s;
    article.lede = u"Rivers and a *river*."_s;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"By the river"_s);
    section.id = u"s"_s;
    section.body = u"No match here."_s;
    ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts);
    facts.id = u"k"_s;
    facts.items = {u"one"_s, u"the RIVER"_s};
    ArticlePart quotes = ArticlePart::make(ArticlePart::Kind::Quotes);
    quotes.id = u"q"_s;
    quotes.quotes = {{u"Water"_s, u"Ann River"_s, u"Mayor"_s}};
    ArticlePart faq = ArticlePart::make(ArticlePart::Kind::Faq);
    faq.id = u"f"_s;
    faq.faq = {{u"Why?"_s, u"The river."_s}};
    ArticlePart references = ArticlePart::make(ArticlePart::Kind::References);
    references.id = u"r"_s;
    references.references = {{u"River report"_s, u"https://example.org/river"_s, u"Ag"_s, {}}};
    article.parts = {section, facts, quotes, faq, references};
    return article;
}

QStringList texts(const Article &article)
{
    QStringList list;
    for (const ArticleTextField &field : ArticleTextFields::list(article))
        list << field.text;
    return list;
}

} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsInDocumentOrder()
    {
        QStringList paths;
        for (const ArticleTextField &field : ArticleTextFields::list(riverArticle()))
            paths << field.path;
        QCOMPARE(paths,
            QStringList({u"headline"_s, u"dek"_s, u"dateline"_s, u"category"_s, u"hero.caption"_s,
                u"hero.altText"_s, u"hero.credit"_s, u"lede"_s, u"parts/s/heading"_s,
                u"parts/s/body"_s, u"parts/k/heading"_s, u"parts/k/items/0"_s, u"parts/k/items/1"_s,
                u"parts/q/heading"_s, u"parts/q/quotes/0/text"_s, u"parts/q/quotes/0/speaker"_s,
                u"parts/q/quotes/0/role"_s, u"parts/f/heading"_s, u"parts/f/faq/0/question"_s,
                u"parts/f/faq/0/answer"_s, u"parts/r/heading"_s, u"parts/r/references/0/title"_s,
                u"parts/r/references/0/url"_s, u"parts/r/references/0/publisher"_s}));
    }

    void setReachesEveryField()
    {
        Article article = riverArticle();
        for (const ArticleTextField &field : ArticleTextFields::list(riverArticle()))
            QVERIFY2(
                ArticleTextFields::set(article, field.path, field.path), qPrintable(field.path));
        for (const ArticleTextField &field : ArticleTextFields::list(article))
            QCOMPARE(field.text, field.path);
        QCOMPARE(article.parts.at(2).quotes.at(0).role, u"parts/q/quotes/0/role"_s);
        QCOMPARE(article.parts.at(4).references.at(0).url, u"parts/r/references/0/url"_s);
    }

    void setRefusesWhatIsNoField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QString();
        QTest::newRow("bylines") << u"bylines"_s;
        QTest::newRow("unknown part") << u"parts/x/heading"_s;
        QTest::newRow("body of a list") << u"parts/k/body"_s;
        QTest::newRow("items of a section") << u"parts/s/items/0"_s;
        QTest::newRow("item out of range") << u"parts/k/items/2"_s;
        QTest::newRow("negative item") << u"parts/k/items/-1"_s;
        QTest::newRow("quote without member") << u"parts/q/quotes/0"_s;
        QTest::newRow("unknown quote member") << u"parts/q/quotes/0/title"_s;
        QTest::newRow("faq out of range") << u"parts/f/faq/1/question"_s;
        QTest::newRow("too deep") << u"parts/r/references/0/url/x"_s;
    }

    void setRefusesWhatIsNoField()
    {
        QFETCH(QString, path);
        Article article = riverArticle();
        QVERIFY(!ArticleTextFields::set(article, path, u"x"_s));
        QCOMPARE(article, riverArticle());
    }

    void findAll_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<TextSearchOptions>("options");
        QTest::addColumn<int>("count");
        QTest::newRow("any case") << u"river"_s << TextSearchOptions {} << 10;
        QTest::newRow("match case") << u"river"_s << TextSearchOptions {true, false} << 5;
        QTest::newRow("whole words") << u"river"_s << TextSearchOptions {false, true} << 9;
        QTest::newRow("both") << u"River"_s << TextSearchOptions {true, true} << 3;
        QTest::newRow("empty") << QString() << TextSearchOptions {} << 0;
        QTest::newRow("absent") << u"lake"_s << TextSearchOptions {} << 0;
        QTest::newRow("phrase") << u"the river"_s << TextSearchOptions {} << 4;
    }

    void findAll()
    {
        QFETCH(QString, needle);
        QFETCH(TextSearchOptions, options);
        QFETCH(int, count);
        QCOMPARE(TextSearch::findAll(texts(riverArticle()), needle, options).size(), count);
    }

    void matchesInOrderWithPositions()
    {
        const QList<TextMatch> matches
            = TextSearch::findAll({u"aXa"_s, QString(), u"xx x"_s}, u"x"_s, {});
        QCOMPARE(matches, QList<TextMatch>({{0, 1, 1}, {2, 0, 1}, {2, 1, 1}, {2, 3, 1}}));
    }

    void matchesDoNotOverlap()
    {
        QCOMPARE(TextSearch::findAll({u"aaaa"_s}, u"aa"_s, {}),
            QList<TextMatch>({{0, 0, 2}, {0, 2, 2}}));
    }

    void wholeWordsSkipsPartsOfWords()
    {
        // The first "art" is inside a word; the search goes on to the one that is not.
        QCOMPARE(TextSearch::findAll({u"article art"_s}, u"art"_s, {false, true}),
            QList<TextMatch>({{0, 8, 3}}));
    }

    void replaceAllInText()
    {
        qsizetype count = 0;
        QCOMPARE(TextSearch::replaceAll(u"Cat cat concat"_s, u"cat"_s, u"dog"_s, {}, &count),
            u"dog dog condog"_s);
        QCOMPARE(count, 3);
        QCOMPARE(
            TextSearch::replaceAll(u"Cat cat concat"_s, u"cat"_s, u"dog"_s, {true, true}, &count),
            u"Cat dog concat"_s);
        QCOMPARE(count, 1);
        // The replacement is taken literally and may contain the needle.
        QCOMPARE(
            TextSearch::replaceAll(u"a.a"_s, u"a"_s, u"aa\\1"_s, {}, &count), u"aa\\1.aa\\1"_s);
        QCOMPARE(count, 2);
    }

    void replaceAllInArticle()
    {
        Article article = riverArticle();
        qsizetype count = 0;
        const QList<ArticleTextField> changed
            = TextSearch::replaceAll(article, u"river"_s, u"lake"_s, {false, true}, &count);
        QCOMPARE(count, 9);
        QCOMPARE(changed.size(), 9); // one match per field here
        QCOMPARE(changed.first(), (ArticleTextField {u"headline"_s, u"lake rises"_s}));
        for (const ArticleTextField &field : changed)
            QVERIFY(ArticleTextFields::set(article, field.path, field.text));
        QCOMPARE(article.lede, u"Rivers and a *lake*."_s);
        QCOMPARE(article.parts.at(0).heading, u"By the lake"_s);
        QCOMPARE(article.parts.at(1).items.at(1), u"the lake"_s);
        QCOMPARE(article.parts.at(2).quotes.at(0).speaker, u"Ann lake"_s);
        QCOMPARE(article.parts.at(3).faq.at(0).answer, u"The lake."_s);
        QCOMPARE(article.parts.at(4).references.at(0).url, u"https://example.org/lake"_s);
        QCOMPARE(TextSearch::findAll(texts(article), u"river"_s, {false, true}).size(), 0);

        QVERIFY(TextSearch::replaceAll(riverArticle(), u"lake"_s, u"sea"_s, {}, &count).isEmpty());
        QCOMPARE(count, 0);
    }

    void replaceAt()
    {
        const Article article = riverArticle();
        const auto answer = u"parts/f/faq/0/answer"_s;
        QCOMPARE(TextSearch::replaceAt(article, answer, 4, 5, u"sea"_s),
            (ArticleTextField {answer, u"The sea."_s}));
        QCOMPARE(TextSearch::replaceAt(article, answer, 0, 10, QString()),
            (ArticleTextField {answer, QString()}));
        QVERIFY(!TextSearch::replaceAt(article, answer, 6, 5, u"x"_s));
        QVERIFY(!TextSearch::replaceAt(article, answer, -1, 1, u"x"_s));
        QVERIFY(!TextSearch::replaceAt(article, u"bylines"_s, 0, 0, u"x"_s));
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
