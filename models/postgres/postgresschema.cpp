// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgresschema.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Copydesk {

namespace {

Error failed(const QSqlError &error, const QString &action)
{
    const QString reason
        = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    return Error {QStringLiteral("%1: %2").arg(action, reason), Error::Code::Io};
}

/// One value of the first row; an invalid QVariant, and `*error` set, when the query fails.
QVariant scalar(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

QStringList PostgresSchema::statements(const QString &script)
{
    QStringList result;
    QString current;
    QString dollarTag; // Inside $tag$ … $tag$ while not empty.
    bool quoted = false; // Inside '…'.
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!dollarTag.isEmpty()) {
            if (QStringView(script).sliced(i).startsWith(dollarTag)) {
                current += dollarTag;
                i += dollarTag.size() - 1;
                dollarTag.clear();
            } else {
                current += c;
            }
            continue;
        }
        if (quoted) {
            current += c;
            if (c == u'\'')
                quoted = false; // A doubled '' closes and reopens: the same result.
            continue;
        }
        if (c == u'-' && i + 1 < script.size() && script.at(i + 1) == u'-') {
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? script.size() : end;
            current += u'\n';
            continue;
        }
        if (c == u'\'') {
            quoted = true;
        } else if (c == u'$') {
            const qsizetype close = script.indexOf(u'$', i + 1);
            const QString tag = close < 0 ? QString() : script.mid(i, close - i + 1);
            static const QRegularExpression valid(QStringLiteral("^\\$[A-Za-z_]*\\$$"));
            if (!tag.isEmpty() && valid.match(tag).hasMatch()) {
                dollarTag = tag;
                current += tag;
                i = close;
                continue;
            }
        } else if (c == u';') {
            if (!current.trimmed().isEmpty())
                result << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

Result<int> PostgresSchema::version(const QSqlDatabase &db)
{
    QSqlError error;
    const QVariant table
        = scalar(db, QStringLiteral("SELECT to_regclass('copydesk.schema_version')"), &error);
    if (error.isValid())
        return failed(error, tr("cannot read the team library's schema version"));
    if (table.isNull())
        return 0;
    const QVariant stored
        = scalar(db, QStringLiteral("SELECT max(version) FROM copydesk.schema_version"), &error);
    if (error.isValid())
        return failed(error, tr("cannot read the team library's schema version"));
    return stored.toInt();
}

Result<int> PostgresSchema::initialize(QSqlDatabase &db, int target)
{
    target = std::clamp(target, 1, int(Version));
    const Result<int> before = version(db);
    if (!before)
        return before.error();
    if (*before > Version) {
        return Error {tr("the team library has schema version %1, newer than this Copydesk "
                         "knows (%2); it was left as it is. Update Copydesk")
                          .arg(*before)
                          .arg(Version),
            Error::Code::InvalidInput};
    }
    if (*before >= target)
        return *before;

    // Who may do this: set up needs CREATEROLE, a migration a Copydesk admin.
    QSqlError error;
    const QString who = scalar(db, QStringLiteral("SELECT session_user"), &error).toString();
    const bool allowed = scalar(db,
        *before == 0 ? QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles "
                                      "WHERE rolname = session_user")
                     : QStringLiteral("SELECT pg_has_role(session_user, 'copydesk_admin', "
                                      "'MEMBER') OR (SELECT rolsuper FROM pg_roles WHERE "
                                      "rolname = session_user)"),
        &error)
                             .toBool();
    if (error.isValid())
        return failed(error, tr("cannot set up the team library"));
    if (!allowed && *before == 0) {
        return Error {tr("%1 may not set up a team library: that needs a database login "
                         "that may create roles (CREATEROLE)")
                          .arg(who),
            Error::Code::InvalidInput};
    }
    if (!allowed) {
        return Error {tr("the team library has schema version %1 and this Copydesk needs "
                         "%2; only a Copydesk admin may migrate it, and %3 is not one")
                          .arg(*before)
                          .arg(Version)
                          .arg(who),
            Error::Code::InvalidInput};
    }

    if (!db.transaction())
        return failed(db.lastError(), tr("cannot set up the team library"));
    for (int next = *before + 1; next <= target; ++next) {
        QFile file(QStringLiteral(":/copydesk/postgres/%1.sql").arg(next));
        if (!file.open(QIODevice::ReadOnly)) {
            db.rollback();
            return Error {tr("schema migration %1 is missing from this build").arg(next)};
        }
        for (const QString &statement : statements(QString::fromUtf8(file.readAll()))) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QSqlError migrationError = query.lastError();
                db.rollback();
                return failed(migrationError, tr("schema migration %1 failed").arg(next));
            }
        }
    }
    // Each migration records its own version as its last statement; one that does not would be
    // applied again at every start.
    if (const Result<int> after = version(db); !after || *after != target) {
        db.rollback();
        return Error {tr("schema migration %1 did not record its version; the team library "
                         "was left as it was")
                          .arg(target)};
    }
    if (!db.commit()) {
        const QSqlError commitError = db.lastError();
        db.rollback();
        return failed(commitError, tr("cannot set up the team library"));
    }
    return *before;
}

} // namespace Copydesk
