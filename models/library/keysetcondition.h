// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QVariantList>
#include <Qt>

namespace Copydesk {

/// The condition of keyset paging in SQL: "the row comes after a given one in the listing's
/// order" (LibraryQuery::after), spelled once for the SQL backends. Standard SQL only; each
/// backend gives the expressions in its own dialect.
///
/// The order compares the keys in turn, all in the same direction, and the last key is unique
/// (the row id), so that rows which tie on the others neither repeat nor go missing from page to
/// page. NULL counts as lower than every value: SQLite's order, and PostgreSQL's with NULLS FIRST
/// ascending and NULLS LAST descending. The condition starts with a bound on the first key
/// ("k >= v") so that an index on it is read as a range, not scanned from its start.
class KeysetCondition
{
public:
    struct Key
    {
        /// The row's side, spelled exactly as in ORDER BY (an index on it must match it).
        QString expression;
        /// SQL that yields the given row's value, `?` for each of `bindings`.
        QString value = QStringLiteral("?");
        QVariantList bindings;
        bool valueIsNull = false; ///< The given row has NULL here (`value` is then unused).
        bool nullable = false; ///< Rows may have NULL here.
    };

    /// `keys` must not be empty.
    KeysetCondition(const QList<Key> &keys, Qt::SortOrder order);

    /// A parenthesised condition, for "… AND " + sql().
    QString sql() const { return m_sql; }
    /// The values for the `?` of sql(), in order.
    QVariantList values() const { return m_values; }

private:
    QString beyond(const Key &key);
    QString equal(const Key &key);
    QString value(const Key &key);

    bool m_ascending;
    QString m_sql;
    QVariantList m_values;
};

} // namespace Copydesk
