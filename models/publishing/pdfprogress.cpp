// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "pdfprogress.h"

namespace Copydesk {

QString PdfProgress::text() const
{
    switch (stage) {
    case Stage::Rendering:
        return tr("Rendering the page…");
    case Stage::Starting:
        return tr("Starting the web engine…");
    case Stage::Loading:
        return tr("Loading the page…");
    case Stage::Printing:
        if (pieces > 1)
            return tr("Printing the pages… (piece %1 of %2)").arg(piece).arg(pieces);
        return tr("Printing the pages…");
    case Stage::Numbering:
        return tr("Numbering the pages…");
    case Stage::Done:
        return tr("Done: %n page(s).", nullptr, pages);
    }
    return {};
}

} // namespace Copydesk
