// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "pdfmetadata.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>

namespace Copydesk {

/// Page numbers for a finished PDF ("3 / 7"), which Qt WebEngine's printToPdf cannot add (no
/// header/footer API, no CSS @page margin boxes in its Chromium). The numbers are drawn with
/// QPdfWriter on an overlay PDF, one page per page, and laid over the printed pages with libqpdf
/// as form XObjects: the original content is kept as it is (text stays text, its fonts stay
/// embedded), and the numbers are text too, in an embedded subset of the house sans.
///
/// Needs a QGuiApplication (fonts); any thread that may use QPainter on a QPdfWriter.
class PdfPageNumbers
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PdfPageNumbers)
public:
    /// The text for page `page` (1-based) of `pages`: "3 / 7".
    static QString label(int page, int pages);

    /// `pdf` with every page numbered, centred in the bottom margin of `layout` (the layout the
    /// PDF was printed with), small, in the house text colour, and `metadata` written into it
    /// (PdfMetadata::applyTo(): one qpdf pass finishes the file). Fails (Error::Code::Generic) when
    /// `pdf` cannot be read or written by qpdf, the Error naming qpdf's complaint; a PDF with no
    /// pages is returned unchanged. `pages`, when given, receives the number of pages.
    static Result<QByteArray> stamp(const QByteArray &pdf, const QPageLayout &layout,
        const PdfMetadata &metadata = {}, int *pages = nullptr);
};

} // namespace Copydesk
