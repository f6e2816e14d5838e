// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgresconnection.h"

#include "postgresauthprobe.h"

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
        // Qt's driver keeps neither the failed connection nor a SQLSTATE, only a text in the
        // server's language: libpq is asked directly.
        const bool password = PostgresAuthProbe::passwordRefused(location);
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
