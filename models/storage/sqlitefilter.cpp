// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitefilter.h"

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
constexpr char StatusOrder[] = "(CASE a.status WHEN 'draft' THEN 0 WHEN 'inReview' THEN 1 "
                               "WHEN 'changesRequested' THEN 2 WHEN 'approved' THEN 3 "
                               "WHEN 'published' THEN 4 WHEN 'spiked' THEN 5 END)";
constexpr char FirstAuthor[] = "coalesce(json_extract(a.authors, '$[0]'), '') COLLATE NOCASE";

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

QString SqliteFilter::countIndex() const
{
    // Every filter binds a value; the index exists since schema 1.
    return m_query.trash || !m_values.isEmpty()
        ? QString()
        : QStringLiteral("INDEXED BY articles_live_modified");
}

QString SqliteFilter::orderBy() const
{
    const QString direction
        = m_query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column;
    bool byModifiedToo = false;
    switch (m_query.sort) {
    case SortKey::Modified:
        column = QStringLiteral("a.modified");
        break;
    case SortKey::Created:
        column = QStringLiteral("a.created");
        break;
    case SortKey::Headline:
        column = QStringLiteral("a.headline COLLATE NOCASE");
        break;
    case SortKey::Published:
        column = QStringLiteral("a.published");
        break;
    case SortKey::Status:
        column = QString::fromLatin1(StatusOrder);
        byModifiedToo = true;
        break;
    case SortKey::Category:
        column = QStringLiteral("a.category COLLATE NOCASE");
        byModifiedToo = true;
        break;
    case SortKey::Author:
        column = QString::fromLatin1(FirstAuthor);
        byModifiedToo = true;
        break;
    }
    if (byModifiedToo)
        return QStringLiteral("%1 %2, a.modified %2, a.id %2").arg(column, direction);
    return QStringLiteral("%1 %2, a.id %2").arg(column, direction);
}

} // namespace Copydesk
