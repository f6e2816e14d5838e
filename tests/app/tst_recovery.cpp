// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "sqlitearticlestore.h"

#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Copydesk;

/// kill -9 in the middle of typing, with real processes: the window is killed, a new window is
/// started on the same library and must report what it recovered, and the library must hold
/// everything typed up to two seconds before.
///
/// Two routes: the real copydesk binary on an Xvfb display, typed into with xdotool (real X key
/// events through the window's shortcuts and focus), and a helper window that types with QTest
/// on the offscreen platform (runs where Xvfb or xdotool are missing, and kills at a moment the
/// helper itself chose, after checking the autosave state in-process).
class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void recoversAfterKillNine();
    void realCopydeskRecoversAfterKillNine();
    void realCopydeskQuitsCleanlyOnSigterm();
};

namespace {

/// Runs xdotool with `arguments` on `display`; its standard output, trimmed.
QByteArray xdotool(const QString &display, const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0)
        qWarning() << "xdotool" << arguments << "failed:" << process.readAllStandardError();
    return process.readAllStandardOutput().trimmed();
}

/// The headlines of the library's live articles, read by a separate connection as another
/// process would; empty when the library cannot be read at the moment.
QStringList headlines(const QString &library)
{
    auto store = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::OpenExisting);
    if (!store)
        return {};
    const auto listed = (*store)->list({});
    QStringList result;
    for (const ArticleSummary &summary : listed ? *listed : QList<ArticleSummary>())
        result << summary.headline;
    return result;
}

} // namespace

void TestRecovery::realCopydeskRecoversAfterKillNine()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        QSKIP("Needs Xvfb and xdotool (./dev installs both into the toolbox).");

    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("crash.copydesk"));
    {
        // Not empty and with a named publication, so the window neither offers the sample
        // article nor asks for the publication's name.
        auto store
            = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        QVERIFY((*store)->create(Testing::fullArticle(), {QStringLiteral("ann"), {}, true}));
        PublicationProfile profile;
        profile.name = QStringLiteral("The Harbour Herald");
        QVERIFY((*store)->setPublicationProfile(profile));
    }

    QProcess server;
    server.start(xvfb,
        {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
            QStringLiteral("0"), QStringLiteral("1280x900x24"), QStringLiteral("-nolisten"),
            QStringLiteral("tcp")});
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine() || server.state() != QProcess::Running, 30000);
    const QString display = u':' + QString::fromLatin1(server.readLine().trimmed());
    QVERIFY2(display.size() > 1, "Xvfb did not report its display");
    const auto stopServer = qScopeGuard([&server] {
        server.terminate();
        server.waitForFinished(5000);
    });

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));
    const QStringList arguments {
        QStringLiteral("--library"), library, QStringLiteral("--author"), QStringLiteral("ann")};

    QProcess writer;
    writer.setProcessEnvironment(env);
    writer.start(QStringLiteral(COPYDESK_BINARY), arguments);
    QVERIFY(writer.waitForStarted());
    const QByteArray window = xdotool(display,
        {QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
            QStringLiteral("--name"), QStringLiteral("Copydesk")},
        60000)
                                  .split('\n')
                                  .value(0);
    QVERIFY2(!window.isEmpty(), writer.readAllStandardError().constData());
    xdotool(display,
        {QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::fromLatin1(window)});

    // File › New Article (Ctrl+N) puts the cursor in the headline; autosave stores the new
    // article (revision 1) within two seconds of the typing.
    xdotool(display, {QStringLiteral("key"), QStringLiteral("ctrl+n")});
    xdotool(display,
        {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"),
            QStringLiteral("Typed before the crash")});
    QTRY_VERIFY_WITH_TIMEOUT(
        headlines(library).contains(QStringLiteral("Typed before the crash")), 10000);
    // More typing: autosaved without a kept revision, which is what recovery must then keep.
    xdotool(display,
        {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"),
            QStringLiteral(" and stored")});
    QTRY_VERIFY_WITH_TIMEOUT(
        headlines(library).contains(QStringLiteral("Typed before the crash and stored")), 10000);

    writer.kill(); // SIGKILL: no close event, no destructor, no clean-up of any kind.
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QVERIFY(headlines(library).contains(QStringLiteral("Typed before the crash and stored")));

    QProcess reopened;
    reopened.setProcessEnvironment(env);
    reopened.start(QStringLiteral(COPYDESK_BINARY), arguments);
    QVERIFY(reopened.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += reopened.readAllStandardError()).contains("Typed before the crash and stored")
            || reopened.state() != QProcess::Running,
        60000);
    QVERIFY2(err.contains("not closed properly"), err.constData());
    QVERIFY2(err.contains("Typed before the crash and stored"), err.constData());

    // The recovered text is kept as a revision of its own.
    auto store = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::OpenExisting);
    QVERIFY(store);
    const auto listed = (*store)->list({});
    QVERIFY(listed);
    const auto typed = std::find_if(listed->cbegin(), listed->cend(), [](const auto &summary) {
        return summary.headline == QLatin1String("Typed before the crash and stored");
    });
    QVERIFY(typed != listed->cend());
    const qint64 id = typed->id;
    QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of((*store)->revisions(id).value(),
                                 [](const RevisionInfo &r) {
                                     return r.note
                                         == QLatin1String("Recovered after an unclean shutdown");
                                 }),
        10000);
    reopened.terminate();
    QVERIFY(reopened.waitForFinished(30000));
}

void TestRecovery::realCopydeskQuitsCleanlyOnSigterm()
{
    // A logout or `kill` (SIGTERM) closes the window as Quit does: exit code 0, and the next
    // start reports no unclean shutdown.
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("term.copydesk"));
    {
        auto store
            = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        QVERIFY((*store)->create(Testing::fullArticle(), {QStringLiteral("ann"), {}, true}));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("COPYDESK_TRACE_STARTUP"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const QStringList arguments {
        QStringLiteral("--library"), library, QStringLiteral("--author"), QStringLiteral("ann")};
    for (int run = 0; run < 2; ++run) {
        QProcess copydesk;
        copydesk.setProcessEnvironment(env);
        copydesk.start(QStringLiteral(COPYDESK_BINARY), arguments);
        QVERIFY(copydesk.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += copydesk.readAllStandardOutput()).contains("preview painted")
                || copydesk.state() != QProcess::Running,
            60000);
        QVERIFY2(out.contains("preview painted"), copydesk.readAllStandardError().constData());
        copydesk.terminate();
        QVERIFY(copydesk.waitForFinished(30000));
        const QByteArray err = copydesk.readAllStandardError();
        QCOMPARE(copydesk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(copydesk.exitCode(), 0);
        QVERIFY2(!err.contains("not closed properly"), err.constData());
    }
}

void TestRecovery::recoversAfterKillNine()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("crash.copydesk"));
    qint64 id = 0;
    {
        auto store
            = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        const auto created
            = (*store)->create(Testing::fullArticle(), {QStringLiteral("ann"), {}, true});
        QVERIFY(created);
        id = *created;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));

    QProcess writer;
    writer.setProcessEnvironment(env);
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(RECOVERY_HELPER),
        {library, dir.filePath(QStringLiteral("config/copydeskrc")), QStringLiteral("type")});
    QVERIFY(writer.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine() || writer.state() != QProcess::Running, 60000);
    const QByteArray line = writer.readLine();
    QVERIFY2(line.startsWith("STORED"), line.constData());
    writer.kill(); // SIGKILL: no close event, no destructor, no clean-up of any kind.
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    {
        auto store = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::OpenExisting);
        QVERIFY(store);
        QVERIFY2((*store)->load(id)->article.headline.startsWith(
                     QStringLiteral("Typed before the crash")),
            qPrintable((*store)->load(id)->article.headline));
    }

    QProcess copydesk;
    copydesk.setProcessEnvironment(env);
    copydesk.start(QStringLiteral(RECOVERY_HELPER),
        {library, dir.filePath(QStringLiteral("config/copydeskrc")), QStringLiteral("reopen")});
    QVERIFY(copydesk.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += copydesk.readAllStandardError()).contains("Typed before the crash")
            || copydesk.state() != QProcess::Running,
        60000);
    QVERIFY2(err.contains("not closed properly"), err.constData());
    QVERIFY(err.contains("Typed before the crash"));
    QVERIFY(copydesk.waitForFinished(30000));
    QCOMPARE(copydesk.exitCode(), 0);

    auto store = SqliteArticleStore::open(library, SqliteArticleStore::OpenMode::OpenExisting);
    const auto revisions = (*store)->revisions(id);
    QVERIFY(revisions);
    const auto recovered
        = std::find_if(revisions->cbegin(), revisions->cend(), [](const RevisionInfo &r) {
              return r.note == QLatin1String("Recovered after an unclean shutdown");
          });
    QVERIFY(recovered != revisions->cend());
    QVERIFY((*store)
            ->revision(id, recovered->number)
            ->headline.startsWith(QStringLiteral("Typed before the crash")));
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
