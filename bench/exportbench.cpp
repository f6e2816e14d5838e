// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Export timings (issue 3), medians of wall-clock time:
// - render a 1,500-word article to HTML (target 1 ms) and a 20,000-word one (10 ms);
// - PDF of a 1,500-word article with the web engine warm (150 ms);
// - a cold `copydesk export --format pdf` process, start to exit (1 s);
// - batch HTML export of 1,000 articles with `copydesk export --status approved --out DIR`
//   (5 s), the library read included.
// Run: ./dev bench (or build-*/bench/exportbench [repetitions]).
//
// `exportbench --library PATH [MB…]` only writes the articles of the PDF figures into a new
// library at PATH and prints their ids, for timing `copydesk export` from outside (see
// docs/benchmarks.md): 1,500 and 20,000 words, 20,000 FAQ entries, and one article of about
// each MB of text (default 1 2 5 10).

#include "articlefactory.h"
#include "articlerenderer.h"
#include "articlestats.h"
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
#include <optional>

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

/// The articles of the PDF figures (see the top of this file); `megabytes` of text each after
/// the first three.
QList<Article> pdfArticles(const QList<int> &megabytes)
{
    QList<Article> articles {
        Testing::generatedArticle(1, 1500), Testing::generatedArticle(2, 20000)};
    Article faq = Testing::generatedArticle(3, 1500);
    for (ArticlePart &part : faq.parts) {
        if (part.kind != ArticlePart::Kind::Faq)
            continue;
        const QList<FaqEntry> entries = part.faq;
        while (part.faq.size() < 20000)
            part.faq += entries;
        part.faq.resize(20000);
    }
    articles << faq;
    for (int size : megabytes) {
        // About 5 bytes a word of the generated Markdown in the lede and the sections.
        Article big = Testing::generatedArticle(quint32(10 + size), int(size * 1e6 / 5.0));
        big.headline = QStringLiteral("%1 MB of text").arg(size);
        articles << big;
    }
    for (Article &article : articles) {
        article.status = ArticleStatus::Approved;
        if (!article.published.isValid())
            article.published = QDateTime(QDate(2025, 6, 1), QTime(9, 0), QTimeZone::UTC);
    }
    return articles;
}

/// The UTF-8 size of the article's Markdown text: lede and section bodies.
qsizetype textBytes(const Article &article)
{
    qsizetype bytes = article.lede.toUtf8().size();
    for (const ArticlePart &part : article.parts) {
        bytes += part.body.toUtf8().size();
        for (const FaqEntry &entry : part.faq)
            bytes += entry.question.toUtf8().size() + entry.answer.toUtf8().size();
    }
    return bytes;
}

/// A new library at `path` with pdfArticles(`megabytes`), ids from 1, each listed on `out`.
bool writeLibrary(const QString &path, const QList<int> &megabytes, QTextStream &out)
{
    auto store = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::CreateIfMissing);
    if (!store) {
        out << store.error().message << Qt::endl;
        return false;
    }
    const QList<Article> articles = pdfArticles(megabytes);
    const auto ids = (*store)->importArticles(articles, {});
    if (!ids) {
        out << ids.error().message << Qt::endl;
        return false;
    }
    for (qsizetype i = 0; i < articles.size(); ++i)
        out << "article " << ids->at(i) << ": " << ArticleStats::wordCount(articles.at(i))
            << " words, " << textBytes(articles.at(i))
            << " bytes of text: " << articles.at(i).headline << Qt::endl;
    return true;
}

QList<int> numbers(const QStringList &texts)
{
    QList<int> values;
    for (const QString &text : texts) {
        if (const int value = text.toInt(); value > 0)
            values << value;
    }
    return values;
}

bool runCopydesk(const QString &library, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(COPYDESK_BINARY),
        QStringList {QStringLiteral("--library"), library} + arguments);
    return process.waitForFinished(900000) && process.exitCode() == 0;
}

void report(QTextStream &out, const QString &what, double median, std::optional<double> target)
{
    Bench::Figure figure;
    figure.bench = QStringLiteral("exportbench");
    figure.name = QString(what).remove(u'`');
    figure.median = median;
    figure.target = target;
    Bench::recordFigure(figure);
    out << qSetFieldWidth(60) << Qt::left << what << qSetFieldWidth(0)
        << QString::number(median, 'f', 3) << " ms median";
    if (target)
        out << " (target " << *target << " ms)"
            << (median >= 0 && median <= *target ? "" : "  OVER");
    out << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 2 && QByteArray(argv[1]) == "--library") {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        const QList<int> megabytes = numbers(app.arguments().mid(3));
        return writeLibrary(QString::fromLocal8Bit(argv[2]),
                   megabytes.isEmpty() ? QList<int> {1, 2, 5, 10} : megabytes, out)
            ? 0
            : 1;
    }
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
    report(out, QStringLiteral("render 1,500 words"),
        medianMilliseconds(repetitions * 4,
            [&] { return ArticleRenderer::render(article, profile, options).ok(); }),
        1);
    report(out, QStringLiteral("render 20,000 words"),
        medianMilliseconds(repetitions,
            [&] { return ArticleRenderer::render(longArticle, profile, options).ok(); }),
        10);

    PdfExporter pdf;
    pdf.exportArticle(article, profile); // Starts the engine.
    report(out, QStringLiteral("PDF, 1,500 words, warm engine"),
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
    // Cold PDF processes. COPYDESK_BENCH_PDF_MB="1 2 5 10" adds articles of that many MB of
    // text (one run each: minutes for 10 MB).
    const QList<int> megabytes
        = numbers(qEnvironmentVariable("COPYDESK_BENCH_PDF_MB").split(u' ', Qt::SkipEmptyParts));
    const QString pdfLibrary = directory.filePath(QStringLiteral("pdf.copydesk"));
    if (!writeLibrary(pdfLibrary, megabytes, out))
        return 1;
    const QString pdfPath = directory.filePath(QStringLiteral("one.pdf"));
    const auto coldPdf = [&](int id) {
        return runCopydesk(pdfLibrary,
            {QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                QStringLiteral("pdf"), QStringLiteral("-o"), pdfPath});
    };
    report(out, QStringLiteral("cold `copydesk export --format pdf`, 1,500 words"),
        medianMilliseconds(5, [&] { return coldPdf(1); }), 800);
    report(out, QStringLiteral("cold `copydesk export --format pdf`, 20,000 words"),
        medianMilliseconds(5, [&] { return coldPdf(2); }), 1500);
    report(out, QStringLiteral("cold `copydesk export --format pdf`, 20,000 FAQ entries"),
        medianMilliseconds(1, [&] { return coldPdf(3); }), std::nullopt);
    for (qsizetype i = 0; i < megabytes.size(); ++i) {
        report(out,
            QStringLiteral("cold `copydesk export --format pdf`, %1 MB of text")
                .arg(megabytes.at(i)),
            medianMilliseconds(1, [&] { return coldPdf(int(4 + i)); }), std::nullopt);
    }
    int batch = 0;
    report(out, QStringLiteral("batch HTML export, 1,000 articles (process)"),
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
