// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "printeroptions.h"

#include <QPrintEngine>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The print engine property in which Qt's Unix print dialog leaves its CUPS options (name,
/// value, name, value…): PPK_CupsOptions of Qt's CUPS support. The property itself is reached
/// through the public QPrintEngine API; an engine that does not know it answers nothing.
constexpr auto DialogCupsOptions = QPrintEngine::PrintEnginePropertyKey(0xfe00);

QString sides(const QPrinter &printer)
{
    switch (printer.duplex()) {
    case QPrinter::DuplexNone:
        return u"one-sided"_s;
    case QPrinter::DuplexLongSide:
        return u"two-sided-long-edge"_s;
    case QPrinter::DuplexShortSide:
        return u"two-sided-short-edge"_s;
    case QPrinter::DuplexAuto:
        break;
    }
    return printer.pageLayout().orientation() == QPageLayout::Landscape ? u"two-sided-short-edge"_s
                                                                        : u"two-sided-long-edge"_s;
}

} // namespace

CupsOptions PrinterOptions::of(QPrinter *printer)
{
    CupsOptions options;
    options.append({u"copies"_s, QString::number(std::max(1, printer->copyCount()))});
    options.append({u"multiple-document-handling"_s,
        printer->collateCopies() ? u"separate-documents-collated-copies"_s
                                 : u"separate-documents-uncollated-copies"_s});
    if (printer->printRange() == QPrinter::PageRange && !printer->pageRanges().isEmpty())
        options.append({u"page-ranges"_s, printer->pageRanges().toString()});
    options.append({u"sides"_s, sides(*printer)});
    options.append({u"print-color-mode"_s,
        printer->colorMode() == QPrinter::GrayScale ? u"monochrome"_s : u"color"_s});
    if (printer->pageOrder() == QPrinter::LastPageFirst)
        options.append({u"outputorder"_s, u"reverse"_s});
    const QString paper = printer->pageLayout().pageSize().key();
    if (!paper.isEmpty())
        options.append({u"media"_s, paper});
    const QStringList dialog = printer->printEngine()->property(DialogCupsOptions).toStringList();
    for (qsizetype i = 0; i + 1 < dialog.size(); i += 2)
        options.append({dialog.at(i), dialog.at(i + 1)});
    return options;
}

PrintedPages PrinterOptions::pages(QPrinter *printer)
{
    PrintedPages pages;
    if (printer->printRange() == QPrinter::PageRange)
        pages.ranges = printer->pageRanges();
    pages.copies = printer->supportsMultipleCopies() ? 1 : printer->copyCount();
    pages.collate = printer->collateCopies();
    pages.lastPageFirst = printer->pageOrder() == QPrinter::LastPageFirst;
    return pages;
}

} // namespace Copydesk
