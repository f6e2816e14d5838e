// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "wordtargets.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace Copydesk {

class ArticleEditor;
class ArticleSession;
class AutosaveSession;
class ExportController;
class FindBar;
class HelpMenu;
class Library;
class LibraryPanel;
class LiveUpdates;
class MoreInCategoryFeed;
class PresenceController;
class PrintController;
class NoticeBanner;
class PreviewPane;
class ReviewDocks;
class ViewModes;
class SaveStateLabel;
class Settings;
class WorkflowController;

/// The Copydesk window: the library panel, the structured editor and the live preview in
/// splitters, the Checklist and Review docks (ReviewDocks), the menus, and the few actions that
/// change the library (new, duplicate, trash, restore, import). It wires objects together; rules
/// live in the models, the open article's life (autosave, revisions, locks) in ArticleSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Shows `library` (owned by the window; LibraryOpener::open() makes one). `settings` is
    /// not owned and must outlive the window; `author` is the
    /// initial current user (WorkflowController), recorded on the revisions the window saves.
    MainWindow(std::unique_ptr<Library> library, Settings *settings, const QString &author,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    Library *library() const { return m_library.get(); }
    ArticleStore *store() const { return m_store; }
    LibraryPanel *libraryPanel() const { return m_panel; }
    ArticleEditor *editor() const { return m_editor; }
    PreviewPane *preview() const { return m_preview; }
    ArticleSession *session() const { return m_session; }
    /// The current user, the Workflow menu and the open article's workflow state.
    WorkflowController *workflow() const { return m_workflow; }
    /// The File ▸ Export menu and its actions.
    ExportController *exporter() const { return m_export; }
    /// File ▸ Print and Print Preview.
    PrintController *printer() const { return m_print; }
    /// The Checklist and Review docks.
    ReviewDocks *reviewDocks() const { return m_docks; }
    ViewModes *viewModes() const { return m_viewModes; }
    /// Find and replace in the open article, under the editor.
    FindBar *findBar() const { return m_findBar; }
    /// The Help menu: the handbook, the keyboard shortcuts, About.
    HelpMenu *help() const { return m_help; }
    /// The id of the article shown; 0 when none (or a new one not stored yet).
    qint64 shownArticle() const;
    /// Whether the window has finished starting: it has been painted once, Qt WebEngine has
    /// started and the newest article is open (unless another one was opened before).
    bool isStarted() const { return m_started; }

    /// Stores the article shown, then loads and shows `id`; reports a store error in the status
    /// bar.
    void showArticle(qint64 id);
    /// Tells the user what autosave kept when the previous session on this library ended
    /// uncleanly (a crash, kill -9); does nothing otherwise. The text also goes to stderr. See
    /// StartupNotices.
    void reportRecovery();
    /// After the first paint: starts Qt WebEngine and opens the newest article.
    void startUp();
    /// Opens `first` (0: none) unless an article is open, and reports the window started.
    void finishStart(qint64 first);
    /// On an empty library that was never offered it, asks whether to add the sample article.
    void offerSampleArticle();
    /// Adds the sample article bundled with Copydesk and selects it. Returns its id.
    Result<qint64> addSampleArticle();
    /// Imports JSON and Markdown (*.md, *.markdown) files, all or nothing, and selects the first.
    /// Returns the new ids; the error names the file that failed.
    Result<QList<qint64>> importFiles(const QStringList &paths);
    /// Asks whether to import `paths` (files opened with Copydesk from outside) into this
    /// library, and imports them when the user agrees; says what went wrong.
    void offerImport(const QStringList &paths);

Q_SIGNALS:
    /// The window has finished starting (isStarted()).
    void started();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void articleOpened();
    void documentChanged();
    /// True when the open article's text may be left: no save of it was refused as a conflict,
    /// or the user merged it now. False: stay on it (the text is not stored).
    bool conflictSettled();
    void showRevisionHistory();
    void showSettings();
    void newArticle();
    void duplicateArticle(qint64 id);
    void trashArticle(qint64 id);
    void restoreArticle(qint64 id);
    void chooseFilesToImport();
    void reportError(const QString &action, const Error &error);
    void updateStatus(const Article &article);
    /// Gives the publication profile's language and limits to the preview and the editor.
    void applyProfile();
    SaveOptions saveOptions(const QString &note) const;

    std::unique_ptr<Library> m_library;
    ArticleStore *m_store; ///< m_library's articles.
    Settings *m_settings;
    std::unique_ptr<AutosaveSession> m_autosaveSession;
    ArticleSession *m_session;
    WorkflowController *m_workflow;
    ExportController *m_export;
    PrintController *m_print;
    HelpMenu *m_help = nullptr;
    ReviewDocks *m_docks = nullptr;
    ViewModes *m_viewModes = nullptr;
    LibraryPanel *m_panel;
    QStackedWidget *m_editorStack;
    QLabel *m_editorPlaceholder;
    NoticeBanner *m_readOnlyBanner;
    LiveUpdates *m_liveUpdates;
    PresenceController *m_presence;
    ArticleEditor *m_editor;
    FindBar *m_findBar;
    PreviewPane *m_preview;
    MoreInCategoryFeed *m_moreInCategory;
    QSplitter *m_splitter;
    QLabel *m_wordCount;
    WordTargets m_wordTargets; ///< The publication profile's, for the status bar.
    SaveStateLabel *m_saveState;
    QTimer *m_statsTimer = nullptr;
    QAction *m_historyAction = nullptr;
    bool m_started = false;
};

} // namespace Copydesk
