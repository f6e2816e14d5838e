// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "spellingdictionary.h"

#include <algorithm>

namespace Copydesk {

QString spellingDictionary(const QString &language, const QStringList &available)
{
    QString normalized = language.trimmed();
    normalized.replace(u'-', u'_');
    const QStringList subtags = normalized.split(u'_', Qt::SkipEmptyParts);
    if (subtags.isEmpty())
        return {};
    const QString primary = subtags.first().toLower();
    QString region;
    for (qsizetype i = 1; i < subtags.size() && region.isEmpty(); ++i) {
        // A region is two letters or three digits; four letters are a script.
        const QString &tag = subtags.at(i);
        if (tag.size() == 2 || (tag.size() == 3 && tag.at(0).isDigit()))
            region = tag.toUpper();
    }

    QStringList wanted;
    if (!region.isEmpty())
        wanted << primary + u'_' + region;
    wanted << (primary == u"en" ? QStringLiteral("en_US") : primary + u'_' + primary.toUpper());
    wanted << primary;
    for (const QString &name : std::as_const(wanted)) {
        const auto found = std::find_if(
            available.cbegin(), available.cend(), [&name](const QString &dictionary) {
                return dictionary.compare(name, Qt::CaseInsensitive) == 0;
            });
        if (found != available.cend())
            return *found;
    }
    QStringList sameLanguage;
    for (const QString &name : available) {
        if (name.startsWith(primary + u'_', Qt::CaseInsensitive)
            || name.startsWith(primary + u'-', Qt::CaseInsensitive))
            sameLanguage << name;
    }
    sameLanguage.sort();
    return sameLanguage.value(0);
}

} // namespace Copydesk
