// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The workflow log of a team library whose article came in by team push, on the test server:
// the entries copied from the local library say who imported them, the ones written on the
// server since do not.
#include "articlefactory.h"
#include "copydeskprocess.h"
#include "libraryopener.h"
#include "revisionhistorydialog.h"
#include "sqlitelibrary.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestTeamAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = qEnvironmentVariable("COPYDESK_TEST_POSTGRES");
        if (m_server.isEmpty())
            QSKIP("no test server: ./dev test starts one and sets COPYDESK_TEST_POSTGRES");
    }

    void importedEntriesNameWhoImportedThem()
    {
        QVERIFY(runPsql(m_server, u"postgres"_s, u"CREATE DATABASE team_audit_log"_s));
        QString uri = m_server;
        uri.replace(
            QRegularExpression(u"^postgresql:///[^?]*"_s), u"postgresql:///team_audit_log"_s);
        QVERIFY(LibraryOpener::initializeTeam(uri));
        QVERIFY(runPsql(m_server, u"team_audit_log"_s,
            u"SELECT copydesk.add_person('tal_rita', 'Rita Reyes', 'reporter')"_s));

        QTemporaryDir dir;
        const QString file = dir.filePath(u"desk.copydesk"_s);
        {
            auto local = SqliteLibrary::open(file, SqliteArticleStore::OpenMode::CreateIfMissing);
            QVERIFY2(local, local ? "" : qPrintable(local.error().message));
            QVERIFY((*local)->people()->addPerson({u"Ada"_s, Role::Admin}, u"Ada"_s));
            QVERIFY((*local)->people()->addPerson({u"Rita Reyes"_s, Role::Reporter}, u"Ada"_s));
            const Result<qint64> id
                = (*local)->articles()->create(fullArticle(), {u"Rita Reyes"_s, {}, true});
            QVERIFY(id);
            QVERIFY((*local)->workflow()->apply(
                *id, WorkflowAction::Submit, u"Rita Reyes"_s, u"Ready"_s));
        }
        const Result<TeamPushReport> pushed = LibraryOpener::pushToTeam(
            file, uri, {{u"Ada"_s, u"postgres"_s}, {u"Rita Reyes"_s, u"tal_rita"_s}});
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().message));
        QCOMPARE(pushed->auditEntries, 1);

        uri.replace(QRegularExpression(u"([?&])user=[^&]*"_s), u"\\1user=tal_rita"_s);
        auto team = LibraryOpener::open(uri, LibraryOpener::Mode::OpenExisting);
        QVERIFY2(team, team ? "" : qPrintable(team.error().message));
        const qint64 id = (*team)->articles()->list({}).value().first().id;
        // Written here, after the push: no import note.
        const Result<ArticleStatus> withdrawn
            = (*team)->workflow()->apply(id, WorkflowAction::Withdraw, u"tal_rita"_s);
        QVERIFY2(withdrawn, withdrawn ? "" : qPrintable(withdrawn.error().message));

        RevisionHistoryDialog dialog((*team)->articles(), id, u"tal_rita"_s);
        dialog.setWorkflow((*team)->workflow());
        dialog.show();
        dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
        auto *log = dialog.findChild<QTreeWidget *>(u"auditLog"_s);
        QVERIFY(log);
        QCOMPARE(log->topLevelItemCount(), 2);
        QCOMPARE(log->topLevelItem(0)->text(1), u"tal_rita (imported by postgres)"_s);
        QCOMPARE(log->topLevelItem(0)->text(4), u"Ready"_s);
        QCOMPARE(log->topLevelItem(1)->text(1), u"tal_rita"_s);
        QCOMPARE(log->topLevelItem(1)->text(2), actionLabel(WorkflowAction::Withdraw));
    }

private:
    QString m_server;
};

QTEST_MAIN(TestTeamAuditLog)
#include "tst_teamauditlog.moc"
