// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Test helper for tst_librarycrash: another process writing to a library.
//
//   crashwriter save PATH ID   saves article ID over and over ("Version N" headlines, every
//                              other save keeping a revision) and prints "saved N" after each
//                              commit, until killed
//   crashwriter hold PATH MS   holds a write transaction open for MS milliseconds, printing
//                              "locked" once it has the lock and "released" after committing

#include "articlefactory.h"
#include "sqlitearticlestore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(u"error: "_s + message + u'\n'), stderr);
    return 1;
}

int saveForever(const QString &path, qint64 id)
{
    auto opened = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::OpenExisting);
    if (!opened)
        return fail(opened.error().message);
    SqliteArticleStore &store = *opened.value();
    const Result<ArticleRecord> record = store.load(id);
    if (!record)
        return fail(record.error().message);
    Article article = record->article;
    int version = article.headline.section(u' ', 1).toInt();
    const Article filler = Testing::generatedArticle(quint32(id), 1500);
    for (;;) {
        ++version;
        article.headline = u"Version %1"_s.arg(version);
        article.lede = filler.lede + u" (%1)"_s.arg(version);
        article.parts = version % 3 ? filler.parts : Testing::generatedArticle(version, 1500).parts;
        SaveOptions options;
        options.author = u"crashwriter"_s;
        options.keepRevision = version % 2 == 0;
        const Result<int> saved = store.save(id, article, options);
        if (!saved)
            return fail(saved.error().message);
        say(u"saved %1"_s.arg(version));
    }
}

int hold(const QString &path, int milliseconds)
{
    int result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hold"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(u"BEGIN IMMEDIATE"_s)
            || !query.exec(u"UPDATE articles SET owner = owner || ''"_s)) {
            result = fail(query.lastError().text());
        } else {
            say(u"locked"_s);
            QThread::msleep(milliseconds);
            if (!query.exec(u"COMMIT"_s))
                result = fail(query.lastError().text());
            else
                say(u"released"_s);
        }
    }
    QSqlDatabase::removeDatabase(u"hold"_s);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"save")
        return saveForever(args.at(2), args.at(3).toLongLong());
    if (args.size() == 4 && args.at(1) == u"hold")
        return hold(args.at(2), args.at(3).toInt());
    return fail(u"usage: crashwriter save PATH ID | crashwriter hold PATH MS"_s);
}
