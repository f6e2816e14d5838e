// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Copydesk {

/// The full consistency check of a library: SQLite's integrity_check and foreign_key_check,
/// the FTS5 index's structure and its entries against the articles, and the bookkeeping only
/// Copydesk knows about (every article has its content and its current revision, the numbers of
/// articles kept by status match the articles), and the text itself: every article's current
/// content must be readable, and its newest revision (with `everyRevision`, every revision) must
/// decode and match the content hash stored with it, so that text altered or damaged behind
/// SQLite's back is found. Reads the whole file, so it takes a while on a large library. Works
/// on a read-only library and while another process writes (the search index's own structure
/// check, which SQLite runs as a write, is then left out).
class SqliteIntegrityCheck
{
public:
    /// The problems found, one sentence each; empty when the library is healthy. Damage that
    /// stops a check from running is reported as a problem too. An Error only when the checks
    /// could not be run at all (Busy, Io…).
    static Result<QStringList> run(
        const QSqlDatabase &db, const QString &path, bool everyRevision = false);
};

} // namespace Copydesk
