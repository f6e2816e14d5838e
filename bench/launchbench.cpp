// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The real copydesk launched on a 10,000-article library (offscreen or under Xvfb, as the
// environment says), five times: from exec to the window's first paint and to the preview's first
// painted page (COPYDESK_TRACE_STARTUP), and the process tree's PSS with the newest article (1,500
// words) open. Each run ends with SIGTERM, which closes the window as Quit does, so every start
// is a clean one. This program links no Qt GUI or WebEngine, so it shares no library pages with
// copydesk that would lower copydesk's PSS.
#include "articlefactory.h"
#include "benchresults.h"
#include "sqlitearticlestore.h"
#include "xharness/treememory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>

using namespace Copydesk;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString largeLibrary()
{
    const QString path = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral("launchbench-10000.copydesk"));
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
    QList<double> filled;
    QList<double> pss;
    int clean = 0;
    int recovered = 0;
    for (int run = 0; run < 5; ++run) {
        QProcess child;
        child.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        child.start(QStringLiteral(COPYDESK_BINARY),
            {QStringLiteral("--library"), library, QStringLiteral("--user"),
                QStringLiteral("bench")});
        double shownAt = 0;
        double paintedAt = 0;
        double filledAt = 0;
        while ((paintedAt == 0 || filledAt == 0) && child.waitForReadyRead(60000)) {
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("startup: window shown"))
                    shownAt = clock.nsecsElapsed() / 1e6;
                else if (line.startsWith("startup: preview painted"))
                    paintedAt = clock.nsecsElapsed() / 1e6;
                else if (line.startsWith("startup: editor filled"))
                    filledAt = clock.nsecsElapsed() / 1e6;
            }
        }
        if (shownAt == 0 || paintedAt == 0 || filledAt == 0)
            qFatal("copydesk did not report its start");
        QThread::sleep(3); // Let the page and the library listing settle before measuring memory.
        const std::vector<pid_t> tree = Bench::processTree(pid_t(child.processId()));
        pss << Bench::pssKiB(tree) / 1024.0;
        // Closed as a logout closes it (SIGTERM: the window's Quit), so that every launch is a
        // clean start with no recovery notice; SIGKILL only if it hangs.
        child.terminate();
        if (child.waitForFinished(30000) && child.exitStatus() == QProcess::NormalExit
            && child.exitCode() == 0) {
            ++clean;
        } else {
            child.kill();
            child.waitForFinished();
        }
        // Pages shared with a dying tree would lower the next launch's PSS: wait it out.
        QElapsedTimer waiting;
        waiting.start();
        const auto alive = [&tree] {
            return std::any_of(tree.begin(), tree.end(),
                [](pid_t pid) { return QFile::exists(QStringLiteral("/proc/%1").arg(pid)); });
        };
        while (alive() && waiting.elapsed() < 10000)
            QThread::msleep(20);
        const bool gone = !alive();
        if (!gone)
            qWarning("copydesk's helper processes outlived it by 10 s");
        // An unclean previous end shows the recovery report, which copydesk also logs.
        if (child.readAllStandardError().contains("was not closed properly"))
            ++recovered;
        shown << shownAt;
        painted << paintedAt;
        filled << filledAt;
    }
    const auto record = [](const QString &name, const QString &unit, const QList<double> &values) {
        Bench::Figure figure;
        figure.bench = QStringLiteral("launchbench");
        figure.name = name;
        figure.unit = unit;
        figure.median = median(values);
        figure.runs = int(values.size());
        Bench::recordFigure(figure);
    };
    record(QStringLiteral("launch to window shown, 10,000 articles"), QStringLiteral("ms"), shown);
    record(QStringLiteral("launch to preview painted, 10,000 articles"), QStringLiteral("ms"),
        painted);
    // The editor is filled after the page is on screen (MainWindow::startUp()).
    record(
        QStringLiteral("launch to editor filled, 10,000 articles"), QStringLiteral("ms"), filled);
    record(QStringLiteral("process tree PSS, 1,500-word article open"), QStringLiteral("MB"), pss);
    out << "launch of copydesk with 10,000 articles (median of " << shown.size()
        << "): window shown " << QString::number(median(shown), 'f', 0) << " ms, preview painted "
        << QString::number(median(painted), 'f', 0) << " ms, editor filled "
        << QString::number(median(filled), 'f', 0) << " ms; closed cleanly " << clean << " of "
        << shown.size() << ", recovery reports " << recovered << Qt::endl;
    out << "process tree PSS with a 1,500-word article open (median): "
        << QString::number(median(pss), 'f', 1) << " MB" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    out << "platform: " << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"))
        << Qt::endl;
    launch();
    return 0;
}
