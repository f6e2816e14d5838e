// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitelibrary.h"

#include "sqliteworkflow.h"
#include "workflowstore.h"

namespace Copydesk {

Result<std::unique_ptr<SqliteLibrary>> SqliteLibrary::open(
    const QString &path, SqliteArticleStore::OpenMode mode)
{
    auto store = SqliteArticleStore::open(path, mode);
    if (!store)
        return store.error();
    return std::make_unique<SqliteLibrary>(std::move(store).value());
}

SqliteLibrary::SqliteLibrary(std::unique_ptr<ArticleStore> store)
    : m_store(std::make_unique<WorkflowStore>(std::move(store)))
{ }

SqliteLibrary::~SqliteLibrary() = default;

QString SqliteLibrary::location() const
{
    return m_store->location();
}

ArticleStore *SqliteLibrary::articles() const
{
    return m_store.get();
}

People *SqliteLibrary::people() const
{
    return m_store->workflow();
}

Workflow *SqliteLibrary::workflow() const
{
    return m_store->workflow();
}

Review *SqliteLibrary::review() const
{
    return m_store->workflow();
}

Queues *SqliteLibrary::queues() const
{
    return m_store->workflow();
}

QString SqliteLibrary::workflowError() const
{
    return m_store->workflowError();
}

Result<std::unique_ptr<ArticleStore>> SqliteLibrary::reader() const
{
    auto store = SqliteArticleStore::open(location(), SqliteArticleStore::OpenMode::OpenExisting);
    if (!store)
        return store.error();
    return std::unique_ptr<ArticleStore>(std::move(store).value());
}

} // namespace Copydesk
