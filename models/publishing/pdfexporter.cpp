// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "pdfexporter.h"

#include "articleexporter.h"
#include "articlerenderer.h"
#include "articlestats.h"
#include "pdfpagenumbers.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <memory>
#include <unistd.h>

namespace Copydesk {

namespace {

/// Shared with Chromium's callbacks, which may arrive after print() gave up waiting.
struct PrintState
{
    QEventLoop *loop = nullptr;
    bool finished = false;
    bool ok = false;
    QByteArray pdf;

    void finish()
    {
        finished = true;
        if (loop)
            loop->quit();
    }
};

} // namespace

PdfExporter::PdfExporter(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this))
    , m_page(new QWebEnginePage(m_profile, this))
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
}

PdfExporter::~PdfExporter()
{
    // The page must go before its profile.
    delete m_page;
    m_page = nullptr;
}

void PdfExporter::prepareProcess()
{
    const bool headless = qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless || qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        if (!flags.contains("--disable-gpu"))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", (flags + " --disable-gpu").trimmed());
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

Result<QByteArray> PdfExporter::print(const QByteArray &html, const PublicationProfile &profile,
    int timeoutMs, const PdfMetadata &metadata)
{
    if (!m_directory.isValid())
        return Error {
            tr("Cannot create a temporary folder for printing: %1").arg(m_directory.errorString())};
    // A file rather than setHtml(): setHtml() is limited to 2 MB, and pages with pictures are
    // larger. A fresh name per load, so nothing is served from a cache.
    const QString path = m_directory.filePath(QStringLiteral("page-%1.html").arg(++m_loads));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size())
            return Error {
                tr("Cannot write “%1”: %2").arg(path, file.errorString()), Error::Code::Io};
    }

    QEventLoop loop;
    auto state = std::make_shared<PrintState>();
    state->loop = &loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);

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
    const bool loaded = state->finished && state->ok;
    const bool loadTimedOut = !state->finished;
    if (!loaded) {
        state->loop = nullptr;
        m_page->triggerAction(QWebEnginePage::Stop);
        QFile::remove(path);
        return Error {loadTimedOut
                ? tr("The page did not load within %n second(s).", nullptr, timeoutMs / 1000)
                : tr("The web engine could not load the page.")};
    }

    state->finished = false;
    timeout.start(timeoutMs); // Printing gets its own time, however long the load took.
    m_page->printToPdf(
        [state](const QByteArray &result) {
            state->pdf = result;
            state->finish();
        },
        pageLayout(profile));
    if (!state->finished)
        loop.exec();
    const bool timedOut = !state->finished;
    state->loop = nullptr;
    const QByteArray pdf = state->pdf;
    QFile::remove(path);
    if (timedOut)
        return Error {
            tr("Printing did not finish within %n second(s).", nullptr, timeoutMs / 1000)};
    if (pdf.isEmpty())
        return Error {tr("The web engine produced no PDF.")};
    return PdfPageNumbers::stamp(pdf, pageLayout(profile), metadata);
}

Result<QByteArray> PdfExporter::exportArticle(
    const Article &article, const PublicationProfile &profile, const ExportOptions &options)
{
    if (const int words = ArticleStats::wordCount(article); words > MaxWords) {
        const QLocale locale;
        return Error {tr("The article is too long for a PDF: %1 words; the limit is %2. Export "
                         "it as HTML, or split it into several articles.")
                          .arg(locale.toString(words), locale.toString(MaxWords)),
            Error::Code::InvalidInput};
    }
    const Result<QByteArray> html = ArticleRenderer::render(article, profile, options.render);
    if (!html)
        return html.error();
    return print(*html, profile, 60000, PdfMetadata::of(article, profile));
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
