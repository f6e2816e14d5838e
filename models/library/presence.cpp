// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "presence.h"

#include <QLocale>

namespace Copydesk {

Presence::~Presence() = default;

QString Presence::describe(const ArticleHolder &holder, bool takenFromMe)
{
    if (holder.login.isEmpty())
        return holder.name;
    const QString time = holder.since.isValid()
        ? QLocale().toString(holder.since.toLocalTime().time(), QLocale::ShortFormat)
        : QString();
    if (takenFromMe && !holder.note.isEmpty())
        return tr("%1 took over this article at %2: “%3”").arg(holder.name, time, holder.note);
    if (time.isEmpty())
        return tr("%1 is editing this article.").arg(holder.name);
    return tr("%1 is editing this article, since %2.").arg(holder.name, time);
}

} // namespace Copydesk
