// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "pdfexporter.h"

#include "articleexporter.h"
#include "articlerenderer.h"
#include "pdfpagenumbers.h"
#include "piecejoin.h"
#include "printpieces.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPageSize>
#include <QScopeGuard>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QtConcurrentRun>
#include <ctime>
#include <memory>
#include <unistd.h>

namespace Copydesk {

namespace {

/// QT_LOGGING_RULES=copydesk.pdf.info=true prints each stage with the time since the exporter
/// was made, for profiling (docs/benchmarks.md).
Q_LOGGING_CATEGORY(lcPdf, "copydesk.pdf", QtWarningMsg)

/// The CPU time of the whole process (every thread, Chromium's too when it runs in the process),
/// for the copydesk.pdf log: on a busy machine the wall time says little.
qint64 processCpuMs()
{
    timespec time {};
    if (::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) != 0)
        return -1;
    return qint64(time.tv_sec) * 1000 + time.tv_nsec / 1000000;
}

/// Shared with Chromium's callbacks, which may arrive after print() gave up waiting.
struct PrintState
{
    QEventLoop *loop = nullptr;
    bool finished = false;
    bool ok = false;
    bool crashed = false;
    QByteArray pdf;

    void finish()
    {
        finished = true;
        if (loop)
            loop->quit();
    }
};

/// `work()` run on a thread of the global pool while this thread's event loop runs (Chromium's
/// work and a window's repaints go on meanwhile); its result.
template<typename Work> auto whileEventsFlow(Work work) -> decltype(work())
{
    QFutureWatcher<decltype(work())> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

/// The share of an export's time each stage takes, as PdfProgress percentages where it
/// starts (measured: docs/benchmarks.md).
constexpr int RenderingStarts = 0;
constexpr int LoadingStarts = 5;
constexpr int PrintingStarts = 15;
constexpr int NumberingStarts = 90;

} // namespace

PdfExporter::PdfExporter(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this))
    , m_page(new QWebEnginePage(m_profile, this))
{
    m_clock.start();
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this] { m_started = true; });
    // The engine starts its renderer process for a first page: an empty one from the same
    // folder (so the article's page is served by the same process), loaded while the caller
    // reads and renders the article.
    const QString start = m_directory.filePath(QStringLiteral("start.html"));
    QFile file(start);
    if (m_directory.isValid() && file.open(QIODevice::WriteOnly)
        && file.write("<!DOCTYPE html><title></title>") > 0) {
        file.close();
        m_page->load(QUrl::fromLocalFile(start));
    } else {
        m_started = true; // print() reports the folder's problem.
    }
}

PdfExporter::~PdfExporter()
{
    // The page must go before its profile.
    delete m_page;
    m_page = nullptr;
}

void PdfExporter::prepareProcess(Renderer renderer)
{
    const bool headless = qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const auto addFlag = [](const QByteArray &flag) {
        const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        if (!flags.contains(flag))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", (flags + ' ' + flag).trimmed());
    };
    if (headless || qgetenv("QT_QPA_PLATFORM") == "offscreen")
        addFlag("--disable-gpu");
    if (renderer == Renderer::InProcess) {
        addFlag("--single-process");
        // Chromium's own log then complains on standard error that it cannot resolve proxies
        // with V8, which a local page does not need: only fatal messages.
        addFlag("--log-level=3");
    }
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

QPageLayout PdfExporter::pageLayout(const PublicationProfile &profile)
{
    const QPageSize size(profile.pageSize == PublicationProfile::PageSize::Letter
            ? QPageSize::Letter
            : QPageSize::A4);
    return QPageLayout(
        size, QPageLayout::Portrait, QMarginsF(18, 20, 18, 22), QPageLayout::Millimeter);
}

qint64 PdfExporter::renderProcessId() const
{
    return m_page->renderProcessPid();
}

void PdfExporter::setPieceText(qsizetype characters)
{
    m_pieceText = qMax<qsizetype>(characters, 2);
}

qsizetype PdfExporter::pieceText() const
{
    return m_pieceText;
}

int PdfExporter::timeFor(qsizetype htmlBytes)
{
    return int(60000 + htmlBytes * 60000 / (1024 * 1024));
}

void PdfExporter::report(PdfProgress::Stage stage, int percent, int pages, int piece, int pieces)
{
    m_percent = qMax(m_percent, percent);
    PdfProgress progress;
    progress.stage = stage;
    progress.percent = m_percent;
    progress.pages = pages;
    progress.piece = piece;
    progress.pieces = pieces;
    qCInfo(lcPdf, "%d %% after %lld ms (CPU %lld ms): %s", progress.percent,
        qint64(m_clock.elapsed()), processCpuMs(), qPrintable(progress.text()));
    Q_EMIT this->progress(progress);
}

Result<QByteArray> PdfExporter::print(
    const QByteArray &html, const PublicationProfile &profile, const PdfMetadata &metadata)
{
    if (m_busy)
        return Error {tr("The PDF export is still busy with another page.")};
    m_busy = true;
    const auto idle = qScopeGuard([this] { m_busy = false; });
    m_percent = 0;
    return printPage(html, profile, metadata);
}

Result<QByteArray> PdfExporter::exportArticle(
    const Article &article, const PublicationProfile &profile, const ExportOptions &options)
{
    if (m_busy)
        return Error {tr("The PDF export is still busy with another page.")};
    m_busy = true;
    const auto idle = qScopeGuard([this] { m_busy = false; });
    m_percent = 0;
    report(PdfProgress::Stage::Rendering, RenderingStarts);
    // Meanwhile the engine may still be starting: it goes on in the event loop.
    RenderOptions render = options.render;
    render.printOnly = true; // No layout for a screen while the page loads.
    const Result<QByteArray> html = whileEventsFlow(
        [article, profile, render] { return ArticleRenderer::render(article, profile, render); });
    if (!html)
        return html.error();
    return printPage(*html, profile, PdfMetadata::of(article, profile));
}

Result<QByteArray> PdfExporter::printPage(
    const QByteArray &html, const PublicationProfile &profile, const PdfMetadata &metadata)
{
    if (!m_directory.isValid())
        return Error {
            tr("Cannot create a temporary folder for printing: %1").arg(m_directory.errorString())};
    // A long page is printed in pieces, so that the time grows with its length (PrintPieces);
    // each piece continues the pages of the one before where PieceJoin finds how.
    const qsizetype pieceText = m_pieceText;
    const std::shared_ptr<const PrintPieces> pieces
        = html.size() <= PrintPieces::minimumText(pieceText)
        ? std::make_shared<const PrintPieces>(html, pieceText)
        : whileEventsFlow(
              [&html, pieceText] { return std::make_shared<const PrintPieces>(html, pieceText); });
    int planned = 0;
    for (int cut = PrintPieces::Whole; planned == 0 || cut != PrintPieces::Whole; ++planned)
        cut = pieces->endOf(cut);
    if (pieces->isCut())
        qCInfo(lcPdf, "%d pieces after %lld ms (CPU %lld ms)", planned, qint64(m_clock.elapsed()),
            processCpuMs());

    const QPageLayout layout = pageLayout(profile);
    QList<PdfPageNumbers::Printed> printed;
    int from = PrintPieces::Whole;
    do {
        const int to = pieces->endOf(from);
        PieceNumber number;
        if (pieces->isCut()) {
            number.piece = int(printed.size()) + 1;
            number.pieces = std::max(planned, number.piece);
            number.share = pieces->share(from);
        }
        Result<QByteArray> pdf = printPiece(pieces->piece(from, to), layout, number);
        if (!pdf)
            return pdf.error();
        std::optional<PieceJoin::Restart> restart;
        if (to != PrintPieces::Whole) {
            restart = whileEventsFlow([&pdf, &pieces, from, to, pieceText] {
                return PieceJoin::find(*pdf, pieces->joinsBefore(from, to, pieceText / 4));
            });
        }
        printed.append({std::move(*pdf), restart ? restart->pages : -1});
        from = restart ? restart->cut : to;
        if (restart)
            qCInfo(lcPdf, "the piece after piece %lld continues its page %d",
                qint64(printed.size()), restart->pages + 1);
        else if (to != PrintPieces::Whole)
            qCInfo(
                lcPdf, "the piece after piece %lld starts on a new page", qint64(printed.size()));
    } while (from != PrintPieces::Whole);

    report(PdfProgress::Stage::Numbering, NumberingStarts);
    int pages = 0;
    Result<QByteArray> numbered = whileEventsFlow([&printed, &layout, &metadata, &pages] {
        return PdfPageNumbers::stamp(printed, layout, metadata, &pages);
    });
    if (numbered)
        report(PdfProgress::Stage::Done, 100, pages);
    return numbered;
}

Result<QByteArray> PdfExporter::printPiece(
    const QByteArray &html, const QPageLayout &layout, const PieceNumber &number)
{
    const int timeoutMs = timeFor(html.size());
    // A file rather than setHtml(): setHtml() is limited to 2 MB, and pages with pictures are
    // larger. A fresh name per load, so nothing is served from a cache.
    const QString path = m_directory.filePath(QStringLiteral("page-%1.html").arg(++m_loads));
    const auto removePage = qScopeGuard([&path] { QFile::remove(path); });
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size())
            return Error {
                tr("Cannot write “%1”: %2").arg(path, file.errorString()), Error::Code::Io};
    }

    QEventLoop loop;
    auto state = std::make_shared<PrintState>();
    state->loop = &loop;
    const auto forget = qScopeGuard([state] { state->loop = nullptr; });
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    // A renderer process that dies (out of memory, say) ends the wait at once.
    const QMetaObject::Connection crash
        = connect(m_page, &QWebEnginePage::renderProcessTerminated, &loop, [state] {
              state->crashed = true;
              state->finish();
          });
    const auto disconnectCrash = qScopeGuard([crash] { disconnect(crash); });
    const Error crashed {tr("The web engine’s page process ended unexpectedly (out of memory?).")};

    if (!m_started) {
        // The engine's first page, which the constructor started, is still loading.
        report(PdfProgress::Stage::Starting, LoadingStarts);
        const QMetaObject::Connection started
            = connect(m_page, &QWebEnginePage::loadFinished, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        loop.exec();
        disconnect(started);
    }

    // The pieces after the first load and print within the printing stage, each its share.
    const int printingAt = PrintingStarts + int((NumberingStarts - PrintingStarts) * number.share);
    if (number.piece <= 1)
        report(PdfProgress::Stage::Loading, LoadingStarts);
    const QMetaObject::Connection loadConnection
        = connect(m_page, &QWebEnginePage::loadFinished, &loop, [state](bool ok) {
              state->ok = ok;
              state->finish();
          });
    timeout.start(timeoutMs);
    m_page->load(QUrl::fromLocalFile(path));
    if (!state->finished)
        loop.exec();
    disconnect(loadConnection);
    if (!state->finished || !state->ok || state->crashed) {
        m_page->triggerAction(QWebEnginePage::Stop);
        if (state->crashed)
            return crashed;
        return Error {!state->finished
                ? tr("The page did not load within %n second(s).", nullptr, timeoutMs / 1000)
                : tr("The web engine could not load the page.")};
    }

    report(PdfProgress::Stage::Printing, printingAt, 0, number.piece, number.pieces);
    state->finished = false;
    timeout.start(timeoutMs); // Printing gets its own time, however long the load took.
    m_page->printToPdf(
        [state](const QByteArray &result) {
            state->pdf = result;
            state->finish();
        },
        layout);
    if (!state->finished)
        loop.exec();
    if (state->crashed)
        return crashed;
    if (!state->finished)
        return Error {
            tr("Printing did not finish within %n second(s).", nullptr, timeoutMs / 1000)};
    QByteArray pdf = std::exchange(state->pdf, {});
    if (pdf.isEmpty())
        return Error {tr("The web engine produced no PDF.")};
    return pdf;
}

Status PdfExporter::exportToFile(const Article &article, const PublicationProfile &profile,
    const QString &path, const ExportOptions &options)
{
    const Result<QByteArray> pdf = exportArticle(article, profile, options);
    if (!pdf)
        return Error {
            tr("Cannot export to “%1”: %2").arg(path, pdf.error().message), pdf.error().code};
    return ArticleExporter::writeFile(path, *pdf);
}

} // namespace Copydesk
