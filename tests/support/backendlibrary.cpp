// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "backendlibrary.h"

#include "articlestore.h"
#include "libraryopener.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDebug>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

namespace Copydesk::Testing {

using namespace Qt::StringLiterals;

namespace {

QString withUser(QString uri, const QString &login)
{
    static const QRegularExpression user(u"([?&])user=[^&]*"_s);
    if (uri.contains(user))
        return uri.replace(user, u"\\1user="_s + login);
    return uri + (uri.contains(u'?') ? u"&user="_s : u"?user="_s) + login;
}

QString withDatabase(QString uri, const QString &database)
{
    static const QRegularExpression path(u"^(postgres(?:ql)?://[^/?]*)/[^?]*"_s);
    return uri.replace(path, u"\\1/"_s + database);
}

/// Runs `sql` on the server URI `uri` over a connection of its own.
QVariant runOn(const QString &driver, const QString &uri, const QString &sql, QString *error)
{
    static QAtomicInteger<int> counter;
    const QString name = u"backendlibrary-raw-%1"_s.arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (driver == u"QPSQL"_s) {
            // postgresql:///DB?host=DIR&user=U
            const QUrl url(uri);
            const QUrlQuery query(url);
            db.setDatabaseName(url.path().mid(1));
            db.setHostName(query.queryItemValue(u"host"_s));
            db.setUserName(query.queryItemValue(u"user"_s));
        } else {
            db.setDatabaseName(uri);
        }
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                *error = query.lastError().text();
            else if (query.next())
                value = query.value(0);
            else
                value = QString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

BackendLibrary::Backend BackendLibrary::backend()
{
    return qEnvironmentVariable("COPYDESK_TEST_BACKEND") == u"postgres"_s ? Backend::Postgres
                                                                          : Backend::Sqlite;
}

QString BackendLibrary::unavailable()
{
    if (isPostgres() && qEnvironmentVariableIsEmpty("COPYDESK_TEST_POSTGRES"))
        return u"no test server: run through ./dev test (COPYDESK_TEST_POSTGRES is unset)"_s;
    return {};
}

BackendLibrary::BackendLibrary()
{
    if (!isPostgres()) {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = LibraryOpener::open(
            m_dir->filePath(u"library.copydesk"_s), LibraryOpener::Mode::CreateIfMissing);
        if (!opened) {
            m_error = opened.error().message;
            return;
        }
        m_libraries.insert({}, std::shared_ptr<Library>(std::move(opened).value()));
        return;
    }
    m_server = qEnvironmentVariable("COPYDESK_TEST_POSTGRES");
    static int count = 0;
    m_database = u"lib_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++count);
    QString error;
    runOn(u"QPSQL"_s, withUser(m_server, u"postgres"_s), u"CREATE DATABASE %1"_s.arg(m_database),
        &error);
    if (!error.isEmpty()) {
        m_error = error;
        return;
    }
    const QString setup = withUser(withDatabase(m_server, m_database), u"postgres"_s);
    if (const Result<int> made = LibraryOpener::initializeTeam(setup); !made) {
        m_error = made.error().message;
        return;
    }
    auto opened = LibraryOpener::open(setup, LibraryOpener::Mode::OpenExisting);
    if (!opened) {
        m_error = opened.error().message;
        return;
    }
    m_libraries.insert({}, std::shared_ptr<Library>(std::move(opened).value()));
}

BackendLibrary::~BackendLibrary()
{
    closeAll();
    if (!m_database.isEmpty()) {
        QString error;
        runOn(u"QPSQL"_s, withUser(m_server, u"postgres"_s),
            u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database), &error);
        if (!error.isEmpty())
            qWarning() << "cannot drop" << m_database << error;
    }
}

QString BackendLibrary::locationFor(const QString &person) const
{
    return withUser(withDatabase(m_server, m_database), person.isEmpty() ? u"postgres"_s : person);
}

Library *BackendLibrary::library()
{
    if (const auto found = m_libraries.constFind(QString()); found != m_libraries.cend())
        return found->get();
    const QString location
        = isPostgres() ? locationFor({}) : m_dir->filePath(u"library.copydesk"_s);
    auto opened = LibraryOpener::open(location, LibraryOpener::Mode::OpenExisting);
    if (!opened) {
        m_error = opened.error().message;
        return nullptr;
    }
    return m_libraries.insert({}, std::shared_ptr<Library>(std::move(opened).value()))->get();
}

Library *BackendLibrary::as(const QString &person)
{
    if (!isPostgres() || person.isEmpty())
        return library();
    if (const auto found = m_libraries.constFind(person); found != m_libraries.cend())
        return found->get();
    auto opened = LibraryOpener::open(locationFor(person), LibraryOpener::Mode::OpenExisting);
    if (!opened) {
        m_error = opened.error().message;
        qWarning() << m_error;
        return nullptr;
    }
    return m_libraries.insert(person, std::shared_ptr<Library>(std::move(opened).value()))->get();
}

bool BackendLibrary::addPeople(const QList<Person> &people)
{
    if (people.isEmpty())
        return true;
    if (!isPostgres()) {
        People *list = library()->people();
        if (!list) {
            m_error = library()->workflowError();
            return false;
        }
        for (const Person &person : people) {
            if (Status added = list->addPerson(person, people.first().name); !added) {
                m_error = added.error().message;
                return false;
            }
        }
        return true;
    }
    // The setup login adds the first admin, who adds everyone else; then the setup login
    // leaves the library's people, so that both backends list the same people.
    if (Status added = library()->people()->addPerson(people.first(), u"postgres"_s); !added) {
        m_error = added.error().message;
        return false;
    }
    Library *admin = as(people.first().name);
    if (!admin)
        return false;
    for (const Person &person : people.mid(1)) {
        if (Status added = admin->people()->addPerson(person, people.first().name); !added) {
            m_error = added.error().message;
            return false;
        }
    }
    raw(u"DELETE FROM copydesk.people WHERE login = 'postgres'"_s);
    raw(u"REVOKE copydesk_admin FROM postgres"_s);
    return true;
}

QVariant BackendLibrary::raw(const QString &sql)
{
    QString error;
    const QVariant value = isPostgres()
        ? runOn(u"QPSQL"_s, locationFor({}), sql, &error)
        : runOn(u"QSQLITE"_s, m_dir->filePath(u"library.copydesk"_s), sql, &error);
    if (!error.isEmpty()) {
        qWarning() << sql << error;
        return {};
    }
    return value;
}

QVariant BackendLibrary::rawOnServer(const QString &sql)
{
    QString error;
    const QVariant value = runOn(
        u"QPSQL"_s, withUser(withDatabase(m_server, u"postgres"_s), u"postgres"_s), sql, &error);
    if (!error.isEmpty()) {
        qWarning() << sql << error;
        return {};
    }
    return value;
}

bool BackendLibrary::force(qint64 id, ArticleStatus status, const QString &owner)
{
    if (isPostgres()) {
        return raw(u"UPDATE copydesk.articles SET status = '%1', owner = '%2', "
                   "content = content || jsonb_build_object('status', '%1', 'owner', '%2') "
                   "WHERE id = %3"_s.arg(statusName(status), owner)
                       .arg(id))
            .isValid();
    }
    ArticleStore *store = library()->articles();
    Result<ArticleRecord> record = store->load(id);
    if (!record)
        return false;
    record->article.status = status;
    record->article.owner = owner;
    SaveOptions options;
    options.keepRevision = false;
    return bool(store->save(id, record->article, options));
}

bool BackendLibrary::forceWorkflowOf(const QList<qint64> &ids, const QList<Article> &articles)
{
    ArticleStore *store = library()->articles();
    LibraryQuery all;
    all.limit = -1;
    const Result<QList<ArticleSummary>> rows = store->list(all);
    if (!rows) {
        m_error = rows.error().message;
        return false;
    }
    QHash<qint64, ArticleSummary> stored;
    for (const ArticleSummary &row : *rows)
        stored.insert(row.id, row);
    QSignalSpy changed(store, &ArticleStore::articleChanged);
    QStringList values;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const ArticleSummary row = stored.value(ids.at(i));
        const Article &article = articles.at(i);
        if (row.status == article.status && row.owner == article.owner)
            continue;
        if (!isPostgres()) {
            if (!force(ids.at(i), article.status, article.owner))
                return false;
            continue;
        }
        values.append(u"(%1, '%2', '%3')"_s.arg(ids.at(i)).arg(
            statusName(article.status), QString(article.owner).replace(u'\'', u"''"_s)));
    }
    if (!values.isEmpty()
        && !raw(u"UPDATE copydesk.articles AS a SET status = v.status, owner = v.owner, "
                "content = a.content || jsonb_build_object('status', v.status, 'owner', "
                "v.owner) FROM (VALUES %1) AS v (id, status, owner) WHERE a.id = v.id"_s.arg(
                    values.join(u", "_s)))
            .isValid()) {
        return false;
    }
    // Notifications come in while the event loop runs; done when a while brings no more.
    qsizetype seen = -1;
    while (seen != changed.size()) {
        seen = changed.size();
        QTest::qWait(300);
    }
    return true;
}

QList<qint64> BackendLibrary::addListArticles()
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
    QList<qint64> ids;
    for (const auto &row : rows) {
        Article article;
        article.headline = QString::fromUtf8(row.headline);
        ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Section"_s);
        section.body = u"Plain text."_s;
        article.parts.append(section);
        article.category = QString::fromUtf8(row.category);
        if (*row.byline)
            article.bylines = {{QString::fromUtf8(row.byline), u"Reporter"_s}};
        if (row.publishedDay) {
            article.published
                = QDateTime(QDate(2025, 3, row.publishedDay), QTime(12, 0), QTimeZone::UTC);
        }
        SaveOptions options;
        options.author = u"jdoe"_s;
        const Result<qint64> id = library()->articles()->create(article, options);
        if (!id) {
            m_error = id.error().message;
            return {};
        }
        // At once, before the next article: on SQLite, force() saves and so sets modified.
        if (!force(*id, row.status, QString::fromUtf8(row.owner))) {
            m_error = u"cannot set the status and owner of %1"_s.arg(article.headline);
            return {};
        }
        ids.append(*id);
        QTest::qSleep(3);
    }
    return ids;
}

void BackendLibrary::closeAll()
{
    m_libraries.clear();
}

} // namespace Copydesk::Testing
