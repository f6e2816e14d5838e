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

QTEST_GUILESS_MAIN(tst_SnippetText)
#include "tst_snippettext.moc"
