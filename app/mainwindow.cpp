#include "mainwindow.h"

#include "articlejson.h"
#include "articlemarkdown.h"
#include "articlestats.h"
#include "articleview.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace Copydesk {

namespace {

constexpr int StatusMessageMs = 5000;
const QString sampleResource = QStringLiteral(":/samples/welcome.json");

} // namespace

MainWindow::MainWindow(
    std::unique_ptr<ArticleStore> store, Settings *settings, const QString &author, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_settings(settings)
    , m_author(author)
{
    Q_ASSERT(m_store && m_settings);
    setWindowTitle(tr("%1 — Copydesk").arg(QFileInfo(m_store->location()).fileName()));
    setWindowFilePath(m_store->location());

    m_panel = new LibraryPanel(m_store.get(), this);
    m_view = new ArticleView(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setAccessibleName(tr("Library and article"));
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_wordCount = new QLabel(this);
    m_wordCount->setAccessibleName(tr("Word count and reading time"));
    statusBar()->addPermanentWidget(m_wordCount);

    createMenus();

    connect(m_panel, &LibraryPanel::articleActivated, this, &MainWindow::showArticle);
    connect(m_panel, &LibraryPanel::newArticleRequested, this, &MainWindow::newArticle);
    connect(m_panel, &LibraryPanel::duplicateRequested, this, &MainWindow::duplicateArticle);
    connect(m_panel, &LibraryPanel::trashRequested, this, &MainWindow::trashArticle);
    connect(m_panel, &LibraryPanel::restoreRequested, this, &MainWindow::restoreArticle);
    connect(m_panel, &LibraryPanel::errorOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });

    resize(1200, 760);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    if (!m_splitter->restoreState(m_settings->splitterState()))
        m_splitter->setSizes({560, 640});
    m_panel->restoreHeaderState(m_settings->libraryHeaderState());
    m_panel->setFocus();
    // Open on the newest article rather than an empty page.
    if (const qint64 first = m_panel->libraryModel()->summary(0).id)
        m_panel->selectArticle(first);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    const QList<QAction *> articleActions = m_panel->articleActions();
    QAction *newAction = articleActions.at(0);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction);
    QAction *import = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
        tr("&Import…"), this, &MainWindow::chooseFilesToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
        tr("&Quit"), this, &MainWindow::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(articleActions.mid(1));
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
        tr("&Find in Library…"), m_panel, &LibraryPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_panel->showTrashAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Copydesk"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showArticle(qint64 id)
{
    const auto record = m_store->load(id);
    if (!record) {
        statusBar()->showMessage(record.error().message, StatusMessageMs);
        return;
    }
    m_shownId = id;
    m_view->setArticle(record->article);
    updateStatus(record->article);
}

void MainWindow::offerSampleArticle()
{
    const QString location = m_store->location();
    if (m_settings->sampleOffered(location))
        return;
    LibraryQuery trash;
    trash.trash = true;
    const auto live = m_store->count({});
    const auto trashed = m_store->count(trash);
    if (!live || !trashed || *live > 0 || *trashed > 0)
        return;
    m_settings->setSampleOffered(location);
    const auto answer = QMessageBox::question(this, tr("Empty library"),
        tr("Your library is empty. Add a sample article that shows every part of a story?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        if (const auto added = addSampleArticle(); !added)
            reportError(tr("The sample article could not be added."), added.error());
    }
}

Result<qint64> MainWindow::addSampleArticle()
{
    QFile file(sampleResource);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("The sample article is missing from this build."), Error::Code::Io};
    const auto article = ArticleJson::fromBytes(file.readAll(), QStringLiteral("welcome.json"));
    if (!article)
        return article.error();
    const auto id = m_store->create(*article, saveOptions(tr("Sample article")));
    if (id)
        m_panel->selectArticle(*id);
    return id;
}

Result<QList<qint64>> MainWindow::importFiles(const QStringList &paths)
{
    QList<Article> articles;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {
                tr("Cannot read “%1”: %2").arg(path, file.errorString()), Error::Code::Io};
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        auto article = suffix == QLatin1String("md") || suffix == QLatin1String("markdown")
            ? ArticleMarkdown::fromMarkdown(file.readAll(), info.fileName(), info.absolutePath())
            : ArticleJson::fromBytes(file.readAll(), info.fileName());
        if (!article)
            return article.error();
        articles << std::move(article).value();
    }
    const QString note = paths.size() == 1
        ? tr("Imported from %1").arg(QFileInfo(paths.first()).fileName())
        : tr("Imported from %L1 files").arg(paths.size());
    const auto ids = m_store->importArticles(articles, saveOptions(note));
    if (ids && !ids->isEmpty()) {
        m_panel->selectArticle(ids->first());
        statusBar()->showMessage(tr("Articles imported: %L1").arg(ids->size()), StatusMessageMs);
    }
    return ids;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setLibraryHeaderState(m_panel->headerState());
    m_settings->sync();
    event->accept();
}

void MainWindow::newArticle()
{
    Article article;
    article.owner = m_author;
    const auto id = m_store->create(article, saveOptions(tr("New article")));
    if (!id) {
        reportError(tr("The article could not be created."), id.error());
        return;
    }
    m_panel->setShowTrash(false);
    if (!m_panel->selectArticle(*id))
        showArticle(*id);
}

void MainWindow::duplicateArticle(qint64 id)
{
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
    copy.owner = m_author;
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
    if (const auto done = m_store->moveToTrash(id); !done) {
        reportError(tr("The article could not be moved to the trash."), done.error());
        return;
    }
    if (m_shownId == id) {
        m_shownId = 0;
        m_view->clearArticle();
        m_wordCount->clear();
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
            tr("Articles (*.json *.md *.markdown);;JSON (*.json);;Markdown (*.md *.markdown);;All "
               "files (*)"));
    if (paths.isEmpty())
        return;
    m_settings->setImportFolder(QFileInfo(paths.first()).absolutePath());
    if (const auto ids = importFiles(paths); !ids)
        reportError(tr("Nothing was imported."), ids.error());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Copydesk"),
        tr("<h3>Copydesk %1</h3><p>An editorial workstation for structured news articles.</p>"
           "<p>Library: %2</p>")
            .arg(QApplication::applicationVersion(), m_store->location().toHtmlEscaped()));
}

void MainWindow::reportError(const QString &action, const Error &error)
{
    QMessageBox::warning(this, tr("Copydesk"), action + QLatin1String("\n\n") + error.message);
}

void MainWindow::updateStatus(const Article &article)
{
    const int words = ArticleStats::wordCount(article);
    const int minutes = ArticleStats::readingMinutes(article);
    m_wordCount->setText(
        tr("Words: %L1").arg(words) + QStringLiteral(" · ") + tr("%n min read", nullptr, minutes));
}

SaveOptions MainWindow::saveOptions(const QString &note) const
{
    SaveOptions options;
    options.author = m_author;
    options.note = note;
    return options;
}

} // namespace Copydesk
