// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "articlejson.h"
#include "articlemarkdown.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "exportcontroller.h"
#include "librarypanel.h"
#include "linefieldeditor.h"
#include "mainwindow.h"
#include "paragraphlineedit.h"
#include "settings.h"
#include "sqlitearticlestore.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScreen>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <sys/stat.h>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

SaveOptions options()
{
    return {QStringLiteral("test"), {}, true};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The checksum of a library with its -wal and -shm files.
QByteArray librarySums(const QString &library)
{
    QByteArray sums;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        sums += QCryptographicHash::hash(readAll(library + suffix), QCryptographicHash::Sha256);
    return sums;
}

} // namespace

class TestExportWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void actionsNeedAnOpenArticle();
    void exportsTheTypedArticleAsHtml();
    void exportsPicturesBesideThePage();
    void cancellingThePreflightWritesNothing();
    void exportsPdf();
    void longPdfShowsProgress();
    void reportsAFailureNamingTheFile();
    void neverExportsOntoTheLibrary();
    void asksBeforeReplacingOtherFiles();
    void refusesWhatTheCommandLineRefuses_data();
    void refusesWhatTheCommandLineRefuses();
    void batchLeavesALibraryNamedLikeAnExport();
    void textFormatsReadBack_data();
    void textFormatsReadBack();
    void exportsEveryApprovedArticle();
    void cancelStopsTheBatch();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &name);
    /// A window on a new article whose headline was typed into the editor.
    std::unique_ptr<MainWindow> windowWithTypedArticle(const QString &headline);
    /// Three approved articles and one draft, stored directly.
    void addApprovedArticles(ArticleStore *store);
    QStringList filesIn(const QString &folder) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QStringList m_suggested;
    QString m_answer;
};

void TestExportWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("copydeskrc")), nullptr);
    m_settings->setExportFolder(m_dir->filePath(QStringLiteral("exports")));
    m_suggested.clear();
    m_answer.clear();
}

void TestExportWindow::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestExportWindow::openWindow(const QString &name)
{
    auto window
        = Testing::startedWindow(m_dir->filePath(name), m_settings.get(), QStringLiteral("tester"));
    ExportController *exporter = window->exporter();
    const auto answer = [this](const QString &suggested) {
        m_suggested << suggested;
        return m_answer;
    };
    exporter->setFilePathProvider(answer);
    exporter->setFolderProvider(answer);
    exporter->setFindingsProvider([](const QString &, const QList<PreflightFinding> &findings) {
        return !findings.isEmpty();
    });
    return window;
}

std::unique_ptr<MainWindow> TestExportWindow::windowWithTypedArticle(const QString &headline)
{
    auto window = openWindow(QStringLiteral("typed.copydesk"));
    window->libraryPanel()->articleActions().at(0)->trigger(); // New
    ParagraphLineEdit *edit
        = window->editor()->lineField(ArticleDocument::Field::Headline)->input();
    QTest::keyClicks(edit, headline);
    return window;
}

void TestExportWindow::addApprovedArticles(ArticleStore *store)
{
    const QStringList headlines = {QStringLiteral("Dam Inspection Passes"),
        QStringLiteral("Ferry Timetable Changes"), QStringLiteral("Library Opens Late")};
    for (const QString &headline : headlines) {
        Article article = Testing::fullArticle();
        article.uuid.clear();
        article.headline = headline;
        article.status = ArticleStatus::Approved;
        QVERIFY(store->create(article, options()).ok());
    }
    Article draft = Testing::fullArticle();
    draft.uuid.clear();
    draft.headline = QStringLiteral("Unfinished Draft");
    draft.status = ArticleStatus::Draft;
    QVERIFY(store->create(draft, options()).ok());
}

QStringList TestExportWindow::filesIn(const QString &folder) const
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

void TestExportWindow::actionsNeedAnOpenArticle()
{
    auto window = openWindow(QStringLiteral("empty.copydesk"));
    ExportController *exporter = window->exporter();
    QVERIFY(!window->session()->isOpen());
    for (ExportFormat format : {ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Markdown,
             ExportFormat::Ninjs, ExportFormat::Json}) {
        QVERIFY(!exporter->action(format)->isEnabled());
        QVERIFY(exporter->batchAction(format)->isEnabled());
    }
    // The submenu sits in File.
    QMenu *file = window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(exporter->menu()->menuAction()));
    QCOMPARE(exporter->action(ExportFormat::Html)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    window->libraryPanel()->articleActions().at(0)->trigger(); // New
    QVERIFY(exporter->action(ExportFormat::Html)->isEnabled());
    QVERIFY(exporter->action(ExportFormat::Pdf)->isEnabled());
}

void TestExportWindow::exportsTheTypedArticleAsHtml()
{
    const QString headline = QStringLiteral("Harbour Bridge Reopens");
    auto window = windowWithTypedArticle(headline);
    m_answer = m_dir->filePath(QStringLiteral("bridge.html"));
    window->exporter()->action(ExportFormat::Html)->trigger();

    // The chooser starts in the export folder with the DATE-SLUG name.
    QCOMPARE(m_suggested.size(), 1);
    const QFileInfo suggested(m_suggested.first());
    QCOMPARE(suggested.absolutePath(), m_dir->filePath(QStringLiteral("exports")));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d-harbour-bridge-reopens\\.html$"))
            .match(suggested.fileName())
            .hasMatch(),
        qPrintable(suggested.fileName()));

    const QString html = QString::fromUtf8(readAll(m_answer));
    QVERIFY(html.contains(headline));
    QCOMPARE(html.count(QLatin1String("<script"), Qt::CaseInsensitive),
        html.count(QLatin1String("<script type=\"application/ld+json\"")));
    // Pending edits were stored first.
    QCOMPARE(window->store()->load(window->session()->articleId())->article.headline, headline);
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Exported to")));

    // The next chooser starts in the folder used last.
    m_answer.clear(); // cancelled
    window->exporter()->action(ExportFormat::Json)->trigger();
    QCOMPARE(QFileInfo(m_suggested.last()).absolutePath(), m_dir->path());
}

// File ▸ Export ▸ HTML with Pictures Beside…: the page refers to its hero and logo, written as
// files next to it, as `copydesk export --pictures-beside` does.
void TestExportWindow::exportsPicturesBesideThePage()
{
    auto window = openWindow(QStringLiteral("beside.copydesk"));
    PublicationProfile profile = window->store()->publicationProfile().value();
    profile.name = QStringLiteral("The Harbour Herald");
    profile.logo = Testing::solidPng(600, 60);
    profile.logoMimeType = QStringLiteral("image/png");
    QVERIFY(window->store()->setPublicationProfile(profile));
    const auto id = window->store()->create(Testing::readyArticle(), options());
    QVERIFY(id);
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QAction *beside = window->exporter()->picturesBesideAction();
    QVERIFY(window->exporter()->menu()->actions().contains(beside));
    QVERIFY(beside->isEnabled());
    QVERIFY(!beside->statusTip().isEmpty());
    const QString folder = m_dir->filePath(QStringLiteral("web"));
    QVERIFY(QDir().mkpath(folder));
    m_answer = QDir(folder).filePath(QStringLiteral("story.html"));
    beside->trigger();
    QCOMPARE(filesIn(folder),
        (QStringList {QStringLiteral("story-hero.png"), QStringLiteral("story-logo.png"),
            QStringLiteral("story.html")}));
    const QByteArray html = readAll(m_answer);
    QVERIFY(html.contains("<img src=\"story-hero.png\""));
    QVERIFY(html.contains("story-logo.png"));
    // No picture is carried in the page's elements (without an article URL, the structured data
    // still has nothing but the logo's data: URL to give).
    QVERIFY(!html.contains("src=\"data:"));
    QCOMPARE(readAll(QDir(folder).filePath(QStringLiteral("story-hero.png"))),
        Testing::readyArticle().hero.data);
}

void TestExportWindow::cancellingThePreflightWritesNothing()
{
    auto window = windowWithTypedArticle(QStringLiteral("No Byline Yet"));
    QList<PreflightFinding> shown;
    window->exporter()->setFindingsProvider(
        [&](const QString &headline, const QList<PreflightFinding> &findings) {
            shown = findings;
            return headline.isEmpty(); // cancel
        });
    m_answer = m_dir->filePath(QStringLiteral("never.html"));
    window->exporter()->action(ExportFormat::Html)->trigger();
    QVERIFY(!shown.isEmpty()); // no byline, no date
    QVERIFY(m_suggested.isEmpty());
    QVERIFY(!QFile::exists(m_answer));
}

void TestExportWindow::exportsPdf()
{
    auto window = windowWithTypedArticle(QStringLiteral("Printed Edition"));
    m_answer = m_dir->filePath(QStringLiteral("printed.pdf"));
    ExportController *exporter = window->exporter();
    // While Chromium prints, the window runs and says so; the actions wait.
    bool busyWhilePrinting = false;
    connect(exporter, &ExportController::message, this, [&](const QString &text) {
        if (text.startsWith(QLatin1String("Exporting")))
            busyWhilePrinting = exporter->isBusy()
                && !exporter->action(ExportFormat::Html)->isEnabled()
                && QApplication::overrideCursor()
                && QApplication::overrideCursor()->shape() == Qt::BusyCursor;
    });
    exporter->action(ExportFormat::Pdf)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_answer), 30000);
    QVERIFY(readAll(m_answer).startsWith("%PDF"));
    QVERIFY(busyWhilePrinting);
    QVERIFY(!exporter->isBusy());
    QVERIFY(exporter->action(ExportFormat::Pdf)->isEnabled());
    QVERIFY(!QApplication::overrideCursor());
}

void TestExportWindow::longPdfShowsProgress()
{
    // An export that lasts more than a second shows the exporter's progress in a dialog, and
    // the window keeps handling its events meanwhile.
    auto window = openWindow(QStringLiteral("long.copydesk"));
    Article article = Testing::generatedArticle(4, 40000);
    article.uuid.clear();
    const auto created = window->store()->create(article, options());
    QVERIFY(created.ok());
    window->showArticle(*created);
    m_answer = m_dir->filePath(QStringLiteral("long.pdf"));

    int ticks = 0;
    QStringList labels;
    QList<int> values;
    QTimer clock;
    connect(&clock, &QTimer::timeout, this, [&] {
        ++ticks;
        const auto *progress = window->findChild<QProgressDialog *>();
        if (progress && progress->isVisible()) {
            labels << progress->labelText();
            values << progress->value();
        }
    });
    clock.start(50);
    QElapsedTimer elapsed;
    elapsed.start();
    window->exporter()->action(ExportFormat::Pdf)->trigger();
    const qint64 took = elapsed.elapsed();
    clock.stop();

    QVERIFY(readAll(m_answer).startsWith("%PDF"));
    QVERIFY2(took > 1500, qPrintable(QString::number(took)));
    QVERIFY2(ticks > took / 50 / 4, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(took)));
    QVERIFY2(!labels.isEmpty(), "no progress dialog was shown");
    QVERIFY2(labels.last().startsWith(u"Exporting “long.pdf”…\n"_s), qPrintable(labels.last()));
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QVERIFY(values.last() > 0);
    QTRY_VERIFY(!window->findChild<QProgressDialog *>());
    QVERIFY(!window->exporter()->isBusy());
}

void TestExportWindow::reportsAFailureNamingTheFile()
{
    auto window = windowWithTypedArticle(QStringLiteral("Nowhere To Go"));
    // A file where a folder should be: the write cannot succeed.
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_answer = m_dir->filePath(QStringLiteral("blocker/out.html"));
    QString text;
    QTimer::singleShot(0, qApp, [&text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        text = box->text();
        box->close();
    });
    window->exporter()->action(ExportFormat::Html)->trigger();
    QVERIFY2(text.contains(m_answer), qPrintable(text));
    QVERIFY(!QFile::exists(m_answer));
    QVERIFY(!window->statusBar()->currentMessage().contains(QLatin1String("Exported to")));
}

void TestExportWindow::neverExportsOntoTheLibrary()
{
    auto window = windowWithTypedArticle(QStringLiteral("Not Over The Library"));
    const QString library = window->store()->location();
    window->session()->autosave()->saveNow();
    for (const QString &target : {library, library + QStringLiteral("-wal")}) {
        const QByteArray before = readAll(target);
        m_answer = target;
        QString text;
        QTimer::singleShot(0, qApp, [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            box->close();
        });
        window->exporter()->action(ExportFormat::Json)->trigger();
        QVERIFY2(text.contains(QFileInfo(target).fileName())
                && text.contains(QLatin1String("open library")),
            qPrintable(text));
        QCOMPARE(readAll(target), before);
    }
    QVERIFY(window->store()->checkIntegrity()->isEmpty());
}

void TestExportWindow::asksBeforeReplacingOtherFiles()
{
    auto window = windowWithTypedArticle(QStringLiteral("Ask First"));
    const QString notes = m_dir->filePath(QStringLiteral("notes.html"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes");
    file.close();
    QStringList asked;
    bool replace = false;
    window->exporter()->setReplaceProvider([&](const QString &path) {
        asked << path;
        return replace;
    });
    m_answer = notes;
    window->exporter()->action(ExportFormat::Html)->trigger();
    QCOMPARE(asked, QStringList {notes});
    QCOMPARE(readAll(notes), QByteArray("my notes"));
    replace = true;
    window->exporter()->action(ExportFormat::Html)->trigger();
    QVERIFY(readAll(notes).startsWith("<!DOCTYPE html>"));
    // Now an earlier export: replaced without asking.
    window->exporter()->action(ExportFormat::Html)->trigger();
    QCOMPARE(asked.size(), 2);
}

void TestExportWindow::refusesWhatTheCommandLineRefuses_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("why");
    QTest::newRow("a symlink to the library")
        << QStringLiteral("link.json") << QStringLiteral("it is the open library");
    QTest::newRow("./x/../library")
        << QStringLiteral("sub/../typed.copydesk") << QStringLiteral("it is the open library");
    QTest::newRow("another library")
        << QStringLiteral("other.json") << QStringLiteral("it is a Copydesk library");
    QTest::newRow("its -journal") << QStringLiteral("other.json-journal")
                                  << QStringLiteral("belongs to the database");
    QTest::newRow("a foreign SQLite file")
        << QStringLiteral("notes.json") << QStringLiteral("it is an SQLite database");
    QTest::newRow("a FIFO") << QStringLiteral("fifo.json")
                            << QStringLiteral("it is not a regular file");
}

void TestExportWindow::refusesWhatTheCommandLineRefuses()
{
    QFETCH(QString, target);
    QFETCH(QString, why);
    auto window = windowWithTypedArticle(QStringLiteral("Same Rules As The Command Line"));
    const QString library = window->store()->location();
    window->session()->autosave()->saveNow();
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("sub"))));
    QVERIFY(QFile::link(library, m_dir->filePath(QStringLiteral("link.json"))));
    QVERIFY(SqliteArticleStore::open(m_dir->filePath(QStringLiteral("other.json")),
        SqliteArticleStore::OpenMode::CreateIfMissing)
            .ok());
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("notes.json")));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE note (text TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QCOMPARE(
        ::mkfifo(QFile::encodeName(m_dir->filePath(QStringLiteral("fifo.json"))).constData(), 0600),
        0);
    bool asked = false;
    window->exporter()->setReplaceProvider([&asked](const QString &) { return asked = true; });
    const QString file = m_dir->filePath(target);
    const QByteArray before = QFileInfo(file).isFile() ? readAll(file) : QByteArray();
    const QByteArray libraryBefore = librarySums(library);
    for (ExportFormat format : {ExportFormat::Json, ExportFormat::Html, ExportFormat::Markdown}) {
        m_answer = file;
        QString text;
        QTimer::singleShot(0, qApp, [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            box->close();
        });
        window->exporter()->action(format)->trigger();
        QVERIFY2(text.contains(QStringLiteral("Will not export to “%1”: ").arg(file))
                && text.contains(why),
            qPrintable(text));
        QVERIFY(!asked); // a refusal is no question
        if (QFileInfo(file).isFile())
            QCOMPARE(readAll(file), before);
        QCOMPARE(librarySums(library), libraryBefore);
    }
    QVERIFY(window->store()->checkIntegrity()->isEmpty());
}

void TestExportWindow::batchLeavesALibraryNamedLikeAnExport()
{
    auto window = openWindow(QStringLiteral("guarded.copydesk"));
    addApprovedArticles(window->store());
    ExportController *exporter = window->exporter();
    const QString probe = m_dir->filePath(QStringLiteral("probe"));
    QCOMPARE(exporter->exportApproved(probe, ExportFormat::Html).written.size(), 3);
    const QStringList names = filesIn(probe);

    const QString folder = m_dir->filePath(QStringLiteral("batch"));
    QVERIFY(QDir().mkpath(folder));
    const QString disguised = QDir(folder).filePath(names.at(1));
    QVERIFY(
        SqliteArticleStore::open(disguised, SqliteArticleStore::OpenMode::CreateIfMissing).ok());
    const QByteArray before = readAll(disguised);
    const QString library = window->store()->location();
    const QByteArray libraryBefore = librarySums(library);
    bool asked = false;
    exporter->setReplaceProvider([&asked](const QString &) { return asked = true; });

    const ExportController::BatchReport report
        = exporter->exportApproved(folder, ExportFormat::Html);
    QCOMPARE(report.written.size(), 2);
    QCOMPARE(report.failures.size(), 1);
    QVERIFY2(
        report.failures.first().contains(
            QStringLiteral("Will not export to “%1”: it is a Copydesk library").arg(disguised)),
        qPrintable(report.failures.first()));
    QVERIFY(!asked);
    QCOMPARE(readAll(disguised), before);
    QCOMPARE(librarySums(library), libraryBefore);
}

void TestExportWindow::textFormatsReadBack_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("markdown") << ExportFormat::Markdown;
    QTest::newRow("copydesk json") << ExportFormat::Json;
    QTest::newRow("ninjs") << ExportFormat::Ninjs;
}

void TestExportWindow::textFormatsReadBack()
{
    QFETCH(ExportFormat, format);
    auto window = windowWithTypedArticle(QStringLiteral("Round Trip Works"));
    m_answer = m_dir->filePath(QStringLiteral("out.") + ExportFormats::extension(format));
    window->exporter()->action(format)->trigger();
    const QByteArray bytes = readAll(m_answer);
    QVERIFY(!bytes.isEmpty());
    const auto record = window->store()->load(window->session()->articleId());
    QVERIFY(record.ok());
    const QString stored = record->article.headline;
    QCOMPARE(stored, QStringLiteral("Round Trip Works"));
    switch (format) {
    case ExportFormat::Markdown: {
        const auto article = ArticleMarkdown::fromMarkdown(bytes, m_answer);
        QVERIFY(article.ok());
        QCOMPARE(article->headline, stored);
        break;
    }
    case ExportFormat::Json: {
        const auto article = ArticleJson::fromBytes(bytes, m_answer);
        QVERIFY(article.ok());
        QCOMPARE(article->headline, stored);
        break;
    }
    default:
        // ninjs 2.0: headlines [{role: main, value}].
        const QJsonObject main = QJsonDocument::fromJson(bytes)
                                     .object()
                                     .value(QLatin1String("headlines"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(main.value(QLatin1String("value")).toString(), stored);
    }
}

void TestExportWindow::exportsEveryApprovedArticle()
{
    auto window = openWindow(QStringLiteral("batch.copydesk"));
    addApprovedArticles(window->store());
    m_answer = m_dir->filePath(QStringLiteral("approved"));
    QStringList labels;
    connect(window->exporter(), &ExportController::fileExported, this, [&] {
        if (auto *progress = window->findChild<QProgressDialog *>())
            labels << progress->labelText();
    });
    window->exporter()->batchAction(ExportFormat::Markdown)->trigger();

    QCOMPARE(m_suggested, QStringList {m_dir->filePath(QStringLiteral("exports"))});
    const QStringList files = filesIn(m_answer);
    QCOMPARE(files.size(), 3);
    const QRegularExpression name(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d-[a-z-]+\\.md$"));
    for (const QString &file : files)
        QVERIFY2(name.match(file).hasMatch(), qPrintable(file));
    QVERIFY(!files.join(QLatin1Char(' ')).contains(QLatin1String("unfinished-draft")));
    QVERIFY(files.join(QLatin1Char(' ')).contains(QLatin1String("ferry-timetable-changes")));
    QCOMPARE(labels.size(), 3);
    QVERIFY2(labels.at(1).contains(QLatin1String("2 of 3")), qPrintable(labels.at(1)));
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QLatin1String("3 article(s) exported")), qPrintable(message));
    QTRY_VERIFY(!window->findChild<QProgressDialog *>());
}

void TestExportWindow::cancelStopsTheBatch()
{
    auto window = openWindow(QStringLiteral("cancel.copydesk"));
    addApprovedArticles(window->store());
    m_answer = m_dir->filePath(QStringLiteral("cancelled"));
    ExportController *exporter = window->exporter();
    connect(exporter, &ExportController::fileExported, this, [&] {
        if (auto *progress = window->findChild<QProgressDialog *>()) {
            if (qEnvironmentVariableIsSet("COPYDESK_EXPORT_SCREENSHOT")) {
                QTest::qWait(300);
                progress->screen()->grabWindow(0).save(
                    qEnvironmentVariable("COPYDESK_EXPORT_SCREENSHOT")
                    + QStringLiteral("-progress.png"));
            }
            progress->cancel(); // as the Cancel button does
        }
    });
    exporter->batchAction(ExportFormat::Html)->trigger();
    QCOMPARE(filesIn(m_answer).size(), 1);
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QLatin1String("1 article(s) exported")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Cancelled; 2 article(s) not exported.")),
        qPrintable(message));
    QVERIFY(!exporter->isBusy());

    if (qEnvironmentVariableIsSet("COPYDESK_EXPORT_SCREENSHOT")) {
        window->showArticle(window->store()->list({})->first().id);
        QTest::qWait(1000);
        QMenu *file = window->menuBar()->actions().first()->menu();
        window->menuBar()->setActiveAction(window->menuBar()->actions().first());
        QTest::qWait(200);
        file->setActiveAction(exporter->menu()->menuAction());
        QTest::keyClick(file, Qt::Key_Right); // opens the submenu as a user would
        QTest::qWait(300);
        window->screen()->grabWindow(0).save(
            qEnvironmentVariable("COPYDESK_EXPORT_SCREENSHOT") + QStringLiteral("-menu.png"));
        exporter->menu()->close();
        file->close();
    }
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
