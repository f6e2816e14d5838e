// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Presence on a team library: two people, each with a session (a login, a connection) of their
// own. Who holds an article, a heartbeat that stops, a connection that drops, an editor taking
// over with a note, and the notification reaching the other session.
#include "backendlibrary.h"
#include "presence.h"
#include "workflow.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class tst_TeamPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!BackendLibrary::isPostgres())
            QSKIP("a team library test: runs as tst_teampresence_postgres");
        if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void init()
    {
        m_team = std::make_unique<BackendLibrary>();
        QVERIFY2(m_team->isValid(), qPrintable(m_team->error()));
        QVERIFY2(
            m_team->addPeople({{u"ada"_s, Role::Admin, u"Ada Admin"_s},
                {u"rita"_s, Role::Reporter, u"Rita Reyes"_s},
                {u"rex"_s, Role::Reporter, u"Rex Reed"_s}, {u"ed"_s, Role::Editor, u"Ed Eder"_s}}),
            qPrintable(m_team->error()));
        m_rita = m_team->as(u"rita"_s);
        m_ed = m_team->as(u"ed"_s);
        m_rex = m_team->as(u"rex"_s);
        QVERIFY(m_rita && m_ed && m_rex);
        QVERIFY(m_rita->presence() && m_ed->presence() && m_rex->presence());
        Article draft;
        draft.headline = u"Harbour vote"_s;
        const Result<qint64> id = m_rita->articles()->create(draft, {u"rita"_s, {}, true});
        QVERIFY(id);
        m_id = *id;
    }

    void cleanup() { m_team.reset(); }

    void claimSeeHolderRelease()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        const Result<ArticleHolder> mine = m_rita->presence()->claim(m_id);
        QVERIFY2(mine, qPrintable(mine ? QString() : mine.error().message));
        QVERIFY(mine->here);
        QCOMPARE(mine->login, u"rita"_s);

        const Result<ArticleHolder> theirs = m_ed->presence()->claim(m_id);
        QVERIFY(theirs);
        QVERIFY(!theirs->here);
        QCOMPARE(theirs->login, u"rita"_s);
        QCOMPARE(theirs->name, u"Rita Reyes"_s);
        QVERIFY(theirs->since >= before && theirs->since <= QDateTime::currentDateTimeUtc());

        // The listing: others see the holder, the holder sees nobody else.
        const auto seenByEd = m_ed->presence()->holders({m_id, m_id + 1000});
        QVERIFY(seenByEd);
        QCOMPARE(seenByEd->size(), 1);
        QCOMPARE(seenByEd->value(m_id).name, u"Rita Reyes"_s);
        QVERIFY(m_rita->presence()->holders({m_id})->isEmpty());

        // A heartbeat keeps the lease and its start.
        const Result<ArticleHolder> renewed = m_rita->presence()->claim(m_id);
        QVERIFY(renewed && renewed->here);
        QCOMPARE(renewed->since, mine->since);

        QVERIFY(m_rita->presence()->release(m_id));
        QVERIFY(m_ed->presence()->holders({m_id})->isEmpty());
        const Result<ArticleHolder> now = m_ed->presence()->claim(m_id);
        QVERIFY(now && now->here);
        QCOMPARE(now->name, u"Ed Eder"_s);

        // A missing article is NotFound, and nothing is claimed.
        const Result<ArticleHolder> missing = m_ed->presence()->claim(m_id + 1000);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QCOMPARE(m_team->raw(u"SELECT count(*) FROM copydesk.leases"_s).toInt(), 1);
    }

    void staleHeartbeatFreesTheLease()
    {
        QVERIFY(m_rita->presence()->claim(m_id)->here);
        QVERIFY(!m_ed->presence()->claim(m_id)->here);
        // Rita's window hangs: no heartbeat for more than 30 seconds.
        QVERIFY(m_team
                ->raw(u"UPDATE copydesk.leases SET heartbeat = now() - interval '31 s' "
                      "RETURNING 1"_s)
                .isValid());
        QVERIFY(m_ed->presence()->holders({m_id})->isEmpty());
        const Result<ArticleHolder> taken = m_ed->presence()->claim(m_id);
        QVERIFY(taken && taken->here);
        // Her next heartbeat finds Ed there.
        const Result<ArticleHolder> back = m_rita->presence()->claim(m_id);
        QVERIFY(back && !back->here);
        QCOMPARE(back->login, u"ed"_s);
    }

    void droppedConnectionFreesTheLease()
    {
        QVERIFY(m_rita->presence()->claim(m_id)->here);
        QVERIFY(!m_ed->presence()->claim(m_id)->here);
        const QString database = m_team->raw(u"SELECT current_database()"_s).toString();
        QCOMPARE(m_team
                     ->rawOnServer(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                   "WHERE usename = 'rita' AND datname = '%1'"_s.arg(database))
                     .toInt(),
            1);
        // The heartbeat is fresh, but the connection that claimed it is gone.
        QTRY_VERIFY_WITH_TIMEOUT(m_ed->presence()->holders({m_id})->isEmpty(), 5000);
        QVERIFY(m_ed->presence()->claim(m_id)->here);
    }

    void editorTakesOverWithANote()
    {
        QVERIFY(m_rita->presence()->claim(m_id)->here);
        QSignalSpy told(m_rita->presence(), &Presence::presenceChanged);

        QVERIFY(!m_rex->presence()->canTakeOver());
        const Result<ArticleHolder> refused = m_rex->presence()->takeOver(m_id, u"mine now"_s);
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message.contains(u"reporter"_s), qPrintable(refused.error().message));
        QVERIFY(m_ed->presence()->canTakeOver());
        const Result<ArticleHolder> noNote = m_ed->presence()->takeOver(m_id, u"  "_s);
        QVERIFY(!noNote);
        QVERIFY2(noNote.error().message.contains(u"note"_s), qPrintable(noNote.error().message));
        QVERIFY(m_ed->presence()->holders({m_id})->contains(m_id)); // still Rita's

        const Result<ArticleHolder> taken
            = m_ed->presence()->takeOver(m_id, u"Deadline: I finish it"_s);
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
        QVERIFY(taken->here);
        QCOMPARE(taken->takenFrom, u"Rita Reyes"_s);

        // Rita's window is told, and her next heartbeat says who and why.
        QTRY_VERIFY_WITH_TIMEOUT(told.contains(QVariantList {m_id}), 5000);
        const Result<ArticleHolder> lost = m_rita->presence()->claim(m_id);
        QVERIFY(lost && !lost->here);
        QCOMPARE(lost->name, u"Ed Eder"_s);
        QCOMPARE(lost->note, u"Deadline: I finish it"_s);

        // Audited, with the note.
        const Result<QList<AuditEntry>> audit = m_ed->workflow()->audit(m_id);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, u"takeOver"_s);
        QCOMPARE(audit->first().actor, u"ed"_s);
        QVERIFY2(audit->first().note.contains(u"Deadline: I finish it"_s),
            qPrintable(audit->first().note));
    }

    void otherSessionsHearOfClaimsAndReleases()
    {
        QSignalSpy changed(m_ed->presence(), &Presence::presenceChanged);
        QVERIFY(m_rita->presence()->claim(m_id)->here);
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList {m_id}), 5000);
        changed.clear();
        // Heartbeats are not announced.
        QVERIFY(m_rita->presence()->claim(m_id)->here);
        QTest::qWait(300);
        QVERIFY(changed.isEmpty());
        QVERIFY(m_rita->presence()->release(m_id));
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList {m_id}), 5000);
    }

private:
    std::unique_ptr<BackendLibrary> m_team;
    Library *m_rita = nullptr;
    Library *m_ed = nullptr;
    Library *m_rex = nullptr;
    qint64 m_id = 0;
};

QTEST_GUILESS_MAIN(tst_TeamPresence)
#include "tst_teampresence.moc"
