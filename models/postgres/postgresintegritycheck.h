// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Copydesk {

class PostgresSession;

/// The team library's consistency check behind PostgresArticleStore::checkIntegrity().
///
/// The server hashes every text itself (content_hash is generated from the content), so a
/// text changed behind Copydesk's back still matches its own hash. What can be compared is an
/// article with its newest revision: save_article() and create_article() write both with the
/// same text at the same moment, and only a save without a revision (an autosave) lets the
/// article run ahead, which its later modified time shows. A difference without such a save
/// means one of the two was changed outside Copydesk.
class PostgresIntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresIntegrityCheck)
public:
    explicit PostgresIntegrityCheck(PostgresSession &session);

    /// The problems found, as sentences; empty means healthy. Every article's content and
    /// newest revision must be readable, with the hero image it names; the newest revision must
    /// have the article's text (see above); every stored image must match its hash; with
    /// `everyRevision` every older revision must be readable too. Reads everything once, in
    /// rows streamed from the server.
    Result<QStringList> run(bool everyRevision) const;

private:
    PostgresSession &m_session;
};

} // namespace Copydesk
