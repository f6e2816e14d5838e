// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QLocale>
#include <QString>

namespace Copydesk::DateFormat {

/// The one way the window writes dates: the user's locale's short format ("12.05.2025" in
/// German, "5/12/2025" in US English), always with four-digit years, so that a typed date is
/// never ambiguous about its century.
inline QString date(const QLocale &locale = QLocale())
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

/// date() followed by the locale's short time format.
inline QString dateTime(const QLocale &locale = QLocale())
{
    return date(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
}

} // namespace Copydesk::DateFormat
