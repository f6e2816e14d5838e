#include "snippettext.h"

#include "articlestore.h"

#include <QRegularExpression>
#include <QStringList>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

// Each line's block syntax: code fences, table separator rows, heading, quote and list markers.
QString withoutBlockSyntax(const QString &line)
{
    static const QRegularExpression fence(u"^\\s{0,3}(```|~~~).*$"_s);
    static const QRegularExpression separatorRow(u"^[\\s|:\\-]*-[\\s|:\\-]*$"_s);
    static const QRegularExpression marker(
        u"^\\s*(#{1,6}\\s+|>\\s*|[-+*]\\s+|\\d{1,9}[.)]\\s+)+"_s);
    if (fence.match(line).hasMatch() || separatorRow.match(line).hasMatch())
        return {};
    QString text = line;
    text.remove(marker);
    return text;
}

} // namespace

QString SnippetText::readable(const QString &snippet)
{
    // Link and image destinations, also when the snippet cuts them off at the end: "](url)",
    // "](url", and reference labels "][ref]". A highlight inside them goes with them.
    static const QRegularExpression destination(u"(?<!\\\\)\\]\\([^)\\s]*(\\)|$)"_s);
    static const QRegularExpression reference(u"(?<!\\\\)\\]\\[[^\\]\\s]*\\]"_s);
    static const QRegularExpression brackets(u"(?<!\\\\)(!?\\[|\\])"_s);
    // A run of * or ~ touching a word on at least one side is emphasis; "5 * 3" is not.
    static const QRegularExpression emphasis(u"(?<![\\\\\\s])[*~]+|(?<!\\\\)[*~]+(?=\\S)"_s);
    // Underscores only at word edges, so snake_case names stay whole.
    static const QRegularExpression underscore(u"(?<![\\w\\\\])_+(?=\\S)|(?<=\\S)_+(?!\\w)"_s);
    static const QRegularExpression backticks(u"`+"_s);
    static const QRegularExpression pipes(u"(?<!\\\\)\\|"_s);
    static const QRegularExpression escape(u"\\\\(?=[!-/:-@\\[-`{-~])"_s);

    QStringList lines = snippet.split(u'\n');
    for (QString &line : lines) {
        line = withoutBlockSyntax(line);
        line.remove(destination);
        line.remove(reference);
        line.remove(brackets);
        line.remove(emphasis);
        line.remove(underscore);
        line.remove(backticks);
        line.replace(pipes, u" "_s);
        line.remove(escape);
    }
    QString text = lines.join(u'\n');
    // A highlight emptied by the above would show as nothing.
    text.remove(QString(SnippetOpen) + SnippetClose);
    return text;
}

} // namespace Copydesk
