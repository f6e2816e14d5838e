// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>
#include <optional>

namespace Copydesk {

/// A date (and perhaps a time) as a writer types it into a date field.
struct TypedDate
{
    QDate date;
    /// Invalid when the text named no time.
    QTime time;
};

/// Reads a date typed the way people write them, in English and in `locale`'s language:
/// - words: "today", "yesterday", "tomorrow" ("heute", "gestern", "morgen", "vorgestern",
///   "übermorgen"); "in 3 days", "3 days ago", "in 2 weeks" ("in 3 Tagen", "vor 2 Wochen");
///   "next friday", "last monday" ("nächsten Freitag", "letzten Montag");
/// - numbers: ISO "2026-05-12"; the locale's order ("12.5.2026", "5/12/2026") with a two- or
///   four-digit year, or none (this year: "12.5.");
/// - month names, long or short, in either language: "12 May 2026", "May 12, 2026", "12. Mai",
///   "Dec 3".
/// A time may follow ("tomorrow 9:30", "12.5.2026 14:00", "3pm"). Case, extra spaces and a
/// trailing full stop do not matter. Returns nothing for text that is not a date, or for a day
/// that does not exist ("31.2."). Pure; `today` makes it testable.
std::optional<TypedDate> parseTypedDate(
    const QString &text, const QLocale &locale, const QDate &today);

} // namespace Copydesk
