// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "postgreslocation.h"
#include "result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <vector>

class QSqlQuery;

namespace Copydesk {

/// One connection to a team library, shared by its store and its workflow: the login it runs
/// as, its schema check, and the translation of the server's errors into Error values.
///
/// The server signals refusals with its own SQLSTATEs (schema/2.sql): CD000 a rule's refusal,
/// CD404 something missing, CD409 a change against an out-of-date version; 42501 a caller
/// without the right. toError() maps them to InvalidInput, NotFound, Conflict and InvalidInput
/// with the server's sentence; anything else (the connection dropped…) is Io.
///
/// Threading: the thread that opened it.
class PostgresSession
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresSession)
public:
    /// Connects to `location` and checks the schema: none or an older one is refused with how to
    /// set it up or migrate it, a newer one is refused as TooNew.
    static Result<std::unique_ptr<PostgresSession>> open(const PostgresLocation &location);
    ~PostgresSession();
    PostgresSession(const PostgresSession &) = delete;
    PostgresSession &operator=(const PostgresSession &) = delete;

    QSqlDatabase &database() { return m_db; }
    const PostgresLocation &location() const { return m_location; }
    /// The URI without its password.
    QString display() const { return m_location.display(); }
    /// Who this session is: the database login (session_user).
    QString login() const { return m_login; }
    /// Whether the connection is encrypted (TLS), as the server reports it.
    bool encrypted() const { return m_encrypted; }

    /// Prepares and runs `sql` with positional `values` (? placeholders) on `query`.
    static bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    /// An Error for a failed statement: `action` says what failed ("cannot save the article").
    Error toError(const QSqlError &error, const QString &action) const;
    /// The SQLSTATE of a failed statement ("CD409"); empty when the driver gave none.
    static QString sqlState(const QSqlError &error);

    /// Whether `error` means the connection itself is gone (the server stopped or restarted,
    /// the network dropped) rather than a refused statement.
    static bool isConnectionLost(const QSqlError &error);
    /// Connects again after a lost connection; true when connected. toError() calls it for
    /// errors that mean a lost connection, at most once a second, so that the caller's next
    /// attempt (autosave retries with a growing delay) finds the connection back.
    bool reconnect();
    /// Runs after every successful reconnect (to listen for notifications again…).
    void onReconnected(std::function<void()> hook) { m_reconnectHooks.push_back(std::move(hook)); }

private:
    PostgresSession(PostgresLocation location, QString connectionName, QSqlDatabase db);

    PostgresLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_login;
    bool m_encrypted = false;
    std::vector<std::function<void()>> m_reconnectHooks;
    QElapsedTimer m_sinceReconnect;
};

} // namespace Copydesk
