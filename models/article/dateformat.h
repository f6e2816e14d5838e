// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

/// The one way the window shows a date to the user: the locale's short format ("06.12.2026" in
/// German, "12/6/2026" in US English, "2026/12/06" in Japanese) with four-digit years, so that a
/// date is never ambiguous about its century and reads the same in a list, a dialog and a date
/// field (QDateEdit::setDisplayFormat(date())). Machine formats (files, JSON, the CLI's --json)
/// stay ISO 8601 and never use this. Pure and thread-safe.
namespace Copydesk::DateFormat {

/// The locale's short date format with every year field widened to "yyyy" ("dd.MM.yy" becomes
/// "dd.MM.yyyy"); quoted literal text is left alone.
QString date(const QLocale &locale = QLocale());

/// The locale's short date-and-time format, years widened as in date(): "dd.MM.yyyy HH:mm".
QString dateTime(const QLocale &locale = QLocale());

/// `date` in date()'s format; empty for an invalid date.
QString toString(const QDate &date, const QLocale &locale = QLocale());

/// `dateTime` in dateTime()'s format, in the time zone it carries (pass toLocalTime() for the
/// user's clock); empty for an invalid date-time.
QString toString(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace Copydesk::DateFormat
