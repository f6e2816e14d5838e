// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Copydesk {

/// A team library's location: a PostgreSQL connection URI as libpq spells it,
/// `postgresql://[user[:password]@][host][:port][/database][?key=value&…]`, for example
/// `postgresql://db.example.org/copydesk?sslmode=verify-full` or
/// `postgresql:///copydesk?host=/run/postgresql`. Qt's QPSQL driver does not read URIs itself;
/// this class takes one apart and gives the driver its pieces.
///
/// The query keys host, port, dbname, user and password override the URI's parts; every other
/// key (sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name, service,
/// passfile, target_session_attrs…) goes to libpq as a connection option. A password in the
/// URI is accepted but never shown (display()); keep it in ~/.pgpass or the keyring instead.
class PostgresLocation
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresLocation)
public:
    /// Whether `location` starts like a PostgreSQL URI (postgresql:// or postgres://).
    static bool isUri(const QString &location);
    /// InvalidInput, naming what is wrong, for anything that is not such a URI or that QPSQL
    /// cannot pass on (several hosts, an option value with a space or a semicolon).
    static Result<PostgresLocation> parse(const QString &uri);

    QString host; ///< A host name, an address, or a socket folder (starts with '/'); may be empty.
    int port = -1; ///< -1: libpq's default (5432).
    QString database;
    QString user; ///< Empty: libpq's default (the system user, or PGUSER).
    QString password; ///< Empty unless the URI carries one.
    QStringList options; ///< "key=value", in URI order.

    /// The URI without its password, for titles, messages and settings.
    QString display() const;
    /// The login libpq connects as: user, else $PGUSER, else the system user's name.
    QString login() const;
    /// The server and database as libpq resolves them, for a password prompt and the keyring:
    /// "host:port/database", where a missing host is $PGHOST or "localhost", a missing port
    /// $PGPORT or 5432, a missing database $PGDATABASE or the login; with "?service=NAME"
    /// appended when the URI names a service (whose file may name host and database).
    QString server() const;
    /// The name of this location's password in the system keyring: "login@server" (login()
    /// and server()). TLS and other options are not part of it: one login on one server and
    /// database has one password however the URI reaches it.
    QString credentialKey() const;
    /// The TLS mode asked for (the sslmode option); empty when the URI leaves it to libpq.
    QString sslMode() const;
    /// Sets the connection parameters of a QPSQL connection.
    void applyTo(QSqlDatabase &db) const;

private:
    QString m_display;
};

} // namespace Copydesk
