// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class QPagedPaintDevice;

namespace Copydesk {

/// Printing what the PDF export makes: the pages of a PDF (PdfExporter's bytes) painted onto a
/// paged device, a QPrinter or its print preview, one PDF page per device page. So a printed
/// page is the exported page, and there is one renderer of the page, not two.
///
/// Pages are rendered by QtPdf (PDFium) as images at the device's resolution, at most
/// MaxDpi, and scaled into the device's paint rectangle with their proportions kept, from its
/// top left. For a printer that should receive the paper's full area (QPrinter::setFullPage()),
/// since the PDF pages carry their own margins.
class PdfPagePainter
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PdfPagePainter)

public:
    /// Above this, printing gains no detail and an A4 page image would take hundreds of MB.
    static constexpr int MaxDpi = 300;

    /// The number of pages of `pdf`; an Error when it is no PDF QtPdf can read.
    static Result<int> pageCount(const QByteArray &pdf);

    /// Paints the pages `pages` of `pdf` (numbered from 1, in that order, a page as often as it
    /// is listed; PrintedPages::sequence() chooses them), or every page once when `pages` is
    /// empty, onto `device`, which must not be painted on already. Fails (nothing painted when
    /// the PDF cannot be read) when `pdf` is no readable PDF, a page listed is not in it, the
    /// device cannot be painted on, or a page does not render.
    static Status paint(
        const QByteArray &pdf, QPagedPaintDevice *device, const QList<int> &pages = {});
};

} // namespace Copydesk
