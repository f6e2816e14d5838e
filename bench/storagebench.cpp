// Storage benchmark: builds (once, cached next to the binary) a library of generated ~1,500-word
// articles and reports medians for the operations the library view and search depend on.
//
//   COPYDESK_BENCH_ARTICLES   number of articles (default 100000)
//
// The cached library is keyed by article count, generator fingerprint and schema version; the
// save measurements add a few dozen revisions to it on every run.

#include "articlefactory.h"
#include "articlejson.h"
#include "sqlitearticlestore.h"
#include "sqliteschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Timing
{
    double median = 0; ///< Wall clock, ms.
    double p90 = 0;
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
    return timing;
}

void row(const QString &name, const Timing &timing, const QString &target, const QString &note = {})
{
    out << name.leftJustified(40) << QString::number(timing.median, 'f', 2).rightJustified(9)
        << QString::number(timing.p90, 'f', 2).rightJustified(9)
        << QString::number(timing.cpu, 'f', 2).rightJustified(9) << target.rightJustified(8)
        << QString::number(timing.runs).rightJustified(6) << "  " << note << Qt::endl;
}

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "storagebench: " << message << Qt::endl;
    std::exit(1);
}

/// Changes whenever generatedArticle() produces different articles.
QString generatorFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (quint32 seed : {0u, 1u, 99u, 4242u})
        hash.addData(ArticleJson::canonical(Testing::generatedArticle(seed)));
    return QString::fromLatin1(hash.result().toHex().left(10));
}

void build(const QString &path, int count)
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
                batch.append(Testing::generatedArticle(quint32(seed)));
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

/// Pairs of terms of one frequency class, as "a b" queries.
QStringList pairs(const QStringList &terms)
{
    QStringList queries;
    for (qsizetype i = 0; i + 1 < terms.size(); i += 2)
        queries.append(terms.at(i) + u' ' + terms.at(i + 1));
    for (qsizetype i = 1; i + 1 < terms.size(); i += 4)
        queries.append(terms.at(i) + u' ' + terms.at(i + 1));
    return queries;
}

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

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1) + u" MiB"_s;
}

void compressionNote()
{
    qint64 plain = 0;
    qint64 packed = 0;
    QList<QByteArray> jsons;
    for (quint32 seed = 0; seed < 200; ++seed) {
        Article article = Testing::generatedArticle(seed);
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
    out << "Content JSON: " << plain / jsons.size() << " bytes per article, qCompress "
        << packed / jsons.size() << " (" << QString::number(100.0 * packed / plain, 'f', 0)
        << " %); parse " << QString::number(parse.median, 'f', 3) << " ms, uncompress+parse "
        << QString::number(unpack.median, 'f', 3) << " ms, compress "
        << QString::number(pack.median, 'f', 3) << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    int count = qEnvironmentVariableIntValue("COPYDESK_BENCH_ARTICLES", &ok);
    if (!ok || count <= 0)
        count = 100000;

    const QString path = QDir(QCoreApplication::applicationDirPath())
                             .filePath(u"storagebench-%1-gen%2-schema%3.copydesk"_s.arg(count)
                                     .arg(generatorFingerprint())
                                     .arg(SqliteSchema::Version));
    if (!QFileInfo::exists(path))
        build(path, count);

    auto opened = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::OpenExisting);
    if (!opened)
        die(opened.error().message);
    std::unique_ptr<SqliteArticleStore> store = std::move(opened.value());
    RawLibrary raw(path);

    out << Qt::endl
        << "Copydesk storage benchmark: " << count << " generated articles (~1,500 words), "
        << mebibytes(QFileInfo(path).size()) << Qt::endl;
    out << u"operation (milliseconds)"_s.leftJustified(40) << u"median"_s.rightJustified(9)
        << u"p90"_s.rightJustified(9) << u"cpu"_s.rightJustified(9) << u"target"_s.rightJustified(8)
        << u"runs"_s.rightJustified(6) << Qt::endl;
    out << QString(81, u'-') << Qt::endl;

    row(u"open library"_s,
        measure(30,
            [&](int) {
                auto library
                    = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::OpenExisting);
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
    row(u"count live articles"_s, measure(20, [&](int) { (void)store->count({}); }), u"-"_s);

    const struct
    {
        const char *name;
        QStringList queries;
        const char *target;
        int repeat;
    } classes[] = {
        {"rare", pairs(Testing::rareTerms()), "1", 20},
        {"mid", pairs(Testing::midTerms()), "5", 20},
        {"common", pairs(Testing::commonTerms()), "40", 5},
    };
    for (const auto &terms : classes) {
        qint64 matches = 0;
        qint64 hits = 0;
        for (const QString &words : terms.queries) {
            matches += raw.matches(words);
            SearchQuery query;
            query.text = words;
            hits += store->search(query)->size(); // also warms the cache
        }
        const qsizetype queries = terms.queries.size();
        const QString note
            = u"%1 matches, %2 hits on average"_s.arg(matches / queries).arg(hits / queries);
        row(u"search top 50, two %1 words"_s.arg(QLatin1StringView(terms.name)),
            measure(int(queries) * terms.repeat,
                [&](int i) {
                    SearchQuery query;
                    query.text = terms.queries.at(i % queries);
                    if (!store->search(query))
                        die(u"search failed"_s);
                }),
            QString::fromLatin1(terms.target), note);
        row(u"  FTS5 rank only (reference)"_s,
            measure(int(queries) * terms.repeat,
                [&](int i) { raw.rankOnly(terms.queries.at(i % queries)); }),
            u"-"_s);
    }

    const int edits = 30;
    QList<ArticleRecord> records;
    for (int i = 0; i < edits; ++i) {
        const qint64 id = 1 + qint64(i) * 7919 % count;
        Result<ArticleRecord> record = store->load(id);
        if (!record)
            die(record.error().message);
        records.append(std::move(record).value());
    }
    row(u"load one article"_s, measure(edits, [&](int i) { (void)store->load(records.at(i).id); }),
        u"-"_s);
    SaveOptions keep;
    keep.author = u"bench"_s;
    row(u"save one article with revision"_s,
        measure(edits,
            [&](int i) {
                Article article = records.at(i).article;
                article.headline += u" (edited %1)"_s.arg(QDateTime::currentMSecsSinceEpoch());
                const Result<int> saved = store->save(records.at(i).id, article, keep);
                if (!saved || *saved <= records.at(i).revision)
                    die(saved ? u"no revision kept"_s : saved.error().message);
            }),
        u"5"_s);
    SaveOptions autosave = keep;
    autosave.keepRevision = false;
    row(u"autosave one article (no revision)"_s,
        measure(edits,
            [&](int i) {
                Article article = records.at(i).article;
                article.lede += u" Typing."_s;
                if (!store->save(records.at(i).id, article, autosave))
                    die(u"autosave failed"_s);
            }),
        u"-"_s);

    out << QString(81, u'-') << Qt::endl;
    out << "File size: " << mebibytes(QFileInfo(path).size()) << " ("
        << QFileInfo(path).size() / count << " bytes per article); largest tables:";
    for (const auto &[name, bytes] : raw.tableSizes())
        out << ' ' << name << ' ' << mebibytes(bytes) << ';';
    out << Qt::endl;
    compressionNote();
    return 0;
}
