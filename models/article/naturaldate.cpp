// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "naturaldate.h"

#include <QRegularExpression>
#include <QStringList>

namespace Copydesk {

namespace {

const QLocale English(QLocale::English, QLocale::UnitedStates);

QString folded(const QString &text)
{
    return text.simplified().toLower();
}

/// Month 1–12 for a long or short month name ("may", "mai", "dec.", "dez"), or 0.
int monthNamed(const QString &word, const QLocale &locale)
{
    QString name = word;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    for (const QLocale &l : {locale, English}) {
        for (int month = 1; month <= 12; ++month) {
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat}) {
                if (format == QLocale::NarrowFormat)
                    continue; // one letter is ambiguous
                QString candidate = folded(l.monthName(month, format));
                if (candidate.endsWith(QLatin1Char('.')))
                    candidate.chop(1);
                if (!candidate.isEmpty() && candidate == name)
                    return month;
                candidate = folded(l.standaloneMonthName(month, format));
                if (candidate.endsWith(QLatin1Char('.')))
                    candidate.chop(1);
                if (!candidate.isEmpty() && candidate == name)
                    return month;
            }
        }
        // Three letters are enough when they start only one month ("sep", "okt").
        if (name.size() >= 3) {
            int found = 0;
            for (int month = 1; month <= 12; ++month) {
                if (folded(l.monthName(month)).startsWith(name))
                    found = found ? -1 : month;
            }
            if (found > 0)
                return found;
        }
    }
    return 0;
}

/// Day of the week 1 (Monday) – 7 for a name in either language, or 0.
int weekdayNamed(const QString &word, const QLocale &locale)
{
    for (const QLocale &l : {locale, English}) {
        for (int day = 1; day <= 7; ++day) {
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                QString candidate = folded(l.dayName(day, format));
                if (candidate.endsWith(QLatin1Char('.')))
                    candidate.chop(1);
                if (candidate == word)
                    return day;
            }
        }
    }
    return 0;
}

/// A four-digit year for "26" (this century's, or the last one's when that is closer) or
/// "2026"; 0 when `digits` is empty (no year typed).
int fullYear(const QString &digits, const QDate &today)
{
    if (digits.isEmpty())
        return 0;
    int year = digits.toInt();
    if (digits.size() <= 2) {
        const int century = today.year() / 100 * 100;
        year += century;
        if (year > today.year() + 50)
            year -= 100;
    }
    return year;
}

/// Splits a trailing time ("9:30", "14:00", "3pm", "3:15 pm", "14 Uhr") off `text`.
std::optional<QTime> takeTime(QString &text)
{
    static const QRegularExpression time(
        QStringLiteral(R"((?:^|\s+)(?:um\s+|at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|uhr|h)?$)"));
    const QRegularExpressionMatch match = time.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString suffix = match.captured(3);
    // A bare number is a day or a year, not a time.
    if (match.captured(2).isEmpty() && suffix.isEmpty())
        return std::nullopt;
    int hour = match.captured(1).toInt();
    const int minute = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    if (suffix == QLatin1String("pm") && hour < 12)
        hour += 12;
    else if (suffix == QLatin1String("am") && hour == 12)
        hour = 0;
    const QTime parsed(hour, minute);
    if (!parsed.isValid())
        return std::nullopt;
    text = text.left(match.capturedStart()).trimmed();
    return parsed;
}

std::optional<QDate> relativeDate(const QString &text, const QLocale &locale, const QDate &today)
{
    static const QHash<QString, int> words {
        {QStringLiteral("today"), 0},
        {QStringLiteral("now"), 0},
        {QStringLiteral("yesterday"), -1},
        {QStringLiteral("tomorrow"), 1},
        {QStringLiteral("heute"), 0},
        {QStringLiteral("jetzt"), 0},
        {QStringLiteral("gestern"), -1},
        {QStringLiteral("vorgestern"), -2},
        {QStringLiteral("morgen"), 1},
        {QStringLiteral("übermorgen"), 2},
    };
    if (const auto word = words.constFind(text); word != words.cend())
        return today.addDays(*word);

    // "in 3 days", "3 days ago", "in 2 Wochen", "vor 2 Tagen"
    static const QRegularExpression offset(QStringLiteral(
        R"(^(?:(in|vor)\s+)?(\d{1,4})\s+(days?|weeks?|months?|tag(?:e|en)?|wochen?|monat(?:e|en)?)(?:\s+(ago))?$)"));
    if (const QRegularExpressionMatch match = offset.match(text); match.hasMatch()) {
        const QString word = match.captured(1);
        const bool ago = !match.captured(4).isEmpty();
        if (word.isEmpty() == !ago) // "3 days" alone, or "in 3 days ago"
            return std::nullopt;
        const bool past = ago || word == QLatin1String("vor");
        if (past && word == QLatin1String("in"))
            return std::nullopt;
        const int count = match.captured(2).toInt() * (past ? -1 : 1);
        const QString unit = match.captured(3);
        if (unit.startsWith(QLatin1String("day")) || unit.startsWith(QLatin1String("tag")))
            return today.addDays(count);
        if (unit.startsWith(QLatin1String("week")) || unit.startsWith(QLatin1String("woche")))
            return today.addDays(7 * qint64(count));
        return today.addMonths(count);
    }

    // "next friday", "last monday", "nächsten Freitag", "letzten Montag", "friday"
    static const QRegularExpression weekday(QStringLiteral(
        R"(^(?:(next|last|this|nächste[nrms]?|letzte[nrms]?|diese[nrms]?|kommende[nrms]?|vergangene[nrms]?)\s+)?(\S+)$)"));
    const QRegularExpressionMatch day = weekday.match(text);
    if (!day.hasMatch())
        return std::nullopt;
    const int target = weekdayNamed(day.captured(2), locale);
    if (!target)
        return std::nullopt;
    const QString which = day.captured(1);
    const bool backwards = which == QLatin1String("last")
        || which.startsWith(QLatin1String("letzte"))
        || which.startsWith(QLatin1String("vergangene"));
    if (backwards) {
        int back = (today.dayOfWeek() - target + 7) % 7;
        return today.addDays(-(back == 0 ? 7 : back));
    }
    // The coming one; "next" and a bare name never mean today.
    const int ahead = (target - today.dayOfWeek() + 7) % 7;
    return today.addDays(ahead == 0 ? 7 : ahead);
}

std::optional<QDate> numericDate(const QString &text, const QLocale &locale, const QDate &today)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    if (const auto match = iso.match(text); match.hasMatch()) {
        const QDate date(
            match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        return date.isValid() ? std::optional(date) : std::nullopt;
    }
    static const QRegularExpression parts(
        QStringLiteral(R"(^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*(?:[./-]\s*(\d{2}|\d{4})?)?$)"));
    const auto match = parts.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    // The locale says whether the month or the day comes first.
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const bool monthFirst = format.indexOf(QLatin1Char('M')) < format.indexOf(QLatin1Char('d'));
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    const int year = fullYear(match.captured(3), today);
    const QDate date(
        year ? year : today.year(), monthFirst ? first : second, monthFirst ? second : first);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

std::optional<QDate> namedMonthDate(const QString &text, const QLocale &locale, const QDate &today)
{
    // "12 may 2026", "12. mai", "may 12, 2026", "may 12"
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})\.?\s+([^\s\d,]+)\s*,?\s*(\d{4}|\d{2})?$)"));
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(^([^\s\d,]+)\s+(\d{1,2})(?:st|nd|rd|th|\.)?\s*,?\s*(\d{4}|\d{2})?$)"));
    QRegularExpressionMatch match = dayFirst.match(text);
    int day = 0;
    int month = 0;
    if (match.hasMatch()) {
        day = match.captured(1).toInt();
        month = monthNamed(match.captured(2), locale);
    } else if ((match = monthFirst.match(text)).hasMatch()) {
        month = monthNamed(match.captured(1), locale);
        day = match.captured(2).toInt();
    }
    if (!month)
        return std::nullopt;
    const int year = fullYear(match.captured(3), today);
    const QDate date(year ? year : today.year(), month, day);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace

std::optional<TypedDate> parseTypedDate(
    const QString &typed, const QLocale &locale, const QDate &today)
{
    QString text = folded(typed);
    while (text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1String(".."))) {
        // "12.5." keeps its dot for the numeric form; words lose theirs.
        if (text.size() >= 2 && text.at(text.size() - 2).isDigit())
            break;
        text.chop(1);
    }
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    const std::optional<QTime> time = takeTime(text);
    if (text.isEmpty()) // a time alone is today's
        return time ? std::optional(TypedDate {today, *time}) : std::nullopt;
    std::optional<QDate> date = relativeDate(text, locale, today);
    if (!date)
        date = numericDate(text, locale, today);
    if (!date)
        date = namedMonthDate(text, locale, today);
    if (!date || !date->isValid())
        return std::nullopt;
    return TypedDate {*date, time.value_or(QTime())};
}

} // namespace Copydesk
