// `copydesk team init` through the real binary against the test server: sets a team library up
// once, says so when it is current, refuses logins that may not, and wants a team URI.
#include "copydeskprocess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestTeamCli : public QObject
{
    Q_OBJECT

private:
    QString m_uri;

    static QString withUser(QString uri, const QString &login)
    {
        return uri.replace(QRegularExpression(u"([?&])user=[^&]*"_s), u"\\1user="_s + login);
    }

    bool psql(const QString &sql, const QString &database)
    {
        QString uri = m_uri;
        uri.replace(QRegularExpression(u"^postgresql:///[^?]*"_s), u"postgresql:///"_s + database);
        return QProcess::execute(
                   u"psql"_s, {uri, u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-c"_s, sql})
            == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString server = qEnvironmentVariable("COPYDESK_TEST_POSTGRES");
        if (server.isEmpty())
            QSKIP("no test server: ./dev test starts one and sets COPYDESK_TEST_POSTGRES");
        m_uri = server;
        QVERIFY(psql(u"CREATE DATABASE team_cli"_s, u"postgres"_s));
        m_uri.replace(QRegularExpression(u"^postgresql:///[^?]*"_s), u"postgresql:///team_cli"_s);
        QVERIFY(psql(u"DROP ROLE IF EXISTS team_cli_rita; CREATE ROLE team_cli_rita LOGIN"_s,
            u"team_cli"_s));
    }

    void initOnceThenSaysItIsCurrent()
    {
        const CliRun byRita = runCopydesk(
            {u"--library"_s, withUser(m_uri, u"team_cli_rita"_s), u"team"_s, u"init"_s});
        QCOMPARE(byRita.exitCode, 1);
        QVERIFY2(byRita.err.contains(u"team_cli_rita may not set up a team library"_s),
            qPrintable(byRita.err));

        const CliRun first = runCopydesk({u"--library"_s, m_uri, u"team"_s, u"init"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"Team library set up (schema 1)"_s), qPrintable(first.out));
        const CliRun second = runCopydesk({u"--library"_s, m_uri, u"team"_s, u"init"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(u"set up already (schema 1)"_s), qPrintable(second.out));
    }

    void wantsATeamLibrary()
    {
        const CliRun run
            = runCopydesk({u"--library"_s, u"/tmp/some.copydesk"_s, u"team"_s, u"init"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"team init needs a team library"_s), qPrintable(run.err));
        const CliRun noAction = runCopydesk({u"--library"_s, m_uri, u"team"_s});
        QCOMPARE(noAction.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
