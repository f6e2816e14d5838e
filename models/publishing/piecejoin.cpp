// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "piecejoin.h"

#include <QHash>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryFile>

namespace Copydesk {

std::optional<PieceJoin::Restart> PieceJoin::find(
    const QByteArray &pdf, const QList<PrintPieces::Join> &joins, int lastPages)
{
    if (joins.isEmpty())
        return std::nullopt;
    // QPdfDocument reads a file synchronously (a QIODevice may load in the background).
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return std::nullopt;
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None)
        return std::nullopt;
    QHash<int, QString> texts;
    const auto text = [&](int page) {
        auto known = texts.constFind(page);
        if (known == texts.cend())
            known = texts.insert(page, PrintPieces::letters(document.getAllText(page).text()));
        return *known;
    };
    const int pages = document.pageCount();
    for (int page = pages - 1; page >= 1 && page >= pages - lastPages; --page) {
        const QString top = text(page);
        for (const PrintPieces::Join &join : joins) {
            if (top.startsWith(join.lead) && text(page - 1).endsWith(join.tail))
                return Restart {page, join.cut};
        }
    }
    return std::nullopt;
}

} // namespace Copydesk
