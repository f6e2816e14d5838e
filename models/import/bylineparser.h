// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace Copydesk {

/// The byline line of a page as a reader sees it: "By Jane Doe, Science Correspondent, and Max
/// Roe · 12 May 2026 · 5 min read", "Von Erika Muster und Max Roe | 12. Mai 2026 | 4 Min.
/// Lesezeit". Segments are separated by "·", "|", "•" or a spaced dash.
struct ParsedByline
{
    QList<Byline> bylines;
    QDate date; ///< Invalid when no segment is a date.
    QTime time; ///< Invalid when the date named no time.
    /// A reading time as typed ("5 min read"), kept so that the checklist can judge it; empty
    /// when none was typed.
    QString readingTime;
    /// Segments that are neither names, a date nor a reading time.
    QStringList unplaced;
};

class BylineParser
{
public:
    /// The parsed line, or nothing when `line` does not start like a byline ("By", "Von",
    /// "Text:", "Written by", "Reporting by"; any case) or names nobody.
    static std::optional<ParsedByline> parse(const QString &line);
    /// Whether `text` is a typed reading time ("5 min read", "4 Min. Lesezeit", "Lesezeit: 4
    /// Minuten").
    static bool isReadingTime(const QString &text);
    /// Adds a segment that stands on a line of its own after the byline (a date, "Updated 18
    /// March 2026", a reading time); false, leaving `parsed` alone, for anything else.
    static bool addSegment(ParsedByline &parsed, const QString &segment);
};

} // namespace Copydesk
