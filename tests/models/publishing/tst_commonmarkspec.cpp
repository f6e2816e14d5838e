// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Every example of the CommonMark 0.31.2 specification (npm commonmark-spec, pinned in
// tests/tools) through MarkdownRenderer: none may crash, and each output must equal md4c-html's
// for the same input and parser flags, or differ only by the house differences documented in
// docs/markdown.md, each applied here as a named normalisation.
#include "checktools.h"
#include "markdownrenderer.h"
#include "urlpolicy.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <md4c-html.h>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

struct Example
{
    int number = 0;
    QString section;
    QString markdown;
};

QString specPath()
{
    return CheckTools::nodeTools() + u"/node_modules/commonmark-spec/spec.txt"_s;
}

/// The examples as the spec's own runners read them: a fence of 32 backticks and "example",
/// the Markdown, a line with a single dot, the HTML, the closing fence; → stands for a tab.
QList<Example> readExamples()
{
    QFile file(specPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString fence = QString(32, u'`');
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QList<Example> examples;
    QString section;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(u"<!-- END TESTS -->"))
            break;
        if (line.startsWith(u'#')) {
            section = line.section(u' ', 1).trimmed();
            continue;
        }
        if (line != fence + u" example"_s)
            continue;
        Example example;
        example.number = int(examples.size()) + 1;
        example.section = section;
        QStringList markdown;
        for (++i; i < lines.size() && lines.at(i) != u"."; ++i)
            markdown << lines.at(i);
        while (i < lines.size() && lines.at(i) != fence)
            ++i;
        example.markdown = (markdown.join(u'\n') + u'\n').replace(u'→', u'\t');
        examples << example;
    }
    return examples;
}

QString md4cHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    md_html(
        input.constData(), MD_SIZE(input.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *userdata) {
            static_cast<QByteArray *>(userdata)->append(text, size);
        },
        &output, MarkdownRenderer::parserFlags(), 0);
    return QString::fromUtf8(output);
}

/// One house difference: turns the reference (md4c-html) output or ours into the shape the other
/// has where only that difference applies.
struct Difference
{
    const char *name;
    QString (*reference)(const QString &);
    QString (*ours)(const QString &);
};

QString unchanged(const QString &html)
{
    return html;
}

// Apostrophes: we escape ' as &#39; everywhere (attributes may be single-quoted by templates).
QString apostrophes(const QString &html)
{
    return QString(html).replace(u"&#39;"_s, u"'"_s);
}

// Code blocks: ours are <pre class="code"> and highlighted with KSyntaxHighlighting spans.
QString plainCode(const QString &html)
{
    static const QRegularExpression block(u"<pre class=\"code\" tabindex=\"0\">(.*?)</pre>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression span(u"</?span[^>]*>"_s);
    QString out;
    qsizetype done = 0;
    for (const auto &match : block.globalMatch(html)) {
        out += QStringView(html).sliced(done, match.capturedStart() - done);
        out += u"<pre>"_s + match.captured(1).remove(span) + u"</pre>"_s;
        done = match.capturedEnd();
    }
    return out + html.sliced(done);
}

// Code languages: we keep an info string's first word as a class only when it looks like a
// language name (letters, digits, _+#.-, at most 32); md4c-html keeps any word.
QString trustedLanguages(const QString &html)
{
    static const QRegularExpression language(u"<code class=\"language-([^\"]*)\">"_s);
    static const QRegularExpression name(u"^[A-Za-z0-9_+#.-]{1,32}$"_s);
    QString out;
    qsizetype done = 0;
    for (const auto &match : language.globalMatch(html)) {
        out += QStringView(html).sliced(done, match.capturedStart() - done);
        const QString word = match.captured(1);
        out += name.match(word).hasMatch() ? match.captured(0) : u"<code>"_s;
        done = match.capturedEnd();
    }
    return out + html.sliced(done);
}

QString unescapedAttribute(QString value)
{
    return value.replace(u"&quot;"_s, u"\""_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&amp;"_s, u"&"_s);
}

// Links: UrlPolicy allows only http(s) with a host, mailto and #fragments; any other link
// (relative, javascript:, made-up schemes) is written as its text alone, and an allowed URL is
// written in UrlPolicy's normalised form. Applied to md4c-html's output: refused <a> tags are
// dropped, allowed ones rewritten as UrlPolicy would.
QString allowedLinks(const QString &html)
{
    static const QRegularExpression anchor(u"<a href=\"([^\"]*)\"((?: title=\"[^\"]*\")?)>"_s);
    QString out;
    qsizetype done = 0;
    QList<bool> open; // Whether each open <a> was kept.
    qsizetype scan = 0;
    while (true) {
        const auto match = anchor.match(html, scan);
        const qsizetype close = html.indexOf(u"</a>"_s, scan);
        if (!match.hasMatch() && close < 0)
            break;
        if (close >= 0 && (!match.hasMatch() || close < match.capturedStart())) {
            out += QStringView(html).sliced(done, close - done);
            if (open.isEmpty() || open.takeLast())
                out += u"</a>"_s;
            done = scan = close + 4;
            continue;
        }
        out += QStringView(html).sliced(done, match.capturedStart() - done);
        const QString href = UrlPolicy::link(unescapedAttribute(match.captured(1)));
        open << !href.isEmpty();
        if (!href.isEmpty()) {
            out += u"<a href=\""_s + href.toHtmlEscaped() + u'"' + match.captured(2) + u'>';
        }
        done = scan = match.capturedEnd();
    }
    return out + html.sliced(done);
}

// Images: pages make no outside requests, so only data: pictures are embedded; a web picture
// becomes a link to it (class external-image) with the alt text, any other one just its alt text.
QString imagesAsLinks(const QString &html)
{
    static const QRegularExpression image(
        u"<img src=\"([^\"]*)\" alt=\"([^\"]*)\"((?: title=\"[^\"]*\")?)>"_s);
    QString out;
    qsizetype done = 0;
    for (const auto &match : image.globalMatch(html)) {
        out += QStringView(html).sliced(done, match.capturedStart() - done);
        const QString source = unescapedAttribute(match.captured(1));
        const QString alt = match.captured(2);
        if (!UrlPolicy::embeddedImage(source).isEmpty()) {
            out += match.captured(0);
        } else if (const QString link = UrlPolicy::link(source); !link.isEmpty()) {
            out += u"<a class=\"external-image\" href=\""_s + link.toHtmlEscaped() + u'"'
                + match.captured(3) + u'>' + (alt.trimmed().isEmpty() ? link.toHtmlEscaped() : alt)
                + u"</a>"_s;
        } else {
            out += alt;
        }
        done = match.capturedEnd();
    }
    return out + html.sliced(done);
}

// URL brackets: UrlPolicy leaves [ and ] in a path or query as typed (browsers accept them);
// md4c-html percent-encodes them.
QString bracketsAsTyped(const QString &html)
{
    static const QRegularExpression href(u"href=\"[^\"]*\""_s);
    QString out;
    qsizetype done = 0;
    for (const auto &match : href.globalMatch(html)) {
        out += QStringView(html).sliced(done, match.capturedStart() - done);
        out += match.captured(0).replace(u"%5B"_s, u"["_s).replace(u"%5D"_s, u"]"_s);
        done = match.capturedEnd();
    }
    return out + html.sliced(done);
}

const Difference differences[] = {
    {"URL brackets left as typed", bracketsAsTyped, unchanged},
    {"apostrophes escaped", unchanged, apostrophes},
    {"highlighted code blocks", unchanged, plainCode},
    {"only language-like code classes", trustedLanguages, unchanged},
    {"links only to allowed URLs", allowedLinks, unchanged},
    {"web images become links", imagesAsLinks, unchanged},
};

} // namespace

class TestCommonMarkSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void example_data();
    void example();
    void cleanupTestCase();

private:
    QList<Example> m_examples;
    QMap<QString, int> m_explainedBy;
};

void TestCommonMarkSpec::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_examples = readExamples();
    if (m_examples.isEmpty()) {
        const QString why
            = u"no CommonMark spec at %1 — ./dev installs it from tests/tools"_s.arg(specPath());
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QCOMPARE(m_examples.size(), 652);
}

void TestCommonMarkSpec::example_data()
{
    QTest::addColumn<QString>("markdown");
    const QList<Example> examples = readExamples();
    for (const Example &example : examples) {
        QTest::addRow("%d %s", example.number, qPrintable(example.section)) << example.markdown;
    }
}

void TestCommonMarkSpec::example()
{
    QFETCH(QString, markdown);
    // headingOffset 0: the spec's own levels (the page shifts them under the headline).
    const QString ours = MarkdownRenderer::toHtml(markdown, 0);
    QString reference = md4cHtml(markdown);
    if (markdown.trimmed().isEmpty())
        reference.clear(); // We write nothing at all for an empty body.
    QString normalisedOurs = ours;
    QStringList applied;
    for (const Difference &difference : differences) {
        if (normalisedOurs == reference)
            break;
        const QString nextReference = difference.reference(reference);
        const QString nextOurs = difference.ours(normalisedOurs);
        if (nextReference != reference || nextOurs != normalisedOurs)
            applied << QString::fromLatin1(difference.name);
        reference = nextReference;
        normalisedOurs = nextOurs;
    }
    QVERIFY2(normalisedOurs == reference,
        qPrintable(u"\nmarkdown: %1\nours:     %2\nmd4c:     %3\n(after: %4)"_s.arg(
            markdown, ours, md4cHtml(markdown), applied.join(u", "_s))));
    if (applied.isEmpty())
        ++m_explainedBy[u"identical"_s];
    for (const QString &name : std::as_const(applied))
        ++m_explainedBy[name];
}

void TestCommonMarkSpec::cleanupTestCase()
{
    for (auto it = m_explainedBy.cbegin(); it != m_explainedBy.cend(); ++it)
        qInfo("%s: %d examples", qPrintable(it.key()), it.value());
}

QTEST_GUILESS_MAIN(TestCommonMarkSpec)
#include "tst_commonmarkspec.moc"
