// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Storage benchmark: builds (once, cached next to the binary) a library of generated ~1,500-word
// articles and reports medians for the operations the library view and search depend on.
//
//   COPYDESK_BENCH_ARTICLES   number of articles (default 100000)
//   COPYDESK_BENCH_WORDS      words per article (default 1500; smaller keeps a library of a
//                             million articles to a few GB)
//   COPYDESK_BENCH_SEARCH_ONLY  1: only the search measurements
//   COPYDESK_BENCH_SAVE_ONLY  1: only loading and saving (and what a save costs, part by part)
//   COPYDESK_BENCH_SAVES      saves per save row (default 200, enough for a p99)
//   COPYDESK_BENCH_REUSE_DIR  another folder whose cached library may be copied and migrated
//                             instead of generating a new one (read only)
//
// The cached library is keyed by article count, generator fingerprint and schema version; a
// library of an older schema with the same articles is copied and migrated rather than rebuilt.
// The save measurements add a few dozen revisions to it on every run.
//
// Search queries are chosen by measured document frequency (fts5vocab), not from word lists:
//   rare           a word in 2–10 articles, plus a mid word (200–2,000) from one of its articles
//   mid            a word in 200–2,000 articles, plus a common word (20–60 %) it occurs with
//   rare+v.common  a word in 2–10 articles, plus a word in > 90 % of them
//   mid+v.common   a word in 200–2,000 articles, plus a word in > 90 % of them
//   common       two words in 20,000–60,000 articles each, together in >= 10,000
//   very common  two words in > 90 % of the articles

#include "articlefactory.h"
#include "articlejson.h"
#include "articlestats.h"
#include "benchresults.h"
#include "sqlitearticlestore.h"
#include "sqlitecodec.h"
#include "sqliteschema.h"
#include "storagequeries.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>

using namespace Copydesk;
using namespace Copydesk::Bench;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Timing
{
    double median = 0; ///< Wall clock, ms.
    double p90 = 0;
    double p99 = 0;
    double cpu = 0; ///< Median CPU time of this thread, ms: what the wall clock would show on an
                    ///< idle machine, minus waiting for the disk.
    int runs = 0;
};

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double medianOf(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

/// Runs `operation` `runs` times and returns its timings.
Timing measure(int runs, const std::function<void(int)> &operation)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        operation(i);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    Timing timing;
    timing.runs = runs;
    timing.median = medianOf(wall);
    timing.cpu = medianOf(cpu);
    std::sort(wall.begin(), wall.end());
    timing.p90 = wall.isEmpty() ? 0 : wall.at(wall.size() * 9 / 10);
    timing.p99 = wall.isEmpty() ? 0 : wall.at(wall.size() * 99 / 100);
    return timing;
}

/// The top-level row the indented rows below it belong to, for the figures' names.
QString section;

void row(const QString &name, const Timing &timing, const QString &target, const QString &note = {})
{
    if (!name.startsWith(u' '))
        section = name;
    Bench::Figure figure;
    figure.bench = u"storagebench"_s;
    figure.name = name.startsWith(u' ') ? section + u", "_s + name.trimmed() : name;
    figure.median = timing.median;
    figure.p90 = timing.p90;
    if (timing.runs >= 100)
        figure.p99 = timing.p99;
    figure.target = Bench::targetOf(target);
    figure.runs = timing.runs;
    Bench::recordFigure(figure);
    out << name.leftJustified(40) << QString::number(timing.median, 'f', 2).rightJustified(9)
        << QString::number(timing.p90, 'f', 2).rightJustified(9)
        << (timing.runs >= 100 ? QString::number(timing.p99, 'f', 2) : u"-"_s).rightJustified(9)
        << QString::number(timing.cpu, 'f', 2).rightJustified(9) << target.rightJustified(8)
        << QString::number(timing.runs).rightJustified(6) << "  " << note << Qt::endl;
}

/// Changes whenever generatedArticle() produces different articles.
QString generatorFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (quint32 seed : {0u, 1u, 99u, 4242u})
        hash.addData(ArticleJson::canonical(Testing::generatedArticle(seed)));
    return QString::fromLatin1(hash.result().toHex().left(10));
}

void build(const QString &path, int count, int words)
{
    const QString building = path + u".building"_s;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(building + QLatin1StringView(suffix));
    out << "Building " << path << " (" << count << " articles)…" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    {
        auto opened
            = SqliteArticleStore::open(building, SqliteArticleStore::OpenMode::CreateIfMissing);
        if (!opened)
            die(opened.error().message);
        SqliteArticleStore &store = *opened.value();
        SaveOptions options;
        options.author = u"bench"_s;
        options.note = u"Imported"_s;
        constexpr int Batch = 1000;
        for (int first = 0; first < count; first += Batch) {
            QList<Article> batch;
            for (int seed = first; seed < std::min(count, first + Batch); ++seed)
                batch.append(Testing::generatedArticle(quint32(seed), words));
            if (auto imported = store.importArticles(batch, options); !imported)
                die(imported.error().message);
            if ((first / Batch) % 10 == 9 || first + Batch >= count) {
                out << "  " << std::min(count, first + Batch) << " articles, "
                    << timer.elapsed() / 1000 << " s" << Qt::endl;
            }
        }
        const qint64 imported = timer.elapsed();
        if (Status optimized = store.optimize(); !optimized)
            die(optimized.error().message);
        out << "  import " << imported / 1000 << " s ("
            << QString::number(double(imported) / count, 'f', 2) << " ms/article), optimize "
            << (timer.elapsed() - imported) / 1000 << " s" << Qt::endl;
    }
    if (!QFile::rename(building, path))
        die(u"cannot rename %1"_s.arg(building));
}

/// Copies a cached library of the same articles but an older schema into place and migrates it
/// by opening it; false when there is none.
bool migrateOlder(const QString &path, const QString &stem)
{
    QStringList folders {QFileInfo(path).absolutePath()};
    if (const QString reuse = qEnvironmentVariable("COPYDESK_BENCH_REUSE_DIR"); !reuse.isEmpty())
        folders.append(reuse);
    for (const QString &folder : std::as_const(folders)) {
        const QFileInfoList older
            = QDir(folder).entryInfoList({stem + u"-schema*.copydesk"_s}, QDir::Files, QDir::Time);
        for (const QFileInfo &candidate : older) {
            if (candidate.absoluteFilePath() == QFileInfo(path).absoluteFilePath())
                continue;
            const QString building = path + u".building"_s;
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(building + QLatin1StringView(suffix));
            out << "Migrating a copy of " << candidate.absoluteFilePath() << "…" << Qt::endl;
            QElapsedTimer timer;
            timer.start();
            if (!QFile::copy(candidate.absoluteFilePath(), building))
                continue;
            const qint64 copied = timer.elapsed();
            {
                auto opened = SqliteArticleStore::open(
                    building, SqliteArticleStore::OpenMode::OpenExisting);
                if (!opened)
                    die(opened.error().message);
            }
            out << "  copied in " << copied / 1000 << " s, migrated in "
                << QString::number((timer.elapsed() - copied) / 1000.0, 'f', 1) << " s" << Qt::endl;
            return QFile::rename(building, path);
        }
    }
    return false;
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1) + u" MiB"_s;
}

void compressionNote(int count, int words)
{
    qint64 plain = 0;
    qint64 packed = 0;
    QList<QByteArray> jsons;
    for (quint32 seed = 0; seed < 200; ++seed) {
        Article article = Testing::generatedArticle(seed, words);
        article.hero.data.clear();
        jsons.append(ArticleJson::toBytes(article, QJsonDocument::Compact));
        plain += jsons.last().size();
        packed += qCompress(jsons.last()).size();
    }
    QList<QByteArray> compressed;
    for (const QByteArray &json : std::as_const(jsons))
        compressed.append(qCompress(json));
    const Timing parse = measure(
        int(jsons.size()), [&](int i) { (void)ArticleJson::fromBytes(jsons.at(i), u"bench"_s); });
    const Timing unpack = measure(int(jsons.size()),
        [&](int i) { (void)ArticleJson::fromBytes(qUncompress(compressed.at(i)), u"bench"_s); });
    const Timing pack = measure(int(jsons.size()), [&](int i) { (void)qCompress(jsons.at(i)); });
    // What a stored plain-text copy of the searchable text (the alternative to cleaning
    // snippets) would add: every text field the index covers, as UTF-8.
    qint64 text = 0;
    for (quint32 seed = 0; seed < 200; ++seed) {
        const Article article = Testing::generatedArticle(seed, words);
        QStringList fields {article.headline, article.dek, article.lede, article.dateline,
            article.hero.caption, article.hero.altText, article.hero.credit};
        fields << article.tags;
        for (const Byline &byline : article.bylines)
            fields << byline.name << byline.role;
        for (const ArticlePart &part : article.parts) {
            fields << part.heading << part.body << part.items;
            for (const Quote &quote : part.quotes)
                fields << quote.text << quote.speaker << quote.role;
            for (const FaqEntry &entry : part.faq)
                fields << entry.question << entry.answer;
            for (const Reference &reference : part.references)
                fields << reference.title << reference.publisher;
        }
        text += fields.join(u'\n').toUtf8().size();
    }
    out << "Searchable text: " << text / 200 << " bytes per article; a stored plain-text copy "
        << "would add about " << mebibytes(text / 200 * count) << " at " << count << " articles"
        << Qt::endl;
    out << "Content JSON: " << plain / jsons.size() << " bytes per article, qCompress "
        << packed / jsons.size() << " (" << QString::number(100.0 * packed / plain, 'f', 0)
        << " %); parse " << QString::number(parse.median, 'f', 3) << " ms, uncompress+parse "
        << QString::number(unpack.median, 'f', 3) << " ms, compress "
        << QString::number(pack.median, 'f', 3) << " ms" << Qt::endl;
}

/// Search as you type: the first 3, 4 and 6 letters of the mid class's words, each alone.
void typedPrefixes(const SqliteArticleStore &store, const QList<QueryClass> &classes)
{
    const auto mid = std::find_if(
        classes.begin(), classes.end(), [](const QueryClass &c) { return c.name == u"mid"; });
    if (mid == classes.end() || mid->queries.isEmpty())
        return;
    for (const int letters : {3, 4, 6}) {
        QStringList typed;
        for (const QString &words : mid->queries)
            typed.append(words.section(u' ', 0, 0).left(letters));
        qint64 hits = 0;
        for (const QString &text : typed) {
            SearchQuery query;
            query.text = text;
            query.limit = -1;
            hits += store.search(query).value().size();
        }
        row(u"search top 50, typing %1 letters"_s.arg(letters),
            measure(int(typed.size()) * 3,
                [&](int i) {
                    SearchQuery query;
                    query.text = typed.at(i % typed.size());
                    if (!store.search(query))
                        die(u"search failed"_s);
                }),
            u"-"_s, u"%1 matches on average"_s.arg(hits / typed.size()));
    }
}

/// Alternatives for the ranking statement, on the common class (raw SQLite, top 50 row ids).
void searchVariants(RawLibrary &raw, const QList<QueryClass> &classes)
{
    const auto common = std::find_if(
        classes.begin(), classes.end(), [](const QueryClass &c) { return c.name == u"common"; });
    if (common == classes.end() || common->queries.isEmpty())
        return;
    const QStringList &queries = common->queries;
    const QString weights = u"10.0, 5.0, 2.0, 2.0, 1.0, 2.0"_s;
    const struct
    {
        QString name;
        QString sql;
    } variants[] = {
        {u"count(*) only: walk the matches"_s,
            u"SELECT count(*) FROM article_search WHERE article_search MATCH ?"_s},
        {u"bm25() unweighted ORDER BY LIMIT"_s,
            u"SELECT rowid, bm25(article_search) AS s FROM article_search "
            "WHERE article_search MATCH ? ORDER BY s LIMIT 50"_s},
        {u"bm25(weights) ORDER BY LIMIT"_s,
            u"SELECT rowid, bm25(article_search, %1) AS s FROM article_search "
            "WHERE article_search MATCH ? ORDER BY s LIMIT 50"_s.arg(weights)},
        {u"ORDER BY rank, rank MATCH bm25(weights)"_s,
            u"SELECT rowid, rank FROM article_search WHERE article_search MATCH ? "
            "AND rank MATCH 'bm25(%1)' ORDER BY rank LIMIT 50"_s.arg(weights)},
    };
    out << "Ranking variants, common class (raw SQLite, top 50 ids):" << Qt::endl;
    section = u"raw SQLite, common class"_s;
    for (const char *mmap : {"0", "4294967296"}) {
        raw.exec(u"PRAGMA mmap_size = %1"_s.arg(QLatin1StringView(mmap)));
        for (const auto &variant : variants) {
            for (const QString &words : queries)
                raw.run(variant.sql, words);
            row(u"  %1%2"_s.arg(variant.name, QLatin1StringView(*mmap == '0' ? "" : ", mmap")),
                measure(int(queries.size()) * 3,
                    [&](int i) { raw.run(variant.sql, queries.at(i % queries.size())); }),
                u"-"_s);
        }
    }
    raw.exec(u"PRAGMA mmap_size = 0"_s);

    // The store's later steps for the 50 winners, on their own.
    const QString rank = u"SELECT rowid, bm25(article_search, %1) AS s FROM article_search "
                         "WHERE article_search MATCH ? ORDER BY s LIMIT 50"_s.arg(weights);
    QStringList winners;
    for (const QString &words : queries) {
        QStringList ids;
        for (qint64 id : raw.ids(rank, words))
            ids.append(QString::number(id));
        winners.append(u'[' + ids.join(u',') + u']');
    }
    const auto winnersOf = [&](int i) {
        return winners.at(i % winners.size());
    };
    const struct
    {
        QString name;
        QString sql;
        bool withMatch;
    } steps[] = {
        {u"summaries of the 50"_s,
            u"SELECT a.id, a.headline, a.dek, a.authors, a.status FROM articles AS a "
            "WHERE a.id IN (SELECT value FROM json_each(?)) AND a.trashed_at IS NULL"_s,
            false},
        {u"view rows of the 50 (JSON to text)"_s,
            u"SELECT headline, dek, bylines, lede, body, extra FROM article_search_source "
            "WHERE article_id IN (SELECT value FROM json_each(?))"_s,
            false},
        {u"snippets of the 50, all columns"_s,
            u"SELECT rowid, snippet(article_search, -1, '[', ']', '…', 24) FROM article_search "
            "WHERE article_search MATCH ? AND rowid IN (SELECT value FROM json_each(?))"_s,
            true},
    };
    for (const auto &step : steps) {
        row(u"  %1"_s.arg(step.name),
            measure(int(queries.size()) * 3,
                [&](int i) {
                    if (step.withMatch)
                        raw.run(step.sql, {queries.at(i % queries.size()), winnersOf(i)});
                    else
                        raw.run(step.sql, {winnersOf(i)}, false);
                }),
            u"-"_s);
    }
}

/// Loading and saving articles spread over the library, then what one save costs part by part:
/// the same work on the same articles, each part alone.
void saves(SqliteArticleStore &store, const QString &path, int count)
{
    bool ok = false;
    int edits = qEnvironmentVariableIntValue("COPYDESK_BENCH_SAVES", &ok);
    if (!ok || edits <= 0)
        edits = 200;
    edits = std::min(edits, count);
    QList<ArticleRecord> records;
    for (int i = 0; i < edits; ++i) {
        // 7919 is prime, so the ids are distinct for up to `count` edits.
        const qint64 id = 1 + qint64(i) * 7919 % count;
        Result<ArticleRecord> record = store.load(id);
        if (!record)
            die(record.error().message);
        records.append(std::move(record).value());
    }
    row(u"load one article"_s, measure(edits, [&](int i) { (void)store.load(records.at(i).id); }),
        u"-"_s);
    SaveOptions keep;
    keep.author = u"bench"_s;
    const qint64 run = QDateTime::currentMSecsSinceEpoch();
    const auto edited = [&](int i) {
        Article article = records.at(i).article;
        article.headline += u" (edited %1)"_s.arg(run);
        return article;
    };
    row(u"save one article with revision"_s,
        measure(edits,
            [&](int i) {
                const Result<int> saved = store.save(records.at(i).id, edited(i), keep);
                if (!saved || *saved <= records.at(i).revision)
                    die(saved ? u"no revision kept"_s : saved.error().message);
            }),
        u"4"_s);
    SaveOptions autosave = keep;
    autosave.keepRevision = false;
    const auto typed = [&](int i) {
        Article article = edited(i);
        article.lede += u" Typing."_s;
        return article;
    };
    row(u"autosave one article (no revision)"_s,
        measure(edits,
            [&](int i) {
                if (!store.save(records.at(i).id, typed(i), autosave))
                    die(u"autosave failed"_s);
            }),
        u"-"_s);

    // The parts of a save, on the articles just saved.
    QList<Article> articles;
    for (int i = 0; i < edits; ++i)
        articles.append(typed(i));
    row(u"  copy and edit the article (the bench's)"_s,
        measure(edits, [&](int i) { (void)typed(i); }), u"-"_s);
    row(u"  content hash (JSON + SHA-256)"_s,
        measure(edits, [&](int i) { (void)ArticleJson::contentHash(articles.at(i)); }), u"-"_s);
    row(u"  JSON to store (SqliteCodec::encode)"_s,
        measure(edits, [&](int i) { (void)SqliteCodec::encode(articles.at(i)); }), u"-"_s);
    QList<QByteArray> json;
    for (const Article &article : std::as_const(articles))
        json.append(SqliteCodec::encode(article));
    row(u"  compress the revision (SqliteCodec)"_s,
        measure(edits, [&](int i) { (void)SqliteCodec::compress(json.at(i)); }), u"-"_s);
    for (const int level : {1, 6}) {
        qsizetype bytes = 0;
        const Timing timing
            = measure(edits, [&](int i) { bytes += qCompress(json.at(i), level).size(); });
        row(u"    qCompress level %1"_s.arg(level), timing, u"-"_s,
            u"%1 bytes of %2 on average"_s.arg(bytes / edits).arg(json.value(0).size()));
    }
    row(u"  word count"_s,
        measure(edits, [&](int i) { (void)ArticleStats::wordCount(articles.at(i)); }), u"-"_s);
    // The text index: remove the stored text and add it again, rolled back (another connection,
    // as the library allows: WAL).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts"_s);
        db.setDatabaseName(path);
        if (!db.open())
            die(u"cannot open %1"_s.arg(path));
        QSqlQuery(db).exec(u"PRAGMA cache_size = -32768"_s);
        QSqlQuery(db).exec(u"PRAGMA synchronous = NORMAL"_s);
        QSqlQuery remove(db);
        remove.prepare(u"INSERT INTO article_search (article_search, rowid, headline, dek, "
                       "bylines, lede, body, extra) SELECT 'delete', article_id, headline, dek, "
                       "bylines, lede, body, extra FROM article_search_source "
                       "WHERE article_id = ?"_s);
        QSqlQuery add(db);
        add.prepare(u"INSERT INTO article_search (rowid, headline, dek, bylines, lede, body, "
                    "extra) SELECT article_id, headline, dek, bylines, lede, body, extra "
                    "FROM article_search_source WHERE article_id = ?"_s);
        QSqlQuery transaction(db);
        const auto step = [&](QSqlQuery &query, qint64 id) {
            query.bindValue(0, id);
            if (!query.exec())
                die(query.lastError().text());
        };
        row(u"  FTS5 remove + add the text (rolled back)"_s,
            measure(edits,
                [&](int i) {
                    transaction.exec(u"BEGIN IMMEDIATE"_s);
                    step(remove, records.at(i).id);
                    step(add, records.at(i).id);
                    transaction.exec(u"ROLLBACK"_s);
                }),
            u"-"_s);
        row(u"  BEGIN + ROLLBACK alone"_s,
            measure(edits,
                [&](int) {
                    transaction.exec(u"BEGIN IMMEDIATE"_s);
                    transaction.exec(u"ROLLBACK"_s);
                }),
            u"-"_s);
    }
    QSqlDatabase::removeDatabase(u"fts"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    int count = qEnvironmentVariableIntValue("COPYDESK_BENCH_ARTICLES", &ok);
    if (!ok || count <= 0)
        count = 100000;
    int words = qEnvironmentVariableIntValue("COPYDESK_BENCH_WORDS", &ok);
    if (!ok || words <= 0)
        words = 1500;

    QString stem = u"storagebench-%1-gen%2"_s.arg(count).arg(generatorFingerprint());
    if (words != 1500)
        stem += u"-w%1"_s.arg(words);
    const QString path
        = QDir(QCoreApplication::applicationDirPath())
              .filePath(u"%1-schema%2.copydesk"_s.arg(stem).arg(SqliteSchema::Version));
    if (!QFileInfo::exists(path) && !migrateOlder(path, stem))
        build(path, count, words);

    // A library of an older schema put in place by hand is migrated here.
    QElapsedTimer opening;
    opening.start();
    auto opened = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::OpenExisting);
    if (!opened)
        die(opened.error().message);
    if (opening.elapsed() >= 1000) {
        out << "  first open (migrating) took "
            << QString::number(opening.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
    }
    std::unique_ptr<SqliteArticleStore> store = std::move(opened.value());
    RawLibrary raw(path);

    out << Qt::endl
        << "Copydesk storage benchmark: " << count << " generated articles (~" << words
        << " words), " << mebibytes(QFileInfo(path).size()) << Qt::endl;
    out << u"operation (milliseconds)"_s.leftJustified(40) << u"median"_s.rightJustified(9)
        << u"p90"_s.rightJustified(9) << u"p99"_s.rightJustified(9) << u"cpu"_s.rightJustified(9)
        << u"target"_s.rightJustified(8) << u"runs"_s.rightJustified(6) << Qt::endl;
    out << QString(90, u'-') << Qt::endl;

    const bool searchOnly = qEnvironmentVariableIntValue("COPYDESK_BENCH_SEARCH_ONLY") == 1;
    const bool saveOnly = qEnvironmentVariableIntValue("COPYDESK_BENCH_SAVE_ONLY") == 1;
    if (!searchOnly && !saveOnly) {
        row(u"open library"_s,
            measure(30,
                [&](int) {
                    auto library = SqliteArticleStore::open(
                        path, SqliteArticleStore::OpenMode::OpenExisting);
                    if (!library)
                        die(library.error().message);
                }),
            u"50"_s);

        LibraryQuery firstPage;
        firstPage.limit = 200;
        (void)store->list(firstPage);
        row(u"list: first 200 by modified"_s,
            measure(50,
                [&](int) {
                    if (store->list(firstPage)->size() != std::min(200, count))
                        die(u"short page"_s);
                }),
            u"10"_s);
        LibraryQuery filtered = firstPage;
        filtered.statuses = {ArticleStatus::Published};
        filtered.sort = SortKey::Headline;
        filtered.order = Qt::AscendingOrder;
        row(u"list: 200 published by headline"_s,
            measure(50, [&](int) { (void)store->list(filtered); }), u"-"_s);
        LibraryQuery deep = firstPage;
        deep.offset = count / 2;
        row(u"list: 200 by modified at offset N/2"_s,
            measure(20, [&](int) { (void)store->list(deep); }), u"-"_s);
        // What the library view reads as it scrolls: the page after the last row it has.
        LibraryQuery next = firstPage;
        next.offset = count / 2 - 1;
        next.limit = 1;
        next.after = store->list(next).value().value(0);
        next.offset = 0;
        next.limit = 200;
        row(u"list: 200 by modified after row N/2"_s,
            measure(50,
                [&](int) {
                    if (store->list(next)->size() != std::min(200, count - count / 2))
                        die(u"short page"_s);
                }),
            u"-"_s);
        row(u"count live articles"_s, measure(20, [&](int) { (void)store->count({}); }), u"-"_s);
        LibraryQuery published;
        published.statuses = {ArticleStatus::Published};
        row(u"count published articles"_s, measure(20, [&](int) { (void)store->count(published); }),
            u"-"_s);
    }
    const QList<QueryClass> classes
        = saveOnly ? QList<QueryClass>() : chooseQueries(raw, count, 8, out);
    const QHash<QString, QString> targets {{u"rare"_s, u"1"_s}, {u"mid"_s, u"5"_s},
        {u"common"_s, u"40"_s}, {u"very common"_s, u"-"_s}};
    const QString rankSql = u"SELECT rowid, bm25(article_search, 10.0, 5.0, 2.0, 2.0, 1.0, 2.0) "
                            "AS score FROM article_search WHERE article_search MATCH ? "
                            "ORDER BY score LIMIT 50"_s;
    for (const QueryClass &terms : classes) {
        const qsizetype queries = terms.queries.size();
        if (queries == 0) {
            out << "  (no " << terms.name << " words in this library)" << Qt::endl;
            continue;
        }
        qint64 matches = 0;
        for (qint64 m : terms.matches)
            matches += m;
        for (const QString &words : terms.queries) {
            SearchQuery query;
            query.text = words;
            (void)store->search(query); // warms the cache
        }
        const int repeat = terms.matches.value(0) > count / 20 ? 3 : 10;
        const QString note = u"%1 matches on average"_s.arg(matches / queries);
        // Whole words (a space after the last one), as every search was before search as you
        // type; then the same text with its last word still being typed.
        for (const bool typing : {false, true}) {
            row(typing ? u"  last word being typed"_s : u"search top 50, %1"_s.arg(terms.name),
                measure(int(queries) * repeat,
                    [&](int i) {
                        SearchQuery query;
                        query.text = terms.queries.at(i % queries) + (typing ? u""_s : u" "_s);
                        if (!store->search(query))
                            die(u"search failed"_s);
                    }),
                targets.value(terms.name), typing ? QString() : note);
        }
        row(u"  FTS5 bm25() top 50 (reference)"_s,
            measure(int(queries) * repeat,
                [&](int i) { raw.run(rankSql, terms.queries.at(i % queries)); }),
            u"-"_s);
    }
    if (!saveOnly) {
        typedPrefixes(*store, classes);
        searchVariants(raw, classes);
    }

    if (!searchOnly)
        saves(*store, path, count);
    out << QString(90, u'-') << Qt::endl;
    out << "File size: " << mebibytes(QFileInfo(path).size()) << " ("
        << QFileInfo(path).size() / count << " bytes per article); largest tables:";
    for (const auto &[name, bytes] : raw.tableSizes())
        out << ' ' << name << ' ' << mebibytes(bytes) << ';';
    out << Qt::endl;
    compressionNote(count, words);
    return 0;
}
