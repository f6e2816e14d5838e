// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "keysetcondition.h"

namespace Copydesk {

KeysetCondition::KeysetCondition(const QList<Key> &keys, Qt::SortOrder order)
    : m_ascending(order == Qt::AscendingOrder)
{
    Q_ASSERT(!keys.isEmpty());
    // Built left to right, so that the bound values follow the placeholders' order:
    // bound AND (k1 beyond OR (k1 equal AND (k2 beyond OR (… kn beyond)))).
    QString bound;
    const Key &first = keys.first();
    if (first.valueIsNull)
        bound = m_ascending ? QString() : first.expression + QStringLiteral(" IS NULL");
    else if (m_ascending)
        bound = first.expression + QStringLiteral(" >= ") + value(first);
    else if (!first.nullable)
        bound = first.expression + QStringLiteral(" <= ") + value(first);
    QString condition;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        condition += beyond(keys.at(i));
        if (i + 1 < keys.size())
            condition += QStringLiteral(" OR (") + equal(keys.at(i)) + QStringLiteral(" AND (");
    }
    condition += QString(QStringLiteral("))")).repeated(keys.size() - 1);
    m_sql = bound.isEmpty() ? QStringLiteral("(%1)").arg(condition)
                            : QStringLiteral("(%1 AND (%2))").arg(bound, condition);
}

// The row's key lies beyond the given row's in the listing's direction.
QString KeysetCondition::beyond(const Key &key)
{
    if (key.valueIsNull) {
        // Nothing is lower than NULL; everything else is higher.
        return m_ascending ? key.expression + QStringLiteral(" IS NOT NULL")
                           : QStringLiteral("1 = 0");
    }
    if (m_ascending)
        return key.expression + QStringLiteral(" > ") + value(key);
    const QString lower = key.expression + QStringLiteral(" < ") + value(key);
    return key.nullable ? QStringLiteral("(%1 OR %2 IS NULL)").arg(lower, key.expression) : lower;
}

QString KeysetCondition::equal(const Key &key)
{
    if (key.valueIsNull)
        return key.expression + QStringLiteral(" IS NULL");
    return key.expression + QStringLiteral(" = ") + value(key);
}

QString KeysetCondition::value(const Key &key)
{
    m_values += key.bindings;
    return key.value;
}

} // namespace Copydesk
