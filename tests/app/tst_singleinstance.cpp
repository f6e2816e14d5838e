// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "copydeskprocess.h"
#include "sqlitearticlestore.h"

#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;

/// One window per library with the real copydesk binary: a second launch on the library hands
/// its files to the running window and ends at once; after the window was killed (its socket
/// left behind), a launch opens a window again, which later launches then reach.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void secondLaunchGoesToTheRunningWindow();
};

namespace {

/// The sockets windows listen on in `runtime`.
QStringList sockets(const QString &runtime)
{
    return QDir(runtime).entryList({QStringLiteral("copydesk-*.socket")}, QDir::System);
}

/// Whether a window listens on the socket `name` in `runtime`.
bool listening(const QString &runtime, const QString &name)
{
    QLocalSocket socket;
    socket.connectToServer(runtime + QLatin1Char('/') + name);
    return socket.state() != QLocalSocket::UnconnectedState && socket.waitForConnected(1000);
}

} // namespace

void TestSingleInstance::secondLaunchGoesToTheRunningWindow()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("desk.copydesk"));
    {
        // Not empty, so that the window does not offer the sample article.
        auto store
            = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        QVERIFY((*store)->create(Testing::fullArticle(), {QStringLiteral("ann"), {}, true}));
    }
    const QString runtime = dir.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString article = writeTestFile(dir.filePath(QStringLiteral("story.json")),
        R"({"format": "copydesk.article", "version": 1, "headline": "Handed over"})");
    QVERIFY(!article.isEmpty());

    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("COPYDESK_USER"), QStringLiteral("ann"));
    env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    const QStringList onLibrary {QStringLiteral("--library"), library};

    const auto startWindow = [&env, &onLibrary](QProcess *window) {
        window->setProcessEnvironment(env);
        window->start(QStringLiteral(COPYDESK_BINARY), onLibrary);
        return window->waitForStarted();
    };
    QProcess first;
    const auto stopFirst = qScopeGuard([&first] {
        first.kill();
        first.waitForFinished();
    });
    QVERIFY(startWindow(&first));
    QTRY_COMPARE_WITH_TIMEOUT(sockets(runtime).size(), 1, 60000);
    const QString socket = sockets(runtime).first();
    QTRY_VERIFY_WITH_TIMEOUT(listening(runtime, socket), 60000);

    // The second launch, with an article file to import, ends successfully (a launch that
    // opened a window would not end); the first window goes on. It is still starting: the
    // launch waits for its answer.
    const CliRun second = runCopydesk(onLibrary + QStringList {article}, env, 90000);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(first.state(), QProcess::Running);
    // The same library reached through another spelling of its path goes there too.
    const CliRun relative = runCopydesk(
        {QStringLiteral("--library"), dir.filePath(QStringLiteral("run/../desk.copydesk"))}, env,
        90000);
    QCOMPARE(relative.exitCode, 0);

    // kill -9: the socket stays behind, and nobody answers on it.
    first.kill();
    QVERIFY(first.waitForFinished());
    QCOMPARE(sockets(runtime), QStringList {socket});
    QVERIFY(!listening(runtime, socket));

    // A launch now opens a window of its own (it does not end), and takes the socket over.
    QProcess third;
    const auto stopThird = qScopeGuard([&third] {
        third.kill();
        third.waitForFinished();
    });
    QVERIFY(startWindow(&third));
    QVERIFY2(!third.waitForFinished(5000), third.readAllStandardError().constData());
    // Later launches reach it.
    QTRY_VERIFY_WITH_TIMEOUT(listening(runtime, socket), 60000);
    QCOMPARE(runCopydesk(onLibrary, env, 90000).exitCode, 0);
    QCOMPARE(third.state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
