// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "importreport.h"

namespace Copydesk {

void ImportReport::add(const QString &part, int count, const QString &text)
{
    entries.append({part, count, preview(text)});
}

QString ImportReport::preview(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= PreviewCharacters)
        return simple;
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), PreviewCharacters);
    if (cut < PreviewCharacters / 2)
        cut = PreviewCharacters;
    return simple.left(cut) + QChar(0x2026);
}

QString ImportReport::text() const
{
    QStringList lines;
    for (const Entry &entry : entries) {
        if (entry.count == 0)
            lines << tr("%1: empty").arg(entry.part);
        else if (entry.preview.isEmpty())
            lines << tr("%1: %L2").arg(entry.part).arg(entry.count);
        else
            lines << tr("%1: %L2 — %3").arg(entry.part).arg(entry.count).arg(entry.preview);
    }
    for (const QString &note : notes)
        lines << tr("Note: %1").arg(note);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Copydesk
