// The window under load, measured in the real MainWindow (offscreen or under Xvfb):
// keystroke to preview painted (median) for 1,500 and 20,000 words, the longest GUI-thread stall
// while typing steadily into 20,000 words; and, of the real copydesk binary, launch to window
// shown and preview painted with a 10,000-article library, and the process tree's PSS with a
// 1,500-word article open.
#include "articleeditor.h"
#include "articlefactory.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "previewpane.h"
#include "settings.h"
#include "sqlitearticlestore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Copydesk;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

std::unique_ptr<MainWindow> openWindow(const QString &library, Settings *settings)
{
    auto store = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
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
    out << "keystroke to preview painted, " << words << " words: median "
        << QString::number(median(samples), 'f', 1) << " ms (min "
        << QString::number(*std::min_element(samples.cbegin(), samples.cend()), 'f', 1) << ", max "
        << QString::number(*std::max_element(samples.cbegin(), samples.cend()), 'f', 1) << ")"
        << Qt::endl;
}

void stallWhileTyping(QTemporaryDir &dir, Settings *settings)
{
    const QString library = dir.filePath(QStringLiteral("stall.copydesk"));
    {
        auto store
            = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
        (*store)->create(Testing::generatedArticle(7, 20000), {});
    }
    auto window = openWindow(library, settings);
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
    typist.start(110); // About 9 characters a second, for 8 s: autosaves included.
    QTest::qWait(8000);
    typist.stop();
    watchdog.stop();
    out << "longest GUI-thread stall while typing into 20,000 words: "
        << QString::number(longest / 1e6, 'f', 1) << " ms (" << typed << " keys)" << Qt::endl;
}

QString largeLibrary()
{
    const QString path = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral("windowbench-10000.copydesk"));
    if (QFile::exists(path))
        return path;
    auto store = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::CreateIfMissing);
    for (int batch = 0; batch < 10; ++batch) {
        QList<Article> articles;
        for (int i = 0; i < 1000; ++i)
            articles << Testing::generatedArticle(quint32(batch * 1000 + i + 100), 300);
        if (!(*store)->importArticles(articles, {}))
            qFatal("cannot build the library");
    }
    (*store)->create(Testing::generatedArticle(5, 1500), {}); // Newest: opened at launch.
    return path;
}

/// `pid` and its descendants.
QList<qint64> processTree(qint64 pid)
{
    QList<qint64> tree {pid};
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task + QStringLiteral("/children")));
        if (children.open(QIODevice::ReadOnly))
            for (const QByteArray &child : children.readAll().split(' '))
                if (!child.trimmed().isEmpty())
                    tree << processTree(child.trimmed().toLongLong());
    }
    return tree;
}

qint64 pssKiB(qint64 pid)
{
    qint64 total = 0;
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (rollup.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : rollup.readAll().split('\n'))
            if (line.startsWith("Pss:"))
                total += line.mid(4).trimmed().split(' ').first().toLongLong();
    }
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task + QStringLiteral("/children")));
        if (children.open(QIODevice::ReadOnly))
            for (const QByteArray &child : children.readAll().split(' '))
                if (!child.trimmed().isEmpty())
                    total += pssKiB(child.trimmed().toLongLong());
    }
    return total;
}

void launch()
{
    const QString library = largeLibrary();
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COPYDESK_TRACE_STARTUP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QList<double> shown;
    QList<double> painted;
    QList<double> pss;
    for (int run = 0; run < 5; ++run) {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer clock;
        clock.start();
        child.start(QStringLiteral(COPYDESK_BINARY),
            {QStringLiteral("--library"), library, QStringLiteral("--user"),
                QStringLiteral("bench")});
        double shownAt = 0;
        double paintedAt = 0;
        while (paintedAt == 0 && child.waitForReadyRead(60000)) {
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("startup: window shown"))
                    shownAt = clock.nsecsElapsed() / 1e6;
                else if (line.startsWith("startup: preview painted"))
                    paintedAt = clock.nsecsElapsed() / 1e6;
            }
        }
        if (shownAt == 0 || paintedAt == 0)
            qFatal("copydesk did not report its start");
        QTest::qWait(3000); // Let the page and the library listing settle before measuring memory.
        pss << pssKiB(child.processId()) / 1024.0;
        const QList<qint64> tree = processTree(child.processId());
        child.kill();
        child.waitForFinished();
        // Pages shared with a dying tree would lower the next launch's PSS: wait it out.
        const bool gone = QTest::qWaitFor(
            [&] {
                return std::none_of(tree.begin(), tree.end(),
                    [](qint64 pid) { return QFile::exists(QStringLiteral("/proc/%1").arg(pid)); });
            },
            10000);
        if (!gone)
            qWarning("copydesk's helper processes outlived it by 10 s");
        shown << shownAt;
        painted << paintedAt;
    }
    out << "launch of copydesk with 10,000 articles (median of " << shown.size()
        << "): window shown " << QString::number(median(shown), 'f', 0) << " ms, preview painted "
        << QString::number(median(painted), 'f', 0) << " ms" << Qt::endl;
    out << "process tree PSS with a 1,500-word article open (median): "
        << QString::number(median(pss), 'f', 1) << " MB" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    PreviewPane::prepareProcess(); // As copydesk does.
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("copydeskrc")), nullptr);
    out << "platform: " << QGuiApplication::platformName() << Qt::endl;
    keystrokeToPaint(1500, dir, &settings);
    keystrokeToPaint(20000, dir, &settings);
    stallWhileTyping(dir, &settings);
    launch();
    return 0;
}
