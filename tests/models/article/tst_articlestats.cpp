// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlestats.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestArticleStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("images");
        QTest::newRow("empty") << QString() << 0 << 0;
        QTest::newRow("blank") << u"  \n\t \n"_s << 0 << 0;
        QTest::newRow("plain") << u"Hello, world. How are you?"_s << 5 << 0;
        QTest::newRow("hyphens separate") << u"A state-of-the-art, well‑known design"_s << 8 << 0;
        QTest::newRow("dashes are not hyphens")
            << u"now -- or -never - then — later–sooner"_s << 6 << 0;
        QTest::newRow("apostrophes")
            << u"Don't say it’s the writers' fault, rock 'n' roll"_s << 9 << 0;
        QTest::newRow("numbers") << u"3.14 and 1,000,000 at 10:30, costs €48 or 12%"_s << 10 << 0;
        QTest::newRow("sentence-final dot") << u"It rose by 12. Then 7, then 8."_s << 8 << 0;
        QTest::newRow("han") << u"東京都"_s << 3 << 0;
        QTest::newRow("hiragana one by one, katakana as a run")
            << u"ひらがなとカタカナ"_s << 6 << 0;
        QTest::newRow("prolonged sound mark") << u"ラーメン"_s << 1 << 0;
        QTest::newRow("hangul words") << u"한국어 문장"_s << 2 << 0;
        QTest::newRow("mixed cjk and latin") << u"日本語 text and 中文mixed"_s << 8 << 0;
        QTest::newRow("astral han") << u"𠜎𠜱 two"_s << 3 << 0;
        QTest::newRow("arabic") << u"مرحبا بالعالم الجميل"_s << 3 << 0;
        QTest::newRow("combining marks") << u"Zoe\u0308 and cafe\u0301 a\u0301e\u0300"_s << 4 << 0;
        QTest::newRow("emoji are not words")
            << u"👍 great 👩‍👩‍👧‍👦 🇩🇪"_s << 1 << 0;
        QTest::newRow("heading and emphasis") << u"## The **bold** and _the_ *quick*"_s << 5 << 0;
        QTest::newRow("link")
            << u"Read [the report](https://example.org/a-long/path-2025.pdf) now"_s << 4 << 0;
        QTest::newRow("link with title")
            << u"[Copydesk](https://example.org \"Home page\") rocks"_s << 2 << 0;
        QTest::newRow("reference link")
            << u"See [the data][1].\n\n[1]: https://example.org/data"_s << 3 << 0;
        QTest::newRow("image") << u"![A map of the zone](map.png) Caption here"_s << 2 << 1;
        QTest::newRow("reference image") << u"![chart][c] after\n\n[c]: c.png"_s << 1 << 1;
        QTest::newRow("undefined reference is text") << u"![chart][c] after"_s << 3 << 0;
        QTest::newRow("linked image") << u"[![badge](b.svg)](https://x.org) ok"_s << 1 << 1;
        QTest::newRow("bare url") << u"Visit https://example.org/path?q=1&x=2. Now"_s << 10 << 0;
        QTest::newRow("autolink") << u"Mail <https://example.org/contact> today"_s << 6 << 0;
        // Raw HTML is text: the page shows it as typed.
        QTest::newRow("html") << u"a <b>bold</b> <span class=\"x\">tag</span>&nbsp;here"_s << 10
                              << 0;
        QTest::newRow("entities") << u"caf&eacute; &amp; &#x42;ar"_s << 2 << 0;
        QTest::newRow("less than") << u"if a < b then"_s << 4 << 0;
        QTest::newRow("ordered list") << u"1. First item\n2) Second\n10. Tenth"_s << 4 << 0;
        QTest::newRow("bullets and quotes") << u"- one\n* two\n+ three\n> quoted text"_s << 5 << 0;
        QTest::newRow("table") << u"| Gauge | Peak (cm) |\n|---|---:|\n| Mühlendamm | 412 |"_s << 5
                               << 0;
        QTest::newRow("fenced code")
            << u"Before\n```cpp\nint x = 1; // one\n```\nafter"_s << 6 << 0;
        QTest::newRow("fence keeps markdown literal")
            << u"~~~\n![not](an image) [x](y)\n~~~"_s << 5 << 0;
        QTest::newRow("unclosed fence") << u"```\ncode only"_s << 2 << 0;
        QTest::newRow("inline code") << u"Use `git commit` now"_s << 4 << 0;
        QTest::newRow("escapes") << u"\\*not emphasis\\* 5\\% off"_s << 4 << 0;
        QTest::newRow("underscore joins") << u"snake_case"_s << 1 << 0;
        QTest::newRow("long word") << QString(5000, u'x') << 1 << 0;
        QTest::newRow("line separator") << u"one\u2028two\u2029three"_s << 3 << 0;
    }
    void countWords()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QFETCH(int, images);
        QCOMPARE(ArticleStats::countWords(text), words);
        QCOMPARE(ArticleStats::countImages(text), images);
    }

    void wordCountCoversWhatReadersRead()
    {
        Article a;
        QCOMPARE(ArticleStats::wordCount(a), 0);
        QCOMPARE(ArticleStats::readingMinutes(a), 0);
        QCOMPARE(ArticleStats::readingSeconds(a), 0);

        a.headline = u"Two words"_s;
        a.dek = u"Three more words"_s;
        a.lede = u"Four [words](https://x.org) in lede"_s;
        a.hero.caption = u"Caption without image"_s; // not shown, not counted
        a.bylines = {{u"Not Counted"_s, u"Staff"_s}};
        a.tags = {u"ignored"_s};
        QCOMPARE(ArticleStats::wordCount(a), 9);
        a.hero.data = tinyPng();
        QCOMPARE(ArticleStats::wordCount(a), 12);

        ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts);
        facts.items = {u"one item"_s, u"another one here"_s};
        facts.body = u"ignored because facts have no body"_s;
        // Its default heading ("Key Facts") is the page's label, not the article's words.
        a.parts.append(facts);
        QCOMPARE(ArticleStats::wordCount(a), 12 + 5);
        ArticlePart quotes = ArticlePart::make(ArticlePart::Kind::Quotes, u"Voices"_s);
        quotes.quotes = {{u"Said this"_s, u"Ana Lima"_s, u"Mayor"_s}};
        a.parts.append(quotes);
        QCOMPARE(ArticleStats::wordCount(a), 17 + 1 + 5);
        ArticlePart refs = ArticlePart::make(ArticlePart::Kind::References);
        refs.references = {{u"A title"_s, u"https://a.b/c"_s, u"Publisher"_s, QDate(2024, 1, 1)}};
        a.parts.append(refs);
        QCOMPARE(ArticleStats::wordCount(a), 23 + 3); // no default "References"
        ArticlePart faq = ArticlePart::make(ArticlePart::Kind::Faq, u"Questions"_s);
        faq.faq = {{u"Why?"_s, u"Because it is."_s}};
        a.parts.append(faq);
        QCOMPARE(ArticleStats::wordCount(a), 26 + 1 + 4);
        // A heading the writer gave a structured part counts like any text.
        a.parts[0].heading = u"What we know"_s;
        QCOMPARE(ArticleStats::wordCount(a), 31 + 3);
    }

    void readingTime_data()
    {
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("inlineImages");
        QTest::addColumn<bool>("hero");
        QTest::addColumn<int>("wordsPerMinute");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("minutes");
        QTest::newRow("one word") << 1 << 0 << false << 230 << 1 << 1;
        QTest::newRow("exactly a minute") << 230 << 0 << false << 230 << 60 << 1;
        QTest::newRow("just over") << 231 << 0 << false << 230 << 61 << 2;
        QTest::newRow("long read") << 2300 << 0 << false << 230 << 600 << 10;
        QTest::newRow("hero only") << 0 << 0 << true << 230 << 12 << 1;
        QTest::newRow("images add up") << 230 << 4 << true << 230 << 120 << 2;
        QTest::newRow("slow reader") << 300 << 0 << false << 100 << 180 << 3;
        QTest::newRow("bad speed means default") << 230 << 0 << false << 0 << 60 << 1;
    }
    void readingTime()
    {
        QFETCH(int, words);
        QFETCH(int, inlineImages);
        QFETCH(bool, hero);
        QFETCH(int, wordsPerMinute);
        QFETCH(int, seconds);
        QFETCH(int, minutes);
        Article a;
        QStringList text(words, u"word"_s);
        for (int i = 0; i < inlineImages; ++i)
            text << u"![](p%1.png)"_s.arg(i);
        a.lede = text.join(u' ');
        if (hero)
            a.hero.data = tinyPng();
        QCOMPARE(ArticleStats::wordCount(a), words);
        const ReadingTimeOptions options {wordsPerMinute, 12};
        QCOMPARE(ArticleStats::readingSeconds(a, options), seconds);
        QCOMPARE(ArticleStats::readingMinutes(a, options), minutes);
    }

    void realArticles()
    {
        const Article full = fullArticle();
        const int words = ArticleStats::wordCount(full);
        QVERIFY2(words > 500 && words < 700, qPrintable(QString::number(words)));
        QCOMPARE(
            ArticleStats::readingMinutes(full), (ArticleStats::readingSeconds(full) + 59) / 60);
        QVERIFY(ArticleStats::wordCount(oddUnicodeArticle()) > 40);
        QElapsedTimer timer;
        timer.start();
        qint64 total = 0;
        for (quint32 seed = 0; seed < 200; ++seed) {
            const int count = ArticleStats::wordCount(generatedArticle(seed));
            QVERIFY2(count > 1300 && count < 2000, qPrintable(QString::number(count)));
            total += count;
        }
        qInfo("200 generated articles, %lld words, counted in %lld ms", total, timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestArticleStats)
#include "tst_articlestats.moc"
