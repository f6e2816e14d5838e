// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "pdfpagepainter.h"

#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryFile>
#include <memory>

namespace Copydesk {

namespace {

/// QPdfDocument reads a file synchronously (a QIODevice may load in the background).
struct LoadedPdf
{
    QTemporaryFile file;
    QPdfDocument document;
};

Result<std::shared_ptr<LoadedPdf>> load(const QByteArray &pdf)
{
    auto loaded = std::make_shared<LoadedPdf>();
    if (!loaded->file.open() || loaded->file.write(pdf) != pdf.size() || !loaded->file.flush())
        return Error {PdfPagePainter::tr("Cannot write the pages to print to “%1”: %2")
                          .arg(loaded->file.fileName(), loaded->file.errorString()),
            Error::Code::Io};
    if (loaded->document.load(loaded->file.fileName()) != QPdfDocument::Error::None
        || loaded->document.pageCount() < 1)
        return Error {PdfPagePainter::tr("The pages to print are no readable PDF."),
            Error::Code::InvalidInput};
    return loaded;
}

} // namespace

Result<int> PdfPagePainter::pageCount(const QByteArray &pdf)
{
    const auto loaded = load(pdf);
    if (!loaded)
        return loaded.error();
    return (*loaded)->document.pageCount();
}

Status PdfPagePainter::paint(
    const QByteArray &pdf, QPagedPaintDevice *device, const QList<int> &pages)
{
    const auto loaded = load(pdf);
    if (!loaded)
        return loaded.error();
    QPdfDocument &document = (*loaded)->document;
    QList<int> order = pages;
    if (order.isEmpty()) {
        for (int page = 1; page <= document.pageCount(); ++page)
            order.append(page);
    }
    for (int page : std::as_const(order)) {
        if (page < 1 || page > document.pageCount())
            return Error {
                tr("The pages to print have no page %1.").arg(page), Error::Code::InvalidInput};
    }
    QPainter painter;
    if (!painter.begin(device))
        return Error {tr("The printer cannot be painted on.")};
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const qreal dpi = std::min(device->logicalDpiX(), MaxDpi);
    QImage image; // uncollated copies paint a page several times in a row: rendered once
    int rendered = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int page = order.at(i) - 1;
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Error {tr("The printer refused page %1.").arg(page + 1)};
        }
        const QSizeF points = document.pagePointSize(page);
        if (page != rendered)
            image = document.render(page, (points * dpi / 72).toSize());
        rendered = page;
        if (image.isNull()) {
            painter.end();
            return Error {tr("Page %1 could not be rendered for printing.").arg(page + 1)};
        }
        const qreal scale
            = std::min(device->width() / points.width(), device->height() / points.height());
        painter.drawImage(QRectF(QPointF(0, 0), points * scale), image);
    }
    painter.end();
    return Done {};
}

} // namespace Copydesk
