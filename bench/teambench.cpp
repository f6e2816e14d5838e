// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Team library benchmark: a PostgreSQL library of generated ~1,500-word articles (built once per
// server, in the database copydesk_bench_COUNT, and migrated when an earlier Copydesk built it),
// and the operations the window and search depend on, as a reporter's session sees them. Needs a
// server: ./dev bench starts a throwaway one (COPYDESK_TEST_POSTGRES); without one it says so and
// exits 0.
//
//   COPYDESK_BENCH_ARTICLES   number of articles (default 100000)
//   COPYDESK_BENCH_DATABASE   the database (default copydesk_bench_COUNT), e.g. a copy made with
//                             CREATE DATABASE … TEMPLATE, to compare two builds on one library
//
// Search terms are picked by measured document frequency (ts_stat over the library):
//   rare    a word in 2-10 articles; mid  200-2,000; common  20-60 % of the articles.
// The articles' rows and search indexes are loaded into the server's shared buffers first
// (pg_prewarm), as on a server that has been in use for a while.
// Reported: median and 99th percentile wall clock in ms, measured in this process (a lower bound of
// what a user sees: the window adds painting).

#include "articlefactory.h"
#include "benchresults.h"
#include "generatedlibrary.h"
#include "library.h"
#include "libraryopener.h"
#include "postgresschema.h"
#include "teamserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace Copydesk;
using namespace Copydesk::Bench;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Timing
{
    double median = 0;
    double p90 = 0;
    double p99 = 0;
    int runs = 0;
};

Timing measure(int runs, const std::function<void(int)> &operation)
{
    QList<double> wall;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        operation(i);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    const auto at = [&wall](int percent) {
        return wall.at(std::min(wall.size() - 1, wall.size() * percent / 100));
    };
    return {wall.at(wall.size() / 2), at(90), at(99), runs};
}

void row(const QString &name, const Timing &timing, const QString &target)
{
    Bench::Figure figure;
    figure.bench = u"teambench"_s;
    figure.name = name.trimmed();
    figure.median = timing.median;
    figure.p90 = timing.p90;
    figure.target = Bench::targetOf(target);
    figure.runs = timing.runs;
    Bench::recordFigure(figure);
    out << name.leftJustified(36) << QString::number(timing.median, 'f', 2).rightJustified(9)
        << QString::number(timing.p99, 'f', 2).rightJustified(9) << target.rightJustified(9)
        << QString::number(timing.runs).rightJustified(6) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setProgramName(u"teambench"_s);
    const QString server = qEnvironmentVariable("COPYDESK_TEST_POSTGRES");
    if (server.isEmpty()) {
        out << "teambench: no server (run through ./dev bench); skipped" << Qt::endl;
        return 0;
    }
    const int count = qEnvironmentVariableIntValue("COPYDESK_BENCH_ARTICLES") > 0
        ? qEnvironmentVariableIntValue("COPYDESK_BENCH_ARTICLES")
        : 100000;
    const QString database = qEnvironmentVariableIsEmpty("COPYDESK_BENCH_DATABASE")
        ? u"copydesk_bench_%1"_s.arg(count)
        : qEnvironmentVariable("COPYDESK_BENCH_DATABASE");
    if (superuser(server, u"postgres"_s,
            u"SELECT datname FROM pg_database WHERE datname = '%1'"_s.arg(database))
            .isEmpty()) {
        superuser(server, u"postgres"_s, u"CREATE DATABASE %1"_s.arg(database));
    }
    {
        // Sets the library up, or migrates one an earlier Copydesk built.
        QElapsedTimer timer;
        timer.start();
        const auto made
            = LibraryOpener::initializeTeam(withUserAndDatabase(server, u"postgres"_s, database));
        if (!made)
            die(made.error().message);
        if (*made > 0 && *made < PostgresSchema::Version) {
            out << "Migrated " << database << " from schema " << *made << " in "
                << timer.elapsed() / 1000 << " s" << Qt::endl;
        }
    }
    {
        auto admin = LibraryOpener::open(withUserAndDatabase(server, u"postgres"_s, database),
            LibraryOpener::Mode::OpenExisting);
        if (!admin)
            die(admin.error().message);
        Person reporter {u"bench_rita"_s, Role::Reporter};
        reporter.displayName = u"Rita Bench"_s;
        if (Status added = (*admin)->people()->addPerson(reporter, u"postgres"_s); !added)
            die(added.error().message);
    }
    auto opened = LibraryOpener::open(
        withUserAndDatabase(server, u"bench_rita"_s, database), LibraryOpener::Mode::OpenExisting);
    if (!opened)
        die(opened.error().message);
    Library &library = **opened;
    ArticleStore &store = *library.articles();

    const qint64 have = store.count({}).value();
    if (have < count) {
        out << "Building " << database << " (" << count << " articles)…" << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        addGeneratedArticles(server, database, u"bench_rita"_s, have, count);
        superuser(server, database, u"VACUUM ANALYZE copydesk.articles"_s);
        out << "  built in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    }
    // Search terms by document frequency, before the rows are loaded: ts_stat reads every
    // article's search vector (600 MB at 100,000 articles), which pushed a third of the
    // loaded rows and most of the text index out of the shared buffers again.
    const auto termsWith = [&](int low, int high) {
        return superuser(server, database,
            u"SELECT word FROM ts_stat('SELECT search FROM copydesk.articles') WHERE ndoc "
            "BETWEEN %1 AND %2 AND length(word) > 4 AND word ~ '^[a-z]+$' ORDER BY word LIMIT 20"_s
                .arg(low)
                .arg(high));
    };
    const QStringList rare = termsWith(2, 10);
    const QStringList mid = termsWith(200, 2000);
    const QStringList common = termsWith(count / 5, count * 3 / 5);

    // As on a server that has served the newsroom for a while: the articles' rows and search
    // indexes in its shared buffers (./dev's server has 512 MB, the rows and indexes of 100,000
    // articles take about 300 MB). Just after a build, most were only in the kernel's cache, and
    // each search read its rows from there: a mid-frequency word's 943 rows took 65 ms, 3.4 ms
    // from shared buffers. The articles' stored text (TOAST) is not loaded.
    superuser(server, database, u"CREATE EXTENSION IF NOT EXISTS pg_prewarm"_s);
    superuser(server, database,
        u"SELECT pg_prewarm('copydesk.articles'), "
        "pg_prewarm('copydesk.articles_search'), pg_prewarm('copydesk.articles_title_search'), "
        "pg_prewarm('copydesk.articles_modified')"_s);

    // Without huge pages every new server session pays a page-table fault for each 4 KiB of
    // shared buffers it touches the first time (docs/team-library.md): a mid-frequency word
    // took 18.9 ms on a session that had not read its rows before, 9.1 ms with huge pages.
    const QStringList hugePages = superuser(server, database, u"SHOW huge_pages_status"_s);
    out << Qt::endl
        << "Team library, " << count << " articles, as a reporter's session; server huge pages: "
        << (hugePages.isEmpty() ? u"unknown"_s : hugePages.constFirst()) << Qt::endl;
    out << u"operation"_s.leftJustified(36) << "   median      p99   target  runs" << Qt::endl;

    LibraryQuery page;
    page.limit = 200;
    row(u"first list page of 200"_s,
        measure(30,
            [&](int) {
                if (!store.list(page))
                    die(u"list failed"_s);
            }),
        u"10"_s);
    page.sort = SortKey::Headline;
    page.order = Qt::AscendingOrder;
    row(u"first page of 200, by headline"_s, measure(30, [&](int) { (void)store.list(page); }),
        u"-"_s);

    // Each as a whole word (a space after it, as every search was before search as you type)
    // and as the word still being typed.
    const auto searchRow = [&](const QString &name, const QStringList &terms, const QString &target,
                               const QString &after) {
        if (terms.isEmpty()) {
            out << name.leftJustified(36) << "   (no such terms in this library)" << Qt::endl;
            return;
        }
        row(name,
            measure(int(terms.size()) * 2,
                [&](int i) {
                    SearchQuery query;
                    query.text = terms.at(i % terms.size()) + after;
                    query.limit = 50;
                    if (const auto hits = store.search(query); !hits)
                        die(hits.error().message);
                }),
            target);
    };
    searchRow(u"search top 50 + snippets, rare"_s, rare, u"5"_s, u" "_s);
    searchRow(u"  being typed"_s, rare, u"5"_s, {});
    searchRow(u"search top 50 + snippets, mid"_s, mid, u"10"_s, u" "_s);
    searchRow(u"  being typed"_s, mid, u"10"_s, {});
    searchRow(u"search top 50 + snippets, common"_s, common, u"60"_s, u" "_s);
    searchRow(u"  being typed"_s, common, u"60"_s, {});
    for (const int letters : {3, 4, 6}) {
        QStringList typed;
        for (const QString &word : mid)
            typed.append(word.left(letters));
        searchRow(u"search top 50, typing %1 letters"_s.arg(letters), typed, u"-"_s, {});
    }

    const QList<ArticleSummary> firstPage = store.list(LibraryQuery {}).value().mid(0, 50);
    row(u"open (load) an article"_s,
        measure(int(firstPage.size()),
            [&](int i) {
                if (!store.load(firstPage.at(i).id))
                    die(u"load failed"_s);
            }),
        u"200"_s);
    QList<qint64> own;
    // Saves on the reporter's own articles: a few are created first, with new ids each run (the
    // library is kept between runs).
    for (quint32 seed = 0; seed < 10; ++seed) {
        Article article = Testing::generatedArticle(900000 + seed);
        article.uuid.clear();
        const Result<qint64> created = store.create(article, {});
        if (!created)
            die(created.error().message);
        own.append(*created);
    }
    QList<Article> copies;
    for (qint64 id : std::as_const(own))
        copies.append(store.load(id)->article);
    row(u"save with revision"_s,
        measure(200,
            [&](int i) {
                Article &article = copies[i % copies.size()];
                article.lede += u" More."_s;
                SaveOptions options;
                options.note = u"bench"_s;
                if (!store.save(own.at(i % own.size()), article, options))
                    die(u"save failed"_s);
            }),
        u"10"_s);
    row(u"autosave (no revision)"_s,
        measure(200,
            [&](int i) {
                Article &article = copies[i % copies.size()];
                article.lede += u" More."_s;
                SaveOptions options;
                options.keepRevision = false;
                (void)store.save(own.at(i % own.size()), article, options);
            }),
        u"-"_s);
    return 0;
}
