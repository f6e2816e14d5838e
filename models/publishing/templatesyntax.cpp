// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "templatesyntax.h"

#include <KTextTemplate/Engine>
#include <KTextTemplate/Template>
#include <QList>
#include <QRegularExpression>

namespace Copydesk {

namespace {

struct Tag
{
    qsizetype end; ///< Just after the closing brace pair.
    int line; ///< 1-based, where the tag starts.
    QString words; ///< "if x", "endif": the inside of a {% %} tag, trimmed; empty for others.
};

// Every {% %}, {{ }} and {# #} of `source` in order, as KTextTemplate's lexer sees them.
QList<Tag> tagsOf(const QString &source)
{
    static const QRegularExpression tag(QStringLiteral("\\{%(.*?)%\\}|\\{\\{.*?\\}\\}|\\{#.*?#\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    QList<Tag> tags;
    int line = 1;
    qsizetype counted = 0;
    for (const auto &match : tag.globalMatch(source)) {
        line += int(
            QStringView(source).sliced(counted, match.capturedStart() - counted).count(u'\n'));
        counted = match.capturedStart();
        tags.append({match.capturedEnd(), line, match.captured(1).trimmed()});
    }
    return tags;
}

KTextTemplate::Error parseError(const KTextTemplate::Engine &engine, const QString &source)
{
    const KTextTemplate::Template parsed
        = engine.newTemplate(source, QStringLiteral("copydesk-syntax-check"));
    return parsed ? parsed->error() : KTextTemplate::NoError;
}

// The opening tag of the innermost block named `name` that no "end<name>" closes.
int unclosedLine(const QList<Tag> &tags, const QString &name)
{
    QList<int> open;
    for (const Tag &tag : tags) {
        const QString first = tag.words.section(u' ', 0, 0);
        if (first == name)
            open.append(tag.line);
        else if (first == QStringLiteral("end") + name && !open.isEmpty())
            open.removeLast();
    }
    return open.isEmpty() ? 0 : open.last();
}

} // namespace

int TemplateSyntax::errorLine(const QString &source)
{
    KTextTemplate::Engine engine;
    engine.setSmartTrimEnabled(true);
    const KTextTemplate::Template whole
        = engine.newTemplate(source, QStringLiteral("copydesk-syntax-check"));
    if (!whole || whole->error() == KTextTemplate::NoError)
        return 0;
    const QList<Tag> tags = tagsOf(source);
    if (whole->error() == KTextTemplate::UnclosedBlockTagError) {
        // "Expected one of: (elif else endif)": the block is the one its last closer ends.
        static const QRegularExpression expected(QStringLiteral("\\bend(\\w+)\\)"));
        const QRegularExpressionMatch match = expected.match(whole->errorString());
        if (match.hasMatch())
            return unclosedLine(tags, match.captured(1));
    }
    // Parsing stops at the first bad tag: the shortest prefix that fails for another reason
    // than a block still open ends with it.
    for (const Tag &tag : tags) {
        const KTextTemplate::Error error = parseError(engine, source.left(tag.end));
        if (error != KTextTemplate::NoError && error != KTextTemplate::UnclosedBlockTagError)
            return tag.line;
    }
    return 0;
}

QString TemplateSyntax::message(const QString &engineMessage)
{
    static const QRegularExpression position(QStringLiteral(",\\s*line \\d+,\\s*[^,]*$"));
    static const QRegularExpression onLine(QStringLiteral(" on line \\d+"));
    QString text = engineMessage.trimmed();
    text.remove(position);
    text.remove(onLine);
    text.replace(QStringLiteral("''"), QStringLiteral("'"));
    return text;
}

} // namespace Copydesk
