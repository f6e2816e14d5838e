// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The line parsers of the import: bylines, quotes, headings, one row per way newsrooms type them.

#include "bylineparser.h"
#include "importheadings.h"
#include "quoteparser.h"

#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<ArticlePart::Kind>)

class TestImportParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byline_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("people"); // "name|role"
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("readingTime");
        QTest::addColumn<QStringList>("unplaced");

        QTest::newRow("one") << u"By Jane Doe"_s << QStringList {u"Jane Doe|"_s} << QDate()
                             << QString() << QStringList();
        QTest::newRow("oxford comma, role, date, read")
            << u"By Jane Doe, Transport Reporter, and Max Roe · 12 May 2026 · 5 min read"_s
            << QStringList {u"Jane Doe|Transport Reporter"_s, u"Max Roe|"_s} << QDate(2026, 5, 12)
            << u"5 min read"_s << QStringList();
        QTest::newRow("semicolons")
            << u"By Amira Hassan, Health Reporter; Ben Okafor, Data Editor and Clara Nguyen"_s
            << QStringList {u"Amira Hassan|Health Reporter"_s, u"Ben Okafor|Data Editor"_s,
                   u"Clara Nguyen|"_s}
            << QDate() << QString() << QStringList();
        QTest::newRow("two names without roles")
            << u"by Ana Lima, Tom Berry and Ines Ortiz | 1 June 2026"_s
            << QStringList {u"Ana Lima|"_s, u"Tom Berry|"_s, u"Ines Ortiz|"_s} << QDate(2026, 6, 1)
            << QString() << QStringList();
        QTest::newRow("german")
            << u"Von Erika Muster, Wirtschaftsredakteurin, und Jonas Beispiel | 3. März 2026 | 4 Min. Lesezeit"_s
            << QStringList {u"Erika Muster|Wirtschaftsredakteurin"_s, u"Jonas Beispiel|"_s}
            << QDate(2026, 3, 3) << u"4 Min. Lesezeit"_s << QStringList();
        QTest::newRow("german numeric date, Lesezeit with a colon")
            << u"Von Lena Probe · 14.02.2026 · Lesezeit: 3 Minuten"_s
            << QStringList {u"Lena Probe|"_s} << QDate(2026, 2, 14) << u"Lesezeit: 3 Minuten"_s
            << QStringList();
        QTest::newRow("role in lower case")
            << u"By Priya Shah, an economist at Northgate — Updated 2 April 2026"_s
            << QStringList {u"Priya Shah|an economist at Northgate"_s} << QDate(2026, 4, 2)
            << QString() << QStringList();
        QTest::newRow("unknown segment kept")
            << u"By Leo Martins · Exclusive"_s << QStringList {u"Leo Martins|"_s} << QDate()
            << QString() << QStringList {u"Exclusive"_s};
    }

    void byline()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, people);
        QFETCH(QDate, date);
        QFETCH(QString, readingTime);
        QFETCH(QStringList, unplaced);
        const auto parsed = BylineParser::parse(line);
        QVERIFY(parsed);
        QStringList actual;
        for (const Byline &byline : parsed->bylines)
            actual << byline.name + u'|' + byline.role;
        QCOMPARE(actual, people);
        QCOMPARE(parsed->date, date);
        QCOMPARE(parsed->readingTime, readingTime);
        QCOMPARE(parsed->unplaced, unplaced);
    }

    void notBylines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("prose") << u"Byways of the old town are closed."_s;
        QTest::newRow("no names") << u"By · 12 May 2026"_s;
        QTest::newRow("empty") << QString();
    }

    void notBylines()
    {
        QFETCH(QString, line);
        QVERIFY(!BylineParser::parse(line));
    }

    void quote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("role");
        QTest::newRow("said first")
            << u"“Dredging will change the currents,” said Tom Berry, chair of the co-operative."_s
            << u"Dredging will change the currents"_s << u"Tom Berry"_s
            << u"chair of the co-operative"_s;
        QTest::newRow("article dropped from role")
            << u"“Prices will fall,” said Jane Doe, an economist at X."_s << u"Prices will fall"_s
            << u"Jane Doe"_s << u"economist at X"_s;
        QTest::newRow("said last")
            << u"“We will lose our Sunday customers,” Raj Patel, owner of a hardware store, said."_s
            << u"We will lose our Sunday customers"_s << u"Raj Patel"_s
            << u"owner of a hardware store"_s;
        QTest::newRow("straight quotes, no role")
            << u"\"It works,\" says Ana Lima."_s << u"It works"_s << u"Ana Lima"_s << QString();
        QTest::newRow("german sagte")
            << u"„Der Markt entspannt sich“, sagte Petra Klein, Ökonomin am Institut."_s
            << u"Der Markt entspannt sich"_s << u"Petra Klein"_s << u"Ökonomin am Institut"_s;
        QTest::newRow("german so")
            << u"„Weitere Senkungen sind möglich“, so Karl Weiß, Vorstand der Stadtwerke."_s
            << u"Weitere Senkungen sind möglich"_s << u"Karl Weiß"_s
            << u"Vorstand der Stadtwerke"_s;
    }

    void quote()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QString, role);
        const auto parsed = QuoteParser::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->text, quote);
        QCOMPARE(parsed->speaker, speaker);
        QCOMPARE(parsed->role, role);
    }

    void notQuotes()
    {
        QVERIFY(!QuoteParser::parse(u"Many residents welcomed the decision."_s));
        QVERIFY(!QuoteParser::parse(u"“Just a quotation without anyone.”"_s));
        const Quote attributed = QuoteParser::withAttribution(
            u"“The terminal is full.”"_s, u"— Priya Shah, a port economist"_s);
        QCOMPARE(attributed.text, u"The terminal is full."_s);
        QCOMPARE(attributed.speaker, u"Priya Shah"_s);
        QCOMPARE(attributed.role, u"port economist"_s);
    }

    void headings_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<std::optional<ArticlePart::Kind>>("kind");
        using K = ArticlePart::Kind;
        const QList<std::pair<QString, std::optional<K>>> rows {{u"Key Facts"_s, K::KeyFacts},
            {u"AUF EINEN BLICK"_s, K::KeyFacts}, {u"Das Wichtigste:"_s, K::KeyFacts},
            {u"Key Takeaways"_s, K::KeyTakeaways}, {u"Fazit"_s, K::KeyTakeaways},
            {u"FAQ"_s, K::Faq}, {u"Häufige Fragen"_s, K::Faq},
            {u"Frequently Asked Questions"_s, K::Faq}, {u"References"_s, K::References},
            {u"Quellen"_s, K::References}, {u"Expert Insights"_s, K::Quotes},
            {u"Expertenstimmen"_s, K::Quotes}, {u"Background"_s, std::nullopt},
            {u"Key Facts about ferries"_s, std::nullopt}};
        for (const auto &[heading, kind] : rows)
            QTest::newRow(qPrintable(heading)) << heading << kind;
    }

    void headings()
    {
        QFETCH(QString, heading);
        QFETCH(std::optional<ArticlePart::Kind>, kind);
        QCOMPARE(ImportHeadings::kindOf(heading), kind);
    }

    void moreIn()
    {
        QCOMPARE(ImportHeadings::moreIn(u"More in Business"_s), std::optional(u"Business"_s));
        QCOMPARE(ImportHeadings::moreIn(u"Mehr aus Wirtschaft"_s), std::optional(u"Wirtschaft"_s));
        QVERIFY(!ImportHeadings::moreIn(u"More in the story below, which continues"_s));
        QVERIFY(!ImportHeadings::moreIn(u"Moreover, the council agreed."_s));
    }

    void readingTimes()
    {
        for (const QString &typed : {u"5 min read"_s, u"5-minute read"_s, u"4 Min. Lesezeit"_s,
                 u"Lesezeit: 3 Minuten"_s, u"Reading time: 6 min"_s})
            QVERIFY2(BylineParser::isReadingTime(typed), qPrintable(typed));
        QVERIFY(!BylineParser::isReadingTime(u"5 min"_s));
    }
};

QTEST_GUILESS_MAIN(TestImportParsers)
#include "tst_importparsers.moc"
