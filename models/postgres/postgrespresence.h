// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "presence.h"

#include <QSet>

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

private:
    /// The one row a claim or take-over returns; presenceChanged() when this object's hold
    /// changed (or always, with `alwaysAnnounce`).
    Result<ArticleHolder> holderFrom(
        QSqlQuery &query, qint64 id, const QString &action, bool alwaysAnnounce);

    PostgresSession &m_session;
    QSet<qint64> m_held; ///< The articles this object's last claim or take-over held.
};

} // namespace Copydesk
