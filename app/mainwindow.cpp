// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "mainwindow.h"

#include "accessiblestatus.h"
#include "afterfirstpaint.h"
#include "appearance.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "articlefiles.h"
#include "articlesession.h"
#include "articlestats.h"
#include "autosavecontroller.h"
#include "autosavesession.h"
#include "checklistpanel.h"
#include "dateformat.h"
#include "exportcontroller.h"
#include "findbar.h"
#include "helpmenu.h"
#include "highlightqueue.h"
#include "importpreviewdialog.h"
#include "library.h"
#include "librarychooser.h"
#include "librarymodel.h"
#include "libraryopener.h"
#include "librarypanel.h"
#include "liveupdates.h"
#include "mastheadprofile.h"
#include "moreincategoryfeed.h"
#include "noticebanner.h"
#include "pastedcopy.h"
#include "personaldictionary.h"
#include "presencecontroller.h"
#include "previewpane.h"
#include "printcontroller.h"
#include "reviewdocks.h"
#include "revisionhistorydialog.h"
#include "savestatelabel.h"
#include "settings.h"
#include "settingsdialog.h"
#include "startupnotices.h"
#include "takeoverbar.h"
#include "viewmodes.h"
#include "workflowcontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

constexpr int StatusMessageMs = 5000;
/// How long the first article's editor waits at most for its page to be on screen (startUp()):
/// long, since the page normally comes within a second; this is for a page that never paints.
constexpr int FirstPageWaitMs = 5000;

/// What the editor shows while no article is open.
QString editorPlaceholderText()
{
    return MainWindow::tr("Choose an article in the library, or start a new one.");
}

/// One personal dictionary for every window: a word added in one is known in all. Loaded on
/// first use; a file that cannot be read leaves it empty and says so once.
PersonalDictionary *personalDictionary(QString *loadError)
{
    static PersonalDictionary *dictionary = nullptr;
    if (!dictionary) {
        dictionary = new PersonalDictionary(PersonalDictionary::defaultFileName(), qApp);
        if (const Status loaded = dictionary->load(); !loaded)
            *loadError = loaded.error().message;
    }
    return dictionary;
}

} // namespace

MainWindow::MainWindow(
    std::unique_ptr<Library> library, Settings *settings, const QString &author, QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
    , m_store(m_library->articles())
    , m_settings(settings)
{
    Q_ASSERT(m_store && m_settings);
    setWindowTitle(tr("%1 — Copydesk")
            .arg(m_library->sessionUser().isEmpty() ? QFileInfo(m_store->location()).fileName()
                                                    : m_library->summary()));
    setWindowFilePath(m_store->location());
    m_autosaveSession = std::make_unique<AutosaveSession>(m_store);
    m_session = new ArticleSession(m_store, author, this);
    // Autosaves of a local library run on a connection of their own (SaveWorker); a team
    // library's stay on its session.
    if (const QString location = m_library->location(); !LibraryOpener::isTeamLocation(location)) {
        m_session->autosave()->saveInBackground([location] {
            return LibraryOpener::open(location, LibraryOpener::Mode::OpenExisting);
        });
    }
    m_workflow = new WorkflowController(m_library.get(), m_session, m_settings, author, this);
    m_export = new ExportController(m_store, m_session, m_settings, this);
    m_print = new PrintController(m_export, m_store, this);

    m_panel = new LibraryPanel(
        m_store, [library = m_library.get()] { return library->reader(); }, this);
    m_editor = new ArticleEditor(m_session->document(), this);
    m_editor->setAccessibleName(tr("Article editor"));
    QString dictionaryError;
    m_editor->setPersonalDictionary(personalDictionary(&dictionaryError));
    m_editor->setTypographyEnabled(m_settings->typography());
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Typography)
            m_editor->setTypographyEnabled(m_settings->typography());
    });
    m_editorPlaceholder = new QLabel(editorPlaceholderText());
    m_editorPlaceholder->setAlignment(Qt::AlignCenter);
    m_editorPlaceholder->setWordWrap(true);
    m_editorPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    m_editorStack = new QStackedWidget(this);
    m_editorStack->addWidget(m_editorPlaceholder);
    m_editorStack->addWidget(m_editor);
    m_readOnlyBanner = new NoticeBanner(tr("Read-only notice"), this);
    auto *editorColumn = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_readOnlyBanner);
    m_presence = new PresenceController(m_library.get(), m_session, this);
    editorLayout->addWidget(m_presence->bar());
    m_panel->libraryModel()->setPresence(m_session->presence());
    m_liveUpdates = new LiveUpdates(m_store, m_session, this);
    editorLayout->addWidget(m_liveUpdates->banner());
    editorLayout->addWidget(m_workflow->banner());
    editorLayout->addWidget(m_editorStack, 1);
    m_findBar = new FindBar(m_editor, editorColumn);
    editorLayout->addWidget(m_findBar);

    m_preview = new PreviewPane(this);
    m_moreInCategory = new MoreInCategoryFeed(m_store, m_preview, this);
    applyProfile();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setAccessibleName(tr("Library, editor and preview"));
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(editorColumn);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_wordCount = new QLabel(this);
    m_saveState = new SaveStateLabel(m_session->autosave(), this);
    if (const QString summary = m_library->summary(); !summary.isEmpty()) {
        // Where the work goes and as whom, in sight all day.
        auto *team = new QLabel(tr("Team library: %1").arg(summary), this);
        team->setAccessibleName(tr("Team library connection"));
        statusBar()->addPermanentWidget(team);
    }
    statusBar()->addPermanentWidget(m_print->progress());
    statusBar()->addPermanentWidget(m_workflow->identityButton());
    statusBar()->addPermanentWidget(m_wordCount);
    statusBar()->addPermanentWidget(m_saveState);
    if (!dictionaryError.isEmpty())
        statusBar()->showMessage(dictionaryError, StatusMessageMs);
    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(250); // Counting 20,000 words per keystroke would be wasted work.
    connect(m_statsTimer, &QTimer::timeout, this,
        [this] { updateStatus(m_session->document()->article()); });

    m_docks = new ReviewDocks(this, m_workflow, m_editor, m_panel);
    m_viewModes = new ViewModes(this, m_panel, editorColumn, m_editor, m_preview, m_docks->docks());
    createMenus();

    connect(m_panel, &LibraryPanel::articleActivated, this, &MainWindow::showArticle);
    connect(m_panel, &LibraryPanel::newArticleRequested, this, &MainWindow::newArticle);
    connect(m_panel, &LibraryPanel::duplicateRequested, this, &MainWindow::duplicateArticle);
    connect(m_panel, &LibraryPanel::trashRequested, this, &MainWindow::trashArticle);
    connect(m_panel, &LibraryPanel::restoreRequested, this, &MainWindow::restoreArticle);
    connect(m_panel, &LibraryPanel::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_session, &ArticleSession::articleChanged, this, &MainWindow::articleOpened);
    auto *pasted = new PastedCopy(
        m_editor, [this] { return m_session->isOpen() && !m_session->isReadOnly(); }, this);
    connect(pasted, &PastedCopy::structured, this,
        [this](const QString &message, const ImportResult &copy) {
            const QString masthead
                = MastheadProfile::update(*m_store, {copy}, {tr("the pasted text")});
            statusBar()->showMessage(
                (message + QLatin1Char(' ') + masthead).trimmed(), StatusMessageMs);
        });
    connect(m_session, &ArticleSession::unsavedRecovered, this, [this](const QDateTime &written) {
        statusBar()->showMessage(
            tr("Recovered what you typed until %1, which had not reached the library; it is "
               "being saved now.")
                .arg(DateFormat::toString(written.toLocalTime())),
            StatusMessageMs);
    });
    connect(m_presence, &PresenceController::message, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_liveUpdates, &LiveUpdates::message, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_workflow, &WorkflowController::message, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_export, &ExportController::message, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_print, &PrintController::message, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_session->document(), &ArticleDocument::changed, this, &MainWindow::documentChanged);
    AutosaveController *autosave = m_session->autosave();
    connect(autosave, &AutosaveController::articleCreated, this,
        [this](qint64 id) { m_panel->selectArticle(id); });
    connect(autosave, &AutosaveController::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Not saved: %1").arg(message), StatusMessageMs);
    });
    connect(autosave, &AutosaveController::closedArticleSaved, this,
        [this](qint64, const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("The article you left was not saved: %1. Its text is "
                                            "kept and comes back when you open it again.")
                                             .arg(error),
                    StatusMessageMs);
        });
    connect(m_editor, &ArticleEditor::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_findBar, &FindBar::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_editor, &ArticleEditor::partFocused, m_preview, &PreviewPane::scrollToPart);
    connect(m_editor, &ArticleEditor::fieldFocused, m_preview, &PreviewPane::scrollToPart);
    connect(m_preview, &PreviewPane::partClicked, this, [this](const QString &id) {
        if (!m_editor->focusPart(id))
            m_editor->focusField(id);
    });
    // A newly opened article's Markdown is coloured once its page is up (HighlightQueue).
    connect(m_preview, &PreviewPane::painted, this, [] { HighlightQueue::instance().release(); });
    connect(m_preview, &PreviewPane::renderFailed, this, [this](const QString &message) {
        HighlightQueue::instance().release();
        statusBar()->showMessage(message, StatusMessageMs);
    });
    connect(m_store, &ArticleStore::publicationProfileChanged, this, &MainWindow::applyProfile);
    // Leaving a field (or the window) stores what was typed at once (in the background).
    connect(qApp, &QApplication::focusChanged, autosave, &AutosaveController::saveSoon);

    // A comfortable default that never exceeds the screen (a 1280×720 laptop gets all of it).
    const QSize available = screen()->availableGeometry().size();
    resize(available.width() < 1600 || available.height() < 960
            ? available
            : QSize(available.width() * 9 / 10, available.height() * 9 / 10));
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    if (!m_splitter->restoreState(m_settings->splitterState()) || m_splitter->sizes().size() != 3
        || m_splitter->sizes().contains(0))
        m_splitter->setSizes({310, 580, 320}); // The docks take the rest.
    m_panel->restoreHeaderState(m_settings->libraryHeaderState());
    m_panel->setFocus();
    // The window appears first; Qt WebEngine's start and the first article follow.
    new AfterFirstPaint(this, [this] { startUp(); });
    QTimer::singleShot(0, this, &MainWindow::reportRecovery);
}

void MainWindow::startUp()
{
    // Open on the newest article rather than an empty page, its page first: the page is rendered
    // on a worker thread while Qt WebEngine starts (which holds this thread), and the editor is
    // filled once the page is on screen. Chromium's start and layout of the page need this
    // thread on and off until then, so the editor's fill (a quarter of a second for 20,000
    // words) would delay the page by as much; afterwards it delays nothing the writer waits for.
    const qint64 first = m_session->isOpen() ? 0 : m_panel->libraryModel()->summary(0).id;
    bool pageFirst = false;
    // Only a page that is shown gets painted (Card & Search shows no page).
    const bool pageShown
        = m_preview->isVisible() && m_preview->mode() != PreviewPane::Mode::Snippets;
    if (first != 0 && pageShown) {
        if (const auto record = m_store->load(first)) {
            m_moreInCategory->setArticle(record->article);
            m_preview->setArticle(record->article, record->modified);
            const QString headline = record->article.headline.simplified();
            m_editorPlaceholder->setText(headline.isEmpty() ? tr("Opening the newest article…")
                                                            : tr("Opening “%1”…").arg(headline));
            pageFirst = true;
        } // else opening it below reports why
    }
    m_preview->prepare();
    if (!pageFirst) {
        finishStart(first);
        return;
    }
    // Whichever comes first: the page is on screen, it could not be rendered, or the wait is over.
    auto waiting = std::make_shared<QList<QMetaObject::Connection>>();
    const auto open = [this, first, waiting] {
        if (waiting->isEmpty())
            return;
        for (const QMetaObject::Connection &connection : std::as_const(*waiting))
            disconnect(connection);
        waiting->clear();
        finishStart(first);
    };
    // Once the page is drawn in the window, not only painted by Chromium: filling the editor
    // holds this thread, which Qt WebEngine needs to put Chromium's frame on screen.
    waiting->append(connect(m_preview, &PreviewPane::shown, this, open));
    waiting->append(connect(m_preview, &PreviewPane::renderFailed, this, open));
    QTimer::singleShot(FirstPageWaitMs, this, open);
}

void MainWindow::finishStart(qint64 first)
{
    m_editorPlaceholder->setText(editorPlaceholderText());
    // Unless the writer chose another article meanwhile.
    if (first != 0 && !m_session->isOpen())
        m_panel->selectArticle(first);
    m_started = true;
    Q_EMIT started();
}

MainWindow::~MainWindow()
{
    // Children outlive m_store: store the open article and let go of the document while the
    // store is still there, editor first (it points at the document).
    m_session->close();
    delete m_docks;
    delete m_workflow;
    delete m_editor;
    delete m_session;
}

void MainWindow::createMenus()
{
    const QList<QAction *> articleActions = m_panel->articleActions();
    QAction *newAction = articleActions.at(0);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction);
    new LibraryChooser(m_settings, m_library->location(), file, this);
    file->addSeparator();
    QAction *import = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
        tr("&Import…"), this, &MainWindow::chooseFilesToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(
        tr("Add articles from Copydesk JSON, Markdown, web pages or text files to the library"));
    file->addMenu(m_export->menu());
    file->addAction(m_print->printAction());
    file->addAction(m_print->previewAction());
    file->addSeparator();
    m_historyAction = file->addAction(QIcon::fromTheme(QStringLiteral("view-history")),
        tr("Revision &History…"), this, &MainWindow::showRevisionHistory);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_historyAction->setEnabled(false);
    m_historyAction->setStatusTip(tr("List, compare and restore the open article's revisions"));
    QAction *preferences = file->addAction(QIcon::fromTheme(QStringLiteral("configure")),
        tr("&Settings…"), this, &MainWindow::showSettings);
    preferences->setShortcuts(QKeySequence::Preferences);
    preferences->setStatusTip(
        tr("Change who you are, the theme, the export folder and the publication profile"));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
        tr("&Quit"), this, &MainWindow::close);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setStatusTip(tr("Close the window and quit Copydesk"));
    quit->setMenuRole(QAction::QuitRole);

    QUndoStack *stack = m_session->document()->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setStatusTip(tr("Undo the last change to the article"));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setStatusTip(tr("Redo the change last undone"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(articleActions.mid(1));
    edit->addSeparator();
    edit->addActions(m_findBar->menuActions());
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
        tr("Find in &Library…"), m_panel, &LibraryPanel::focusSearch);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    find->setStatusTip(tr("Search every article in the library"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_panel->showTrashAction());
    view->addActions(m_docks->viewActions());
    view->addSeparator();
    auto *modes = new QActionGroup(this);
    const std::tuple<PreviewPane::Mode, QString, QKeySequence, QString> modeNames[] = {
        {PreviewPane::Mode::Page, tr("Preview as &Web Page"), Qt::CTRL | Qt::ALT | Qt::Key_W,
            tr("Show the article as the exported web page")},
        {PreviewPane::Mode::Print, tr("Preview as &Print"), Qt::CTRL | Qt::ALT | Qt::Key_P,
            tr("Show the article's printed pages")},
        {PreviewPane::Mode::Snippets, tr("Preview as Social &Card and Search Result"),
            Qt::CTRL | Qt::ALT | Qt::Key_C,
            tr("Show how the article looks when shared and in search results")},
    };
    for (const auto &[mode, text, keys, tip] : modeNames) {
        QAction *action = view->addAction(text, this, [this, mode] { m_preview->setMode(mode); });
        action->setShortcut(keys);
        action->setStatusTip(tip);
        action->setCheckable(true);
        action->setChecked(mode == m_preview->mode());
        action->setActionGroup(modes);
    }
    view->addSeparator();
    view->addActions(m_viewModes->actions());

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(newAction);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    tools->addAction(m_historyAction);
    m_workflow->addToToolBar(tools);

    menuBar()->addMenu(m_workflow->menu());
    m_help = new HelpMenu(this, m_store->location());
}

qint64 MainWindow::shownArticle() const
{
    return m_session->articleId();
}

bool MainWindow::conflictSettled()
{
    return m_session->autosave()->state() != AutosaveController::State::Conflict
        || m_liveUpdates->resolveConflict();
}

void MainWindow::showArticle(qint64 id)
{
    if (id != m_session->articleId() && !conflictSettled()) {
        m_panel->selectArticle(m_session->articleId());
        return;
    }
    if (const Status opened = m_session->open(id); !opened)
        statusBar()->showMessage(opened.error().message, StatusMessageMs);
}

void MainWindow::reportRecovery()
{
    StartupNotices::reportRecovery(this, m_autosaveSession.get(), m_workflow->currentUser());
}

void MainWindow::articleOpened()
{
    const bool open = m_session->isOpen();
    m_editorStack->setCurrentWidget(open ? static_cast<QWidget *>(m_editor) : m_editorPlaceholder);
    m_readOnlyBanner->showNotice(m_session->readOnlyReason() + QLatin1Char(' ')
            + tr("It is shown read-only so that nobody's work is overwritten."),
        false);
    m_readOnlyBanner->setVisible(m_session->isReadOnly());
    if (QWidget *fields = m_editor->widget())
        fields->setEnabled(!m_session->isReadOnly());
    m_historyAction->setEnabled(open);
    // Nothing to check until an article is open.
    m_docks->checklist()->setDocument(open ? m_session->document() : nullptr);
    if (!open) {
        m_preview->clear();
        m_wordCount->clear();
        AccessibleStatus::setValue(m_wordCount, tr("Word count and reading time"), {});
        return;
    }
    documentChanged();
    // Its Markdown is coloured once its page is up (unless it already is): the preview first.
    if (m_preview->paintedSequence() < m_preview->requestedSequence())
        HighlightQueue::instance().hold();
}

void MainWindow::showRevisionHistory()
{
    const qint64 id = m_session->articleId();
    if (id == 0 || !conflictSettled())
        return;
    m_session->autosave()->keepRevision(tr("Before viewing the history"));
    RevisionHistoryDialog dialog(m_store, id, m_workflow->currentUser(), this);
    if (m_library->hasPeople())
        dialog.setWorkflow(m_library->workflow());
    if (dialog.exec() == QDialog::Accepted && dialog.restoredRevision() > 0) {
        if (const Status reloaded = m_session->reload(); !reloaded)
            reportError(tr("The restored revision could not be opened."), reloaded.error());
        statusBar()->showMessage(
            tr("Revision %1 restored.").arg(dialog.restoredRevision()), StatusMessageMs);
    }
}

void MainWindow::showSettings()
{
    const auto profile = m_store->publicationProfile();
    SettingsDialog dialog(m_settings, profile ? *profile : PublicationProfile(), this);
    if (People *directory = m_library->people()) {
        if (const auto people = directory->people())
            dialog.setPeople(*people);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.apply();
    Appearance::apply(m_settings->theme());
    if (!m_settings->userName().isEmpty())
        m_workflow->setCurrentUser(m_settings->userName());
    if (profile && dialog.profile() != *profile) {
        if (const Status stored = m_store->setPublicationProfile(dialog.profile()); !stored)
            reportError(tr("The publication profile could not be stored."), stored.error());
    }
}

void MainWindow::documentChanged()
{
    if (!m_session->isOpen())
        return;
    m_moreInCategory->setArticle(m_session->document()->article());
    m_preview->setArticle(m_session->document()->article(), m_session->autosave()->baseModified());
    m_statsTimer->start();
    m_historyAction->setEnabled(m_session->articleId() != 0);
}

void MainWindow::offerSampleArticle()
{
    // A shared newsroom library is no place for a demonstration article.
    if (!m_library->sessionUser().isEmpty())
        return;
    if (!StartupNotices::offerSample(this, m_store, m_settings))
        return;
    if (const auto added = addSampleArticle(); !added)
        reportError(tr("The sample article could not be added."), added.error());
}

Result<qint64> MainWindow::addSampleArticle()
{
    const auto article = ArticleFiles::sample();
    if (!article)
        return article.error();
    // Added as an import of the bundled file: its last change is its publication, so that its
    // page does not say "Updated" at the moment it was added.
    ImportResult sample;
    sample.article = *article;
    SaveOptions options = saveOptions(tr("Sample article"));
    options.importedModified = {sample.lastChange()};
    const auto ids = m_store->importArticles({*article}, options);
    if (!ids)
        return ids.error();
    m_panel->selectArticle(ids->value(0));
    return ids->value(0);
}

Result<QList<qint64>> MainWindow::importFiles(const QStringList &paths)
{
    const auto read = ArticleFiles::readReported(paths);
    if (!read)
        return read.error();
    QList<Article> articles;
    QList<std::pair<QString, ImportReport>> reports;
    for (qsizetype i = 0; i < read->size(); ++i) {
        articles << read->at(i).article;
        if (!read->at(i).report.entries.isEmpty())
            reports.append({QFileInfo(paths.at(i)).fileName(), read->at(i).report});
    }
    // Copy whose structure was guessed is shown for a quick confirmation before it is stored.
    if (!reports.isEmpty()) {
        ImportPreviewDialog preview(reports, this);
        if (preview.exec() != QDialog::Accepted)
            return QList<qint64> {};
    }
    const QString note = paths.size() == 1
        ? tr("Imported from %1").arg(QFileInfo(paths.first()).fileName())
        : tr("Imported from %L1 files").arg(paths.size());
    SaveOptions options = saveOptions(note);
    for (const ImportResult &result : *read)
        options.importedModified << result.lastChange();
    const auto ids = m_store->importArticles(articles, options);
    if (ids && !ids->isEmpty()) {
        m_panel->selectArticle(ids->first());
        QStringList names;
        for (const QString &path : paths)
            names << QFileInfo(path).fileName();
        const QString masthead = MastheadProfile::update(*m_store, *read, names);
        statusBar()->showMessage(masthead.isEmpty()
                ? tr("Articles imported: %L1").arg(ids->size())
                : tr("Articles imported: %L1. %2").arg(ids->size()).arg(masthead),
            StatusMessageMs);
    }
    return ids;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_export->isBusy() || !conflictSettled()) {
        // The export's event loop runs on this window's objects; unmerged text is not stored.
        event->ignore();
        return;
    }
    m_session->close();
    hide(); // The last save runs on while the window goes.
    m_session->finishSaves();
    m_autosaveSession->end();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setLibraryHeaderState(m_panel->headerState());
    m_settings->sync();
    event->accept();
}

void MainWindow::newArticle()
{
    // Stored by autosave once the writer types: an untouched new article leaves no trace.
    if (!conflictSettled())
        return;
    Article article;
    article.owner = m_workflow->currentUser();
    m_panel->setShowTrash(false);
    m_session->openNew(article);
    m_editor->focusField(QStringLiteral("headline"));
}

void MainWindow::duplicateArticle(qint64 id)
{
    m_session->finishSaves(); // An article just left is copied as it was left.
    const auto record = m_store->load(id);
    if (!record) {
        reportError(tr("The article could not be duplicated."), record.error());
        return;
    }
    Article copy = record->article;
    copy.uuid.clear();
    for (ArticlePart &part : copy.parts)
        part.id.clear();
    copy.headline = tr("%1 (copy)").arg(copy.headline);
    copy.status = ArticleStatus::Draft;
    copy.published = {};
    copy.owner = m_workflow->currentUser();
    const auto created = m_store->create(copy, saveOptions(tr("Duplicated")));
    if (!created) {
        reportError(tr("The article could not be duplicated."), created.error());
        return;
    }
    if (!m_panel->selectArticle(*created))
        showArticle(*created);
}

void MainWindow::trashArticle(qint64 id)
{
    if (m_session->articleId() == id) {
        if (!conflictSettled())
            return;
        m_session->close(); // Stores the last keystrokes before the article goes.
    }
    m_session->finishSaves();
    if (const auto done = m_store->moveToTrash(id); !done) {
        reportError(tr("The article could not be moved to the trash."), done.error());
        return;
    }
    statusBar()->showMessage(tr("Moved to the trash."), StatusMessageMs);
}

void MainWindow::restoreArticle(qint64 id)
{
    if (const auto done = m_store->restoreFromTrash(id); !done) {
        reportError(tr("The article could not be restored."), done.error());
        return;
    }
    statusBar()->showMessage(tr("Restored from the trash."), StatusMessageMs);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Import Articles"), m_settings->importFolder(),
            tr("Articles (*.json *.md *.markdown *.html *.htm *.txt);;JSON (*.json);;Markdown "
               "(*.md *.markdown);;Web pages (*.html *.htm);;Text (*.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_settings->setImportFolder(QFileInfo(paths.first()).absolutePath());
    if (const auto ids = importFiles(paths); !ids)
        reportError(tr("Nothing was imported."), ids.error());
}

void MainWindow::offerImport(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    const auto answer = QMessageBox::question(this, tr("Import Articles"),
        tr("Import %n article file(s) into the library “%1”?", nullptr, int(paths.size()))
                .arg(m_store->location())
            + QLatin1String("\n\n") + names.join(QLatin1Char('\n')),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto ids = importFiles(paths); !ids)
        reportError(tr("Nothing was imported."), ids.error());
}

void MainWindow::reportError(const QString &action, const Error &error)
{
    QMessageBox::warning(this, tr("Copydesk"), action + QLatin1String("\n\n") + error.message);
}

void MainWindow::updateStatus(const Article &article)
{
    const int words = ArticleStats::wordCount(article);
    const int minutes = ArticleStats::readingMinutes(article);
    m_wordCount->setText(WordTargets::progressText(words, m_wordTargets.targetFor(article))
        + QStringLiteral(" · ") + tr("%n min read", nullptr, minutes));
    AccessibleStatus::setValue(m_wordCount, tr("Word count and reading time"), m_wordCount->text());
}

void MainWindow::applyProfile()
{
    const auto profile = m_store->publicationProfile();
    if (!profile)
        return;
    m_preview->setProfile(*profile);
    m_wordTargets = profile->wordTargets;
    if (m_statsTimer && m_session->isOpen())
        m_statsTimer->start(); // the status bar shows the target
    m_editor->setDefaultLanguage(profile->language);
    m_editor->setLengthLimit(ArticleDocument::Field::Headline, profile->headlineMaxLength);
    m_editor->setLengthLimit(ArticleDocument::Field::Dek, profile->dekMaxLength);
    if (m_docks)
        m_workflow->refresh(); // The checklist takes its headline limit from the profile.
}

SaveOptions MainWindow::saveOptions(const QString &note) const
{
    SaveOptions options;
    options.author = m_workflow->currentUser();
    options.note = note;
    return options;
}

} // namespace Copydesk
