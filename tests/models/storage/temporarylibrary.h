// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "sqlitearticlestore.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

namespace Copydesk::Testing {

inline SaveOptions withRevision(const QString &note = {})
{
    SaveOptions options;
    options.author = QStringLiteral("jdoe");
    options.note = note;
    return options;
}

inline SaveOptions autosave()
{
    SaveOptions options = withRevision();
    options.keepRevision = false;
    return options;
}

/// A short article: a headline and one section.
inline Article smallArticle(
    const QString &headline, const QString &body = QStringLiteral("Plain text."))
{
    Article article;
    article.headline = headline;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, QStringLiteral("Section"));
    section.body = body;
    article.parts.append(section);
    return article;
}

/// A new library in a temporary folder, for one test function.
class TemporaryLibrary
{
public:
    TemporaryLibrary()
    {
        auto opened
            = SqliteArticleStore::open(path(), SqliteArticleStore::OpenMode::CreateIfMissing);
        if (opened)
            m_store = std::move(opened.value());
        else
            m_error = opened.error().message;
    }

    bool isValid() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.filePath(QStringLiteral("library.copydesk")); }
    SqliteArticleStore *store() const { return m_store.get(); }
    void close() { m_store.reset(); }

    /// Creates `article` with a revision; 0 (and a warning) on failure.
    qint64 create(const Article &article)
    {
        const Result<qint64> id = m_store->create(article, withRevision());
        if (!id)
            qWarning() << id.error().message;
        return id ? *id : 0;
    }

    /// The first column of the first row of `sql`, run on a connection of its own; -1 on error.
    int rowCount(const QString &sql) const
    {
        int count = -1;
        const QString name = QStringLiteral("inspect");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

private:
    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<SqliteArticleStore> m_store;
};

} // namespace Copydesk::Testing
