// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitefilter.h"

#include "sqlitecodec.h"

#include <QSet>
#include <QStringList>

namespace Copydesk {

namespace {

QString dateColumn(DateField field)
{
    switch (field) {
    case DateField::Modified:
        return QStringLiteral("a.modified");
    case DateField::Created:
        return QStringLiteral("a.created");
    case DateField::Published:
        return QStringLiteral("a.published");
    }
    return QStringLiteral("a.modified");
}

// Spelled exactly as in the expression indexes of migration 4, so that SQLite can use them.
// `%1` is the status: the column, or a bound value for keyset paging.
constexpr char StatusOrder[] = "(CASE %1 WHEN 'draft' THEN 0 WHEN 'inReview' THEN 1 "
                               "WHEN 'changesRequested' THEN 2 WHEN 'approved' THEN 3 "
                               "WHEN 'published' THEN 4 WHEN 'spiked' THEN 5 END)";
constexpr char FirstAuthor[] = "coalesce(json_extract(a.authors, '$[0]'), '') COLLATE NOCASE";

/// An empty string binds as '' (a null QString would bind as NULL).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

KeysetCondition::Key boundKey(const QString &expression, const QVariant &value)
{
    KeysetCondition::Key key;
    key.expression = expression;
    key.bindings = {value};
    return key;
}

KeysetCondition::Key timeKey(const QString &column, const QDateTime &time, bool nullable = false)
{
    KeysetCondition::Key key = boundKey(column, SqliteCodec::toColumn(time));
    key.nullable = nullable;
    key.valueIsNull = !time.isValid();
    return key;
}

} // namespace

SqliteFilter::SqliteFilter(const LibraryQuery &query)
    : m_query(query)
{
    QStringList conditions;
    conditions.append(query.trash ? QStringLiteral("a.trashed_at IS NOT NULL")
                                  : QStringLiteral("a.trashed_at IS NULL"));
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (ArticleStatus status : query.statuses) {
            marks.append(QStringLiteral("?"));
            m_values.append(statusName(status));
        }
        conditions.append(QStringLiteral("a.status IN (%1)").arg(marks.join(u", ")));
    }
    if (!query.author.isEmpty()) {
        conditions.append(QStringLiteral("(a.owner = ? OR EXISTS (SELECT 1 FROM article_authors w "
                                         "WHERE w.name = ? AND w.article_id = a.id))"));
        m_values.append(query.author);
        m_values.append(query.author);
    }
    if (!query.category.isEmpty()) {
        conditions.append(QStringLiteral("a.category = ?"));
        m_values.append(query.category);
    }
    const QString column = dateColumn(query.dateField);
    if (!query.from.isNull()) {
        conditions.append(column + QStringLiteral(" >= ?"));
        m_values.append(query.from.toMSecsSinceEpoch());
    }
    if (!query.to.isNull()) {
        conditions.append(column + QStringLiteral(" < ?"));
        m_values.append(query.to.toMSecsSinceEpoch());
    }
    if (query.ids) {
        // One bound JSON array, however many ids: no statement text per list length.
        QStringList ids;
        ids.reserve(query.ids->size());
        for (qint64 id : *query.ids)
            ids.append(QString::number(id));
        conditions.append(QStringLiteral("a.id IN (SELECT value FROM json_each(?))"));
        m_values.append(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
    }
    m_where = conditions.join(QStringLiteral(" AND "));
}

QString SqliteFilter::countSql() const
{
    const bool keptCount = m_query.author.isEmpty() && m_query.category.isEmpty()
        && m_query.from.isNull() && m_query.to.isNull() && !m_query.ids;
    if (!keptCount)
        return QStringLiteral("SELECT count(*) FROM articles AS a WHERE %1").arg(m_where);
    // The status condition binds the same values as in where().
    QString sql
        = QStringLiteral("SELECT coalesce(sum(n), 0) FROM article_counts WHERE trashed = %1")
              .arg(m_query.trash ? 1 : 0);
    if (!m_query.statuses.isEmpty()) {
        sql += QStringLiteral(" AND status IN (%1)")
                   .arg(QStringList(m_query.statuses.size(), QStringLiteral("?")).join(u", "));
    }
    return sql;
}

QList<KeysetCondition::Key> SqliteFilter::sortKeys() const
{
    const ArticleSummary row = m_query.after.value_or(ArticleSummary {});
    QList<KeysetCondition::Key> keys;
    bool thenModified = true; // the key itself for Modified; a tie-breaker after some others
    switch (m_query.sort) {
    case SortKey::Modified:
        break;
    case SortKey::Created:
        keys.append(timeKey(QStringLiteral("a.created"), row.created));
        thenModified = false;
        break;
    case SortKey::Headline:
        keys.append(boundKey(QStringLiteral("a.headline COLLATE NOCASE"), text(row.headline)));
        thenModified = false;
        break;
    case SortKey::Published:
        keys.append(timeKey(QStringLiteral("a.published"), row.published, true));
        thenModified = false;
        break;
    case SortKey::Status:
        if (QSet<ArticleStatus>(m_query.statuses.cbegin(), m_query.statuses.cend()).size() != 1) {
            KeysetCondition::Key status
                = boundKey(QString::fromLatin1(StatusOrder).arg(QStringLiteral("a.status")),
                    statusName(row.status));
            status.value = QString::fromLatin1(StatusOrder).arg(QStringLiteral("?"));
            keys.append(status);
        }
        break;
    case SortKey::Category:
        keys.append(boundKey(QStringLiteral("a.category COLLATE NOCASE"), text(row.category)));
        break;
    case SortKey::Author:
        keys.append(boundKey(QString::fromLatin1(FirstAuthor), text(row.authors.value(0))));
        break;
    }
    if (thenModified)
        keys.append(timeKey(QStringLiteral("a.modified"), row.modified));
    keys.append(boundKey(QStringLiteral("a.id"), row.id));
    return keys;
}

QString SqliteFilter::orderBy() const
{
    const QString direction
        = m_query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QStringList terms;
    for (const KeysetCondition::Key &key : sortKeys())
        terms.append(key.expression + u' ' + direction);
    return terms.join(QStringLiteral(", "));
}

QString SqliteFilter::after() const
{
    return m_query.after ? KeysetCondition(sortKeys(), m_query.order).sql() : QString();
}

QVariantList SqliteFilter::afterValues() const
{
    return m_query.after ? KeysetCondition(sortKeys(), m_query.order).values() : QVariantList();
}

} // namespace Copydesk
