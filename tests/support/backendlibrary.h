// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "library.h"
#include "role.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace Copydesk::Testing {

/// A fresh library for one test function on the backend the test run is for: a SQLite file in a
/// temporary folder, or (COPYDESK_TEST_BACKEND=postgres) a new database on the test server
/// (COPYDESK_TEST_POSTGRES), set up with team init and dropped afterwards. Tests written against
/// it run unchanged on both (copydesk_add_test(… BACKENDS)).
///
/// People: on SQLite, one library serves everyone and the actor is a name; on PostgreSQL every
/// person is a login, and as(name) is a library opened as that login, so that the server sees
/// who acts. Tests pass the same names either way.
class BackendLibrary
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };
    /// The backend of this test run.
    static Backend backend();
    static bool isPostgres() { return backend() == Backend::Postgres; }
    /// Why this run cannot happen (the test server is missing); empty when it can. Tests QSKIP
    /// with it.
    static QString unavailable();

    BackendLibrary();
    ~BackendLibrary();
    BackendLibrary(const BackendLibrary &) = delete;
    BackendLibrary &operator=(const BackendLibrary &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// Adds people: the first must be an admin, who adds the rest (on PostgreSQL the server's
    /// setup login adds the first and then leaves the library's people). False on failure,
    /// with error() saying why.
    bool addPeople(const QList<Person> &people);
    /// The library as `person` works on it; nullptr on failure (error() says why). Without
    /// people (and on SQLite always) the one library.
    Library *as(const QString &person);
    /// The library as its setup login (PostgreSQL) or the one library (SQLite).
    Library *library();
    /// Where `person` opens the library (a URI with their login, or the SQLite file), for a
    /// window or a CLI run of their own.
    QString location(const QString &person) const { return locationFor(person); }

    /// Runs `sql` as the superuser (PostgreSQL) or on a connection of its own (SQLite), the
    /// way a tool outside Copydesk would; returns the first value of the first row, or an
    /// invalid QVariant and a warning on error.
    QVariant raw(const QString &sql);
    /// raw() on the server's maintenance database "postgres" (PostgreSQL only): for what cannot
    /// run inside the library's own database (ALTER DATABASE, ending sessions).
    QVariant rawOnServer(const QString &sql);
    /// Sets an article's status and owner behind the workflow's back, for setting up listings.
    bool force(qint64 id, ArticleStatus status, const QString &owner);
    /// force() for many articles: gives articles `ids` the status and owner of `articles` (in
    /// the same order) where the library stored others (a team library makes every new article
    /// a Draft of its creator), then waits until the library's store has reported the changes
    /// it hears of, so that no test sees them. On PostgreSQL one statement for all (forcing
    /// thousands one by one would open as many connections).
    bool forceWorkflowOf(const QList<qint64> &ids, const QList<Article> &articles);

    /// Five small articles for listing, filter and search tests, each a headline and one
    /// section "Plain text.", created in this order a few milliseconds apart (so created and
    /// modified order are known), with statuses and owners set with force():
    ///   headline          status     category  owner  byline      published (March 2025)
    ///   banana harvest    Draft      Business  ann    Bea Byline  -
    ///   Apple prices      Published  Business  bob    Ann Other   3rd, 12:00 UTC
    ///   cherry festival   InReview   Culture   ann    Cy Writer   -
    ///   Date palms        Published  Culture   cy     Bea Byline  1st
    ///   elderberry wine   Approved   -         bob    -           2nd
    /// Their ids in that order; empty on failure (error() says why).
    QList<qint64> addListArticles();

    /// Closes every library (before the test inspects the storage, or to reopen).
    void closeAll();

private:
    QString locationFor(const QString &person) const;

    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database; ///< PostgreSQL: this library's database.
    QString m_server; ///< PostgreSQL: the server's URI, as the superuser.
    QHash<QString, std::shared_ptr<Library>> m_libraries; ///< By person; "" the setup login.
};

} // namespace Copydesk::Testing
