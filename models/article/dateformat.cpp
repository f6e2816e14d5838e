// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "dateformat.h"

namespace Copydesk::DateFormat {

namespace {

/// `format` with each run of 'y' outside quotes replaced by "yyyy".
QString fourDigitYears(const QString &format)
{
    QString result;
    result.reserve(format.size() + 2);
    bool quoted = false;
    for (qsizetype at = 0; at < format.size();) {
        const QChar c = format.at(at);
        if (c == u'\'')
            quoted = !quoted; // "''" (a literal quote) toggles twice
        if (quoted || c != u'y') {
            result += c;
            ++at;
            continue;
        }
        while (at < format.size() && format.at(at) == u'y')
            ++at;
        result += QLatin1StringView("yyyy");
    }
    return result;
}

} // namespace

QString date(const QLocale &locale)
{
    return fourDigitYears(locale.dateFormat(QLocale::ShortFormat));
}

QString dateTime(const QLocale &locale)
{
    return fourDigitYears(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString toString(const QDate &value, const QLocale &locale)
{
    return value.isValid() ? locale.toString(value, date(locale)) : QString();
}

QString toString(const QDateTime &value, const QLocale &locale)
{
    return value.isValid() ? locale.toString(value, dateTime(locale)) : QString();
}

} // namespace Copydesk::DateFormat
