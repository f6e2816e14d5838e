// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlemarkdown.h"
#include "markdownsyntax.h"
#include "referenceurl.h"

#include <QTimeZone>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Copydesk::ArticleMarkdown {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

void field(YAML::Emitter &out, const char *key, const QString &value)
{
    if (!value.isEmpty())
        out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << utf8(value);
}

QByteArray frontMatter(const Article &a)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    field(out, "uuid", a.uuid);
    field(out, "headline", a.headline);
    field(out, "dek", a.dek);
    if (!a.bylines.isEmpty()) {
        out << YAML::Key << "bylines" << YAML::Value << YAML::BeginSeq;
        for (const Byline &byline : a.bylines) {
            if (byline.role.isEmpty()) {
                out << YAML::DoubleQuoted << utf8(byline.name);
                continue;
            }
            out << YAML::BeginMap;
            out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << utf8(byline.name);
            field(out, "role", byline.role);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    field(out, "dateline", a.dateline);
    if (a.published.isValid()) {
        QDateTime published = a.published;
        if (published.timeSpec() == Qt::LocalTime)
            published = published.toTimeZone(QTimeZone::systemTimeZone());
        field(out, "published",
            published.toString(published.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
        if (published.timeSpec() == Qt::TimeZone)
            field(out, "timeZone", QString::fromUtf8(published.timeZone().id()));
    }
    field(out, "category", a.category);
    if (!a.tags.isEmpty()) {
        out << YAML::Key << "tags" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &tag : a.tags)
            out << YAML::DoubleQuoted << utf8(tag);
        out << YAML::EndSeq;
    }
    field(out, "language", a.language);
    out << YAML::Key << "status" << YAML::Value << utf8(statusName(a.status));
    field(out, "owner", a.owner);
    if (a.wordTarget > 0)
        out << YAML::Key << "wordTarget" << YAML::Value << a.wordTarget;
    if (a.hero != HeroImage()) {
        out << YAML::Key << "hero" << YAML::Value << YAML::BeginMap;
        field(out, "fileName", a.hero.fileName);
        field(out, "mimeType", a.hero.mimeType);
        field(out, "caption", a.hero.caption);
        field(out, "alt", a.hero.altText);
        field(out, "credit", a.hero.credit);
        if (!a.hero.data.isEmpty())
            out << YAML::Key << "data" << YAML::Value << a.hero.data.toBase64().toStdString();
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    return QByteArray(out.c_str(), qsizetype(out.size()));
}

/// `text` with every line after the first indented by `indent`.
QString continued(const QString &text, const QString &indent)
{
    QString result = text;
    return result.replace(u'\n', u'\n' + indent);
}

/// "## Heading" and, on the next line, the part's id and class in a Markdown comment that
/// renderers do not show: "[//]: # "part #id .key-facts"".
QString headingLines(const ArticlePart &part)
{
    QString text = part.heading;
    if (text.isEmpty())
        text = ArticlePart::defaultHeading(part.kind);
    QStringList attributes;
    if (!part.id.isEmpty())
        attributes << u'#' + part.id;
    const QString cls = MarkdownSyntax::partClass(part.kind);
    if (!cls.isEmpty())
        attributes << u'.' + cls;
    QString line = u"##"_s;
    if (!text.isEmpty())
        line += u' ' + MarkdownSyntax::escapeText(text);
    if (!attributes.isEmpty())
        line += u'\n' + MarkdownSyntax::commentLine(u"part "_s + attributes.join(u' '));
    return line;
}

/// A plain-text field of a reference line: escaped, and its em dashes written as character
/// references, so that " — " only ever separates the title from the details.
QString referenceText(const QString &text)
{
    return MarkdownSyntax::escapeText(text).replace(u"—"_s, u"&#8212;"_s);
}

/// "- [Title](url) — Publisher, accessed 2025-01-31"; a URL that is not well-formed
/// (ReferenceUrl) is no link: "- Title — …", the URL kept in a comment after the list
/// (referenceComment()).
QString referenceLine(const Reference &r)
{
    QString line;
    if (ReferenceUrl::isWellFormed(r.url)) {
        const QString url = r.url.trimmed();
        const bool plainUrl = !url.contains(u'(') && !url.contains(u')') && !url.contains(u'<')
            && !url.contains(u'>');
        line = u"- ["_s + referenceText(r.title) + u"]("_s + (plainUrl ? url : u'<' + url + u'>')
            + u')';
    } else {
        line = r.title.isEmpty() ? u"-"_s : u"- "_s + referenceText(r.title);
    }
    QStringList details;
    if (!r.publisher.isEmpty())
        details << referenceText(r.publisher);
    if (r.accessed.isValid())
        details << u"accessed "_s + r.accessed.toString(Qt::ISODate);
    if (!details.isEmpty())
        line += u" — "_s + details.join(u", "_s);
    return line;
}

/// The comment that keeps the URL of reference `number` (1-based) when referenceLine() could
/// not link it; empty when it could or there is none.
QString referenceComment(const Reference &r, qsizetype number)
{
    if (r.url.isEmpty() || ReferenceUrl::isWellFormed(r.url))
        return {};
    QString url = r.url;
    url.replace(u'\n', u' ');
    return MarkdownSyntax::commentLine(u"reference %1 "_s.arg(number) + url);
}

QString partContent(const ArticlePart &part)
{
    using Kind = ArticlePart::Kind;
    QStringList blocks;
    switch (part.kind) {
    case Kind::Section:
        return part.body;
    case Kind::KeyFacts:
    case Kind::KeyTakeaways:
        for (const QString &item : part.items)
            blocks << (item.isEmpty() ? u"-"_s : u"- "_s + continued(item, u"  "_s));
        return blocks.join(u'\n');
    case Kind::Quotes:
        for (const Quote &quote : part.quotes) {
            QStringList lines;
            if (!quote.text.isEmpty() || (quote.speaker.isEmpty() && quote.role.isEmpty())) {
                for (const QString &line : quote.text.split(u'\n')) {
                    // A leading dash would read back as the attribution line.
                    QString text = MarkdownSyntax::escapeText(line);
                    if (text.startsWith(u'—'))
                        text.replace(0, 1, u"&#8212;"_s);
                    lines << (line.isEmpty() ? u">"_s : u"> "_s + text);
                }
            }
            if (!quote.speaker.isEmpty() || !quote.role.isEmpty()) {
                lines << u"> — "_s + MarkdownSyntax::escapeText(quote.speaker)
                        + (quote.role.isEmpty() ? QString()
                                                : u", "_s + MarkdownSyntax::escapeText(quote.role));
            }
            blocks << lines.join(u'\n');
        }
        return blocks.join(u"\n\n"_s);
    case Kind::Faq:
        for (const FaqEntry &entry : part.faq) {
            const QString question = entry.question.isEmpty()
                ? u"###"_s
                : u"### "_s + MarkdownSyntax::escapeText(entry.question);
            blocks << (entry.answer.isEmpty() ? question : question + u"\n\n"_s + entry.answer);
        }
        return blocks.join(u"\n\n"_s);
    case Kind::References: {
        QStringList comments;
        for (qsizetype i = 0; i < part.references.size(); ++i) {
            blocks << referenceLine(part.references.at(i));
            const QString comment = referenceComment(part.references.at(i), i + 1);
            if (!comment.isEmpty())
                comments << comment;
        }
        QString list = blocks.join(u'\n');
        if (!comments.isEmpty())
            list += u"\n\n"_s + comments.join(u'\n');
        return list;
    }
    }
    return {};
}

} // namespace

QByteArray toMarkdown(const Article &article)
{
    QString body;
    if (!article.lede.isEmpty())
        body += article.lede + u"\n\n"_s;
    for (const ArticlePart &part : article.parts) {
        body += headingLines(part) + u"\n\n"_s;
        const QString content = partContent(part);
        if (!content.isEmpty())
            body += content + u"\n\n"_s;
    }
    body.chop(1); // one newline at the end of the file
    return "---\n" + QByteArray(ExportMarker) + '\n' + frontMatter(article) + "\n---\n\n"
        + body.toUtf8();
}

} // namespace Copydesk::ArticleMarkdown
