// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The window under load, measured in the real MainWindow (offscreen or under Xvfb):
// keystroke to preview painted (median) for 1,500 and 20,000 words, and the longest GUI-thread
// stall while typing steadily into 20,000 words, and how long the GUI thread spends on each
// autosave meanwhile; what the GUI thread waits for when a save is asked for (leaving a field or
// an article). Launch times and memory: launchbench.
#include "articleeditor.h"
#include "articlefactory.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "benchresults.h"
#include "checklist.h"
#include "libraryopener.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "previewpane.h"
#include "settings.h"
#include "sqlitearticlestore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Copydesk;

namespace {

QTextStream out(stdout);

/// Times the events that make an autosave on the GUI thread: the save timer's (AutosaveController
/// names it "autosave-timer"; it saves, or hands the save to the worker) and the worker's
/// delivery of a finished save ("save-worker").
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        QList<double> *samples = nullptr;
        if (event->type() == QEvent::Timer && receiver->objectName() == u"autosave-timer")
            samples = &timerEvents;
        else if (event->type() == QEvent::MetaCall && receiver->objectName() == u"save-worker")
            samples = &deliveries;
        if (!samples)
            return QApplication::notify(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const bool done = QApplication::notify(receiver, event);
        samples->append(clock.nsecsElapsed() / 1e6);
        return done;
    }

    QList<double> timerEvents;
    QList<double> deliveries;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

std::unique_ptr<MainWindow> openWindow(const QString &library, Settings *settings)
{
    auto store = LibraryOpener::open(library, LibraryOpener::Mode::CreateIfMissing);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    auto window
        = std::make_unique<MainWindow>(std::move(store).value(), settings, QStringLiteral("bench"));
    window->resize(1500, 900);
    window->show();
    if (!QTest::qWaitFor([&] { return window->isStarted(); }, 30000))
        qFatal("window not started");
    return window;
}

bool waitPainted(PreviewPane *preview)
{
    return QTest::qWaitFor(
        [&] { return preview->paintedSequence() >= preview->requestedSequence(); }, 30000);
}

MarkdownEditor *focusLede(MainWindow *window)
{
    MarkdownEditor *lede = window->editor()->ledeEditor();
    lede->setFocus();
    lede->moveCursor(QTextCursor::End);
    return lede;
}

void keystrokeToPaint(int words, QTemporaryDir &dir, Settings *settings)
{
    const QString library = dir.filePath(QStringLiteral("latency-%1.copydesk").arg(words));
    {
        auto store
            = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
        (*store)->create(Testing::generatedArticle(42, words), {});
    }
    auto window = openWindow(library, settings);
    PreviewPane *preview = window->preview();
    waitPainted(preview);
    MarkdownEditor *lede = focusLede(window.get());
    QList<double> samples;
    for (int i = 0; i < 41; ++i) {
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(lede, Qt::Key(Qt::Key_A + i % 26));
        if (!waitPainted(preview))
            qFatal("preview never painted");
        samples << clock.nsecsElapsed() / 1e6;
        QTest::qWait(150); // Steady typing, not a burst.
    }
    Bench::Figure figure;
    figure.bench = QStringLiteral("windowbench");
    figure.name = QStringLiteral("keystroke to preview painted, %L1 words").arg(words);
    figure.median = median(samples);
    figure.runs = int(samples.size());
    Bench::recordFigure(figure);
    out << "keystroke to preview painted, " << words << " words: median "
        << QString::number(median(samples), 'f', 1) << " ms (min "
        << QString::number(*std::min_element(samples.cbegin(), samples.cend()), 'f', 1) << ", max "
        << QString::number(*std::max_element(samples.cbegin(), samples.cend()), 'f', 1) << ")"
        << Qt::endl;
}

/// The checklist panel runs Checklist::run() on the GUI thread after each pause in typing, so one
/// run on a long article is part of a stall.
void checklistRun()
{
    const Article article = Testing::generatedArticle(11, 20000);
    const ChecklistConfig config;
    QList<double> samples;
    qsizetype findings = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer clock;
        clock.start();
        findings = Checklist::run(article, config).size();
        samples << clock.nsecsElapsed() / 1e6;
    }
    Bench::Figure figure;
    figure.bench = QStringLiteral("windowbench");
    figure.name = QStringLiteral("checklist run on 20,000 words");
    figure.median = median(samples);
    figure.runs = int(samples.size());
    Bench::recordFigure(figure);
    out << "checklist run on 20,000 words (GUI thread, " << findings << " findings): median "
        << QString::number(median(samples), 'f', 2) << " ms (max "
        << QString::number(*std::max_element(samples.cbegin(), samples.cend()), 'f', 2) << ")"
        << Qt::endl;
}

/// `background`: autosaves on their worker as the window sets them up; otherwise on the GUI
/// thread, as before they had one.
void stallWhileTyping(QTemporaryDir &dir, Settings *settings, bool background)
{
    const QString library = dir.filePath(background ? QStringLiteral("stall-worker.copydesk")
                                                    : QStringLiteral("stall-gui.copydesk"));
    {
        auto store
            = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
        (*store)->create(Testing::generatedArticle(7, 20000), {});
    }
    auto window = openWindow(library, settings);
    if (!background)
        window->session()->autosave()->saveInBackground({});
    const QString how = background ? QStringLiteral("saving on a worker")
                                   : QStringLiteral("saving on the GUI thread");
    waitPainted(window->preview());
    MarkdownEditor *lede = focusLede(window.get());
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    watchdog.start(1);
    int typed = 0;
    QTimer typist;
    QObject::connect(&typist, &QTimer::timeout, &typist, [&] {
        QTest::keyClick(lede, Qt::Key(Qt::Key_A + typed++ % 26));
        if (typed % 7 == 0)
            QTest::keyClick(lede, Qt::Key_Space);
    });
    auto *app = static_cast<TimedApplication *>(QCoreApplication::instance());
    app->timerEvents.clear();
    app->deliveries.clear();
    typist.start(110); // About 9 characters a second, for 8 s: autosaves included.
    QTest::qWait(8000);
    typist.stop();
    watchdog.stop();
    QTest::qWait(300); // The last save's delivery.
    const QList<double> timerEvents = app->timerEvents;
    const QList<double> deliveries = app->deliveries;
    const auto longestOf = [](const QList<double> &values) {
        return values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend());
    };
    Bench::Figure saving;
    saving.bench = QStringLiteral("windowbench");
    saving.name
        = QStringLiteral("GUI-thread time of an autosave, typing into 20,000 words, %1").arg(how);
    saving.median = median(timerEvents) + median(deliveries);
    saving.runs = int(timerEvents.size());
    Bench::recordFigure(saving);
    out << "GUI-thread time of an autosave while typing into 20,000 words, " << how << ": "
        << QString::number(saving.median, 'f', 2) << " ms (save timer median "
        << QString::number(median(timerEvents), 'f', 2) << ", max "
        << QString::number(longestOf(timerEvents), 'f', 2) << ", " << timerEvents.size()
        << " times; finished save delivered median " << QString::number(median(deliveries), 'f', 2)
        << ", max " << QString::number(longestOf(deliveries), 'f', 2) << ", " << deliveries.size()
        << " times)" << Qt::endl;
    Bench::Figure figure;
    figure.bench = QStringLiteral("windowbench");
    figure.name = QStringLiteral("longest GUI-thread stall, typing into 20,000 words, %1").arg(how);
    figure.median = longest / 1e6;
    figure.target = 50;
    figure.runs = 1;
    Bench::recordFigure(figure);
    out << "longest GUI-thread stall while typing into 20,000 words, " << how << ": "
        << QString::number(longest / 1e6, 'f', 1) << " ms (" << typed << " keys)" << Qt::endl;
}

/// What the GUI thread waits for when a save is asked for rather than timed, one typed key
/// after the last save: leaving a field (saveNow(), as the window did before; saveSoon(), as it
/// does now) and leaving the article (keepRevision() waiting for the save; Wait::No, as
/// ArticleSession does now), and a whole switch to another article from the library panel.
void savesAskedFor(int words, QTemporaryDir &dir, Settings *settings)
{
    const QString library = dir.filePath(QStringLiteral("asked-%1.copydesk").arg(words));
    qint64 first = 0;
    qint64 second = 0;
    {
        auto store
            = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
        first = *(*store)->create(Testing::generatedArticle(21, words), {});
        second = *(*store)->create(Testing::generatedArticle(22, words), {});
    }
    auto window = openWindow(library, settings);
    waitPainted(window->preview());
    AutosaveController *autosave = window->session()->autosave();
    const auto settled = [&] {
        if (!QTest::qWaitFor([&] { return !autosave->isSaving(); }, 30000))
            qFatal("a save never ended");
        QTest::qWait(30);
    };
    int typed = 0;
    const auto timed = [&](const std::function<void()> &ask) {
        QTest::keyClick(focusLede(window.get()), Qt::Key(Qt::Key_A + typed++ % 26));
        QElapsedTimer clock;
        clock.start();
        ask();
        const double ms = clock.nsecsElapsed() / 1e6;
        settled();
        return ms;
    };
    const QString note = QStringLiteral("bench");
    QList<double> saveNow, saveSoon, keepWaiting, keepNoWait, switches;
    for (int i = 0; i < 21; ++i) {
        saveNow << timed([&] { autosave->saveNow(); });
        saveSoon << timed([&] { autosave->saveSoon(); });
        keepWaiting << timed([&] { autosave->keepRevision(note); });
        keepNoWait << timed([&] { autosave->keepRevision(note, AutosaveController::Wait::No); });
    }
    for (int i = 0; i < 21; ++i) {
        switches << timed([&] {
            if (!window->libraryPanel()->selectArticle(
                    window->shownArticle() == first ? second : first))
                qFatal("cannot switch articles");
        });
        waitPainted(window->preview());
    }
    const auto report = [&](const QString &name, const QList<double> &samples) {
        Bench::Figure figure;
        figure.bench = QStringLiteral("windowbench");
        figure.name = QStringLiteral("%1, %L2 words").arg(name).arg(words);
        figure.median = median(samples);
        figure.runs = int(samples.size());
        Bench::recordFigure(figure);
        out << figure.name << ": median " << QString::number(figure.median, 'f', 2) << " ms (max "
            << QString::number(*std::max_element(samples.cbegin(), samples.cend()), 'f', 2) << ")"
            << Qt::endl;
    };
    report(QStringLiteral("GUI-thread wait, leaving a field, saving first (saveNow)"), saveNow);
    report(
        QStringLiteral("GUI-thread wait, leaving a field, in the background (saveSoon)"), saveSoon);
    report(QStringLiteral("GUI-thread wait, keeping a revision, saving first"), keepWaiting);
    report(QStringLiteral("GUI-thread wait, keeping a revision, in the background"), keepNoWait);
    report(QStringLiteral("switching to another article, typed into"), switches);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    PreviewPane::prepareProcess(); // As copydesk does.
    TimedApplication app(argc, argv);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("copydeskrc")), nullptr);
    out << "platform: " << QGuiApplication::platformName() << Qt::endl;
    keystrokeToPaint(1500, dir, &settings);
    keystrokeToPaint(20000, dir, &settings);
    stallWhileTyping(dir, &settings, false);
    stallWhileTyping(dir, &settings, true);
    savesAskedFor(1500, dir, &settings);
    savesAskedFor(20000, dir, &settings);
    checklistRun();
    return 0;
}
