// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgreslibrary.h"

#include "postgresarticlestore.h"
#include "postgrespresence.h"
#include "postgressession.h"
#include "postgresworkflow.h"

#include <QSqlDriver>

namespace Copydesk {

namespace {

/// A store with a session of its own, for another thread (Library::reader()). The session is
/// a base so that it is made before the store and goes after it.
struct OwnSession
{
    std::unique_ptr<PostgresSession> session;
};

class PostgresReader : private OwnSession, public PostgresArticleStore
{
public:
    explicit PostgresReader(std::unique_ptr<PostgresSession> own)
        : OwnSession {std::move(own)}
        , PostgresArticleStore(*OwnSession::session)
    { }
};

} // namespace

Result<std::unique_ptr<PostgresLibrary>> PostgresLibrary::open(const PostgresLocation &location)
{
    Result<std::unique_ptr<PostgresSession>> session = PostgresSession::open(location);
    if (!session)
        return session.error();
    return std::unique_ptr<PostgresLibrary>(new PostgresLibrary(std::move(session).value()));
}

PostgresLibrary::PostgresLibrary(std::unique_ptr<PostgresSession> session)
    : m_session(std::move(session))
    , m_store(std::make_unique<PostgresArticleStore>(*m_session))
    , m_workflow(std::make_unique<PostgresWorkflow>(*m_session, *m_store))
    , m_presence(std::make_unique<PostgresPresence>(*m_session, *m_store))
{
    PostgresArticleStore *store = m_store.get();
    // Live updates go on after a reconnect: the new connection listens again.
    PostgresSession *connection = m_session.get();
    m_session->onReconnected([connection] {
        connection->database().driver()->subscribeToNotification(QStringLiteral("copydesk"));
    });
    QObject::connect(store, &PostgresArticleStore::remoteChange, store,
        [store](const QString &table, qint64 id) {
            // The article row (text, status, owner, trash) changed: the open copy may be
            // out of date. Comments only need the panels to follow.
            if (id > 0 && table == QLatin1String("articles"))
                Q_EMIT store->changedElsewhere(id);
            else if (id > 0 && table == QLatin1String("comments"))
                Q_EMIT store->articleChanged(id);
        });
}

PostgresLibrary::~PostgresLibrary()
{
    m_presence.reset();
    m_workflow.reset();
    m_store.reset();
}

QString PostgresLibrary::location() const
{
    return m_session->display();
}

QString PostgresLibrary::sessionUser() const
{
    return m_session->login();
}

QString PostgresLibrary::summary() const
{
    const PostgresLocation &where = m_session->location();
    const QString server = where.host.isEmpty() || where.host.startsWith(QLatin1Char('/'))
        ? tr("this computer")
        : where.host;
    const QString channel = where.host.isEmpty() || where.host.startsWith(QLatin1Char('/'))
        ? tr("local socket")
        : m_session->encrypted()
        ? tr("TLS (%1)").arg(where.sslMode().isEmpty() ? tr("prefer") : where.sslMode())
        : tr("not encrypted");
    return tr("%1 on %2 as %3, %4").arg(where.database, server, m_session->login(), channel);
}

ArticleStore *PostgresLibrary::articles() const
{
    return m_store.get();
}

People *PostgresLibrary::people() const
{
    return m_workflow.get();
}

Workflow *PostgresLibrary::workflow() const
{
    return m_workflow.get();
}

Review *PostgresLibrary::review() const
{
    return m_workflow.get();
}

Queues *PostgresLibrary::queues() const
{
    return m_workflow.get();
}

Presence *PostgresLibrary::presence() const
{
    return m_presence.get();
}

QString PostgresLibrary::workflowError() const
{
    return {};
}

Result<std::unique_ptr<ArticleStore>> PostgresLibrary::reader() const
{
    Result<std::unique_ptr<PostgresSession>> session = PostgresSession::open(m_session->location());
    if (!session)
        return session.error();
    return std::unique_ptr<ArticleStore>(new PostgresReader(std::move(session).value()));
}

} // namespace Copydesk
