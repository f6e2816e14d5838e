// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqliteconnection.h"

#include "libraryfile.h"
#include "sqlitedurability.h"
#include "sqliteerror.h"
#include "sqliteschema.h"
#include "sqlitetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// Settings of every connection; none of them touches the file.
constexpr const char *ConnectionPragmas[] = {
    "PRAGMA foreign_keys = ON",
    // A commit does not wait for the disk; SqliteDurability syncs it within a second.
    "PRAGMA synchronous = NORMAL",
    "PRAGMA temp_store = MEMORY",
    // 32 MiB of page cache: a search of a large library touches a few MiB of index pages.
    "PRAGMA cache_size = -32768",
    // Keep the WAL from staying huge after a large import or optimize.
    "PRAGMA journal_size_limit = 67108864",
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::SqliteConnection", text);
}

QString uri(const QString &path, const char *mode, bool immutable)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("mode=") + QLatin1StringView(mode)
        + (immutable ? QStringLiteral("&immutable=1") : QString()));
    return url.toString(QUrl::FullyEncoded);
}

QSqlDatabase addConnection(
    const QString &path, const QString &name, const char *mode, bool immutable = false)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(uri(path, mode, immutable));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
            .arg(SqliteConnection::DefaultBusyTimeout));
    return db;
}

/// Runs `sql` and returns the first column of its first row (invalid QVariant for none).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return SqliteError::toError(query.lastError(), path, tr("cannot open the library"));
    return query.next() ? query.value(0) : QVariant();
}

Status execAll(const QSqlDatabase &db, std::initializer_list<QString> statements,
    const QString &path, const QString &action)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return SqliteError::toError(query.lastError(), path, action);
    }
    return Done {};
}

Status migrate(const QSqlDatabase &db, const QString &path)
{
    const QString action = tr("cannot update the library to the current format");
    SqliteTransaction transaction(db);
    if (transaction.error().isValid())
        return SqliteError::toError(transaction.error(), path, action);
    // Read again under the write lock: another process may have migrated meanwhile.
    const Result<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"), path);
    if (!version)
        return version.error();
    if (QSqlError error = SqliteSchema::migrate(db, version->toUInt()); error.isValid())
        return SqliteError::toError(error, path, action);
    if (QSqlError error = transaction.commit(); error.isValid())
        return SqliteError::toError(error, path, action);
    // Bring the header in the main file up to date, for LibraryFile's next look at it.
    return execAll(db, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}, path, action);
}

/// Pragmas, checks and migration of a freshly opened connection.
Status configure(const QSqlDatabase &db, const QString &path, const QString &readOnly)
{
    for (const char *pragma : ConnectionPragmas) {
        const Status done
            = execAll(db, {QString::fromLatin1(pragma)}, path, tr("cannot open the library"));
        if (!done)
            return done;
    }
    // The header was checked before; SQLite also sees what is still in the WAL.
    const Result<QVariant> applicationId
        = scalar(db, QStringLiteral("PRAGMA application_id"), path);
    if (!applicationId)
        return applicationId.error();
    if (applicationId->toUInt() != LibraryFile::ApplicationId) {
        return Error {tr("%1: not a Copydesk library (an SQLite database of another application)")
                          .arg(LibraryFile::quoted(path)),
            Error::Code::NotALibrary};
    }
    const Result<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"), path);
    if (!version)
        return version.error();
    if (version->toUInt() > SqliteSchema::Version)
        return LibraryFile::tooNew(path, version->toUInt(), SqliteSchema::Version);

    const Result<QVariant> journal = scalar(db, QStringLiteral("PRAGMA journal_mode"), path);
    if (!journal)
        return journal.error();
    if (!readOnly.isEmpty() && version->toUInt() < SqliteSchema::Version) {
        return Error {tr("the library %1 was written by an older Copydesk and must be updated, "
                         "but it is read-only: %2")
                          .arg(LibraryFile::quoted(path), readOnly),
            Error::Code::Io};
    }
    if (readOnly.isEmpty() && journal->toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        if (Status done = execAll(db, {QStringLiteral("PRAGMA journal_mode = WAL")}, path,
                tr("cannot open the library"));
            !done) {
            return done;
        }
    }
    if (version->toUInt() < SqliteSchema::Version) {
        if (Status done = migrate(db, path); !done)
            return done;
    }

    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')"))) {
        return SqliteError::toError(tables.lastError(), path, tr("cannot open the library"));
    }
    QStringList missing = SqliteSchema::requiredTables();
    while (tables.next())
        missing.removeAll(tables.value(0).toString());
    if (!missing.isEmpty()) {
        return Error {tr("the library %1 is damaged (the table “%2” is missing); restore it from "
                         "a backup")
                          .arg(LibraryFile::quoted(path), missing.constFirst()),
            Error::Code::Corrupt};
    }
    return Done {};
}

} // namespace

QString SqliteConnection::uniqueName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("copydesk-library-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString SqliteConnection::readOnlyReason(const QString &path)
{
    const QFileInfo info(path);
    const auto reason = [](const QString &what) {
        return errno == EROFS ? tr("it is on a read-only file system") : what;
    };
    if (::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) != 0)
        return reason(tr("the file is not writable"));
    const QString folder = info.absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        // SQLite makes its -wal and -shm files beside the library; existing writable ones do.
        const bool sideFiles
            = std::ranges::all_of(QStringList {u"-wal"_s, u"-shm"_s}, [&](const QString &suffix) {
                  return ::access(
                             QFile::encodeName(info.absoluteFilePath() + suffix).constData(), W_OK)
                      == 0;
              });
        if (!sideFiles)
            return reason(tr("its folder %1 is not writable").arg(LibraryFile::quoted(folder)));
    }
    return {};
}

Status SqliteConnection::quickCheck(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (!SqliteError::isCorrupt(query.lastError()))
            return SqliteError::toError(query.lastError(), path, tr("cannot check the library"));
        problems << query.lastError().databaseText();
    }
    while (query.next()) {
        if (query.value(0).toString() != u"ok")
            problems << query.value(0).toString();
    }
    if (problems.isEmpty())
        return Done {};
    return Error {tr("the library %1 is damaged (%2); nothing was written. Run “copydesk "
                     "check-library” for details, then restore it from a backup or recover "
                     "what is readable with “sqlite3 FILE .recover”")
                      .arg(LibraryFile::quoted(path), problems.first()),
        Error::Code::Corrupt};
}

Result<QSqlDatabase> SqliteConnection::open(const QString &path, const QString &name)
{
    Status status = Done {};
    const QString readOnly = readOnlyReason(path);
    {
        const QString shm = QFileInfo(path).absoluteFilePath() + u"-shm"_s;
        const bool immutable = !readOnly.isEmpty()
            && ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) != 0
            && !QFileInfo::exists(shm);
        QSqlDatabase db = addConnection(path, name, readOnly.isEmpty() ? "rw" : "ro", immutable);
        if (!db.open()) {
            status = SqliteError::toError(db.lastError(), path, tr("cannot open the library"));
        } else {
            status = configure(db, path, readOnly);
            if (status) {
                if (readOnly.isEmpty())
                    SqliteDurability::attach(name, path);
                return db;
            }
        }
    }
    remove(name);
    return status.error();
}

Status SqliteConnection::create(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error {tr("%1: cannot create the folder for the library")
                          .arg(LibraryFile::quoted(info.absolutePath())),
            Error::Code::Io};
    }
    const QString temporary = QStringLiteral("%1/.%2.new-%3")
                                  .arg(info.absolutePath(), info.fileName(),
                                      QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QString name = uniqueName();
    Status status = Done {};
    {
        QSqlDatabase db = addConnection(temporary, name, "rwc");
        const QString action = tr("cannot create the library");
        if (!db.open()) {
            status = SqliteError::toError(db.lastError(), path, action);
        } else {
            status = execAll(db,
                {QStringLiteral("PRAGMA synchronous = FULL"),
                    QStringLiteral("PRAGMA application_id = %1").arg(LibraryFile::ApplicationId)},
                path, action);
            if (status) {
                SqliteTransaction transaction(db);
                QSqlError error = transaction.error();
                if (!error.isValid())
                    error = SqliteSchema::migrate(db, 0);
                if (!error.isValid())
                    error = transaction.commit();
                if (error.isValid())
                    status = SqliteError::toError(error, path, action);
            }
            if (status) {
                status = execAll(db, {QStringLiteral("PRAGMA journal_mode = WAL")}, path, action);
            }
        }
    }
    remove(name);
    if (status && !QFile::rename(temporary, path) && !QFileInfo::exists(path)) {
        status = Error {
            tr("%1: cannot create the library").arg(LibraryFile::quoted(path)), Error::Code::Io};
    }
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(temporary + QLatin1StringView(suffix));
    return status;
}

QSqlDatabase SqliteConnection::addWriter(const QString &path, const QString &name)
{
    return addConnection(path, name, "rw");
}

void SqliteConnection::remove(const QString &name)
{
    SqliteDurability::detach(name); // The last writer's commits reach the disk first.
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace Copydesk
