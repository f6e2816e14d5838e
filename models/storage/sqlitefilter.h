// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

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
    /// "INDEXED BY …" for counting every live article (a query without filters): the partial
    /// index of live articles, which SQLite's planner passes over for a scan of every row of the
    /// table, 15 times slower at 100,000 articles. Empty for any other query.
    QString countIndex() const;

    /// "ORDER BY" terms for the query's sort key and order, with the row id as a tie-breaker so
    /// that pages never overlap.
    QString orderBy() const;

private:
    LibraryQuery m_query;
    QString m_where;
    QVariantList m_values;
};

} // namespace Copydesk
