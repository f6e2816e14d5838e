// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgressession.h"

#include "postgresconnection.h"
#include "postgresschema.h"

#include <QSqlQuery>

namespace Copydesk {

Result<std::unique_ptr<PostgresSession>> PostgresSession::open(const PostgresLocation &location)
{
    const QString name = PostgresConnection::uniqueName();
    Result<QSqlDatabase> db = PostgresConnection::open(location, name);
    if (!db)
        return db.error();
    std::unique_ptr<PostgresSession> session(new PostgresSession(location, name, *db));
    const Result<int> version = PostgresSchema::version(session->m_db);
    if (!version) {
        return Error {
            tr("“%1”: %2").arg(location.display(), version.error().message), version.error().code};
    }
    if (*version == 0) {
        return Error {tr("“%1” is not a team library yet: an admin sets it up with "
                         "copydesk --library URI team init")
                          .arg(location.display()),
            Error::Code::NotALibrary};
    }
    if (*version > PostgresSchema::Version) {
        return Error {tr("“%1” has schema version %2, newer than this Copydesk knows (%3); "
                         "update Copydesk")
                          .arg(location.display())
                          .arg(*version)
                          .arg(PostgresSchema::Version),
            Error::Code::TooNew};
    }
    if (*version < PostgresSchema::Version) {
        return Error {tr("“%1” has schema version %2 and this Copydesk needs %3: an admin "
                         "migrates it with copydesk --library URI team init")
                          .arg(location.display())
                          .arg(*version)
                          .arg(PostgresSchema::Version),
            Error::Code::TooNew};
    }
    QSqlQuery query(session->m_db);
    if (!query.exec(QStringLiteral("SELECT session_user, coalesce((SELECT ssl FROM pg_stat_ssl "
                                   "WHERE pid = pg_backend_pid()), false)"))
        || !query.next())
        return session->toError(query.lastError(), tr("cannot find out who is connected"));
    session->m_login = query.value(0).toString();
    session->m_encrypted = query.value(1).toBool();
    return session;
}

PostgresSession::PostgresSession(PostgresLocation location, QString connectionName, QSqlDatabase db)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_db(std::move(db))
{ }

PostgresSession::~PostgresSession()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool PostgresSession::exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QString PostgresSession::sqlState(const QSqlError &error)
{
    return error.nativeErrorCode();
}

bool PostgresSession::isConnectionLost(const QSqlError &error)
{
    const QString state = sqlState(error);
    // Class 08: connection exceptions; 57P01-57P03: the server shuts down or cannot accept
    // connections. libpq reports a dead socket without a state.
    return state.startsWith(QStringLiteral("08")) || state.startsWith(QStringLiteral("57P"))
        || (state.isEmpty() && error.type() != QSqlError::NoError);
}

bool PostgresSession::reconnect()
{
    if (m_sinceReconnect.isValid() && m_sinceReconnect.elapsed() < 1000)
        return false;
    m_sinceReconnect.start();
    m_db.close();
    if (!m_db.open())
        return false;
    for (const auto &hook : m_reconnectHooks)
        hook();
    return true;
}

Error PostgresSession::toError(const QSqlError &error, const QString &action) const
{
    // A connection closed by an earlier failed reconnect makes statements fail without any
    // error from the server (QSqlQuery only warns "database not open"): lost as well.
    if (isConnectionLost(error) || !m_db.isOpen()) {
        // The statement is not retried here: it may have been half of a transaction. The
        // caller's next attempt runs on the new connection.
        const bool back = const_cast<PostgresSession *>(this)->reconnect();
        return Error {back ? tr("%1: the connection to “%2” was lost and is back; try again")
                                 .arg(action, m_location.display())
                           : tr("%1: the connection to “%2” is lost; Copydesk keeps trying")
                                 .arg(action, m_location.display()),
            Error::Code::Io};
    }
    QString reason = error.databaseText().trimmed();
    if (reason.isEmpty())
        reason = error.text().trimmed();
    // The server's sentence, without libpq's "ERROR:" prefix and its CONTEXT lines.
    if (reason.startsWith(QStringLiteral("ERROR:")))
        reason = reason.mid(6).trimmed();
    if (const qsizetype context = reason.indexOf(QStringLiteral("\nCONTEXT:")); context >= 0)
        reason = reason.left(context).trimmed();
    const QString state = sqlState(error);
    Error::Code code = Error::Code::Io;
    if (state == QStringLiteral("CD000") || state == QStringLiteral("42501")
        || state == QStringLiteral("23505") || state == QStringLiteral("22P02"))
        code = Error::Code::InvalidInput;
    else if (state == QStringLiteral("CD404"))
        code = Error::Code::NotFound;
    else if (state == QStringLiteral("CD409") || state == QStringLiteral("40001")
        || state == QStringLiteral("40P01"))
        code = Error::Code::Conflict;
    if (code == Error::Code::Io && !m_db.isOpen()) {
        return Error {
            tr("%1: the connection to “%2” is lost (%3)").arg(action, m_location.display(), reason),
            code};
    }
    return Error {tr("%1: %2").arg(action, reason), code};
}

} // namespace Copydesk
