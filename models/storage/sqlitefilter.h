// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "keysetcondition.h"

#include <QString>
#include <QVariantList>

namespace Copydesk {

/// The SQL form of a LibraryQuery's filters and order, over the `articles` table aliased `a`.
/// Values are never spliced into the SQL; they are bound in the order of values().
class SqliteFilter
{
public:
    explicit SqliteFilter(const LibraryQuery &query);

    /// Conditions joined with AND; never empty (live or trashed is always decided), so callers
    /// write "WHERE " + where(). The trash condition is spelled exactly as in the partial
    /// indexes' WHERE clauses so that SQLite can use them.
    QString where() const { return m_where; }
    QVariantList values() const { return m_values; }
    /// The statement that counts the rows of the query (bind values()): a sum over the counts
    /// the library keeps by status and trash (article_counts, schema 9), which takes the same
    /// time at any size, when the query filters by nothing but statuses and the trash; else a
    /// count of the matching rows, which grows with them.
    QString countSql() const;

    /// "ORDER BY" terms for the query's sort key and order, with the row id as a tie-breaker so
    /// that pages never overlap. Sorting by status with one status filtered leaves the status
    /// out (it is the same for every row), so that the index of that status by modified time
    /// serves it.
    QString orderBy() const;

    /// The condition of the query's `after` row (keyset paging), in the terms of orderBy(), for
    /// " AND " + after() in a listing; empty without one. Its values follow values().
    QString after() const;
    QVariantList afterValues() const;

private:
    /// The terms of orderBy(), with the values of the query's `after` row.
    QList<KeysetCondition::Key> sortKeys() const;

    LibraryQuery m_query;
    QString m_where;
    QVariantList m_values;
};

} // namespace Copydesk
