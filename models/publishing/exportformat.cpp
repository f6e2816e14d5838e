// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "exportformat.h"

#include "slug.h"

namespace Copydesk {

namespace {

struct FormatInfo
{
    ExportFormat format;
    QLatin1StringView name;
    QLatin1StringView extension;
    QLatin1StringView mediaType;
};

constexpr FormatInfo formats[] = {
    {ExportFormat::Html, QLatin1StringView("html"), QLatin1StringView("html"),
        QLatin1StringView("text/html; charset=utf-8")},
    {ExportFormat::Pdf, QLatin1StringView("pdf"), QLatin1StringView("pdf"),
        QLatin1StringView("application/pdf")},
    {ExportFormat::Markdown, QLatin1StringView("md"), QLatin1StringView("md"),
        QLatin1StringView("text/markdown; charset=utf-8")},
    {ExportFormat::Ninjs, QLatin1StringView("ninjs"), QLatin1StringView("ninjs.json"),
        QLatin1StringView("application/ninjs+json")},
    {ExportFormat::Json, QLatin1StringView("json"), QLatin1StringView("json"),
        QLatin1StringView("application/json")},
};

const FormatInfo &info(ExportFormat format)
{
    for (const FormatInfo &entry : formats) {
        if (entry.format == format)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

QString ExportFormats::name(ExportFormat format)
{
    return info(format).name;
}

QStringList ExportFormats::names()
{
    QStringList result;
    for (const FormatInfo &entry : formats)
        result.append(entry.name);
    return result;
}

ExportFormat ExportFormats::fromName(const QString &name, bool *ok)
{
    const QString wanted = name.trimmed().toLower();
    *ok = true;
    if (wanted == QLatin1StringView("markdown"))
        return ExportFormat::Markdown;
    for (const FormatInfo &entry : formats) {
        if (wanted == entry.name)
            return entry.format;
    }
    *ok = false;
    return ExportFormat::Html;
}

QString ExportFormats::extension(ExportFormat format)
{
    return info(format).extension;
}

ExportFormat ExportFormats::fromFileName(const QString &path, bool *ok)
{
    const QString name = path.toLower();
    *ok = true;
    if (name.endsWith(QLatin1StringView(".htm")))
        return ExportFormat::Html;
    if (name.endsWith(QLatin1StringView(".markdown")))
        return ExportFormat::Markdown;
    if (name.endsWith(QLatin1StringView(".ninjs")))
        return ExportFormat::Ninjs;
    // Longest extension first: "x.ninjs.json" is ninjs, not Copydesk JSON.
    const FormatInfo *best = nullptr;
    for (const FormatInfo &entry : formats) {
        const bool matches = name.endsWith(QLatin1Char('.') + entry.extension)
            && name.size() > entry.extension.size() + 1;
        if (matches && (!best || entry.extension.size() > best->extension.size()))
            best = &entry;
    }
    if (best)
        return best->format;
    *ok = false;
    return ExportFormat::Json;
}

QString ExportFormats::mediaType(ExportFormat format)
{
    return info(format).mediaType;
}

QString ExportFormats::fileName(const QString &headline, const QDateTime &published,
    const QDateTime &modified, ExportFormat format)
{
    const QDateTime date = published.isValid() ? published : modified.toLocalTime();
    QString slug = Slug::fromText(headline).left(80);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("article");
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-') + slug + QLatin1Char('.')
        + extension(format);
}

} // namespace Copydesk
