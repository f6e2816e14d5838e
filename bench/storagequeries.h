// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <utility>

// The search queries storagebench times, chosen by measured document frequency straight from a
// library's SQLite file (see storagebench.cpp's opening comment for the classes).

namespace Copydesk::Bench {

using namespace Qt::StringLiterals;

/// Prints `message` as storagebench's error and ends the program with status 1.
[[noreturn]] void die(const QString &message);

/// Diagnostics straight from SQLite, on a connection of its own.
class RawLibrary
{
public:
    explicit RawLibrary(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            die(u"cannot open %1"_s.arg(path));
        QSqlQuery(db).exec(u"PRAGMA cache_size = -32768"_s);
    }
    ~RawLibrary() { QSqlDatabase::removeDatabase(u"raw"_s); }

    /// Every indexed word of four or more letters with the number of articles containing it.
    QList<std::pair<QString, qint64>> vocabulary()
    {
        QSqlDatabase db = QSqlDatabase::database(u"raw"_s);
        QSqlQuery query(db);
        if (!query.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_vocab "
                        "USING fts5vocab(main, 'article_search', 'row')"_s))
            die(query.lastError().text());
        QList<std::pair<QString, qint64>> terms;
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT term, doc FROM temp.article_vocab"_s))
            die(query.lastError().text());
        while (query.next()) {
            const QString term = query.value(0).toString();
            if (term.size() >= 4
                && std::all_of(term.begin(), term.end(), [](QChar c) { return c.isLetter(); }))
                terms.append({term, query.value(1).toLongLong()});
        }
        return terms;
    }

    /// Runs `sql` with `words` bound as the MATCH expression and steps through every row.
    void run(const QString &sql, const QString &words) { run(sql, QStringList {words}); }

    /// Runs `sql` with `values` bound in order (the first as a MATCH expression when `match`)
    /// and steps through every row.
    void run(const QString &sql, const QStringList &values, bool match = true)
    {
        QSqlQuery query(QSqlDatabase::database(u"raw"_s));
        query.setForwardOnly(true);
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.addBindValue(i == 0 && match ? ftsQuery(values.at(i)) : values.at(i));
        if (!query.exec())
            die(query.lastError().text());
        while (query.next()) { }
    }

    /// The first column of every row of `sql` with `words` bound as the MATCH expression.
    QList<qint64> ids(const QString &sql, const QString &words)
    {
        QSqlQuery query(QSqlDatabase::database(u"raw"_s));
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(ftsQuery(words));
        QList<qint64> result;
        if (query.exec()) {
            while (query.next())
                result.append(query.value(0).toLongLong());
        }
        return result;
    }

    void exec(const QString &sql) { QSqlQuery(QSqlDatabase::database(u"raw"_s)).exec(sql); }

    qint64 matches(const QString &words)
    {
        QSqlQuery query(QSqlDatabase::database(u"raw"_s));
        query.prepare(u"SELECT count(*) FROM article_search WHERE article_search MATCH ?"_s);
        query.addBindValue(ftsQuery(words));
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    /// Ranking alone, without summaries or snippets: what FTS5 itself costs.
    void rankOnly(const QString &words)
    {
        QSqlQuery query(QSqlDatabase::database(u"raw"_s));
        query.setForwardOnly(true);
        query.prepare(u"SELECT rowid FROM article_search WHERE article_search MATCH ? "
                      "ORDER BY rank LIMIT 50"_s);
        query.addBindValue(ftsQuery(words));
        query.exec();
        while (query.next()) { }
    }

    QList<std::pair<QString, qint64>> tableSizes()
    {
        QList<std::pair<QString, qint64>> sizes;
        QSqlQuery query(QSqlDatabase::database(u"raw"_s));
        if (!query.exec(u"SELECT name, sum(pgsize) FROM dbstat GROUP BY name "
                        "ORDER BY 2 DESC LIMIT 8"_s))
            return sizes;
        while (query.next())
            sizes.append({query.value(0).toString(), query.value(1).toLongLong()});
        return sizes;
    }

private:
    static QString ftsQuery(const QString &words)
    {
        QStringList quoted;
        for (const QString &word : words.split(u' '))
            quoted.append(u'"' + word + u'"');
        return quoted.join(u' ');
    }
};

struct QueryClass
{
    QString name;
    qint64 minDocs = 0; ///< Document frequency range of the class's own words.
    qint64 maxDocs = 0;
    QStringList queries;
    QList<qint64> matches; ///< Articles matching each query.
};

/// Picks up to `wanted` two-word queries per class by document frequency (fts5vocab) from a
/// library of `articles` articles, and describes what it chose on `out`.
QList<QueryClass> chooseQueries(RawLibrary &raw, qint64 articles, int wanted, QTextStream &out);

} // namespace Copydesk::Bench
