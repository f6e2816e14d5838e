// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "library.h"
#include "sqlitearticlestore.h"

#include <memory>

namespace Copydesk {

class WorkflowStore;

/// A library in one SQLite file: its store (SqliteArticleStore behind a WorkflowStore, so every
/// save goes through the workflow) and its SqliteWorkflow as people, workflow, review and queues.
class SqliteLibrary : public Library
{
public:
    /// Opens (or with CreateIfMissing, makes) the library file at `path`.
    static Result<std::unique_ptr<SqliteLibrary>> open(
        const QString &path, SqliteArticleStore::OpenMode mode);
    /// Takes `store` over (its location() must be the library file).
    explicit SqliteLibrary(std::unique_ptr<ArticleStore> store);
    ~SqliteLibrary() override;

    QString location() const override;
    ArticleStore *articles() const override;
    People *people() const override;
    Workflow *workflow() const override;
    Review *review() const override;
    Queues *queues() const override;
    QString workflowError() const override;
    Result<std::unique_ptr<ArticleStore>> reader() const override;

private:
    std::unique_ptr<WorkflowStore> m_store;
};

} // namespace Copydesk
