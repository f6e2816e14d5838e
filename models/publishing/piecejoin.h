// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "printpieces.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace Copydesk {

/// Where the pages of a printed piece (PrintPieces, PdfExporter) are cut off so that the next
/// piece continues them without a page break: at a page that begins with one of the piece's
/// blocks, right after the text that ends the page before it. The pages from there on are
/// dropped and the next piece starts with that block, at the top of a page as it was; so the
/// joined pages read as one print, and each piece's last pages are printed twice (a few pages).
///
/// The pages' text is read back with QtPdf and compared with the page's text by its letters and
/// digits (PrintPieces::letters()), so hyphenation, line breaks and letter case do not matter.
/// Any thread that may use QPdfDocument.
class PieceJoin
{
public:
    struct Restart
    {
        int pages = 0; ///< The pages of the piece to keep, from its first.
        int cut = PrintPieces::Whole; ///< The cut the next piece starts at.
    };

    /// The latest page among the last `lastPages` of `pdf`, never its first, that begins with
    /// the lead of one of `joins` while the page before it ends with that join's tail; nullopt
    /// when none does or `pdf` cannot be read (the next piece then starts on a new page).
    static std::optional<Restart> find(
        const QByteArray &pdf, const QList<PrintPieces::Join> &joins, int lastPages = 60);
};

} // namespace Copydesk
