// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlemarkdown.h"
#include "imagefiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

void compareArticles(const Article &actual, const Article &expected)
{
    QCOMPARE(actual, expected);
    QCOMPARE(actual.published.timeSpec(), expected.published.timeSpec());
    QCOMPARE(actual.published.timeZone(), expected.published.timeZone());
}

/// Markdown read as an imported file in `base` (the current folder when empty) reads it: hero
/// files through the one image policy.
Result<Article> parse(const QByteArray &text, const QString &base = {})
{
    const QString folder = base.isEmpty() ? QDir::currentPath() : base;
    return ArticleMarkdown::fromMarkdown(
        text, u"story.md"_s, [folder](const QString &file) -> Result<HeroImage> {
            const Result<ImageFile> image
                = ImageFiles::readNamedIn(folder, file, ImagePolicy::hero());
            if (!image)
                return image.error();
            return HeroImage {image->data, image->mimeType, image->fileName, {}, {}, {}};
        });
}

} // namespace

class TestArticleMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data()
    {
        QTest::addColumn<Article>("article");
        QTest::newRow("full") << fullArticle();
        for (quint32 seed : {1u, 2u, 3u, 17u, 99u, 1234u})
            QTest::addRow("generated %u", seed) << generatedArticle(seed);
        QTest::newRow("empty") << Article();
        Article targeted = fullArticle();
        targeted.wordTarget = 650;
        QTest::newRow("word target") << targeted;
        Article odd = oddUnicodeArticle();
        odd.lede.clear();
        odd.parts.clear();
        QTest::newRow("odd unicode front matter") << odd;
        Article structured;
        structured.headline = u"Only structured parts"_s;
        ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts, u"At a glance"_s);
        facts.items = {u"one"_s, QString(), u"two\nlines"_s};
        ArticlePart quotes = ArticlePart::make(ArticlePart::Kind::Quotes);
        quotes.quotes = {{u"First paragraph.\n\nSecond paragraph."_s, u"Ana"_s, QString()},
            {QString(), u"Only a speaker"_s, u"Role, with comma"_s},
            {u"Anonymous"_s, QString(), QString()}};
        ArticlePart refs = ArticlePart::make(ArticlePart::Kind::References);
        refs.references = {{u"Title with [brackets] and \\"_s, u"https://example.org/a_(b)"_s,
                               QString(), QDate(2024, 2, 29)},
            {u"Spaces"_s, u"file name with spaces.pdf"_s, u"Publisher"_s, QDate()}, {}};
        ArticlePart faq = ArticlePart::make(ArticlePart::Kind::Faq);
        faq.faq = {{u"Empty answer?"_s, QString()},
            {u"Code?"_s, u"```\n### not a question\n## not a part\n```"_s}};
        ArticlePart untitled = ArticlePart::make(ArticlePart::Kind::Section);
        untitled.body = u"A section without a heading."_s;
        structured.parts = {facts, quotes, refs, faq, untitled};
        QTest::newRow("structured edge cases") << structured;
    }
    void roundTrip()
    {
        QFETCH(Article, article);
        const QByteArray markdown = ArticleMarkdown::toMarkdown(article);
        const auto read = parse(markdown);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        compareArticles(*read, article);
        QCOMPARE(ArticleMarkdown::toMarkdown(*read), markdown);
    }

    void output()
    {
        const QString md = QString::fromUtf8(ArticleMarkdown::toMarkdown(fullArticle()));
        QVERIFY(md.startsWith(
            u"---\n# Exported by Copydesk\nuuid: \"3f2b6c1e-8a4d-4e59-9b7a-2c1d5e6f7a80\"\nheadline: "_s));
        QVERIFY(md.contains(u"\ntimeZone: \"Europe/Berlin\"\n"_s));
        // The part's id and class in a comment that CommonMark renderers do not show.
        QVERIFY(md.contains(
            u"\n## Background\n[//]: # \"part #b7e3a1d2-0c4f-4a8e-9d61-5f2e8c7b3a01\"\n\n"_s));
        QVERIFY(md.contains(u"\n## Key Facts\n[//]: # \"part #d5a0f3b8-7e21-4c9d-8b3a-6f4e2d1c0b03 "
                            u".key-facts\"\n\n- Rainfall"_s));
        QVERIFY(md.contains(
            u"\n> — Dr. Miriam Adeyemi, Hydrologist, Technical University of Berlin\n"_s));
        QVERIFY(md.contains(u"\n### Is my street protected?\n\nThe barriers"_s));
        QVERIFY(md.contains(
            u"\n- [Audit of flood preparedness 2023](https://example.org/audit/2023-flood) — Berlin Audit Office\n"_s));
        QVERIFY(md.endsWith(
            u"accessed 2025-03-14\n- [Audit of flood preparedness 2023](https://example.org/audit/2023-flood) — Berlin Audit Office\n"_s));
    }

    void handWritten()
    {
        QTemporaryDir dir;
        QFile image(dir.filePath(u"photo.png"_s));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(tinyPng());
        image.close();
        const QByteArray text = "\xef\xbb\xbf---\r\n"
                                "bylines:\r\n"
                                "  - Jane Doe\r\n"
                                "  - {name: John Roe, role: Photographer}\r\n"
                                "published: 2025-07-01T09:30\r\n"
                                "timeZone: America/New_York\r\n"
                                "tags: [a, b]\r\n"
                                "status: approved\r\n"
                                "hero:\r\n"
                                "  file: photo.png\r\n"
                                "  alt: A photo\r\n"
                                "---\r\n"
                                "# The headline from the body\r\n"
                                "\r\n"
                                "Lede *here*.\r\n"
                                "\r\n"
                                "## Context ##\r\n"
                                "Body.\r\n"
                                "## Facts {.key-facts}\r\n"
                                "* one\r\n"
                                "+ two\r\n"
                                "## Voices {.quotes}\r\n"
                                "> Quoted.\r\n"
                                "> -- Ana Lima, Mayor\r\n";
        const auto read = parse(text, dir.path());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const Article &a = *read;
        QCOMPARE(a.headline, u"The headline from the body"_s);
        QCOMPARE(a.lede, u"Lede *here*."_s);
        QCOMPARE(
            a.bylines, (QList<Byline> {{u"Jane Doe"_s, {}}, {u"John Roe"_s, u"Photographer"_s}}));
        QCOMPARE(a.published.timeZone().id(), "America/New_York");
        QCOMPARE(a.published.toUTC().time(), QTime(13, 30));
        QCOMPARE(a.tags, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(a.status, ArticleStatus::Approved);
        QCOMPARE(a.hero.data, tinyPng());
        QCOMPARE(a.hero.fileName, u"photo.png"_s);
        QCOMPARE(a.hero.mimeType, u"image/png"_s);
        QCOMPARE(a.hero.altText, u"A photo"_s);
        QCOMPARE(a.parts.size(), 3);
        QCOMPARE(a.parts[0].heading, u"Context"_s);
        QCOMPARE(a.parts[0].body, u"Body."_s);
        QCOMPARE(a.parts[1].items, (QStringList {u"one"_s, u"two"_s}));
        QCOMPARE(a.parts[2].quotes, (QList<Quote> {{u"Quoted."_s, u"Ana Lima"_s, u"Mayor"_s}}));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        const QByteArray fm = "---\nheadline: x\n---\n\n"; // the body starts on line 5
        QTest::newRow("unclosed front matter")
            << QByteArray("---\nheadline: x\n")
            << u"story.md:1: the front matter is not closed with a “---” line"_s;
        QTest::newRow("yaml syntax")
            << QByteArray("---\nheadline: x\ndek: [unclosed\n---\n") << u"story.md:3: "_s;
        QTest::newRow("yaml indentation")
            << QByteArray("---\nheadline: x\n  dek: y\n---\n") << u"story.md:3: "_s;
        QTest::newRow("not a map")
            << QByteArray("---\n- a\n- b\n---\n")
            << u"story.md:2: the front matter must be a map of keys and values"_s;
        QTest::newRow("unknown key") << QByteArray("---\nheadline: x\nheadlin: y\n---\n")
                                     << u"story.md:3: unknown front matter key “headlin”"_s;
        QTest::newRow("headline list") << QByteArray("---\nheadline: [a, b]\n---\n")
                                       << u"story.md:2: “headline” must be text"_s;
        QTest::newRow("status") << QByteArray("---\nstatus: live\n---\n")
                                << u"story.md:2: unknown status “live”"_s;
        QTest::newRow("published")
            << QByteArray("---\ndek: d\npublished: next Tuesday\n---\n")
            << u"story.md:3: “published” must be an ISO 8601 date and time such as 2025-03-14T09:30:00+01:00"_s;
        QTest::newRow("time zone")
            << QByteArray("---\npublished: 2025-03-14T09:30:00Z\ntimeZone: Mars/Olympus\n---\n")
            << u"story.md:3: unknown time zone “Mars/Olympus”"_s;
        QTest::newRow("bylines map") << QByteArray("---\nbylines: {name: x}\n---\n")
                                     << u"story.md:2: “bylines” must be a list"_s;
        QTest::newRow("byline key") << QByteArray("---\nbylines:\n  - name: x\n    title: y\n---\n")
                                    << u"story.md:4: unknown byline key “title”"_s;
        QTest::newRow("word target text") << QByteArray("---\nwordTarget: long\n---\n")
                                          << u"story.md:2: “wordTarget” must be a whole number"_s;
        QTest::newRow("word target negative") << QByteArray(
            "---\nwordTarget: -1\n---\n") << u"story.md:2: “wordTarget” must be a whole number"_s;
        QTest::newRow("word target list") << QByteArray("---\nwordTarget: [800]\n---\n")
                                          << u"story.md:2: “wordTarget” must be a whole number"_s;
        QTest::newRow("tags scalar")
            << QByteArray("---\ntags: a, b\n---\n") << u"story.md:2: “tags” must be a list"_s;
        QTest::newRow("hero key") << QByteArray("---\nhero:\n  altText: x\n---\n")
                                  << u"story.md:3: unknown hero key “altText”"_s;
        QTest::newRow("hero file missing")
            << QByteArray("---\nheadline: x\nhero:\n  file: missing.png\n---\n")
            << u"story.md:4: hero image “missing.png”: no such file"_s;
        QTest::newRow("hero file outside")
            << QByteArray("---\nheadline: x\nhero:\n  file: /etc/passwd\n---\n")
            << u"story.md:4: hero image “/etc/passwd” is outside the article's folder"_s;
        QTest::newRow("nested 1,000 deep") << QByteArray(
            "---\nheadline: " + QByteArray(1000, '[') + QByteArray(1000, ']') + "\n---\n")
                                           << u"story.md:2: front matter nested too deeply"_s;
        QTest::newRow("nested 100,000 deep")
            << QByteArray("---\nheadline: " + QByteArray(100000, '{') + "\n---\n")
            << u"story.md:2: front matter nested too deeply"_s;
        QTest::newRow("hero file and data")
            << QByteArray("---\nhero:\n  file: a.png\n  data: AAAA\n---\n")
            << u"story.md:4: the hero has both “file” and “data”; give one"_s;
        QTest::newRow("hero base64") << QByteArray("---\nhero:\n  data: \"!!!\"\n---\n")
                                     << u"story.md:3: the hero “data” is not valid base64"_s;
        QTest::newRow("fact not a list item")
            << fm + "## Key Facts {.key-facts}\n\n- one\nnot an item\n"
            << u"story.md:8: Key Facts item is not a list item"_s;
        QTest::newRow("takeaway not a list item")
            << fm + "## Lessons {.key-takeaways}\n\n1. numbered\n"
            << u"story.md:7: Key Takeaways item is not a list item"_s;
        QTest::newRow("quote without >") << fm + "## Voices {.quotes}\n\n> One.\n> — A\n\nTwo.\n"
                                         << u"story.md:10: quote line does not start with “>”"_s;
        QTest::newRow("faq without question")
            << fm + "## FAQ {.faq}\n\nAn answer first.\n### Q?\n"
            << u"story.md:7: FAQ answer without a “### Question” heading"_s;
        QTest::newRow("reference not a link")
            << fm + "## Sources {.references}\n\n- [A](https://a.org)\nPlain text\n"
            << u"story.md:8: reference is not a list item like “- [Title](https://…) — Publisher, accessed 2025-01-31”"_s;
        QTest::newRow("reference unclosed")
            << fm + "## Sources {.references}\n- [A](https://a.org\n"
            << u"story.md:6: reference is not a list item like “- [Title](https://…) — Publisher, accessed 2025-01-31”"_s;
        QTest::newRow("reference date")
            << fm + "## Sources {.references}\n- [A](https://a.org) — P, accessed 2025-02-30\n"
            << u"story.md:6: “2025-02-30” is not a date like 2025-01-31"_s;
        QTest::newRow("unknown class") << fm + "Lede.\n\n## Box {#x .sidebar}\n"
                                       << u"story.md:7: unknown part class “.sidebar”"_s;
        QTest::newRow("two classes") << fm + "## Box {.faq .quotes}\n"
                                     << u"story.md:5: a heading can have only one part class"_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto read = parse(text, QDir::tempPath());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.startsWith(message), qPrintable(read.error().message));
        QCOMPARE(read.error().code,
            message.contains(u"no such file"_s) ? Error::Code::Io : Error::Code::InvalidInput);
    }

    void notAttributes()
    {
        const auto read = parse("## Results {final} \n\nText\n\n## Plan {#id and more}\n");
        QVERIFY(read.ok());
        QCOMPARE(read->parts.size(), 2);
        QCOMPARE(read->parts[0].heading, u"Results {final}"_s);
        QCOMPARE(read->parts[1].heading, u"Plan {#id and more}"_s);
        QVERIFY(read->parts[1].id.isEmpty());
    }

    void documentedExample()
    {
        QFile doc(QStringLiteral(COPYDESK_SOURCE_DIR "/docs/article-markdown.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype start = text.indexOf("~~~~markdown\n");
        const qsizetype end = text.indexOf("\n~~~~\n", start);
        QVERIFY(start >= 0 && end > start);
        const auto read = parse(text.mid(start + 13, end - start - 12));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QSet<ArticlePart::Kind> kinds;
        for (const ArticlePart &part : read->parts) {
            kinds.insert(part.kind);
            QVERIFY(!part.isEmpty());
        }
        QCOMPARE(kinds.size(), 6);
        QVERIFY(!read->hero.data.isEmpty());
        QCOMPARE(read->published.timeZone().id(), "Europe/Berlin");
    }
};

QTEST_GUILESS_MAIN(TestArticleMarkdown)
#include "tst_articlemarkdown.moc"
