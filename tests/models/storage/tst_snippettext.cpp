// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlestore.h"
#include "snippettext.h"

#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

// "{" and "}" stand for the highlight markers, "…" is the ellipsis, to keep rows legible.
QString marked(QString text)
{
    return text.replace(u'{', SnippetOpen).replace(u'}', SnippetClose);
}

} // namespace

class tst_SnippetText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readable_data();
    void readable();
    void excerpt_data();
    void excerpt();
    void excerptOfTypedWord_data();
    void excerptOfTypedWord();
    void stemExcerpt_data();
    void stemExcerpt();
};

void tst_SnippetText::readable_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *snippet, const char *expected) {
        QTest::newRow(name) << marked(QString::fromUtf8(snippet))
                            << marked(QString::fromUtf8(expected));
    };
    row("plain text stays", "…the {ferry} left at noon…", "…the {ferry} left at noon…");
    row("link text, not destination", "read the [{ferry} timetable](https://x.example/t.pdf) now",
        "read the {ferry} timetable now");
    row("highlight inside the destination goes", "see [the plan](https://{ferry}.example/) today",
        "see the plan today");
    row("link cut at the start", "{timetable}](https://x.example/t) and more",
        "{timetable} and more");
    row("link cut at the end", "read the [{ferry} timetable](https://x.exa…",
        "read the {ferry} timetable");
    row("image alt text", "![{harbour} at dawn](img.png) caption", "{harbour} at dawn caption");
    row("reference link", "the [{port} authority][1] said", "the {port} authority said");
    row("strong and emphasis", "a **{storm}** and *heavy* rain", "a {storm} and heavy rain");
    row("underscore emphasis", "_{calm}_ seas and __strong__ winds",
        "{calm} seas and strong winds");
    row("snake_case stays", "the field ferry_route_id is {set}",
        "the field ferry_route_id is {set}");
    row("lone asterisk stays", "5 * 3 {equals} 15", "5 * 3 {equals} 15");
    row("strikethrough", "~~old~~ {new} fares", "old {new} fares");
    row("inline code", "run `{ferry}-status` daily", "run {ferry}-status daily");
    row("code fence lines go", "before\n```python\nprint({x})\n```\nafter",
        "before\n\nprint({x})\n\nafter");
    row("table pipes and separator", "| {Route} | Fare |\n|---|:--:|\n| A | 5 |",
        "  {Route}   Fare  \n\n  A   5  ");
    row("heading, quote and list markers", "## {Tides}\n> quoted\n- item\n1. first",
        "{Tides}\nquoted\nitem\nfirst");
    row("escaped punctuation", "costs \\*not\\* \\[{much}\\]", "costs *not* [{much}]");
}

void tst_SnippetText::readable()
{
    QFETCH(QString, snippet);
    QFETCH(QString, expected);
    QCOMPARE(SnippetText::readable(snippet), expected);
}

void tst_SnippetText::excerpt_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QStringList &fields, const QStringList &terms,
                         const char *expected) {
        QTest::newRow(name) << fields << terms << marked(QString::fromUtf8(expected));
    };
    QStringList numbered;
    for (int i = 1; i <= 60; ++i)
        numbered.append(u"w%1"_s.arg(i));
    const QString longField = numbered.join(u' ');

    row("first field wins", {u"Lighthouse keeper retires"_s, u"The lighthouse is old"_s},
        {u"lighthouse"_s}, "{Lighthouse} keeper retires");
    row("later field when the first has none", {u"Weather"_s, u"The lighthouse is old."_s},
        {u"lighthouse"_s}, "The {lighthouse} is old.");
    row("every term highlighted", {u"City council: the council and the city met."_s},
        {u"city"_s, u"council"_s}, "{City} {council}: the {council} and the {city} met.");
    row("phrase as one highlight", {u"The council of the city met the city council."_s},
        {u"city council"_s}, "The council of the city met the {city council}.");
    row("phrase needs its words in order", {u"The council of the city met."_s}, {u"city council"_s},
        "");
    row("diacritics in the text", {u"Café in Zürich"_s}, {u"cafe"_s, u"ZURICH"_s},
        "{Café} in {Zürich}");
    row("diacritics in the term", {u"Creme brulee today"_s}, {u"crème"_s}, "{Creme} brulee today");
    row("compatibility forms in the term", {u"Finance news"_s}, {u"\uFB01nance"_s},
        "{Finance} news");
    row("whole words only", {u"Concatenate the scatter"_s}, {u"cat"_s}, "");
    row("punctuation splits words", {u"The city's council-chamber"_s}, {u"council"_s},
        "The city's {council}-chamber");
    row("cjk word", {u"今日 東京 は 晴れ"_s}, {u"東京"_s}, "今日 {東京} は 晴れ");
    row("cjk run is one word", {u"東京都"_s}, {u"東京"_s}, "");
    row("markdown kept for readable()", {u"read the [ferry timetable](https://x.example/t)"_s},
        {u"timetable"_s}, "read the [ferry {timetable}](https://x.example/t)");
    row("cut at both ends", {longField}, {u"w40"_s},
        "…w34 w35 w36 w37 w38 w39 {w40} w41 w42 w43 w44 w45 w46 w47 w48 w49 w50 w51 w52 w53 w54 "
        "w55 w56 w57…");
    row("cut at the end only", {longField}, {u"w5"_s},
        "w1 w2 w3 w4 {w5} w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 "
        "w24…");
    row("cut at the start only", {longField}, {u"w59"_s},
        "…w37 w38 w39 w40 w41 w42 w43 w44 w45 w46 w47 w48 w49 w50 w51 w52 w53 w54 w55 w56 w57 "
        "w58 {w59} w60");
    row("no match", {u"Nothing here"_s}, {u"absent"_s}, "");
    row("terms without words", {u"Nothing here"_s}, {u"***"_s}, "");
}

void tst_SnippetText::excerpt()
{
    QFETCH(QStringList, fields);
    QFETCH(QStringList, terms);
    QFETCH(QString, expected);
    QCOMPARE(SnippetText::excerpt(fields, terms), expected);
}

void tst_SnippetText::excerptOfTypedWord_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &field, const QStringList &terms,
                         const char *expected) {
        QTest::newRow(name) << field << terms << marked(QString::fromUtf8(expected));
    };
    row("begins a word", u"The harbourmaster retires"_s, {u"harbo"_s},
        "The {harbourmaster} retires");
    row("whole word", u"The harbour closes"_s, {u"harbour"_s}, "The {harbour} closes");
    row("only the last term", u"harbour news and newsletters"_s, {u"news"_s, u"harbo"_s},
        "{harbour} {news} and newsletters");
    row("last word of the term", u"the council's sessions"_s, {u"council's"_s},
        "the {council's} sessions");
    row("folded", u"Zürich news"_s, {u"ZUR"_s}, "{Zürich} news");
    row("not inside a word", u"the seaharbour"_s, {u"harbo"_s}, "");
}

void tst_SnippetText::excerptOfTypedWord()
{
    QFETCH(QString, field);
    QFETCH(QStringList, terms);
    QFETCH(QString, expected);
    QCOMPARE(SnippetText::excerpt({field}, SearchText::TypedTerms {terms, true}), expected);
}

void tst_SnippetText::stemExcerpt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("stems");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &field, const QStringList &stems,
                         const char *expected) {
        QTest::newRow(name) << field << stems << marked(QString::fromUtf8(expected));
    };
    row("every word a stem begins", u"Ferries and the ferrier's ferry"_s, {u"ferri"_s},
        "{Ferries} and the {ferrier}'s ferry");
    row("every stem", u"Harbour dues rise as the harbours close"_s, {u"harbour"_s, u"close"_s},
        "{Harbour} dues rise as the {harbours} {close}");
    row("folded", u"Die Häuser am Hafen"_s, {u"haus"_s}, "Die {Häuser} am Hafen");
    row("not inside a word", u"the seaharbour"_s, {u"harbour"_s}, "");
    row("no stems", u"Anything at all"_s, {}, "");
}

void tst_SnippetText::stemExcerpt()
{
    QFETCH(QString, field);
    QFETCH(QStringList, stems);
    QFETCH(QString, expected);
    QCOMPARE(SnippetText::stemExcerpt({field}, stems), expected);
}

QTEST_GUILESS_MAIN(tst_SnippetText)
#include "tst_snippettext.moc"
