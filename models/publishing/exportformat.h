// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Copydesk {

/// The file formats an article can be exported to.
enum class ExportFormat
{
    Html, ///< The publication's page (ArticleRenderer).
    Pdf, ///< The same page printed by Qt WebEngine (PdfExporter, library copydesk_pdf).
    Markdown, ///< Markdown with YAML front matter (ArticleMarkdown), re-importable.
    Ninjs, ///< IPTC ninjs 2.0 JSON (NinjsExporter).
    Json, ///< Copydesk's own JSON (ArticleJson), lossless.
};

/// Names and file name extensions of the export formats, as the command line spells them.
class ExportFormats
{
public:
    /// "html", "pdf", "md", "ninjs", "json".
    static QString name(ExportFormat format);
    /// Every name(), in the order of the enum.
    static QStringList names();
    /// The format called `name` (case-insensitive; "markdown" is accepted for md). Sets *ok to
    /// false and returns Html for an unknown name.
    static ExportFormat fromName(const QString &name, bool *ok);
    /// "html", "pdf", "md", "ninjs.json", "json".
    static QString extension(ExportFormat format);
    /// The format a file name's extension names (case-insensitive; also .htm, .markdown and .ninjs;
    /// .ninjs.json before .json). Sets *ok to false and returns Json for any other name.
    static ExportFormat fromFileName(const QString &path, bool *ok);
    /// The media type of the exported bytes ("text/html; charset=utf-8"…).
    static QString mediaType(ExportFormat format);
    /// The export file name "DATE-SLUG.EXT": the publication date (else `modified` in local
    /// time) as yyyy-MM-dd and the headline's slug cut to 80 characters; "article" stands in
    /// for a headline without letters or digits. No folder; never empty.
    static QString fileName(const QString &headline, const QDateTime &published,
        const QDateTime &modified, ExportFormat format);
};

} // namespace Copydesk
