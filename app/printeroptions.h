// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "cupsprinting.h"
#include "printedpages.h"

class QPrinter;

namespace Copydesk {

/// What the user chose in the print dialog, as CUPS job options for the exported PDF: copies
/// ("copies", "multiple-document-handling" for collation), the page range ("page-ranges"),
/// two-sided printing ("sides"; automatic means long edge for portrait paper, short edge for
/// landscape), colour ("print-color-mode"), reverse order ("outputorder") and the paper
/// ("media"). The options Qt's Unix print dialog keeps for CUPS itself (pages per sheet, page
/// set, banners, priority, the server-side page range and the printer's own PPD options from
/// Properties) come last, as the dialog set them. The orientation is not sent: the PDF's pages
/// carry their own.
class PrinterOptions
{
public:
    static CupsOptions of(QPrinter *printer);
    /// The same choices where no print server applies them (a PDF file, painted pages): the
    /// page range, copies and collation, last page first. Copies count only where the device
    /// does not make them itself (QPrinter::supportsMultipleCopies()).
    static PrintedPages pages(QPrinter *printer);
};

} // namespace Copydesk
