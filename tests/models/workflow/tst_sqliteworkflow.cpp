// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The workflow on a real library file: people, transitions with their audit log, approval that
// a content edit invalidates (and a comment does not), the checklist blocking approval, review
// comments and views, and the database refusing what the application would never write.
#include "articlejson.h"
#include "articlestats.h"
#include "sqlitearticlestore.h"
#include "sqliteworkflow.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

using S = ArticleStatus;
using A = WorkflowAction;

Article story()
{
    Article a;
    a.headline = u"Ferry service resumes after storm"_s;
    a.dek = u"Crossings restart at dawn."_s;
    a.bylines = {{u"Ann Reporter"_s, {}}};
    a.published = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
    a.lede = u"The ferry runs again."_s;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Background"_s);
    section.body = u"The storm closed the port for three days."_s;
    ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts);
    facts.items = {u"Three days closed"_s};
    a.parts = {section, facts};
    a.owner = u"ann"_s;
    return a;
}

SaveOptions by(const QString &author, bool keep = true)
{
    SaveOptions options;
    options.author = author;
    options.keepRevision = keep;
    return options;
}

} // namespace

class tst_SqliteWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void people();
    void reporterToEditorToPublished();
    void selfApprovalRefused();
    void contentEditInvalidatesApproval();
    void saveOutsideWorkflowInvalidatesApproval();
    void commentKeepsApproval();
    void requiredRulesBlockApproval_data();
    void requiredRulesBlockApproval();
    void headlineLimitFromProfile_data();
    void headlineLimitFromProfile();
    void spikeAndRestore();
    void reassign();
    void rawSqlRefused_data();
    void rawSqlRefused();
    void noWorkflowWithoutPeople();
    void transitionsTableMatchesRules();
    void comments();
    void changesSinceReview();
    void views();

private:
    qint64 createStory(const Article &article = story());
    QString raw(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteArticleStore> m_store;
    std::unique_ptr<SqliteWorkflow> m_workflow;
};

void tst_SqliteWorkflow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = SqliteArticleStore::open(
        m_dir->filePath(u"library.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
    auto workflow = SqliteWorkflow::open(*m_store);
    QVERIFY2(workflow, workflow ? "" : qPrintable(workflow.error().message));
    m_workflow = std::move(workflow).value();
    QVERIFY(m_workflow->addPerson({u"ada"_s, Role::Admin}, u"anyone"_s));
    for (const Person &p : {Person {u"ann"_s, Role::Reporter}, Person {u"rob"_s, Role::Reporter},
             Person {u"eve"_s, Role::Editor}, Person {u"ed"_s, Role::Editor}})
        QVERIFY(m_workflow->addPerson(p, u"ada"_s));
}

void tst_SqliteWorkflow::cleanup()
{
    m_workflow.reset();
    m_store.reset();
    m_dir.reset();
}

qint64 tst_SqliteWorkflow::createStory(const Article &article)
{
    const Result<qint64> id = m_store->create(article, by(u"ann"_s));
    return id ? *id : 0;
}

/// Runs `sql` on a connection of its own, as another tool would; returns the error text.
QString tst_SqliteWorkflow::raw(const QString &sql)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(m_dir->filePath(u"library.copydesk"_s));
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(sql))
            error = query.lastError().databaseText();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return error;
}

void tst_SqliteWorkflow::people()
{
    const auto everyone = m_workflow->people();
    QVERIFY(everyone);
    QCOMPARE(everyone->size(), 5);
    QCOMPARE(everyone->first(), (Person {u"ada"_s, Role::Admin}));
    const Status refused = m_workflow->addPerson({u"zed"_s, Role::Admin}, u"eve"_s);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"only admins add people"_s));
    QCOMPARE(m_workflow->person(u"zed"_s).error().code, Error::Code::NotFound);
    QVERIFY(m_workflow->addPerson({u"rob"_s, Role::Editor}, u"ada"_s));
    QCOMPARE(m_workflow->person(u"rob"_s)->role, Role::Editor);
}

void tst_SqliteWorkflow::reporterToEditorToPublished()
{
    const qint64 id = createStory();
    QVERIFY(id);
    QCOMPARE(m_workflow->apply(id, A::Submit, u"ann"_s).value(), S::InReview);
    const auto approved = m_workflow->apply(id, A::Approve, u"eve"_s, u"Clean copy"_s);
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    QCOMPARE(*approved, S::Approved);
    QCOMPARE(m_workflow->apply(id, A::Publish, u"eve"_s).value(), S::Published);

    const ArticleRecord record = m_store->load(id).value();
    QCOMPARE(record.article.status, S::Published);
    QCOMPARE(m_store->list({}).value().first().status, S::Published);
    const ArticleWorkflowState state = m_workflow->state(id).value();
    QCOMPARE(state.approvedBy, u"eve"_s);
    QCOMPARE(state.approvedRevision, record.revision);
    QCOMPARE(state.approvedHash, ArticleJson::contentHash(record.article));

    const QList<AuditEntry> audit = m_workflow->audit(id).value();
    QCOMPARE(audit.size(), 3);
    const QList<std::tuple<QString, QString, S, S>> expected = {
        {u"ann"_s, u"submit"_s, S::Draft, S::InReview},
        {u"eve"_s, u"approve"_s, S::InReview, S::Approved},
        {u"eve"_s, u"publish"_s, S::Approved, S::Published},
    };
    for (qsizetype i = 0; i < audit.size(); ++i) {
        const AuditEntry &e = audit.at(i);
        QCOMPARE(e.actor, std::get<0>(expected.at(i)));
        QCOMPARE(e.action, std::get<1>(expected.at(i)));
        QCOMPARE(e.from, std::get<2>(expected.at(i)));
        QCOMPARE(e.to, std::get<3>(expected.at(i)));
        QCOMPARE(e.articleId, id);
        QCOMPARE(e.revision, 1);
        QCOMPARE(e.contentHash, ArticleJson::contentHash(record.article));
        QVERIFY(qAbs(e.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(i == 0 || e.id > audit.at(i - 1).id);
    }
    QCOMPARE(audit.at(1).note, u"Clean copy"_s);
}

void tst_SqliteWorkflow::selfApprovalRefused()
{
    Article article = story();
    article.owner = u"ed"_s; // an editor's own story
    const qint64 id = createStory(article);
    QCOMPARE(m_workflow->apply(id, A::Submit, u"ed"_s).value(), S::InReview);
    const auto own = m_workflow->apply(id, A::Approve, u"ed"_s);
    QVERIFY(!own);
    QVERIFY(own.error().message.contains(u"ed wrote or changed this article"_s));

    // An editor who changed the text while reviewing cannot approve it either.
    article.headline += u" today"_s;
    QVERIFY(m_workflow->save(id, article, by(u"eve"_s)));
    QVERIFY(m_workflow->state(id)->editorsSinceReview.contains(u"eve"_s));
    QVERIFY(!m_workflow->apply(id, A::Approve, u"eve"_s));
    QVERIFY(!m_workflow->apply(id, A::RequestChanges, u"eve"_s));
    QCOMPARE(m_store->load(id)->article.status, S::InReview);
    QCOMPARE(m_workflow->audit(id)->size(), 1);
}

void tst_SqliteWorkflow::contentEditInvalidatesApproval()
{
    const qint64 id = createStory();
    QVERIFY(m_workflow->apply(id, A::Submit, u"ann"_s));
    QVERIFY(m_workflow->apply(id, A::Approve, u"eve"_s));

    // Saving the same text (or changing only the status field) keeps the approval.
    Article article = m_store->load(id)->article;
    article.status = S::Draft; // ignored: the stored status wins
    auto same = m_workflow->save(id, article, by(u"ann"_s));
    QVERIFY(same);
    QCOMPARE(same->effect, TextChangeEffect::None);
    QCOMPARE(m_store->load(id)->article.status, S::Approved);

    article.lede = u"The ferry runs again, twice a day."_s;
    const auto outcome = m_workflow->save(id, article, by(u"ann"_s, false));
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->effect, TextChangeEffect::ReturnToReview);
    QVERIFY(outcome->message.contains(u"back in review"_s));
    QCOMPARE(m_store->load(id)->article.status, S::InReview);
    QCOMPARE(m_store->load(id)->article.lede, article.lede);
    const AuditEntry last = m_workflow->audit(id)->last();
    QCOMPARE(last.action, u"contentChanged"_s);
    QCOMPARE(last.actor, u"ann"_s);
    QCOMPARE(last.from, S::Approved);
    QCOMPARE(last.to, S::InReview);
    QVERIFY(m_workflow->state(id)->approvedHash.isEmpty());
    QVERIFY(!m_workflow->apply(id, A::Publish, u"eve"_s));
    // It can be approved again, and that records the new text.
    QVERIFY(m_workflow->apply(id, A::Approve, u"eve"_s));
    QCOMPARE(
        m_workflow->state(id)->approvedHash, ArticleJson::contentHash(m_store->load(id)->article));
    QCOMPARE(m_workflow->state(id)->approvedRevision, 2); // the autosave was kept for approval
}

void tst_SqliteWorkflow::saveOutsideWorkflowInvalidatesApproval()
{
    const qint64 id = createStory();
    QVERIFY(m_workflow->apply(id, A::Submit, u"ann"_s));
    QVERIFY(m_workflow->apply(id, A::Approve, u"eve"_s));
    Article article = m_store->load(id)->article;
    article.headline = u"Ferry strike"_s;
    QVERIFY(m_store->save(id, article, by(u"rob"_s))); // straight to the store
    QCOMPARE(m_store->load(id)->article.status, S::InReview);
    QCOMPARE(m_store->list({}).value().first().status, S::InReview);
    const AuditEntry last = m_workflow->audit(id)->last();
    QCOMPARE(last.action, u"contentChanged"_s);
    QCOMPARE(last.to, S::InReview);
    QVERIFY(last.actor.isEmpty());
}

void tst_SqliteWorkflow::commentKeepsApproval()
{
    const qint64 id = createStory();
    QVERIFY(m_workflow->apply(id, A::Submit, u"ann"_s));
    QVERIFY(m_workflow->apply(id, A::Approve, u"eve"_s));
    const ArticleWorkflowState before = m_workflow->state(id).value();
    QVERIFY(m_workflow->addComment(id, {u"headline"_s, 0, 5}, u"Punchier?"_s, u"ed"_s));
    QCOMPARE(m_store->load(id)->article.status, S::Approved);
    QCOMPARE(m_workflow->state(id)->approvedHash, before.approvedHash);
    QCOMPARE(m_store->revisions(id)->size(), 1);
    QCOMPARE(m_workflow->apply(id, A::Publish, u"eve"_s).value(), S::Published);
}

void tst_SqliteWorkflow::requiredRulesBlockApproval_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("emptyKeyFacts");
    QTest::addColumn<bool>("noDate");
    QTest::newRow("empty key facts") << u"keyFacts.nonEmpty"_s << true << false;
    QTest::newRow("no date") << u"published.set"_s << false << true;
}

void tst_SqliteWorkflow::requiredRulesBlockApproval()
{
    QFETCH(QString, rule);
    QFETCH(bool, emptyKeyFacts);
    QFETCH(bool, noDate);

    ChecklistConfig config = m_workflow->checklistConfig().value();
    config.setLevel(rule, RuleLevel::Recommended);
    QVERIFY(m_workflow->setChecklistConfig(config, u"eve"_s));
    Article article = story();
    if (emptyKeyFacts)
        article.parts[1].items.clear();
    if (noDate)
        article.published = {};
    const qint64 id = createStory(article);
    QVERIFY(m_workflow->apply(id, A::Submit, u"ann"_s)); // only recommended so far

    config.setLevel(rule, RuleLevel::Required);
    QVERIFY(!m_workflow->setChecklistConfig(config, u"ann"_s)); // reporters may not
    QVERIFY(m_workflow->setChecklistConfig(config, u"eve"_s));
    QCOMPARE(m_workflow->checklistConfig()->level(rule), RuleLevel::Required);
    QList<ChecklistFinding> required = m_workflow->check(id).value();
    required.removeIf([](const ChecklistFinding &f) { return f.severity != RuleLevel::Required; });
    QCOMPARE(required.size(), 1);
    QCOMPARE(required.first().ruleId, rule);
    const auto approve = m_workflow->apply(id, A::Approve, u"eve"_s);
    QVERIFY(!approve);
    QVERIFY(approve.error().message.contains(u"1 required finding"_s));
    QCOMPARE(m_store->load(id)->article.status, S::InReview);
    QCOMPARE(m_workflow->apply(id, A::RequestChanges, u"eve"_s, u"Fix it"_s).value(),
        S::ChangesRequested);
    QVERIFY(!m_workflow->apply(id, A::Submit, u"ann"_s)); // blocked until fixed

    article = m_store->load(id)->article;
    article.parts[1].items = {u"Three days closed"_s};
    article.published = QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::UTC);
    QVERIFY(m_workflow->save(id, article, by(u"ann"_s)));
    QVERIFY(m_workflow->apply(id, A::Submit, u"ann"_s));
    QCOMPARE(m_workflow->apply(id, A::Approve, u"eve"_s).value(), S::Approved);
}

void tst_SqliteWorkflow::headlineLimitFromProfile_data()
{
    // -1: no profile stored; -2: a profile stored before it had limits.
    QTest::addColumn<int>("profileLimit");
    QTest::addColumn<QString>("storedConfig"); // checklist JSON stored before; empty for none
    QTest::addColumn<int>("headlineLength");
    QTest::addColumn<bool>("finding");
    QTest::newRow("house default, 110") << -1 << QString() << 110 << false;
    QTest::newRow("house default, 111") << -1 << QString() << 111 << true;
    QTest::newRow("old profile, 111") << -2 << QString() << 111 << true;
    QTest::newRow("profile 72, 72") << 72 << QString() << 72 << false;
    QTest::newRow("profile 72, 73") << 72 << QString() << 73 << true;
    QTest::newRow("profile 0, 500") << 0 << QString() << 500 << false;
    QTest::newRow("old stored 80 ignored, 100")
        << -1 << u"{\"headlineMaxLength\": 80}"_s << 100 << false;
    QTest::newRow("old stored 200 ignored, profile 72, 73")
        << 72 << u"{\"levels\": {}, \"headlineMaxLength\": 200}"_s << 73 << true;
}

void tst_SqliteWorkflow::headlineLimitFromProfile()
{
    QFETCH(int, profileLimit);
    QFETCH(QString, storedConfig);
    QFETCH(int, headlineLength);
    QFETCH(bool, finding);

    if (profileLimit >= 0) {
        PublicationProfile profile = m_store->publicationProfile().value();
        profile.headlineMaxLength = profileLimit;
        QVERIFY(m_store->setPublicationProfile(profile));
    } else if (profileLimit == -2) {
        QCOMPARE(raw(u"INSERT OR REPLACE INTO library_settings (key, value) VALUES "
                     "('publicationProfile', '{\"name\": \"Herald\"}')"_s),
            QString());
        QCOMPARE(m_store->publicationProfile()->name, u"Herald"_s);
    }
    if (!storedConfig.isEmpty()) {
        QCOMPARE(raw(u"INSERT OR REPLACE INTO library_settings (key, value) VALUES "
                     "('checklist', '%1')"_s.arg(storedConfig)),
            QString());
    }
    const int limit = profileLimit >= 0 ? profileLimit : 110;
    QCOMPARE(m_workflow->checklistConfig()->headlineMaxLength, limit);

    Article article = story();
    article.headline = QString(headlineLength, u'h');
    const qint64 id = createStory(article);
    const QList<ChecklistFinding> findings = m_workflow->check(id).value();
    const auto length = std::find_if(findings.cbegin(), findings.cend(),
        [](const ChecklistFinding &f) { return f.ruleId == u"headline.length"_s; });
    QCOMPARE(length != findings.cend(), finding);
    if (finding) {
        QCOMPARE(length->path, u"headline"_s);
        QVERIFY2(length->message.contains(QString::number(headlineLength))
                && length->message.contains(QString::number(limit)),
            qPrintable(length->message));
    }

    // Without a limit the rule still leaves the presence to headline.present.
    article.headline.clear();
    QVERIFY(m_store->save(id, article, by(u"ann"_s)));
    const QList<ChecklistFinding> empty = m_workflow->check(id).value();
    QVERIFY(std::any_of(empty.cbegin(), empty.cend(),
        [](const ChecklistFinding &f) { return f.ruleId == u"headline.present"_s; }));
    QVERIFY(std::none_of(empty.cbegin(), empty.cend(),
        [](const ChecklistFinding &f) { return f.ruleId == u"headline.length"_s; }));
}

void tst_SqliteWorkflow::spikeAndRestore()
{
    const qint64 id = createStory();
    QVERIFY(!m_workflow->apply(id, A::Spike, u"ann"_s));
    QCOMPARE(m_workflow->apply(id, A::Spike, u"eve"_s).value(), S::Spiked);
    QVERIFY(!m_workflow->apply(id, A::Submit, u"ann"_s));
    QCOMPARE(m_workflow->apply(id, A::Restore, u"ada"_s).value(), S::Draft);
    QCOMPARE(m_store->load(id)->article.status, S::Draft);
}

void tst_SqliteWorkflow::reassign()
{
    const qint64 id = createStory();
    QVERIFY(!m_workflow->apply(id, A::Reassign, u"eve"_s, {}, u"rob"_s));
    QVERIFY(!m_workflow->apply(id, A::Reassign, u"ada"_s, {}, u"nobody-here"_s));
    QCOMPARE(
        m_workflow->apply(id, A::Reassign, u"ada"_s, u"Ann is away"_s, u"rob"_s).value(), S::Draft);
    QCOMPARE(m_store->load(id)->article.owner, u"rob"_s);
    QCOMPARE(m_workflow->audit(id)->last().note, u"owner: ann → rob; Ann is away"_s);
    QVERIFY(!m_workflow->apply(id, A::Submit, u"ann"_s));
    QVERIFY(m_workflow->apply(id, A::Submit, u"rob"_s));
}

void tst_SqliteWorkflow::rawSqlRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("error");
    QTest::newRow("draft to published")
        << u"UPDATE articles SET status = 'published'"_s << u"does not allow"_s;
    QTest::newRow("draft to approved")
        << u"UPDATE articles SET status = 'approved'"_s << u"does not allow"_s;
    QTest::newRow("legal step without audit entry")
        << u"UPDATE articles SET status = 'inReview'"_s << u"no audit entry"_s;
    QTest::newRow("owner without audit entry")
        << u"UPDATE articles SET owner = 'rob'"_s << u"no audit entry"_s;
    QTest::newRow("edit the audit log")
        << u"UPDATE workflow_audit SET actor = 'eve'"_s << u"audit log cannot be changed"_s;
    QTest::newRow("delete the audit log")
        << u"DELETE FROM workflow_audit"_s << u"audit log cannot be changed"_s;
    QTest::newRow("add a transition") << u"INSERT INTO workflow_transitions VALUES "
                                         "('draft', 'published')"_s
                                      << u"cannot be changed"_s;
}

void tst_SqliteWorkflow::rawSqlRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, error);
    const qint64 id = createStory();
    QVERIFY(m_workflow->apply(id, A::Spike, u"eve"_s)); // something in the audit log
    QVERIFY(m_workflow->apply(id, A::Restore, u"eve"_s));
    const QString message = raw(sql);
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(m_store->load(id)->article.status, S::Draft);
    QCOMPARE(m_store->load(id)->article.owner, u"ann"_s);
    QCOMPARE(m_workflow->audit(id)->size(), 2);
}

void tst_SqliteWorkflow::noWorkflowWithoutPeople()
{
    m_workflow.reset();
    m_store.reset();
    QTemporaryDir dir;
    auto store = SqliteArticleStore::open(
        dir.filePath(u"free.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY(store);
    Article article = story();
    const qint64 id = (*store)->create(article, by(u"ann"_s)).value();
    article.status = S::Published;
    QVERIFY((*store)->save(id, article, by(u"ann"_s)));
    QCOMPARE((*store)->load(id)->article.status, S::Published);
    auto workflow = SqliteWorkflow::open(**store);
    QVERIFY(workflow);
    const auto refused = (*workflow)->apply(id, A::Spike, u"ann"_s);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"people add"_s));
}

void tst_SqliteWorkflow::transitionsTableMatchesRules()
{
    QSet<QString> stored;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"read"_s);
        db.setDatabaseName(m_dir->filePath(u"library.copydesk"_s));
        QVERIFY(db.open());
        QSqlQuery query(u"SELECT from_status, to_status FROM workflow_transitions"_s, db);
        while (query.next())
            stored.insert(query.value(0).toString() + u'>' + query.value(1).toString());
    }
    QSqlDatabase::removeDatabase(u"read"_s);
    QSet<QString> rules;
    for (const auto &[from, to] : WorkflowRules::transitions())
        rules.insert(statusName(from) + u'>' + statusName(to));
    QCOMPARE(stored, rules);
}

void tst_SqliteWorkflow::comments()
{
    const qint64 id = createStory();
    const Article article = m_store->load(id)->article;
    const QString section = article.parts.first().id;
    const auto first = m_workflow->addComment(
        id, {u"parts/%1/body"_s.arg(section), 4, 9}, u"Which storm?"_s, u"eve"_s);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    const auto item = m_workflow->addComment(
        id, {u"parts/%1/items/0"_s.arg(article.parts.at(1).id), -1, -1}, u"Source?"_s, u"eve"_s);
    QVERIFY(item);
    QVERIFY(!m_workflow->addComment(id, {u"parts/nope"_s, -1, -1}, u"x"_s, u"eve"_s));
    QVERIFY(!m_workflow->addComment(id, {u"lede"_s, 0, 999}, u"x"_s, u"eve"_s));
    QVERIFY(!m_workflow->addComment(id, {u"lede"_s, -1, -1}, u"x"_s, u"stranger"_s));
    const auto reply = m_workflow->reply(*first, u"The March one."_s, u"ann"_s);
    QVERIFY(reply);
    const auto replyToReply = m_workflow->reply(*reply, u"Thanks"_s, u"eve"_s);
    QVERIFY(replyToReply);
    QVERIFY(m_workflow->setResolved(*reply, true, u"eve"_s));

    QList<ReviewComment> all = m_workflow->comments(id).value();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).id, *first);
    QCOMPARE(all.at(1).parentId, *first);
    QCOMPARE(all.at(2).parentId, *first); // a reply to a reply joins the thread
    QCOMPARE(all.at(3).id, *item);
    QVERIFY(all.at(0).resolved);
    QCOMPARE(all.at(0).resolvedBy, u"eve"_s);
    QVERIFY(all.at(1).resolved);
    QVERIFY(!all.at(3).resolved);
    QCOMPARE(all.at(0).anchor, (CommentAnchor {u"parts/%1/body"_s.arg(section), 4, 9}));
    QCOMPARE(all.at(0).anchor.text(article), u"storm"_s);
    QCOMPARE(all.at(1).anchor, all.at(0).anchor);

    QVERIFY(m_workflow->setResolved(*first, false, u"ann"_s));
    QVERIFY(!m_workflow->comments(id)->at(0).resolved);
    // Internal: nothing of them is in the article or its JSON.
    const QByteArray json = ArticleJson::toBytes(m_store->load(id)->article);
    QVERIFY(!json.contains("Which storm"));
    QVERIFY(!json.contains("March one"));
}

void tst_SqliteWorkflow::changesSinceReview()
{
    const qint64 id = createStory();
    QCOMPARE(m_workflow->changesSinceReview(id).error().code, Error::Code::NotFound);
    QVERIFY(m_workflow->apply(id, A::Submit, u"ann"_s));
    QVERIFY(m_workflow->apply(id, A::RequestChanges, u"eve"_s, u"Sharper headline"_s));
    QVERIFY(m_workflow->changesSinceReview(id)->isEmpty());
    Article article = m_store->load(id)->article;
    article.headline = u"Ferries sail again"_s;
    QVERIFY(m_workflow->save(id, article, by(u"ann"_s, false)));
    const QList<FieldChange> changes = m_workflow->changesSinceReview(id).value();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().path, u"headline"_s);
    QCOMPARE(changes.first().after, u"Ferries sail again"_s);
}

void tst_SqliteWorkflow::views()
{
    const qint64 mine = createStory();
    Article other = story();
    other.owner = u"rob"_s;
    const qint64 robs = createStory(other);
    QVERIFY(m_workflow->apply(mine, A::Submit, u"ann"_s));
    QVERIFY(m_workflow->apply(robs, A::Submit, u"rob"_s));
    other = m_store->load(robs)->article;
    other.dek = u"Edited by Ed."_s;
    QVERIFY(m_workflow->save(robs, other, by(u"ed"_s)));

    using V = SqliteWorkflow::View;
    QCOMPARE(m_workflow->view(V::AwaitingMyReview, u"eve"_s).value().size(), 2);
    QCOMPARE(m_workflow->view(V::AwaitingMyReview, u"ed"_s).value(), QList<qint64> {mine});
    QVERIFY(m_workflow->view(V::AwaitingMyReview, u"ann"_s)->isEmpty()); // not an editor
    QCOMPARE(m_workflow->view(V::Mine, u"ann"_s).value(), QList<qint64> {mine});

    QVERIFY(m_workflow->apply(mine, A::RequestChanges, u"eve"_s, u"More"_s));
    QVERIFY(m_workflow->apply(robs, A::Approve, u"eve"_s));
    QCOMPARE(m_workflow->view(V::ChangesRequested, u"ann"_s).value(), QList<qint64> {mine});
    QCOMPARE(m_workflow->view(V::ChangesRequested, u"eve"_s).value(), QList<qint64> {mine});
    QVERIFY(m_workflow->view(V::ChangesRequested, u"rob"_s)->isEmpty());
    QCOMPARE(m_workflow->view(V::Approved, u"ann"_s).value(), QList<qint64> {robs});
    QVERIFY(m_workflow->view(V::AwaitingMyReview, u"eve"_s)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_SqliteWorkflow)
#include "tst_sqliteworkflow.moc"
