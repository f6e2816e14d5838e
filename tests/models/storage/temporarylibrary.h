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

    /// Five small articles for listing and filter tests, created in this order a few
    /// milliseconds apart (so created and modified order are known):
    ///   headline          status     category  owner  byline      published (March 2025)
    ///   banana harvest    Draft      Business  ann    Bea Byline  -
    ///   Apple prices      Published  Business  bob    Ann Other   3rd, 12:00 UTC
    ///   cherry festival   InReview   Culture   ann    Cy Writer   -
    ///   Date palms        Published  Culture   cy     Bea Byline  1st
    ///   elderberry wine   Approved   -         bob    -           2nd
    bool addListArticles()
    {
        const struct
        {
            const char *headline;
            ArticleStatus status;
            const char *category;
            const char *owner;
            const char *byline;
            int publishedDay;
        } rows[] = {
            {"banana harvest", ArticleStatus::Draft, "Business", "ann", "Bea Byline", 0},
            {"Apple prices", ArticleStatus::Published, "Business", "bob", "Ann Other", 3},
            {"cherry festival", ArticleStatus::InReview, "Culture", "ann", "Cy Writer", 0},
            {"Date palms", ArticleStatus::Published, "Culture", "cy", "Bea Byline", 1},
            {"elderberry wine", ArticleStatus::Approved, "", "bob", "", 2},
        };
        for (const auto &row : rows) {
            Article article = smallArticle(QString::fromUtf8(row.headline));
            article.status = row.status;
            article.category = QString::fromUtf8(row.category);
            article.owner = QString::fromUtf8(row.owner);
            if (*row.byline)
                article.bylines = {{QString::fromUtf8(row.byline), QStringLiteral("Reporter")}};
            if (row.publishedDay) {
                article.published
                    = QDateTime(QDate(2025, 3, row.publishedDay), QTime(12, 0), QTimeZone::UTC);
            }
            if (create(article) == 0)
                return false;
            QTest::qSleep(3);
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<SqliteArticleStore> m_store;
};

} // namespace Copydesk::Testing
