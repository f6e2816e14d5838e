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

// `%1` is the status: the column, or a bound value for keyset paging.
constexpr char StatusOrder[] = "(CASE %1 WHEN 'draft' THEN 0 WHEN 'inReview' THEN 1 "
                               "WHEN 'changesRequested' THEN 2 WHEN 'approved' THEN 3 "
                               "WHEN 'published' THEN 4 WHEN 'spiked' THEN 5 END)";
// Text compared with ASCII case folding in code point order (SQLite's NOCASE).
constexpr char Folded[] = "lower(%1 COLLATE \"C\")";

/// A text key: `column` folded, against the folded value bound.
KeysetCondition::Key textKey(const QString &column, const QString &value)
{
    KeysetCondition::Key key;
    key.expression = QString::fromLatin1(Folded).arg(column);
    key.value = QString::fromLatin1(Folded).arg(u"?::text"_s);
    key.bindings = {value.isNull() ? u""_s : value};
    return key;
}

/// A time key: the stored time of the row `id` while it rounds to `time` (see after()).
KeysetCondition::Key timeKey(
    const QString &column, qint64 id, const QDateTime &time, bool nullable = false)
{
    KeysetCondition::Key key;
    key.expression = u"a."_s + column;
    key.value = u"coalesce((SELECT k.%1 FROM copydesk.articles AS k WHERE k.id = ? AND %2 = ?), "
                "?::timestamptz)"_s.arg(column, PostgresArticleCodec::msColumn(u"k."_s + column));
    key.bindings = {id, time.toMSecsSinceEpoch(), PostgresArticleCodec::toColumn(time)};
    key.valueIsNull = !time.isValid();
    key.nullable = nullable;
    return key;
}

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

QList<KeysetCondition::Key> PostgresArticleFilter::sortKeys() const
{
    const ArticleSummary row = m_query.after.value_or(ArticleSummary {});
    QList<KeysetCondition::Key> keys;
    bool thenModified = true; // the key itself for Modified; a tie-breaker after some others
    switch (m_query.sort) {
    case SortKey::Modified:
        break;
    case SortKey::Created:
        keys.append(timeKey(u"created"_s, row.id, row.created));
        thenModified = false;
        break;
    case SortKey::Headline:
        keys.append(textKey(u"a.headline"_s, row.headline));
        thenModified = false;
        break;
    case SortKey::Published:
        keys.append(timeKey(u"published"_s, row.id, row.published, true));
        thenModified = false;
        break;
    case SortKey::Status: {
        KeysetCondition::Key status;
        status.expression = QString::fromLatin1(StatusOrder).arg(u"a.status"_s);
        status.value = QString::fromLatin1(StatusOrder).arg(u"?::text"_s);
        status.bindings = {statusName(row.status)};
        keys.append(status);
        break;
    }
    case SortKey::Category:
        keys.append(textKey(u"a.category"_s, row.category));
        break;
    case SortKey::Author:
        keys.append(textKey(u"coalesce(a.authors[1], '')"_s, row.authors.value(0)));
        break;
    }
    if (thenModified)
        keys.append(timeKey(u"modified"_s, row.id, row.modified));
    KeysetCondition::Key id;
    id.expression = u"a.id"_s;
    id.bindings = {row.id};
    keys.append(id);
    return keys;
}

QString PostgresArticleFilter::orderBy() const
{
    const bool ascending = m_query.order == Qt::AscendingOrder;
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    QStringList terms;
    for (const KeysetCondition::Key &key : sortKeys()) {
        // SQLite puts NULL first in ascending order and last in descending order.
        terms.append(key.expression + u' ' + direction
            + (key.nullable ? (ascending ? u" NULLS FIRST"_s : u" NULLS LAST"_s) : QString()));
    }
    return terms.join(u", "_s);
}

QString PostgresArticleFilter::after() const
{
    return m_query.after ? KeysetCondition(sortKeys(), m_query.order).sql() : QString();
}

QVariantList PostgresArticleFilter::afterValues() const
{
    return m_query.after ? KeysetCondition(sortKeys(), m_query.order).values() : QVariantList();
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
