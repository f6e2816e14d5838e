// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Export timings (issue 3), medians of wall-clock time:
// - render a 1,500-word article to HTML (target 1 ms) and a 20,000-word one (10 ms);
// - PDF of a 1,500-word article with the web engine warm (150 ms);
// - a cold `copydesk export --format pdf` process, start to exit (1 s);
// - batch HTML export of 1,000 articles with `copydesk export --status approved --out DIR`
//   (5 s), the library read included.
// Run: ./dev bench (or build-*/bench/exportbench [repetitions]).

#include "articlefactory.h"
#include "articlerenderer.h"
#include "benchresults.h"
#include "pdfexporter.h"
#include "sqlitearticlestore.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>

using namespace Copydesk;

namespace {

template<typename Work> double medianMilliseconds(int repetitions, Work work)
{
    QList<qint64> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.append(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2) / 1e6;
}

bool runCopydesk(const QString &library, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(COPYDESK_BINARY),
        QStringList {QStringLiteral("--library"), library} + arguments);
    return process.waitForFinished(120000) && process.exitCode() == 0;
}

void report(QTextStream &out, const char *what, double median, double target)
{
    Bench::Figure figure;
    figure.bench = QStringLiteral("exportbench");
    figure.name = QString::fromUtf8(what).remove(u'`');
    figure.median = median;
    figure.target = target;
    Bench::recordFigure(figure);
    out << qSetFieldWidth(52) << Qt::left << what << qSetFieldWidth(0)
        << QString::number(median, 'f', 3) << " ms median (target " << target << " ms)"
        << (median >= 0 && median <= target ? "" : "  OVER") << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    PdfExporter::prepareProcess();
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int repetitions = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 50;
    const PublicationProfile profile;
    RenderOptions options;
    options.modified = QDateTime::fromSecsSinceEpoch(1742000000, QTimeZone::UTC);

    const Article article = Testing::generatedArticle(1, 1500);
    const Article longArticle = Testing::generatedArticle(2, 20000);
    ArticleRenderer::render(article, profile, options); // Templates parsed once.
    report(out, "render 1,500 words",
        medianMilliseconds(repetitions * 4,
            [&] { return ArticleRenderer::render(article, profile, options).ok(); }),
        1);
    report(out, "render 20,000 words",
        medianMilliseconds(repetitions,
            [&] { return ArticleRenderer::render(longArticle, profile, options).ok(); }),
        10);

    PdfExporter pdf;
    pdf.exportArticle(article, profile); // Starts the engine.
    report(out, "PDF, 1,500 words, warm engine",
        medianMilliseconds(
            std::min(repetitions, 20), [&] { return pdf.exportArticle(article, profile).ok(); }),
        150);

    QTemporaryDir directory;
    const QString library = directory.filePath(QStringLiteral("bench.copydesk"));
    {
        auto store
            = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
        if (!store) {
            out << store.error().message << Qt::endl;
            return 1;
        }
        QList<Article> articles;
        for (quint32 seed = 1; seed <= 1000; ++seed) {
            Article generated = Testing::generatedArticle(seed, 1500);
            generated.status = ArticleStatus::Approved;
            if (!generated.published.isValid())
                generated.published = QDateTime(QDate(2025, 6, 1), QTime(9, 0), QTimeZone::UTC);
            articles << generated;
        }
        if (!(*store)->importArticles(articles, {}).ok())
            return 1;
    }
    const QString pdfPath = directory.filePath(QStringLiteral("one.pdf"));
    report(out, "cold `copydesk export --format pdf` process",
        medianMilliseconds(5,
            [&] {
                return runCopydesk(library,
                    {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("-o"), pdfPath});
            }),
        1000);
    int batch = 0;
    report(out, "batch HTML export, 1,000 articles (process)",
        medianMilliseconds(3,
            [&] {
                return runCopydesk(library,
                    {QStringLiteral("export"), QStringLiteral("--status"),
                        QStringLiteral("approved"), QStringLiteral("--format"),
                        QStringLiteral("html"), QStringLiteral("--out"),
                        directory.filePath(QStringLiteral("batch-%1").arg(++batch))});
            }),
        5000);
    return 0;
}
