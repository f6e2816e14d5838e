// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Team library passwords through the real binary, against the test server (whose pw_… logins
// need a password) and a keyring of the test's own (tests/tools/with-keyring.sh): team login
// stores the password, every command then finds it, a wrong stored password is reported once,
// ~/.pgpass (PGPASSFILE) works without the keyring, and without a keyring the messages say so.
#include "copydeskprocess.h"
#include "teamkeyring.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"correct horse battery"_s;

} // namespace

class TestTeamKeyring : public QObject
{
    Q_OBJECT

private:
    QString m_server; ///< The test server's URI, as the superuser.
    QString m_anna; ///< The team library as pw_kr_anna, who needs a password.

    bool psql(const QString &sql, const QString &database)
    {
        return runPsql(m_server, database, sql);
    }

    /// An environment in which the keyring cannot be reached: no D-Bus session bus.
    static QProcessEnvironment withoutKeyring()
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        return env;
    }

    static QString storedPassword(const QString &location)
    {
        const Result<std::optional<QString>> stored = TeamKeyring::password(location);
        if (!stored)
            return u"(error: "_s + stored.error().message + u')';
        return stored->value_or(u"(none)"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString server = qEnvironmentVariable("COPYDESK_TEST_POSTGRES");
        if (server.isEmpty())
            QSKIP("no test server: ./dev test starts one and sets COPYDESK_TEST_POSTGRES");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through tests/tools/with-keyring.sh");
        m_server = server;
        QVERIFY(psql(u"CREATE DATABASE team_keyring"_s, u"postgres"_s));
        QVERIFY(psql(u"CREATE ROLE pw_kr_anna LOGIN PASSWORD '%1'"_s.arg(Password), u"postgres"_s));
        QString library = m_server;
        library.replace(
            QRegularExpression(u"^postgresql:///[^?]*"_s), u"postgresql:///team_keyring"_s);
        const CliRun init = runCopydesk({u"--library"_s, library, u"team"_s, u"init"_s});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const CliRun added = runCopydesk({u"--library"_s, library, u"team"_s, u"add-person"_s,
            u"pw_kr_anna"_s, u"Anna Adler"_s, u"reporter"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        m_anna = library;
        m_anna.replace(QRegularExpression(u"([?&])user=[^&]*"_s), u"\\1user=pw_kr_anna"_s);
    }

    void init() { QVERIFY(TeamKeyring::forget(m_anna)); }

    // Without any password the server refuses, and the message says how to give one.
    void withoutPasswordSaysHowToGiveOne()
    {
        const CliRun run = runCopydesk({u"--library"_s, m_anna, u"list"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no password supplied"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"the system keyring has no password for pw_kr_anna@"_s),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(u"team login"_s) && run.err.contains(u"~/.pgpass"_s),
            qPrintable(run.err));
    }

    // team login checks the password with the server before it stores anything; afterwards
    // every command logs in with the stored one.
    void loginStoresAndCommandsUseIt()
    {
        const CliRun wrong
            = runCopydeskWithInput("not it\n", {u"--library"_s, m_anna, u"team"_s, u"login"_s});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(u"the server refused the password for pw_kr_anna@"_s)
                && wrong.err.contains(u"nothing is stored"_s),
            qPrintable(wrong.err));
        QCOMPARE(storedPassword(m_anna), u"(none)"_s);

        const CliRun login = runCopydeskWithInput(
            Password.toUtf8() + '\n', {u"--library"_s, m_anna, u"team"_s, u"login"_s});
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY2(login.out.contains(u"Logged in as pw_kr_anna."_s), qPrintable(login.out));
        QCOMPARE(storedPassword(m_anna), Password);

        const CliRun list = runCopydesk({u"--library"_s, m_anna, u"list"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        // Anna acts as herself: the login the stored password belongs to.
        const CliRun people = runCopydesk({u"--library"_s, m_anna, u"people"_s});
        QVERIFY2(people.exitCode == 0 && people.out.contains(u"pw_kr_anna"_s),
            qPrintable(people.out + people.err));

        const CliRun logout = runCopydesk({u"--library"_s, m_anna, u"team"_s, u"logout"_s});
        QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
        QVERIFY2(
            logout.out.contains(u"is removed from the system keyring"_s), qPrintable(logout.out));
        QCOMPARE(storedPassword(m_anna), u"(none)"_s);
        const CliRun again = runCopydesk({u"--library"_s, m_anna, u"team"_s, u"forget-password"_s});
        QVERIFY2(again.exitCode == 0 && again.out.contains(u"has no password for pw_kr_anna@"_s),
            qPrintable(again.out + again.err));
    }

    // A password stored earlier that no longer works is reported as such, once.
    void wrongStoredPasswordIsReported()
    {
        QVERIFY(TeamKeyring::remember(m_anna, u"last year's"_s));
        const CliRun run
            = runCopydesk({u"--library"_s, m_anna, u"list"_s}, cliEnvironment(), 20000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(
                u"the server refused the password stored in the system keyring for pw_kr_anna@"_s),
            qPrintable(run.err));
        // The server's own sentence, in its language (a French server's run:
        // tst_teamkeyring_fr_FR).
        QVERIFY2(run.err.contains(serverPasswordRefusal()), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"team login"_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u"copydesk:"_s), 1);
        // The stored password stays until a new one works: nothing is removed behind the
        // user's back.
        QCOMPARE(storedPassword(m_anna), u"last year's"_s);
    }

    // libpq's password file works as before, and comes first: the keyring is not asked.
    void passwordFileWorks()
    {
        QTemporaryDir dir;
        const QString pgpass = writeTestFile(
            dir.filePath(u"pgpass"_s), "*:*:*:pw_kr_anna:" + Password.toUtf8() + '\n');
        QVERIFY(!pgpass.isEmpty());
        QVERIFY(QFile::setPermissions(pgpass, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(TeamKeyring::remember(m_anna, u"last year's"_s));
        QProcessEnvironment env = cliEnvironment();
        env.insert(u"PGPASSFILE"_s, pgpass);
        const CliRun run = runCopydesk({u"--library"_s, m_anna, u"people"_s}, env);
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"pw_kr_anna"_s), qPrintable(run.err));
        // And without the keyring at all.
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        const CliRun alone = runCopydesk({u"--library"_s, m_anna, u"people"_s}, env);
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.err));
    }

    // No Secret Service: commands say that the keyring could not be asked; team login checks
    // the password and says why it cannot keep it.
    void withoutKeyringSaysSo()
    {
        const CliRun run = runCopydesk({u"--library"_s, m_anna, u"list"_s}, withoutKeyring());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"the system keyring could not be asked: no system keyring is "
                                  u"available (no Secret Service on D-Bus)"_s),
            qPrintable(run.err));
        const CliRun login = runCopydeskWithInput(Password.toUtf8() + '\n',
            {u"--library"_s, m_anna, u"team"_s, u"login"_s}, withoutKeyring());
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(login.err.contains(u"the password for pw_kr_anna@"_s)
                && login.err.contains(u"is right but cannot be stored: no system keyring is "
                                      u"available"_s)
                && login.err.contains(u"~/.pgpass"_s),
            qPrintable(login.err));
        QCOMPARE(storedPassword(m_anna), u"(none)"_s);
    }

    void loginWantsAPassword()
    {
        const CliRun empty
            = runCopydeskWithInput("\n", {u"--library"_s, m_anna, u"team"_s, u"login"_s});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(
            empty.err.contains(u"no password given; nothing is stored"_s), qPrintable(empty.err));
        const CliRun file
            = runCopydesk({u"--library"_s, u"/tmp/some.copydesk"_s, u"team"_s, u"login"_s});
        QCOMPARE(file.exitCode, 2);
        QVERIFY2(file.err.contains(u"team login needs a team library"_s), qPrintable(file.err));
    }
};

QTEST_GUILESS_MAIN(TestTeamKeyring)
#include "tst_teamkeyring.moc"
