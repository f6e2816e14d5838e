// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "printedpages.h"

#include "qpdfoutput.h"

#include <QSet>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace Copydesk {

QList<int> PrintedPages::sequence(int pageCount) const
{
    QList<int> chosen;
    for (int page = 1; page <= pageCount; ++page) {
        if (ranges.isEmpty() || ranges.contains(page))
            chosen.append(page);
    }
    if (lastPageFirst)
        std::reverse(chosen.begin(), chosen.end());
    const int times = std::max(1, copies);
    QList<int> result;
    result.reserve(chosen.size() * times);
    if (collate) {
        for (int copy = 0; copy < times; ++copy)
            result += chosen;
    } else {
        for (int page : std::as_const(chosen))
            result.append(QList<int>(times, page));
    }
    return result;
}

Result<QByteArray> PrintedPages::select(const QByteArray &pdf) const
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("article PDF", pdf.constData(), size_t(pdf.size()));
        QPDFPageDocumentHelper helper(document);
        // A page may take its size or resources from the page tree it leaves.
        helper.pushInheritedAttributesToPage();
        const std::vector<QPDFPageObjectHelper> pages = helper.getAllPages();
        const QList<int> wanted = sequence(int(pages.size()));
        if (wanted.isEmpty())
            return Error {tr("The article has %n page(s); pages %1 are not among them.", nullptr,
                              int(pages.size()))
                              .arg(ranges.toString()),
                Error::Code::InvalidInput};
        for (const QPDFPageObjectHelper &page : pages)
            helper.removePage(page);
        QSet<int> placed;
        for (int number : wanted) {
            QPDFObjectHandle page = pages.at(size_t(number - 1)).getObjectHandle();
            // A page object stands once in the page tree: another copy is a page of its own
            // that shares the contents and resources.
            if (placed.contains(number))
                page = document.makeIndirectObject(page.shallowCopy());
            placed.insert(number);
            helper.addPage(QPDFPageObjectHelper(page), false);
        }
        return qpdfOutput(document);
    } catch (const std::exception &error) {
        return Error {tr("Cannot choose the pages to print from the PDF (qpdf): %1")
                          .arg(QString::fromLocal8Bit(error.what())),
            Error::Code::InvalidInput};
    }
}

} // namespace Copydesk
