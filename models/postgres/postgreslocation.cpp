// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgreslocation.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Copydesk {

namespace {

Error invalid(const QString &uri, const QString &problem)
{
    return Error {PostgresLocation::tr("“%1” is not a usable PostgreSQL URI: %2").arg(uri, problem),
        Error::Code::InvalidInput};
}

} // namespace

bool PostgresLocation::isUri(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PostgresLocation> PostgresLocation::parse(const QString &uri)
{
    // What messages may show: the URI as typed, its password hidden.
    QUrl shown(uri.trimmed(), QUrl::StrictMode);
    const QString safe
        = shown.isValid() ? shown.toString(QUrl::RemovePassword) : QStringLiteral("…");
    if (!isUri(uri.trimmed()))
        return invalid(safe, tr("it must start with postgresql://"));
    // "host1,host2" (libpq's list of hosts to try) is not a host QUrl accepts.
    const QString rest = uri.trimmed().section(QStringLiteral("://"), 1);
    const QString authority = rest.left(rest.indexOf(QRegularExpression(QStringLiteral("[/?]"))));
    if (authority.contains(QLatin1Char(',')))
        return invalid(safe, tr("several hosts are not supported"));
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) // QUrl's own message quotes the URI, password included.
        return invalid(safe, tr("it is not a well-formed URI"));

    PostgresLocation location;
    location.host = url.host(QUrl::FullyDecoded);
    if (location.host.contains(QLatin1Char(',')))
        return invalid(safe, tr("several hosts are not supported"));
    location.port = url.port(-1);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded);
    if (location.database.startsWith(QLatin1Char('/')))
        location.database.remove(0, 1);
    if (location.database.contains(QLatin1Char('/')))
        return invalid(safe, tr("the database name “%1” contains a slash").arg(location.database));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.isEmpty())
            return invalid(safe, tr("an option has no name"));
        if (key == QLatin1String("host")) {
            location.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok || location.port <= 0 || location.port > 65535)
                return invalid(
                    safe, tr("the port “%1” is not a number from 1 to 65535").arg(value));
        } else if (key == QLatin1String("dbname")) {
            location.database = value;
        } else if (key == QLatin1String("user")) {
            location.user = value;
        } else if (key == QLatin1String("password")) {
            location.password = value;
        } else {
            // QPSQL joins the options with spaces and separates them at semicolons.
            if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';'))
                || key.contains(QLatin1Char(' ')) || key.contains(QLatin1Char(';')))
                return invalid(
                    safe, tr("the option “%1” may not contain spaces or semicolons").arg(key));
            location.options << key + QLatin1Char('=') + value;
        }
    }
    if (location.host.contains(QLatin1Char(',')))
        return invalid(safe, tr("several hosts are not supported"));

    QUrlQuery shownQuery(url);
    shownQuery.removeAllQueryItems(QStringLiteral("password"));
    shown.setQuery(shownQuery);
    location.m_display = shown.toString(QUrl::RemovePassword);
    return location;
}

QString PostgresLocation::display() const
{
    return m_display;
}

QString PostgresLocation::login() const
{
    if (!user.isEmpty())
        return user;
    if (const QString fromEnvironment = qEnvironmentVariable("PGUSER"); !fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_UNIX
    // What libpq asks as well (not $USER, which a shell may have changed).
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return qEnvironmentVariable("USERNAME");
}

QString PostgresLocation::server() const
{
    QString name = host.isEmpty() ? qEnvironmentVariable("PGHOST") : host;
    if (name.isEmpty())
        name = QStringLiteral("localhost");
    QString portName = port > 0 ? QString::number(port) : qEnvironmentVariable("PGPORT");
    if (portName.isEmpty())
        portName = QStringLiteral("5432");
    QString db = database.isEmpty() ? qEnvironmentVariable("PGDATABASE") : database;
    if (db.isEmpty())
        db = login();
    QString result = name + QLatin1Char(':') + portName + QLatin1Char('/') + db;
    for (const QString &option : options) {
        if (option.startsWith(QLatin1String("service=")))
            result += QLatin1Char('?') + option;
    }
    return result;
}

QString PostgresLocation::credentialKey() const
{
    return login() + QLatin1Char('@') + server();
}

QString PostgresLocation::sslMode() const
{
    for (const QString &option : options) {
        if (option.startsWith(QLatin1String("sslmode=")))
            return option.mid(8);
    }
    return {};
}

void PostgresLocation::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace Copydesk
