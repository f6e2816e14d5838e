// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "library.h"
#include "postgreslocation.h"

#include <QCoreApplication>
#include <memory>

namespace Copydesk {

class PostgresArticleStore;
class PostgresPresence;
class PostgresSession;
class PostgresWorkflow;

/// A team library on PostgreSQL: one session (the user's database login), its store and its
/// workflow. The workflow parts are always there: a team library always has people, and who
/// the user is comes from the login (sessionUser()), never from the front end.
class PostgresLibrary : public Library
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresLibrary)
public:
    /// Connects to `location` and checks its schema (see PostgresSession::open()).
    static Result<std::unique_ptr<PostgresLibrary>> open(const PostgresLocation &location);
    ~PostgresLibrary() override;

    QString location() const override;
    QString sessionUser() const override;
    QString summary() const override;
    ArticleStore *articles() const override;
    People *people() const override;
    Workflow *workflow() const override;
    Review *review() const override;
    Queues *queues() const override;
    /// Leases on the server (PostgresPresence).
    Presence *presence() const override;
    QString workflowError() const override;
    Result<std::unique_ptr<ArticleStore>> reader() const override;

private:
    explicit PostgresLibrary(std::unique_ptr<PostgresSession> session);

    std::unique_ptr<PostgresSession> m_session;
    std::unique_ptr<PostgresArticleStore> m_store;
    std::unique_ptr<PostgresWorkflow> m_workflow;
    std::unique_ptr<PostgresPresence> m_presence;
};

} // namespace Copydesk
