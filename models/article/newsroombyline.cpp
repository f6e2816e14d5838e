// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "newsroombyline.h"

#include <QStringList>

namespace Copydesk {

namespace {

/// Lower case, single spaces, without a leading "the ".
QString normalized(const QString &text)
{
    QString result = text.simplified().toCaseFolded();
    if (result.startsWith(QLatin1StringView("the ")))
        result.remove(0, 4);
    return result;
}

const QStringList &collectiveNames()
{
    static const QStringList names {QStringLiteral("staff"), QStringLiteral("staff reporter"),
        QStringLiteral("staff reporters"), QStringLiteral("staff writer"),
        QStringLiteral("staff writers"), QStringLiteral("newsroom"), QStringLiteral("news desk"),
        QStringLiteral("editors"), QStringLiteral("editorial board"),
        QStringLiteral("editorial staff"), QStringLiteral("redaktion")};
    return names;
}

} // namespace

bool NewsroomByline::isNewsroom(const QString &name, const QString &publicationName)
{
    const QString byline = normalized(name);
    if (byline.isEmpty())
        return false;
    const QString publication = normalized(publicationName);
    if (!publication.isEmpty() && byline == publication)
        return true;
    for (const QString &collective : collectiveNames()) {
        if (byline == collective)
            return true;
        if (!publication.isEmpty()
            && (byline == publication + u' ' + collective
                || byline == collective + u' ' + publication))
            return true;
    }
    return false;
}

} // namespace Copydesk
