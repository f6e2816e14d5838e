// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "keysetcondition.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Copydesk {

/// The SQL form of a LibraryQuery over copydesk.articles aliased `a`, and the listing columns
/// an ArticleSummary is read from. Values are never spliced into the SQL; they are bound in the
/// order of values().
///
/// Sorting follows SqliteFilter exactly: Headline, Category and Author compare with ASCII case
/// folding in code point order (`lower(x COLLATE "C")`, which is SQLite's NOCASE), whatever
/// the database's collation; empty values and unpublished articles come first in ascending
/// order; Status, Category and Author break ties by the modified time, and the id breaks every
/// remaining tie in the same direction.
class PostgresArticleFilter
{
public:
    explicit PostgresArticleFilter(const LibraryQuery &query);

    /// Conditions joined with AND; never empty (live or trashed is always decided), so callers
    /// write "WHERE " + where().
    QString where() const { return m_where; }
    QVariantList values() const { return m_values; }
    /// "ORDER BY" terms for the query's sort key and order.
    QString orderBy() const;
    /// The condition of the query's `after` row (keyset paging), in the terms of orderBy(), for
    /// " AND " + after() in a listing; empty without one. Its values follow values().
    ///
    /// PostgreSQL keeps times to the microsecond, a summary to the millisecond: the position's
    /// times are the stored ones of the row `after.id` while they still round to the summary's
    /// (the usual case: the previous page's last row, unchanged), else the summary's. Only in
    /// that case may rows saved within the same millisecond as that row be skipped or repeated.
    QString after() const;
    QVariantList afterValues() const;

    /// "a.id, a.uuid::text, …" for a SELECT list.
    static QString columns();
    static constexpr int ColumnCount = 13;
    /// The summary in the current row of `query`, whose columns from `first` on are columns().
    static ArticleSummary read(const QSqlQuery &query, int first = 0);

private:
    /// The terms of orderBy(), with the values of the query's `after` row.
    QList<KeysetCondition::Key> sortKeys() const;

    LibraryQuery m_query;
    QString m_where;
    QVariantList m_values;
};

} // namespace Copydesk
