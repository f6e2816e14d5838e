// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"

#include <QString>

class QPDF;

namespace Copydesk {

/// What a PDF says about itself (its document information and catalog): what pdfinfo, a PDF
/// reader's properties dialog and a screen reader's language choice read.
struct PdfMetadata
{
    QString title; ///< /Title: the headline.
    QString author; ///< /Author: the bylines' names, joined by ", ".
    QString subject; ///< /Subject: the dek.
    QString keywords; ///< /Keywords: the tags, joined by ", ".
    QString language; ///< The catalog's /Lang: the page's language tag ("de", "en-GB").

    /// The metadata of `article`'s page as the publication prints it: texts trimmed, control
    /// characters removed, the language as the page declares it (PageVariables::language()).
    static PdfMetadata of(const Article &article, const PublicationProfile &profile);

    /// Writes every non-empty field, and /Creator "Copydesk" (ExportDestination recognises an
    /// earlier export by it), into `document`; what the printer wrote stays where a field is
    /// empty. May throw what qpdf throws.
    void applyTo(QPDF &document) const;

    bool operator==(const PdfMetadata &) const = default;
};

} // namespace Copydesk
