// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPageRanges>

namespace Copydesk {

/// Which pages of a printed document come out, in which order: the page range, the number of
/// copies, collated or not, and last page first, as a print dialog chooses them. One rule for
/// every way Copydesk prints without a print server doing it (a PDF file, pages painted onto a
/// device), so that they agree with each other and with what CUPS makes of the same choices.
class PrintedPages
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PrintedPages)

public:
    /// The pages chosen, numbered from 1; empty means every page.
    QPageRanges ranges;
    /// Below 1 counts as 1.
    int copies = 1;
    /// Collated: each copy is the whole document (1 2 3, 1 2 3); otherwise each page comes
    /// `copies` times before the next (1 1 2 2 3 3).
    bool collate = true;
    /// Each copy from its last page to its first.
    bool lastPageFirst = false;

    /// The page numbers (from 1) of a document of `pageCount` pages in the order they come out,
    /// every copy included. Pages of the range past the document's end are left out; empty
    /// when the range holds none of its pages or `pageCount` < 1.
    QList<int> sequence(int pageCount) const;

    /// A PDF of exactly the sequence() of `pdf`'s pages, its document information (title,
    /// language…) kept; a page that comes more than once is stored once. Fails (InvalidInput)
    /// when `pdf` is no PDF qpdf reads or the range holds none of its pages, the message
    /// saying how many pages the document has.
    Result<QByteArray> select(const QByteArray &pdf) const;
};

} // namespace Copydesk
