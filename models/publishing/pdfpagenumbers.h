// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "pdfmetadata.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
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

    /// A printed PDF and how many of its pages, from its first, belong to the whole: all when
    /// `pages` is negative.
    struct Printed
    {
        QByteArray pdf;
        int pages = -1;
    };

    /// The pages of `printed`, one PDF after another, as one PDF with every page numbered over
    /// the whole, centred in the bottom margin of `layout` (the layout the PDFs were printed
    /// with), small, in the house text colour, and `metadata` written into it
    /// (PdfMetadata::applyTo(): one qpdf pass finishes the file). The first PDF's document
    /// catalog and information stay (the others contribute their pages, with their links). Fails
    /// (Error::Code::Generic) when a PDF cannot be read or the result written by qpdf, the Error
    /// naming qpdf's complaint; the first PDF is returned unchanged when there are no pages.
    /// `pages`, when given, receives the number of pages.
    static Result<QByteArray> stamp(const QList<Printed> &printed, const QPageLayout &layout,
        const PdfMetadata &metadata = {}, int *pages = nullptr);
};

} // namespace Copydesk
