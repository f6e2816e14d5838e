// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "previewpane.h"

#include "previewbridge.h"
#include "previewpage.h"
#include "previewscheduler.h"
#include "snippetpreview.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QtMath>

namespace Copydesk {

namespace {

constexpr auto World = QWebEngineScript::ApplicationWorld;
/// A desktop reader's window in CSS pixels: the house style's 40rem article column with its
/// padding and a little air, above the style's narrow-screen breakpoint (36rem).
constexpr int PageLayoutWidth = 720;
/// The grey around the sheet in the Print view, each side.
constexpr int PrintViewMarginMm = 6;
constexpr double CssPixelsPerMm = 96 / 25.4;
/// Chromium's scroll bar is not zoomed; keep the page clear of it.
constexpr int ScrollBarAllowance = 16;
/// Qt WebEngine's smallest zoom factor.
constexpr qreal MinimumZoom = 0.25;
enum StackPage
{
    PlaceholderPage,
    ViewPage,
    SnippetsPage
};
/// Where a page is written for Chromium to load: the user's runtime folder (memory, private),
/// else the temporary folder; empty when neither is there (QDir::tempPath() is empty for a
/// TMPDIR that does not exist, and a bare name would land in the working folder).
QString pageFileTemplate()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isWritable())
        folder = QDir::tempPath();
    return folder.isEmpty() ? QString()
                            : QDir(folder).filePath(QStringLiteral("copydesk-preview-XXXXXX.html"));
}

// QWebEnginePage::setHtml() goes through a data: URL, which Chromium caps at 2 MB.
constexpr qsizetype SetHtmlLimit = 1900 * 1024;

/// How long shown() waits for the view to draw a painted frame. Chromium's report that it
/// painted comes before its frame is drawn in the window for a short page, and after it for a
/// long one (the page's first screen is drawn before it has finished loading): the wait is what
/// the second case costs.
constexpr int ShownWaitMs = 120;

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// `value` as a JavaScript literal.
QString jsLiteral(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QWebEngineScript previewScript()
{
    QWebEngineScript script;
    script.setName(QStringLiteral("copydesk-preview"));
    script.setWorldId(World);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(readResource(QStringLiteral(":/qtwebchannel/qwebchannel.js"))
        + QLatin1Char('\n') + readResource(QStringLiteral(":/copydesk/preview/preview.js")));
    return script;
}

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_scheduler(new PreviewScheduler(this))
    , m_bridge(new PreviewBridge(this))
    , m_channel(new QWebChannel(this))
    , m_stack(new QStackedWidget(this))
    , m_viewHolder(new QWidget(this))
    , m_snippets(new SnippetPreview(this))
    , m_placeholder(new QLabel(tr("Choose an article to see it as readers will."), this))
    , m_error(new QLabel(this))
    , m_modes(new QButtonGroup(this))
{
    setAccessibleName(tr("Preview"));
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    auto *holderLayout = new QVBoxLayout(m_viewHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_viewHolder);
    // The card has at most the width social networks use and shrinks with the pane.
    auto *snippetScroller = new QScrollArea(this);
    snippetScroller->setWidget(m_snippets);
    snippetScroller->setWidgetResizable(true);
    snippetScroller->setFrameShape(QFrame::NoFrame);
    snippetScroller->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(snippetScroller);

    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setBackgroundRole(QPalette::Highlight);
    m_error->setAutoFillBackground(true);
    m_error->setMargin(6);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    const std::pair<Mode, QString> modes[] = {
        {Mode::Page, tr("Page")},
        {Mode::Print, tr("Print")},
        {Mode::Snippets, tr("Card && Search")},
    };
    for (const auto &[mode, text] : modes) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(mode == m_mode);
        m_modes->addButton(button, int(mode));
        bar->addWidget(button);
    }
    m_modes->button(int(Mode::Page))->setToolTip(tr("The web page readers get"));
    m_modes->button(int(Mode::Print))->setToolTip(tr("The page as the PDF export lays it out"));
    m_modes->button(int(Mode::Snippets))
        ->setToolTip(tr("How links to the article look on social media and in search results"));
    bar->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_scheduler, &PreviewScheduler::rendered, this, &PreviewPane::showPage);
    connect(m_scheduler, &PreviewScheduler::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
        Q_EMIT renderFailed(message);
    });
    connect(m_bridge, &PreviewBridge::clicked, this, &PreviewPane::partClicked);
    connect(m_bridge, &PreviewBridge::frame, this, [this](quint64 sequence) {
        if (sequence <= m_painted)
            return;
        m_painted = sequence;
        Q_EMIT painted(sequence);
        awaitShown(sequence);
    });
    m_shownWait.setSingleShot(true);
    m_shownWait.setInterval(ShownWaitMs);
    connect(&m_shownWait, &QTimer::timeout, this, [this] {
        if (m_unshown != 0)
            Q_EMIT shown(std::exchange(m_unshown, 0));
    });
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::prepareProcess()
{
    // The variable rather than QQuickWindow::setGraphicsApi(): Qt WebEngine reads it too and
    // then composites in software as well (with only the API call, offscreen pages never paint).
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND")
        && qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND")) {
        qputenv("QT_QUICK_BACKEND", "software");
        // Nothing else in the window draws with OpenGL: on X11, do not load the GL driver at
        // all (Mesa's llvmpipe alone maps about 40 MB).
        if (qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
            qputenv("QT_XCB_GL_INTEGRATION", "none");
    } else // A GPU backend: Qt WebEngine shares OpenGL contexts with the window.
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

void PreviewPane::awaitShown(quint64 sequence)
{
    // Chromium's frame reaches the window through Qt WebEngine's drawing widget, on this thread:
    // the next time that widget paints, the frame is drawn.
    QWidget *surface = m_view ? m_view->focusProxy() : nullptr;
    if (!surface || !surface->isVisible()) {
        Q_EMIT shown(sequence);
        return;
    }
    if (surface != m_surface) {
        if (m_surface)
            m_surface->removeEventFilter(this);
        m_surface = surface;
        surface->installEventFilter(this);
    }
    m_unshown = sequence;
    m_shownWait.start();
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_surface && event->type() == QEvent::Paint && m_unshown != 0) {
        m_shownWait.stop();
        // Told once this paint is done and the window has been flushed to the screen.
        QTimer::singleShot(
            0, this, [this, sequence = std::exchange(m_unshown, 0)] { Q_EMIT shown(sequence); });
    }
    return QWidget::eventFilter(watched, event);
}

QWebEngineView *PreviewPane::view()
{
    if (m_view)
        return m_view;
    m_view = new QWebEngineView(m_viewHolder);
    auto *page = new PreviewPage(m_view);
    page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    page->scripts().insert(previewScript());
    page->setWebChannel(m_channel, World);
    m_view->setPage(page);
    m_view->setAccessibleName(tr("Page preview"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_viewHolder->layout()->addWidget(m_view);
    connect(m_view, &QWebEngineView::loadFinished, this, &PreviewPane::onLoadFinished);
    applyZoom();
    return m_view;
}

void PreviewPane::prepare()
{
    view();
}

void PreviewPane::setProfile(const PublicationProfile &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    m_loadedUuid.clear(); // The stylesheet may change: load rather than patch.
    if (m_stack->currentWidget() != m_placeholder)
        requestRender();
}

void PreviewPane::setArticle(const Article &article, const QDateTime &modified)
{
    if (m_stack->currentWidget() != m_placeholder && article == m_article
        && modified == m_renderOptions.modified)
        return;
    if (article.uuid != m_article.uuid)
        m_loadedUuid.clear();
    m_article = article;
    m_renderOptions.modified = modified;
    if (m_stack->currentWidget() == m_placeholder)
        m_stack->setCurrentIndex(m_mode == Mode::Snippets ? SnippetsPage : ViewPage);
    requestRender();
}

void PreviewPane::setMoreInCategory(const QList<RelatedArticle> &related)
{
    if (related == m_renderOptions.moreInCategory)
        return;
    m_renderOptions.moreInCategory = related;
    if (m_stack->currentWidget() != m_placeholder)
        requestRender();
}

void PreviewPane::requestRender()
{
    ++m_requested;
    if (m_mode == Mode::Snippets)
        m_snippets->setArticle(m_article, m_profile);
    m_scheduler->request(m_article, m_profile, m_renderOptions);
}

void PreviewPane::clear()
{
    m_article = {};
    m_loadedUuid.clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void PreviewPane::setMode(Mode mode)
{
    if (QAbstractButton *button = m_modes->button(int(mode)))
        button->setChecked(true);
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (m_stack->currentWidget() == m_placeholder)
        return;
    if (mode == Mode::Snippets) {
        m_snippets->setArticle(m_article, m_profile);
        m_stack->setCurrentIndex(SnippetsPage);
    } else {
        m_stack->setCurrentIndex(ViewPage);
        applyPrintView();
    }
}

void PreviewPane::scrollToPart(const QString &partId)
{
    if (m_loading || m_loadedUuid.isEmpty()) {
        m_pendingScroll = partId;
        return;
    }
    runScript(QStringLiteral("copydesk.scrollTo(%1)").arg(jsLiteral(partId)), {});
}

void PreviewPane::runScript(
    const QString &script, const std::function<void(const QVariant &)> &done)
{
    if (done)
        view()->page()->runJavaScript(script, World, done);
    else
        view()->page()->runJavaScript(script, World);
}

void PreviewPane::showPage(const QByteArray &html, quint64 sequence)
{
    m_error->setVisible(false);
    if (m_loading) {
        // Patching a page that is still loading would be lost; show the newest once it is in.
        m_waiting = html;
        m_waitingSequence = sequence;
        return;
    }
    if (!m_loadedUuid.isEmpty() && m_loadedUuid == m_article.uuid) {
        runScript(QStringLiteral("copydesk.patch(%1, %2)")
                      .arg(jsLiteral(QString::fromUtf8(html)))
                      .arg(sequence),
            {});
        return;
    }
    m_loading = true;
    m_loadingSequence = sequence;
    m_loadedUuid = m_article.uuid.isEmpty() ? QStringLiteral("-") : m_article.uuid;
    // From a file rather than setHtml(): Chromium reads a file as it would a site, showing the
    // first screen before the rest is parsed, while setHtml()'s data: URL (capped at 2 MB) was
    // taken in whole first: 150-200 ms later for 20,000 words. The page's own policy (no
    // scripts, nothing fetched but its data: pictures) is the same either way.
    if (!m_pageTemplate)
        m_pageTemplate = pageFileTemplate(); // Once: Qt warns each time it has no runtime folder.
    m_pageFile = std::make_unique<QTemporaryFile>(*m_pageTemplate);
    if (m_pageTemplate->isEmpty() || !m_pageFile->open() || m_pageFile->write(html) != html.size()
        || !m_pageFile->flush()) {
        if (html.size() < SetHtmlLimit) { // A full or missing folder: the slower way still works.
            m_pageFile.reset();
            view()->setHtml(QString::fromUtf8(html));
            return;
        }
        m_loading = false;
        m_error->setText(tr("The preview could not be shown: %1")
                .arg(m_pageTemplate->isEmpty() ? tr("there is no temporary folder to write it to")
                                               : m_pageFile->errorString()));
        m_error->setVisible(true);
        return;
    }
    view()->load(QUrl::fromLocalFile(m_pageFile->fileName()));
}

void PreviewPane::onLoadFinished(bool ok)
{
    if (!m_loading)
        return;
    m_loading = false;
    if (!ok)
        m_loadedUuid.clear();
    applyPrintView();
    runScript(QStringLiteral("copydesk.notifyPainted(%1)").arg(m_loadingSequence), {});
    if (!m_pendingScroll.isEmpty())
        scrollToPart(std::exchange(m_pendingScroll, {}));
    if (!m_waiting.isEmpty())
        showPage(std::exchange(m_waiting, {}), m_waitingSequence);
}

int PreviewPane::layoutWidth() const
{
    if (m_mode != Mode::Print)
        return PageLayoutWidth;
    const double paperMm
        = m_profile.pageSize == PublicationProfile::PageSize::Letter ? 215.9 : 210.0;
    return qCeil((paperMm + 2 * PrintViewMarginMm) * CssPixelsPerMm);
}

void PreviewPane::applyZoom()
{
    if (!m_view)
        return;
    // The stack's width, which the view fills: a view just made (and its holder, just made the
    // stack's current page) has not been laid out yet, and a zoom from its default size made the
    // first page paint at the smallest scale and again at the right one, half a second later.
    const int available = m_stack->width() - ScrollBarAllowance;
    const qreal zoom = std::clamp(qreal(available) / layoutWidth(), MinimumZoom, 1.0);
    m_view->setZoomFactor(zoom); // also after each load: a navigation may reset the zoom
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyZoom();
}

void PreviewPane::applyPrintView()
{
    applyZoom();
    const bool print = m_mode == Mode::Print;
    const QString width = m_profile.pageSize == PublicationProfile::PageSize::Letter
        ? QStringLiteral("215.9mm")
        : QStringLiteral("210mm");
    if (!m_loading)
        runScript(QStringLiteral("copydesk.setPrintView(%1, '%2', '%3mm')")
                      .arg(print ? QLatin1String("true") : QLatin1String("false"), width)
                      .arg(PrintViewMarginMm),
            {});
}

} // namespace Copydesk
