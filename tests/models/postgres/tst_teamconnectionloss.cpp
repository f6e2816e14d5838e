// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The server goes away mid-edit: every open connection is cut and no new one is accepted for a
// while (as when a server stops), and the reporter keeps typing. Nothing typed may be lost:
// autosave fails, says so, tries again on its own with a growing delay, and once the server
// accepts connections again the session reconnects and the text arrives whole.
#include "articledocument.h"
#include "autosavecontroller.h"
#include "backendlibrary.h"
#include "unsavedjournal.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString libraryDatabase(BackendLibrary &team)
{
    return team.raw(u"SELECT current_database()"_s).toString();
}

/// The outage: the library's database refuses new connections and every open one of `login`
/// is cut, as when the server stops.
bool serverAway(BackendLibrary &team, const QString &database, const QString &login)
{
    return team.rawOnServer(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(database)).isValid()
        && team.rawOnServer(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE usename = '%1' AND datname = '%2'"_s.arg(login, database))
               .isValid();
}

bool serverBack(BackendLibrary &team, const QString &database)
{
    return team.rawOnServer(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(database)).isValid();
}

} // namespace

class tst_TeamConnectionLoss : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendLibrary> m_team;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!BackendLibrary::isPostgres())
            QSKIP("a team library test: runs as tst_teamconnectionloss_postgres");
        if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void init()
    {
        m_team = std::make_unique<BackendLibrary>();
        QVERIFY2(m_team->isValid(), qPrintable(m_team->error()));
        QVERIFY2(m_team->addPeople({{u"ada"_s, Role::Admin}, {u"ann"_s, Role::Reporter}}),
            qPrintable(m_team->error()));
    }

    void cleanup() { m_team.reset(); }

    void typingThroughAnOutageLosesNothing()
    {
        BackendLibrary &team = *m_team;
        Library *ann = team.as(u"ann"_s);
        QVERIFY(ann);
        Article draft;
        draft.headline = u"Council votes on the harbour"_s;
        ArticlePart body = ArticlePart::make(ArticlePart::Kind::Section, u"Latest"_s);
        body.body = u"The vote is at noon."_s;
        draft.parts = {body};
        const Result<qint64> id = ann->articles()->create(draft, {u"ann"_s, {}, true});
        QVERIFY(id);

        ArticleDocument document;
        document.reset(ann->articles()->load(*id)->article);
        AutosaveController autosave(ann->articles(), &document);
        autosave.setTimings(100, 200, 60'000, 600'000);
        autosave.open(*id);
        QSignalSpy retrying(&autosave, &AutosaveController::retrying);

        // The outage: the database refuses new connections and every open one is cut.
        const QString database = libraryDatabase(team);
        QVERIFY(serverAway(team, database, u"ann"_s));

        QString typed = u"The vote is at noon."_s;
        const QStringList words = {u"Protesters"_s, u"gathered"_s, u"outside"_s, u"before"_s,
            u"dawn,"_s, u"and"_s, u"the"_s, u"mayor"_s, u"spoke"_s, u"first."_s};
        for (const QString &word : words) {
            typed += u' ' + word;
            QVERIFY(document.setPartBody(document.article().parts.first().id, typed));
            QTest::qWait(150);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!retrying.isEmpty(), 5000);
        QCOMPARE(autosave.state(), AutosaveController::State::Failed);
        QVERIFY2(autosave.lastError().contains(u"connection"_s), qPrintable(autosave.lastError()));
        QCOMPARE(document.article().parts.first().body, typed); // all of it still here

        // The server is back: the next retry reconnects and stores every word.
        QVERIFY(serverBack(team, database));
        QTRY_VERIFY2_WITH_TIMEOUT(autosave.state() == AutosaveController::State::Saved,
            qPrintable(autosave.lastError()), 20000);
        Library *ada = team.as(u"ada"_s);
        QVERIFY(ada);
        QCOMPARE(ada->articles()->load(*id)->article.parts.first().body, typed);

        // And it goes on working: live updates and saves on the new connection.
        typed += u" Then the vote."_s;
        QVERIFY(document.setPartBody(document.article().parts.first().id, typed));
        QVERIFY(autosave.saveNow());
        QCOMPARE(ada->articles()->load(*id)->article.parts.first().body, typed);
    }

    void aCrashDuringAnOutageLosesNothing()
    {
        BackendLibrary &team = *m_team;
        Library *ann = team.as(u"ann"_s);
        QVERIFY(ann);
        Article draft;
        draft.headline = u"Ferry strike"_s;
        const Result<qint64> id = ann->articles()->create(draft, {u"ann"_s});
        QVERIFY(id);
        const Result<ArticleRecord> opened = ann->articles()->load(*id);
        QVERIFY(opened);
        const QString uuid = opened->article.uuid;
        QTemporaryDir folder;
        UnsavedJournal journal(ann->articles()->location(), folder.path());

        const QString database = libraryDatabase(team);
        QVERIFY(serverAway(team, database, u"ann"_s));
        {
            // Typing while the server is away, then the program dies: no clean close.
            ArticleDocument document;
            AutosaveController autosave(ann->articles(), &document);
            autosave.setJournal(&journal);
            document.reset(opened->article);
            autosave.open(*id);
            autosave.setBase(*opened);
            QVERIFY(document.setText(ArticleDocument::Field::Headline, u"Ferry strike ends"_s));
            QVERIFY(!autosave.saveNow());
            QVERIFY(QFile::exists(journal.fileName(uuid)));
            QVERIFY(document.setText(ArticleDocument::Field::Dek, u"Crews return at six."_s));
            QVERIFY(!autosave.saveNow());
        }
        QVERIFY(serverBack(team, database));

        // The next start opens the article and finds every word.
        // (The session reconnects at most once a second, on the next statement.)
        Library *again = team.as(u"ann"_s);
        QTRY_VERIFY_WITH_TIMEOUT(again->articles()->load(*id), 10000);
        const Result<ArticleRecord> stored = again->articles()->load(*id);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->article.headline, u"Ferry strike"_s);
        ArticleDocument document;
        AutosaveController autosave(again->articles(), &document);
        autosave.setJournal(&journal);
        document.reset(stored->article);
        autosave.open(*id);
        autosave.setBase(*stored);
        QVERIFY(autosave.recoverUnsaved().isValid());
        QCOMPARE(document.article().headline, u"Ferry strike ends"_s);
        QCOMPARE(document.article().dek, u"Crews return at six."_s);
        QVERIFY(document.isModified());
        QVERIFY2(autosave.saveNow(), qPrintable(autosave.lastError()));
        QCOMPARE(again->articles()->load(*id)->article.dek, u"Crews return at six."_s);
        QVERIFY(!QFile::exists(journal.fileName(uuid)));
        QVERIFY(!autosave.recoverUnsaved().isValid());
    }
};

QTEST_GUILESS_MAIN(tst_TeamConnectionLoss)
#include "tst_teamconnectionloss.moc"
