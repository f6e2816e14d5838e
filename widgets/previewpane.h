// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"
#include "renderoptions.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTemporaryFile;
class QWebEngineView;
class QWebChannel;

namespace Copydesk {

class PreviewBridge;
class PreviewScheduler;
class SnippetPreview;

/// The live preview: the exact page export produces (ArticleRenderer with the library's
/// publication profile), updated as the writer types.
///
/// Renders run off the GUI thread through a PreviewScheduler. The first page of an article is
/// loaded; every later one is patched into the loaded page (only the changed elements are
/// replaced), so the page does not flash and the scroll position stays. The patching, the scroll
/// sync and the click reports run in an isolated script world: the page's own
/// Content-Security-Policy (no script at all) stays exactly as exported.
class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Page, ///< The web page.
        Print, ///< The page as the PDF lays it out (print styles, page width).
        Snippets, ///< Social card and search result.
    };
    Q_ENUM(Mode)

    explicit PreviewPane(QWidget *parent = nullptr);

    /// Prepares the process for the preview; call before the QApplication is made. The page is
    /// drawn with Qt Quick's software renderer unless QT_QUICK_BACKEND or QSG_RHI_BACKEND says
    /// otherwise: a document page gains nothing from a GPU, and OpenGL (often a software one,
    /// Mesa's llvmpipe) costs about 40 MB and a tenth of a second at start. With a GPU backend
    /// it shares OpenGL contexts (Qt::AA_ShareOpenGLContexts), as Qt WebEngine then needs.
    static void prepareProcess();
    ~PreviewPane() override;

    void setProfile(const PublicationProfile &profile);
    /// Shows `article`. The pane keeps the page it shows when `article` has the same uuid as the
    /// previous one and patches it; another uuid loads a fresh page (scrolled to the top).
    /// `modified` is the stored article's last change, as an export of it would use
    /// (RenderOptions::modified): the rendered page is then the exported page byte for byte.
    /// The same article with the same `modified` again is not rendered again.
    void setArticle(const Article &article, const QDateTime &modified = {});
    /// The "More in <category>" list the exported page has (RenderOptions::moreInCategory);
    /// renders again when it changed while an article is shown.
    void setMoreInCategory(const QList<RelatedArticle> &related);
    /// Shows a hint instead of an article.
    void clear();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /// The width, in CSS pixels, the page is laid out at in the current mode: a desktop reader's
    /// column in Page mode, the paper plus a margin in Print mode. The view zooms so that this
    /// width fits the pane (never above 100 %), like a print preview: a narrow pane shows the
    /// page's own typography smaller rather than reflowing it into a phone-width column.
    int layoutWidth() const;

    /// Scrolls the page to the part with `partId`, or to a header field named "headline", "dek",
    /// "bylines", "dateline", "published", "category", "hero" or "lede" (ArticleEditor's field
    /// paths). Unknown ids are ignored.
    void scrollToPart(const QString &partId);

    /// The page's view. It is made on first use (the first article shown, prepare() or this
    /// call), so a window can appear before Qt WebEngine starts.
    QWebEngineView *view();
    /// Makes the view and starts Qt WebEngine now, ahead of the first article; optional.
    void prepare();
    /// The number of the newest request whose page has been painted; 0 before the first.
    quint64 paintedSequence() const { return m_painted; }
    /// The number setArticle() gave its newest request.
    quint64 requestedSequence() const { return m_requested; }
    /// How long shown() waits for the drawing after painted() (default 120 ms; tests).
    void setShownWait(int milliseconds) { m_shownWait.setInterval(milliseconds); }
    /// Runs `script` in the preview's script world (tests, benchmarks); `done` gets the result.
    void runScript(const QString &script, const std::function<void(const QVariant &)> &done);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// The writer clicked a part (or header field, named as for scrollToPart()) in the page.
    void partClicked(const QString &partId);
    /// Chromium has painted the page for request `sequence` (its renderer has the frame).
    void painted(quint64 sequence);
    /// After painted(): the window has drawn the view again, so that frame is on screen (or
    /// about a tenth of a second passed without a drawing: the frame was drawn before Chromium
    /// said so, or the change left the pixels alone; a hidden view: at once). Until then the
    /// GUI thread is what Qt WebEngine needs to put the frame there.
    void shown(quint64 sequence);
    /// The page could not be rendered; the message is for the user.
    void renderFailed(const QString &message);

private:
    void showPage(const QByteArray &html, quint64 sequence);
    void onLoadFinished(bool ok);
    void applyPrintView();
    void applyZoom();
    void requestRender();
    /// Emits shown(`sequence`) once the view's surface has drawn the frame painted last.
    void awaitShown(quint64 sequence);

    PreviewScheduler *m_scheduler;
    PreviewBridge *m_bridge;
    QWebChannel *m_channel;
    QStackedWidget *m_stack;
    QWidget *m_viewHolder;
    QWebEngineView *m_view = nullptr;
    SnippetPreview *m_snippets;
    QLabel *m_placeholder;
    QLabel *m_error;
    QButtonGroup *m_modes;
    PublicationProfile m_profile;
    RenderOptions m_renderOptions;
    Article m_article;
    Mode m_mode = Mode::Page;
    QString m_loadedUuid; ///< Uuid of the article whose page is loaded; patched while it matches.
    bool m_loading = false;
    QByteArray m_waiting; ///< A page that arrived while the previous one was still loading.
    quint64 m_waitingSequence = 0;
    quint64 m_loadingSequence = 0;
    quint64 m_requested = 0;
    quint64 m_painted = 0;
    QString m_pendingScroll;
    QPointer<QWidget> m_surface; ///< The view's drawing widget, watched for shown().
    quint64 m_unshown = 0; ///< Painted, not yet drawn by m_surface.
    QTimer m_shownWait;
    std::unique_ptr<QTemporaryFile> m_pageFile; ///< The loaded page, for Chromium to read.
    /// Where m_pageFile goes, chosen with the first page; empty: nowhere to write it.
    std::optional<QString> m_pageTemplate;
};

} // namespace Copydesk
