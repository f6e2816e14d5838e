// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgrespresence.h"

#include "postgresarticlestore.h"
#include "postgressession.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <tuple>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

// Every holder query returns these columns, in this order.
constexpr auto HolderColumns
    = "article_id, login::text, display_name, floor(extract(epoch FROM since) * 1000)::bigint, "
      "taken_from_name, note, held_here"_L1;
constexpr auto ClaimSql = "SELECT %1 FROM copydesk.claim_article(?)"_L1;
constexpr auto TakeOverSql = "SELECT %1 FROM copydesk.take_over_article(?, ?)"_L1;
constexpr auto ReleaseSql = "SELECT copydesk.release_article(?)"_L1;
constexpr auto HoldersSql
    = "SELECT %1 FROM copydesk.article_holders(?::bigint[]) WHERE NOT held_here"_L1;
constexpr auto RoleSql = "SELECT copydesk.role_of(session_user)"_L1;
constexpr auto ReapSql = "SELECT copydesk.reap_leases()"_L1;

ArticleHolder readHolder(const QSqlQuery &query)
{
    ArticleHolder holder;
    holder.login = query.value(1).toString();
    holder.name = query.value(2).toString();
    holder.since = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::UTC);
    holder.takenFrom = query.value(4).toString();
    holder.note = query.value(5).toString();
    holder.here = query.value(6).toBool();
    return holder;
}

/// An array literal for bigint[]: "{1,2,3}".
QString idArray(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return u'{' + numbers.join(u',') + u'}';
}

} // namespace

PostgresPresence::PostgresPresence(PostgresSession &session, PostgresArticleStore &store)
    : Presence(nullptr)
    , m_session(session)
{
    connect(
        &store, &PostgresArticleStore::remoteChange, this, [this](const QString &table, qint64 id) {
            if (id > 0 && table == QLatin1String("leases"))
                Q_EMIT presenceChanged(id);
        });
    m_watch.setInterval(watchInterval());
    connect(&m_watch, &QTimer::timeout, this, &PostgresPresence::reap);
}

PostgresPresence::~PostgresPresence() = default;

Result<ArticleHolder> PostgresPresence::claim(qint64 id)
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, QString(ClaimSql).arg(HolderColumns), {id}))
        return m_session.toError(query.lastError(), tr("cannot claim the article for editing"));
    return holderFrom(query, id, tr("cannot claim the article for editing"), false);
}

Status PostgresPresence::release(qint64 id)
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, ReleaseSql, {id}))
        return m_session.toError(query.lastError(), tr("cannot release the article"));
    if (m_held.remove(id))
        Q_EMIT presenceChanged(id);
    return Done {};
}

Result<QHash<qint64, ArticleHolder>> PostgresPresence::holders(const QList<qint64> &ids) const
{
    QHash<qint64, ArticleHolder> found;
    if (ids.isEmpty())
        return found;
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, QString(HoldersSql).arg(HolderColumns), {idArray(ids)}))
        return m_session.toError(query.lastError(), tr("cannot read who is editing"));
    while (query.next())
        found.insert(query.value(0).toLongLong(), readHolder(query));
    for (qint64 id : ids)
        noteForeign(id, found.contains(id));
    return found;
}

bool PostgresPresence::canTakeOver() const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, RoleSql) || !query.next())
        return false;
    const QString role = query.value(0).toString();
    return role == QLatin1String("editor") || role == QLatin1String("admin");
}

Result<ArticleHolder> PostgresPresence::takeOver(qint64 id, const QString &note)
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, QString(TakeOverSql).arg(HolderColumns), {id, note}))
        return m_session.toError(query.lastError(), tr("cannot take the article over"));
    return holderFrom(query, id, tr("cannot take the article over"), true);
}

Result<ArticleHolder> PostgresPresence::holderFrom(
    QSqlQuery &query, qint64 id, const QString &action, bool alwaysAnnounce)
{
    if (!query.next()) {
        // The function always returns the lease it just wrote; no row means it lapsed at once
        // (the connection is going away).
        return Error {tr("“%1”: %2: the server kept no claim on article %3")
                          .arg(m_session.display(), action)
                          .arg(id),
            Error::Code::Io};
    }
    const ArticleHolder holder = readHolder(query);
    // Our own changes: other sessions hear of them through the notification, this one here.
    // A renewed claim changes nothing.
    const bool changed = holder.here != m_held.contains(id) || alwaysAnnounce;
    if (holder.here)
        m_held.insert(id);
    else
        m_held.remove(id);
    noteForeign(id, !holder.here);
    if (changed)
        Q_EMIT presenceChanged(id);
    return holder;
}

void PostgresPresence::noteForeign(qint64 id, bool foreign) const
{
    if (foreign)
        m_foreign.insert(id);
    else
        m_foreign.remove(id);
    if (m_foreign.isEmpty())
        m_watch.stop();
    else if (!m_watch.isActive())
        m_watch.start();
}

void PostgresPresence::reap()
{
    // A lost connection is the heartbeat's to report and restore; the watch waits for it.
    if (!m_session.database().isOpen())
        return;
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, ReapSql))
        return;
    QList<qint64> freed;
    while (query.next())
        freed.append(query.value(0).toLongLong());
    // Other sessions hear of it through the notification, this one here.
    for (qint64 id : std::as_const(freed)) {
        noteForeign(id, false);
        Q_EMIT presenceChanged(id);
    }
    // Released or lapsed meanwhile (announced already): the watch ends with the last one.
    if (!m_foreign.isEmpty())
        std::ignore = holders(m_foreign.values());
}

} // namespace Copydesk
