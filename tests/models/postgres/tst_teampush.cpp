// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// `team push` on the real test server: a local SQLite library with people, articles in several
// statuses, revisions, comments and an audit log is copied into a team library with its
// history intact; a second run adds nothing; unmapped people, a reporter's login and a
// conflicting article each write nothing.
#include "articlefactory.h"
#include "articlejson.h"
#include "libraryopener.h"
#include "sqlitelibrary.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestTeamPush : public QObject
{
    Q_OBJECT

private:
    QString m_server;
    QString m_uri; ///< This test's team library, as the superuser (its first admin).
    int m_databases = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    QStringList m_uuids; ///< The local articles: approved, draft, in review.

    static QString withUser(QString uri, const QString &login)
    {
        return uri.replace(QRegularExpression(u"([?&])user=[^&]*"_s), u"\\1user="_s + login);
    }
    static QString withDatabase(QString uri, const QString &database)
    {
        return uri.replace(
            QRegularExpression(u"^postgresql:///[^?]*"_s), u"postgresql:///"_s + database);
    }
    QString psql(const QString &sql, const QString &database = {})
    {
        QProcess process;
        process.start(u"psql"_s,
            {database.isEmpty() ? m_uri : withDatabase(m_server, database), u"-X"_s, u"-q"_s,
                u"-tA"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-c"_s, sql});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return u"psql failed: "_s + QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }
    QString counts()
    {
        return psql(u"SELECT (SELECT count(*) FROM copydesk.articles) || '/' || "
                    "(SELECT count(*) FROM copydesk.revisions) || '/' || "
                    "(SELECT count(*) FROM copydesk.comments) || '/' || "
                    "(SELECT count(*) FROM copydesk.audit)"_s);
    }
    static SaveOptions by(const QString &author)
    {
        SaveOptions options;
        options.author = author;
        return options;
    }

    /// The local library: Ada (admin), Rita Reyes (reporter), Ed Ames and tp_eve (editors).
    void makeLocalLibrary()
    {
        auto opened = SqliteLibrary::open(m_file, SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        SqliteLibrary &library = **opened;
        People *people = library.people();
        QVERIFY(people->addPerson({u"Ada"_s, Role::Admin}, u"Ada"_s));
        QVERIFY(people->addPerson({u"Rita Reyes"_s, Role::Reporter}, u"Ada"_s));
        QVERIFY(people->addPerson({u"Ed Ames"_s, Role::Editor}, u"Ada"_s));
        QVERIFY(people->addPerson({u"tp_eve"_s, Role::Editor}, u"Ada"_s));
        ArticleStore *store = library.articles();
        Workflow *workflow = library.workflow();
        Review *review = library.review();

        // Approved after a round of changes, with a resolved thread.
        Article approved = Testing::fullArticle();
        approved.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Result<qint64> first = store->create(approved, by(u"Rita Reyes"_s));
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        approved.headline = u"Harbour bridge opens on Monday"_s;
        QVERIFY(store->save(*first, approved, by(u"Rita Reyes"_s)));
        QVERIFY(workflow->apply(*first, WorkflowAction::Submit, u"Rita Reyes"_s));
        const Result<qint64> comment
            = review->addComment(*first, {u"headline"_s}, u"Say which bridge"_s, u"Ed Ames"_s);
        QVERIFY2(comment, comment ? "" : qPrintable(comment.error().message));
        QVERIFY(review->reply(*comment, u"The harbour one"_s, u"Rita Reyes"_s));
        QVERIFY(
            workflow->apply(*first, WorkflowAction::RequestChanges, u"Ed Ames"_s, u"Name it"_s));
        approved = store->load(*first)->article;
        approved.headline = u"Harbour bridge opens to traffic on Monday"_s;
        QVERIFY(store->save(*first, approved, by(u"Rita Reyes"_s)));
        QVERIFY(review->setResolved(*comment, true, u"Ed Ames"_s));
        QVERIFY(workflow->apply(*first, WorkflowAction::Submit, u"Rita Reyes"_s));
        const Result<ArticleStatus> approval
            = workflow->apply(*first, WorkflowAction::Approve, u"tp_eve"_s, u"Good"_s);
        QVERIFY2(approval, approval ? "" : qPrintable(approval.error().message));

        Article draft = Testing::generatedArticle(7, 300);
        draft.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        draft.hero = {};
        const Result<qint64> second = store->create(draft, by(u"Ed Ames"_s));
        QVERIFY(second);

        Article inReview = Testing::generatedArticle(8, 200);
        inReview.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        inReview.hero = {};
        const Result<qint64> third = store->create(inReview, by(u"Rita Reyes"_s));
        QVERIFY(third);
        QVERIFY(workflow->apply(*third, WorkflowAction::Submit, u"Rita Reyes"_s));
        QVERIFY(review->addComment(*third, {u"dek"_s}, u"Too long"_s, u"tp_eve"_s));
        m_uuids = {approved.uuid, draft.uuid, inReview.uuid};
    }

    /// The local article `uuid` and the pushed one agree in everything but the people's names.
    void compare(Library &local, Library &team, const QString &uuid)
    {
        const QHash<QString, QString> login {{u"Ada"_s, u"postgres"_s},
            {u"Rita Reyes"_s, u"tp_rita"_s}, {u"Ed Ames"_s, u"tp_ed"_s},
            {u"tp_eve"_s, u"tp_eve"_s}};
        const qint64 localId = *local.articles()->findByUuid(uuid);
        const Result<qint64> teamId = team.articles()->findByUuid(uuid);
        QVERIFY2(teamId && *teamId > 0, qPrintable(uuid));
        const ArticleRecord mine = *local.articles()->load(localId);
        const ArticleRecord theirs = *team.articles()->load(*teamId);
        QCOMPARE(theirs.article.status, mine.article.status);
        QCOMPARE(theirs.article.owner, login.value(mine.article.owner));
        Article renamed = mine.article;
        renamed.owner = theirs.article.owner;
        QCOMPARE(ArticleJson::toJson(theirs.article), ArticleJson::toJson(renamed));
        QCOMPARE(theirs.created, mine.created);
        QCOMPARE(theirs.revision, mine.revision);

        const QList<RevisionInfo> localRevisions = *local.articles()->revisions(localId);
        const QList<RevisionInfo> teamRevisions = *team.articles()->revisions(*teamId);
        QCOMPARE(teamRevisions.size(), localRevisions.size());
        for (qsizetype i = 0; i < localRevisions.size(); ++i) {
            QCOMPARE(teamRevisions.at(i).number, localRevisions.at(i).number);
            QCOMPARE(teamRevisions.at(i).author, login.value(localRevisions.at(i).author));
            QCOMPARE(teamRevisions.at(i).created, localRevisions.at(i).created);
            QCOMPARE(teamRevisions.at(i).note, localRevisions.at(i).note);
            Article old = *local.articles()->revision(localId, localRevisions.at(i).number);
            Article pushed = *team.articles()->revision(*teamId, localRevisions.at(i).number);
            old.owner = pushed.owner;
            QCOMPARE(ArticleJson::toJson(pushed), ArticleJson::toJson(old));
        }

        const QList<ReviewComment> localComments = *local.review()->comments(localId);
        const QList<ReviewComment> teamComments = *team.review()->comments(*teamId);
        QCOMPARE(teamComments.size(), localComments.size());
        for (qsizetype i = 0; i < localComments.size(); ++i) {
            const ReviewComment &a = localComments.at(i);
            const ReviewComment &b = teamComments.at(i);
            QCOMPARE(b.author, login.value(a.author));
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.anchor, a.anchor);
            QCOMPARE(b.created, a.created);
            QCOMPARE(b.parentId == 0, a.parentId == 0);
            QCOMPARE(b.resolved, a.resolved);
            QCOMPARE(b.resolvedBy, login.value(a.resolvedBy));
        }

        const QList<AuditEntry> localAudit = *local.workflow()->audit(localId);
        const QList<AuditEntry> teamAudit = *team.workflow()->audit(*teamId);
        QCOMPARE(teamAudit.size(), localAudit.size());
        for (qsizetype i = 0; i < localAudit.size(); ++i) {
            QCOMPARE(teamAudit.at(i).actor, login.value(localAudit.at(i).actor));
            QCOMPARE(teamAudit.at(i).action, localAudit.at(i).action);
            QCOMPARE(teamAudit.at(i).from, localAudit.at(i).from);
            QCOMPARE(teamAudit.at(i).to, localAudit.at(i).to);
            QCOMPARE(teamAudit.at(i).note, localAudit.at(i).note);
            QCOMPARE(teamAudit.at(i).revision, localAudit.at(i).revision);
            QCOMPARE(teamAudit.at(i).time, localAudit.at(i).time);
            // Who brought the entry in (the login that pushed); a local library keeps none.
            QCOMPARE(teamAudit.at(i).importedBy, u"postgres"_s);
            QVERIFY(localAudit.at(i).importedBy.isEmpty());
        }
    }

    Result<TeamPushReport> push(const QString &uri)
    {
        return LibraryOpener::pushToTeam(m_file, uri, {{u"Ada"_s, u"postgres"_s}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = QProcessEnvironment::systemEnvironment().value(u"COPYDESK_TEST_POSTGRES"_s);
        if (m_server.isEmpty())
            QSKIP("no test server: ./dev test starts one and sets COPYDESK_TEST_POSTGRES");
    }

    void init()
    {
        const QString name = u"team_push_%1"_s.arg(++m_databases);
        QCOMPARE(psql(u"CREATE DATABASE %1"_s.arg(name), u"postgres"_s), QString());
        m_uri = withDatabase(m_server, name);
        const Result<int> made = LibraryOpener::initializeTeam(m_uri);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(psql(u"SELECT copydesk.add_person('tp_rita', 'Rita Reyes', 'reporter'), "
                      "copydesk.add_person('tp_ed', 'Ed Ames', 'editor'), "
                      "copydesk.add_person('tp_eve', 'Eve Stone', 'editor')"_s),
            u"||"_s);
        m_dir = std::make_unique<QTemporaryDir>();
        m_file = m_dir->filePath(u"local.copydesk"_s);
        makeLocalLibrary();
    }

    void copiesEverythingOnceWithItsHistory()
    {
        const Result<TeamPushReport> report = push(m_uri);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->pushed, 3);
        QCOMPARE(report->alreadyThere, 0);
        QCOMPARE(report->revisions, 3 + 1 + 1);
        QCOMPARE(report->comments, 3 + 1); // the Request changes note is a thread
        QCOMPARE(report->auditEntries, 4 + 1);
        QCOMPARE(counts(), u"3/5/4/5"_s);
        // The log says which entries came from elsewhere, and who brought them.
        QCOMPARE(psql(u"SELECT string_agg(DISTINCT coalesce(imported_by, '-'), ',') "
                      "FROM copydesk.audit"_s),
            u"postgres"_s);

        auto local = LibraryOpener::open(m_file, LibraryOpener::Mode::OpenExisting);
        auto team = LibraryOpener::open(m_uri, LibraryOpener::Mode::OpenExisting);
        QVERIFY(local && team);
        for (const QString &uuid : std::as_const(m_uuids)) {
            compare(**local, **team, uuid);
            if (QTest::currentTestFailed())
                return;
        }
        // The approval is bound to the server's hash of the pushed text: an editor publishes.
        const qint64 approved = *(*team)->articles()->findByUuid(m_uuids.first());
        const ArticleWorkflowState state = *(*team)->workflow()->state(approved);
        QCOMPARE(state.approvedBy, u"tp_eve"_s);
        auto asEd
            = LibraryOpener::open(withUser(m_uri, u"tp_ed"_s), LibraryOpener::Mode::OpenExisting);
        QVERIFY(asEd);
        const Result<ArticleStatus> published
            = (*asEd)->workflow()->apply(approved, WorkflowAction::Publish, u"tp_ed"_s);
        QVERIFY2(published, published ? "" : qPrintable(published.error().message));

        // Again: nothing new, nothing doubled.
        const Result<TeamPushReport> again = push(m_uri);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->pushed, 0);
        QCOMPARE(again->alreadyThere, 3);
        QCOMPARE(again->revisions, 0);
        QCOMPARE(counts(), u"3/5/4/6"_s); // the publish added one entry
    }

    void unmappedPeopleWriteNothing()
    {
        const Result<TeamPushReport> report = LibraryOpener::pushToTeam(m_file, m_uri, {});
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"no team login for “Ada”"_s),
            qPrintable(report.error().message));
        const Result<TeamPushReport> wrongMap
            = LibraryOpener::pushToTeam(m_file, m_uri, {{u"Ada"_s, u"nobody_here"_s}});
        QVERIFY(!wrongMap);
        QVERIFY2(wrongMap.error().message.contains(u"nobody_here is not a person"_s),
            qPrintable(wrongMap.error().message));
        QCOMPARE(counts(), u"0/0/0/0"_s);
    }

    void reporterIsRefusedByTheServer()
    {
        const Result<TeamPushReport> report = push(withUser(m_uri, u"tp_rita"_s));
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(
                     u"only admins push articles with their history; tp_rita is a reporter"_s),
            qPrintable(report.error().message));
        QCOMPARE(counts(), u"0/0/0/0"_s);
    }

    void aConflictWritesNothing()
    {
        // Someone made an article with the draft's id in the team library, with other text.
        auto asRita
            = LibraryOpener::open(withUser(m_uri, u"tp_rita"_s), LibraryOpener::Mode::OpenExisting);
        QVERIFY(asRita);
        Article other = Testing::generatedArticle(99, 100);
        other.uuid = m_uuids.at(1);
        other.hero = {};
        QVERIFY((*asRita)->articles()->create(other, {}));
        const QString before = counts();
        const Result<TeamPushReport> report = push(m_uri);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Conflict);
        QVERIFY2(report.error().message.contains(m_uuids.at(1))
                && report.error().message.contains(u"nothing was pushed"_s),
            qPrintable(report.error().message));
        QCOMPARE(counts(), before);
        QCOMPARE(before, u"1/1/0/0"_s);
    }

    void invalidDataInTheMiddleWritesNothing()
    {
        // The last article's comment is blank (written around Copydesk): the local library
        // reads it, the server refuses it after the first two articles were written, and
        // everything is rolled back.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(u"UPDATE review_comments SET text = '   ' WHERE text = 'Too long'"_s));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const Result<TeamPushReport> report = push(m_uri);
        QVERIFY(!report);
        QVERIFY2(
            report.error().message.contains(m_uuids.at(2)), qPrintable(report.error().message));
        QCOMPARE(counts(), u"0/0/0/0"_s);
        QCOMPARE(psql(u"SELECT count(*) FROM copydesk.images"_s), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestTeamPush)
#include "tst_teampush.moc"
