// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgresarticlefilter.h"

#include "postgresarticlecodec.h"

#include <QStringList>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

QString dateColumn(DateField field)
{
    switch (field) {
    case DateField::Modified:
        return u"a.modified"_s;
    case DateField::Created:
        return u"a.created"_s;
    case DateField::Published:
        return u"a.published"_s;
    }
    return u"a.modified"_s;
}

constexpr char StatusOrder[] = "(CASE a.status WHEN 'draft' THEN 0 WHEN 'inReview' THEN 1 "
                               "WHEN 'changesRequested' THEN 2 WHEN 'approved' THEN 3 "
                               "WHEN 'published' THEN 4 WHEN 'spiked' THEN 5 END)";

} // namespace

PostgresArticleFilter::PostgresArticleFilter(const LibraryQuery &query)
    : m_query(query)
{
    QStringList conditions;
    conditions.append(query.trash ? u"a.trashed_at IS NOT NULL"_s : u"a.trashed_at IS NULL"_s);
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (ArticleStatus status : query.statuses) {
            marks.append(u"?"_s);
            m_values.append(statusName(status));
        }
        conditions.append(u"a.status IN (%1)"_s.arg(marks.join(u", ")));
    }
    if (!query.author.isEmpty()) {
        conditions.append(u"(a.owner = ? OR ? = ANY (a.authors))"_s);
        m_values << query.author << query.author;
    }
    if (!query.category.isEmpty()) {
        conditions.append(u"a.category = ?"_s);
        m_values.append(query.category);
    }
    const QString column = dateColumn(query.dateField);
    if (!query.from.isNull()) {
        conditions.append(column + u" >= ?"_s);
        m_values.append(PostgresArticleCodec::toColumn(query.from));
    }
    if (!query.to.isNull()) {
        conditions.append(column + u" < ?"_s);
        m_values.append(PostgresArticleCodec::toColumn(query.to));
    }
    if (query.ids) {
        // One bound array literal, however many ids: no statement text per list length.
        QStringList ids;
        ids.reserve(query.ids->size());
        for (qint64 id : *query.ids)
            ids.append(QString::number(id));
        conditions.append(u"a.id = ANY (?::bigint[])"_s);
        m_values.append(u'{' + ids.join(u',') + u'}');
    }
    m_where = conditions.join(u" AND "_s);
}

QString PostgresArticleFilter::orderBy() const
{
    const bool ascending = m_query.order == Qt::AscendingOrder;
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    QString column;
    bool byModifiedToo = false;
    switch (m_query.sort) {
    case SortKey::Modified:
        column = u"a.modified"_s;
        break;
    case SortKey::Created:
        column = u"a.created"_s;
        break;
    case SortKey::Headline:
        column = u"lower(a.headline COLLATE \"C\")"_s;
        break;
    case SortKey::Published:
        // SQLite puts NULL first in ascending order and last in descending order.
        return u"a.published %1 NULLS %2, a.id %1"_s.arg(
            direction, ascending ? u"FIRST"_s : u"LAST"_s);
    case SortKey::Status:
        column = QString::fromLatin1(StatusOrder);
        byModifiedToo = true;
        break;
    case SortKey::Category:
        column = u"lower(a.category COLLATE \"C\")"_s;
        byModifiedToo = true;
        break;
    case SortKey::Author:
        column = u"lower(coalesce(a.authors[1], '') COLLATE \"C\")"_s;
        byModifiedToo = true;
        break;
    }
    if (byModifiedToo)
        return u"%1 %2, a.modified %2, a.id %2"_s.arg(column, direction);
    return u"%1 %2, a.id %2"_s.arg(column, direction);
}

QString PostgresArticleFilter::columns()
{
    return u"a.id, a.uuid::text, a.headline, a.dek, a.status, a.owner::text, "
           "array_to_json(a.authors)::text, a.category, %1, %2, %3, a.word_count, "
           "a.trashed_at IS NOT NULL"_s.arg(PostgresArticleCodec::msColumn(u"a.created"_s),
               PostgresArticleCodec::msColumn(u"a.modified"_s),
               PostgresArticleCodec::msColumn(u"a.published"_s));
}

ArticleSummary PostgresArticleFilter::read(const QSqlQuery &query, int first)
{
    auto at = [&](int column) {
        return query.value(first + column);
    };
    ArticleSummary summary;
    summary.id = at(0).toLongLong();
    summary.uuid = at(1).toString();
    summary.headline = at(2).toString();
    summary.dek = at(3).toString();
    summary.status = statusFromName(at(4).toString(), nullptr);
    summary.owner = at(5).toString();
    summary.authors = PostgresArticleCodec::namesFromJson(at(6).toString());
    summary.category = at(7).toString();
    summary.created = PostgresArticleCodec::fromMs(at(8));
    summary.modified = PostgresArticleCodec::fromMs(at(9));
    summary.published = PostgresArticleCodec::fromMs(at(10));
    summary.wordCount = at(11).toInt();
    summary.trashed = at(12).toBool();
    return summary;
}

} // namespace Copydesk
