// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Copydesk {

/// The team library's schema in a PostgreSQL database: versioned migrations kept as SQL
/// resources (models/postgres/schema/N.sql), applied in one transaction each.
///
/// Setting a library up (version 0 → 1) creates the schema `copydesk` and the group roles
/// copydesk_reporter, copydesk_editor and copydesk_admin, and needs a login that may create
/// roles. Later migrations are for members of copydesk_admin only; everyone else is told to ask
/// one. A database whose schema is newer than this build knows is refused and left untouched.
class PostgresSchema
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresSchema)
public:
    static constexpr int Version = 9;

    /// The schema version of the database `db` is connected to; 0 when it has none.
    static Result<int> version(const QSqlDatabase &db);
    /// Brings the database to `target` (Version unless a test asks for an older one). Returns
    /// the version it had before.
    static Result<int> initialize(QSqlDatabase &db, int target = Version);
    /// The statements of an SQL script, split at semicolons outside quotes, dollar-quoted
    /// bodies and -- comments (QPSQL runs one statement at a time).
    static QStringList statements(const QString &script);
};

} // namespace Copydesk
