// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "presence.h"

#include <QSet>
#include <QTimer>

class QSqlQuery;

namespace Copydesk {

class PostgresArticleStore;
class PostgresSession;

/// Presence on a team library: leases in copydesk.leases, written by the server's functions
/// (claim_article, release_article, take_over_article in schema/2.sql) under the session's
/// login. A lease belongs to this session's connection: another window of the same login holds
/// its own, and a reconnect (a new connection) takes the lease again on the next claim() if
/// nobody else took it meanwhile.
///
/// Other people's claims, releases and take-overs arrive through the store's notifications
/// (remoteChange "leases"); presenceChanged() follows them.
///
/// PostgreSQL announces nothing when a connection drops, so a lease that stops counting (its
/// connection gone, its heartbeat stale) would go unnoticed until the next heartbeat. While
/// this object knows of a lease held by someone else (a claim or holders() answered with one),
/// it asks the server every watchInterval() milliseconds to remove the leases that no longer
/// count (copydesk.reap_leases(), schema/9.sql); the removal is announced to every window, and
/// this one emits presenceChanged() for the articles it freed. The watch ends when none of the
/// articles it saw held is held by someone else any more.
///
/// Threading: the thread that owns the session. The session and the store must outlive it.
class PostgresPresence : public Presence
{
    Q_OBJECT
public:
    PostgresPresence(PostgresSession &session, PostgresArticleStore &store);
    ~PostgresPresence() override;

    Result<ArticleHolder> claim(qint64 id) override;
    Status release(qint64 id) override;
    Result<QHash<qint64, ArticleHolder>> holders(const QList<qint64> &ids) const override;
    /// Asks the server for the login's role each time (an admin may change it meanwhile).
    bool canTakeOver() const override;
    Result<ArticleHolder> takeOver(qint64 id, const QString &note) override;

    /// How often a lapsed lease is looked for while someone else holds one, in milliseconds.
    static constexpr int watchInterval() { return 1000; }

private:
    /// Notes whether `id` is held by someone else and starts or stops the watch.
    void noteForeign(qint64 id, bool foreign) const;
    /// Removes the leases that no longer count (the watch's work).
    void reap();

    /// The one row a claim or take-over returns; presenceChanged() when this object's hold
    /// changed (or always, with `alwaysAnnounce`).
    Result<ArticleHolder> holderFrom(
        QSqlQuery &query, qint64 id, const QString &action, bool alwaysAnnounce);

    PostgresSession &m_session;
    QSet<qint64> m_held; ///< The articles this object's last claim or take-over held.
    /// The articles last seen held by someone else: watched until nobody else holds them.
    mutable QSet<qint64> m_foreign;
    mutable QTimer m_watch;
};

} // namespace Copydesk
