// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// `copydesk team init` through the real binary against the test server: sets a team library up
// once, says so when it is current, refuses logins that may not, and wants a team URI.
#include "copydeskprocess.h"
#include "postgresschema.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
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

    /// An article file that passes the checklist, in `dir`; empty when it cannot be written.
    static QString writeStory(
        const QTemporaryDir &dir, const QString &uuid, const QString &headline)
    {
        const QString path = dir.filePath(uuid + u".json"_s);
        QFile json(path);
        if (!json.open(QIODevice::WriteOnly))
            return {};
        json.write(uR"({"format": "copydesk.article", "version": 1, "uuid": "%1",
            "headline": "%2", "dek": "Traffic crosses from Monday.",
            "bylines": [{"name": "Rita Reyes", "role": "Reporter"}],
            "published": "2026-12-05T09:00:00Z", "lede": "The bridge opens on Monday.",
            "parts": [{"id": "p1", "kind": "section", "heading": "Background",
            "body": "Work began in 2023 and ran on time."}]})"_s.arg(uuid, headline)
                .toUtf8());
        return path;
    }

    bool psql(const QString &sql, const QString &database) { return runPsql(m_uri, database, sql); }

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
        // Anyone may connect to the throwaway server's databases; only people act in a library.
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
        QVERIFY2(first.out.contains(
                     u"Team library set up (schema %1)"_s.arg(Copydesk::PostgresSchema::Version)),
            qPrintable(first.out));
        const CliRun second = runCopydesk({u"--library"_s, m_uri, u"team"_s, u"init"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(
                     u"set up already (schema %1)"_s.arg(Copydesk::PostgresSchema::Version)),
            qPrintable(second.out));
    }

    // Two people on two "machines" (two HOMEs, two logins) take an article from draft to an
    // exported page; who acts is the login, never a typed name.
    void reporterAndEditorByTheirLogins()
    {
        const CliRun rita = runCopydesk({u"--library"_s, m_uri, u"team"_s, u"add-person"_s,
            u"team_cli_rita"_s, u"Rita Reyes"_s, u"reporter"_s});
        QVERIFY2(rita.exitCode == 0, qPrintable(rita.err));
        QVERIFY2(
            rita.out.contains(u"team_cli_rita (Rita Reyes) is a reporter"_s), qPrintable(rita.out));
        QCOMPARE(runCopydesk({u"--library"_s, m_uri, u"team"_s, u"add-person"_s, u"team_cli_ed"_s,
                                 u"Ed Ames"_s, u"editor"_s})
                     .exitCode,
            0);
        const QString asRita = withUser(m_uri, u"team_cli_rita"_s);
        const QString asEd = withUser(m_uri, u"team_cli_ed"_s);

        const CliRun notAdmin = runCopydesk({u"--library"_s, asRita, u"team"_s, u"add-person"_s,
            u"team_cli_x"_s, u"X"_s, u"admin"_s});
        QCOMPARE(notAdmin.exitCode, 1);
        QVERIFY2(notAdmin.err.contains(u"only admins add people; team_cli_rita is a reporter"_s),
            qPrintable(notAdmin.err));
        const CliRun badRole = runCopydesk({u"--library"_s, m_uri, u"team"_s, u"add-person"_s,
            u"team_cli_x"_s, u"X"_s, u"boss"_s});
        QCOMPARE(badRole.exitCode, 2);

        QTemporaryDir home;
        const QString file = writeStory(
            home, u"3c1e9a52-7d4b-4f0e-9a61-2b8c5d7e4f10"_s, u"Harbour bridge opens"_s);
        QVERIFY(!file.isEmpty());
        const CliRun imported = runCopydesk({u"--library"_s, asRita, u"import"_s, file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        // --user would only mislead: the server knows who is connected.
        const CliRun pretend = runCopydesk(
            {u"--library"_s, asRita, u"--user"_s, u"team_cli_ed"_s, u"approve"_s, u"1"_s});
        QCOMPARE(pretend.exitCode, 1);
        QVERIFY2(pretend.err.contains(u"--user and --author cannot be used on a team library"_s),
            qPrintable(pretend.err));

        const CliRun check = runCopydesk({u"--library"_s, asRita, u"check"_s, u"1"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const CliRun submitted = runCopydesk({u"--library"_s, asRita, u"submit"_s, u"1"_s});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const CliRun selfApproval = runCopydesk({u"--library"_s, asRita, u"approve"_s, u"1"_s});
        QCOMPARE(selfApproval.exitCode, 1);
        QVERIFY2(selfApproval.err.contains(u"Only editors review articles"_s),
            qPrintable(selfApproval.err));
        const CliRun approved = runCopydesk(
            {u"--library"_s, asEd, u"approve"_s, u"1"_s, u"--note"_s, u"Good to go"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));

        const CliRun audit = runCopydesk({u"--library"_s, asRita, u"audit"_s, u"1"_s});
        QVERIFY2(audit.out.contains(u"team_cli_rita"_s) && audit.out.contains(u"team_cli_ed"_s)
                && audit.out.contains(u"Good to go"_s),
            qPrintable(audit.out));
        const QString page = home.filePath(u"bridge.html"_s);
        const CliRun exported
            = runCopydesk({u"--library"_s, asEd, u"export"_s, u"1"_s, u"-o"_s, page});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile html(page);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("Harbour bridge opens"));
    }

    // A local library moves into the team library with its history; a second run adds
    // nothing, and a person without a login stops it before anything is written.
    void pushesALocalLibrary()
    {
        QTemporaryDir home;
        const QString library = home.filePath(u"desk.copydesk"_s);
        const auto local = [&](const QString &user, const QStringList &arguments) {
            return runCopydesk(
                QStringList {u"--library"_s, library, u"--author"_s, user} + arguments);
        };
        const QString file
            = writeStory(home, u"8d2f6c1a-4b3e-4a7d-9c5e-1f0a2b3c4d5e"_s, u"Night ferry returns"_s);
        QVERIFY(!file.isEmpty());
        const CliRun imported = local(u"Rita Reyes"_s, {u"import"_s, file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(local(u"Ada"_s, {u"people"_s, u"add"_s, u"Ada"_s, u"admin"_s}).exitCode, 0);
        QCOMPARE(
            local(u"Ada"_s, {u"people"_s, u"add"_s, u"Rita Reyes"_s, u"reporter"_s}).exitCode, 0);
        const CliRun submitted = local(u"Rita Reyes"_s, {u"submit"_s, u"1"_s});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));

        const CliRun unmapped = runCopydesk({u"team"_s, u"push"_s, library, m_uri});
        QCOMPARE(unmapped.exitCode, 1);
        QVERIFY2(unmapped.err.contains(u"no team login for “Ada”"_s), qPrintable(unmapped.err));
        const CliRun badMap
            = runCopydesk({u"team"_s, u"push"_s, library, m_uri, u"--map"_s, u"Ada"_s});
        QCOMPARE(badMap.exitCode, 2);

        const QStringList push {
            u"team"_s, u"push"_s, library, m_uri, u"--map"_s, u"Ada=postgres"_s};
        const CliRun pushed = runCopydesk(push);
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        QVERIFY2(pushed.out.contains(u"1 article(s) pushed, 0 already there, 1 revision(s), "
                                     "0 comment(s), 1 audit entry(s)"_s),
            qPrintable(pushed.out));
        const CliRun again = runCopydesk(push);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(
            again.out.contains(u"0 article(s) pushed, 1 already there"_s), qPrintable(again.out));

        const CliRun shown = runCopydesk({u"--library"_s, withUser(m_uri, u"team_cli_rita"_s),
            u"audit"_s, u"8d2f6c1a-4b3e-4a7d-9c5e-1f0a2b3c4d5e"_s});
        QVERIFY2(shown.exitCode == 0 && shown.out.contains(u"team_cli_rita"_s),
            qPrintable(shown.out + shown.err));
        // The entry came from the local library: it says who imported it.
        QVERIFY2(shown.out.contains(u"(imported by postgres)"_s), qPrintable(shown.out));
        const CliRun json = runCopydesk({u"--library"_s, withUser(m_uri, u"team_cli_rita"_s),
            u"audit"_s, u"8d2f6c1a-4b3e-4a7d-9c5e-1f0a2b3c4d5e"_s, u"--json"_s});
        QVERIFY2(json.exitCode == 0 && json.out.contains(u"\"importedBy\": \"postgres\""_s),
            qPrintable(json.out + json.err));
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
