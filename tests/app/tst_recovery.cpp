#include "articlefactory.h"
#include "sqlitearticlestore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

/// kill -9 in the middle of typing, with real processes: the window (a helper that types like a
/// writer) is killed, a new window is started on the same library and must report what it
/// recovered, and the library must hold everything typed up to two seconds before.
class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void recoversAfterKillNine();
};

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
