// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "exportformat.h"
#include "exportoptions.h"
#include "publicationprofile.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace Copydesk {

/// Export to the text formats (HTML, Markdown, ninjs, JSON) and atomic file writing for every
/// format. PDF needs a web engine and lives in the copydesk_pdf library (PdfExporter), which
/// writes through writeFile() too.
class ArticleExporter
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ArticleExporter)
public:
    /// The bytes of `article` in `format`. HTML fails only when a template cannot be used (see
    /// ArticleRenderer); PDF is always an Error (use PdfExporter). Thread-safe.
    static Result<QByteArray> encode(const Article &article, const PublicationProfile &profile,
        ExportFormat format, const ExportOptions &options = {});

    /// Writes `bytes` to `path` atomically: into a temporary file beside it that replaces `path`
    /// only when everything was written. On failure nothing at `path` changes, no temporary
    /// file is left, and the Error (Code::Io) names the file and the reason.
    static Status writeFile(const QString &path, const QByteArray &bytes);

    /// encode() then writeFile(). HTML with options.picturesBeside writes the pictures beside
    /// the page first (picturesBeside(), replacing files of those names) and the page last.
    /// `pictureAllowed` judges each picture's path before anything is written (the front ends
    /// pass ExportDestination's check, so that no library, database or device is replaced); its
    /// error is the export's.
    static Status exportToFile(const Article &article, const PublicationProfile &profile,
        ExportFormat format, const QString &path, const ExportOptions &options = {},
        const std::function<Status(const QString &)> &pictureAllowed = {});

    /// A file written beside an exported page.
    struct SideFile
    {
        QString path;
        QByteArray bytes;
    };
    /// The pictures a web page at `pagePath` shows, as files beside it named after it
    /// ("2026-03-14-slug-hero.jpg", "…-logo.png"; the extension from the media type), and their
    /// names in `render` (RenderOptions::heroFileName, logoFileName). Pictures a page may not
    /// show (UrlPolicy::dataUrl()) are left out.
    static QList<SideFile> picturesBeside(const Article &article, const PublicationProfile &profile,
        const QString &pagePath, RenderOptions *render);
};

} // namespace Copydesk
