// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "pdfpagenumbers.h"

#include "qpdfoutput.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <exception>
#include <list>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <string>

namespace Copydesk {

namespace {

/// The house stylesheet's --ink.
constexpr QRgb inkColor = 0x1c1b19;

/// One page per printed page, nothing on it but the number in the bottom margin.
QByteArray overlay(int pages, const QPageLayout &layout)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(
        QPageLayout(layout.pageSize(), layout.orientation(), QMarginsF(), QPageLayout::Point));
    writer.setCreator(QStringLiteral("Copydesk"));

    const QRectF page = layout.fullRectPoints();
    const QMarginsF margins = layout.marginsPoints();
    const QRectF band(margins.left(), page.height() - margins.bottom(),
        page.width() - margins.left() - margins.right(), margins.bottom());
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(8);

    QPainter painter(&writer);
    painter.setFont(font);
    painter.setPen(QColor(inkColor));
    for (int number = 1; number <= pages; ++number) {
        if (number > 1)
            writer.newPage();
        painter.drawText(band, Qt::AlignCenter, PdfPageNumbers::label(number, pages));
    }
    painter.end();
    return bytes;
}

/// Lays `form` over `page`: the page's own content wrapped in q/Q so its graphics state cannot
/// leak into the overlay, then the form XObject placed on the page's media box.
void placeOver(QPDF &document, QPDFPageObjectHelper &page, QPDFObjectHandle form)
{
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        page.getObjectHandle().replaceKey("/Resources", resources);
    }
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
    int suffix = 0;
    const std::string name = resources.getUniqueResourceName("/CopydeskPageNumber", suffix);
    xobjects.replaceKey(name, form);
    resources.replaceKey("/XObject", xobjects);

    const std::string placement = page.placeFormXObject(
        form, name, page.getMediaBox().getArrayAsRectangle(), true, true, true);
    page.addPageContents(document.newStream("q\n"), true);
    page.addPageContents(document.newStream("\nQ\n" + placement), false);
}

} // namespace

QString PdfPageNumbers::label(int page, int pages)
{
    return tr("%1 / %2", "page number of page count").arg(page).arg(pages);
}

Result<QByteArray> PdfPageNumbers::stamp(const QList<Printed> &pieces, const QPageLayout &layout,
    const PdfMetadata &metadata, int *pages)
{
    if (pieces.isEmpty())
        return Error {tr("There is no printed PDF to number.")};
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        const QByteArray &first = pieces.first().pdf;
        document.processMemoryFile("printed PDF", first.constData(), size_t(first.size()));
        QPDFPageDocumentHelper whole(document);
        if (const int keep = pieces.first().pages; keep >= 0) {
            const std::vector<QPDFPageObjectHelper> all = whole.getAllPages();
            for (size_t i = size_t(keep); i < all.size(); ++i)
                whole.removePage(all[i]);
        }
        // The other pieces' pages are copied into the first; their objects are read from their
        // own documents when the result is written, so those stay until then.
        std::list<QPDF> others;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            QPDF &piece = others.emplace_back();
            piece.setSuppressWarnings(true);
            const QByteArray &pdf = pieces.at(i).pdf;
            piece.processMemoryFile("printed PDF piece", pdf.constData(), size_t(pdf.size()));
            const std::vector<QPDFPageObjectHelper> all
                = QPDFPageDocumentHelper(piece).getAllPages();
            const size_t keep = pieces.at(i).pages < 0
                ? all.size()
                : std::min(all.size(), size_t(pieces.at(i).pages));
            for (size_t page = 0; page < keep; ++page)
                whole.addPage(all[page], false);
        }
        std::vector<QPDFPageObjectHelper> printed = whole.getAllPages();
        if (pages)
            *pages = int(printed.size());
        if (printed.empty())
            return first;

        const QByteArray numbers = overlay(int(printed.size()), layout);
        QPDF numbered;
        numbered.setSuppressWarnings(true);
        numbered.processMemoryFile("page numbers", numbers.constData(), size_t(numbers.size()));
        std::vector<QPDFPageObjectHelper> overlays = QPDFPageDocumentHelper(numbered).getAllPages();
        if (overlays.size() != printed.size())
            return Error {tr("The page numbers have %1 pages for %2 printed pages.")
                    .arg(overlays.size())
                    .arg(printed.size())};
        for (size_t i = 0; i < printed.size(); ++i) {
            placeOver(document, printed[i],
                document.copyForeignObject(overlays[i].getFormXObjectForPage()));
        }

        metadata.applyTo(document);

        return qpdfOutput(document);
    } catch (const std::exception &error) {
        return Error {tr("Cannot number the pages of the PDF (qpdf): %1")
                .arg(QString::fromLocal8Bit(error.what()))};
    }
}

} // namespace Copydesk
