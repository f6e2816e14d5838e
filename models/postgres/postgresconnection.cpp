// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgresconnection.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace Copydesk {

Result<QSqlDatabase> PostgresConnection::open(const PostgresLocation &location, const QString &name)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error {tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"),
            Error::Code::Io};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    location.applyTo(db);
    if (!db.open()) {
        const QString reason = db.lastError().databaseText().trimmed().isEmpty()
            ? db.lastError().text()
            : db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        // Qt's driver gives no SQLSTATE for a failed connection, only libpq's text. libpq's
        // PQnoPasswordSupplied is never translated; the server's refusal (auth.c, for password,
        // md5 and SCRAM alike) comes in the server's lc_messages: English and German here.
        const bool password = reason.contains(QLatin1String("fe_sendauth: no password supplied"))
            || reason.contains(QLatin1String("password authentication failed"))
            || reason.contains(QStringLiteral("Passwort-Authentifizierung für Benutzer"));
        return Error {
            tr("cannot connect to the team library “%1”: %2").arg(location.display(), reason),
            password ? Error::Code::PasswordNeeded : Error::Code::Io};
    }
    return db;
}

QString PostgresConnection::uniqueName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("copydesk-postgres-%1").arg(++counter);
}

} // namespace Copydesk
