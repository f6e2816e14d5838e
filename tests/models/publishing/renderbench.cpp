// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Render timings for ArticleRenderer: median CPU time over repeated renders of generated articles
// of 1,500 and 20,000 words (targets: 1 ms and 10 ms), with the Markdown share shown separately.
// Not a test; run build-*/tests/models/publishing/publishing_renderbench [repetitions].

#include "articlefactory.h"
#include "articlerenderer.h"
#include "articlestats.h"
#include "markdownrenderer.h"
#include "pagevariables.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>
#include <time.h>

using namespace Copydesk;

namespace {

qint64 threadCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Median CPU time of this thread per run: on a shared machine wall time also counts the time
// other processes had the core, which doubles the numbers under load.
template<typename Work> double medianMicroseconds(int repetitions, Work work)
{
    QList<qint64> times;
    times.reserve(repetitions);
    for (int i = 0; i < repetitions; ++i) {
        const qint64 start = threadCpuNanoseconds();
        work();
        times.append(threadCpuNanoseconds() - start);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int repetitions = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 200;
    const PublicationProfile profile;
    RenderOptions options;
    options.modified = QDateTime::fromSecsSinceEpoch(1742000000, QTimeZone::UTC);

    QElapsedTimer cold;
    cold.start();
    const auto first = ArticleRenderer::render(Testing::fullArticle(), profile, options);
    out << "first render (templates parsed, highlighter loaded): " << cold.nsecsElapsed() / 1000.0
        << " us\n";
    if (!first) {
        out << first.error().message << '\n';
        return 1;
    }

    for (const int words : {1500, 20000}) {
        const Article article = Testing::generatedArticle(42, words);
        qsizetype bytes = 0;
        const double page = medianMicroseconds(repetitions,
            [&] { bytes = ArticleRenderer::render(article, profile, options)->size(); });
        const double markdown = medianMicroseconds(repetitions, [&] {
            MarkdownRenderer::toHtml(article.lede);
            for (const ArticlePart &part : article.parts)
                MarkdownRenderer::toHtml(part.body);
        });
        const double stats = medianMicroseconds(repetitions, [&] {
            ArticleStats::wordCount(article);
            ArticleStats::readingMinutes(article, ReadingTimeOptions {});
        });
        const double variables = medianMicroseconds(
            repetitions, [&] { PageVariables::build(article, profile, options); });
        out << words << " words: render median " << page << " us (" << bytes
            << " bytes), of which Markdown bodies " << markdown
            << " us, ArticleStats (word count, reading time) " << stats
            << " us; all template variables " << variables << " us\n";
    }
    Article headlineOnly;
    headlineOnly.headline = QStringLiteral("Harbour ferry returns");
    out << "headline-only article (fixed cost of templates and stylesheet): median "
        << medianMicroseconds(
               repetitions, [&] { (void)ArticleRenderer::render(headlineOnly, profile, options); })
        << " us\n";
    const Article full = Testing::fullArticle();
    out << "fullArticle (table, code block, image): median "
        << medianMicroseconds(
               repetitions, [&] { (void)ArticleRenderer::render(full, profile, options); })
        << " us\n";
    return 0;
}
