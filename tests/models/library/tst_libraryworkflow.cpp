// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The workflow through the Library interfaces, on both backends with the same expectations:
// people, transitions with their audit log, approval that a text change invalidates (and a
// comment does not), the checklist gating approval, spiking, reassigning, review comments,
// changes since the review and the work queues; and the ways out of a dead end: the approved
// text back after an undo, an admin's override, an editor's small edit and withdrawing a
// submission. Each person acts through the library as they
// would open it (on a team library: their own login).
#include "articlejson.h"
#include "backendlibrary.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
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

class tst_LibraryWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void people();
    void reporterToEditorToPublished();
    void selfApprovalRefused();
    void contentEditInvalidatesApproval();
    void commentKeepsApproval();
    void requiredRulesBlockApproval_data();
    void requiredRulesBlockApproval();
    void spikeAndRestore();
    void reassign();
    void comments();
    void changesSinceReview();
    void views();
    void undoRestoresApproval_data();
    void undoRestoresApproval();
    void adminOverride();
    void smallEditKeepsApproval();
    void reportersEditsAreNeverSmall();
    void withdraw();
    void requestChangesNoteIsAThread();

private:
    /// The library as `person` opens it.
    Library &as(const QString &person);
    ArticleStore &store(const QString &person = u"ada"_s) { return *as(person).articles(); }
    Workflow &workflow(const QString &person) { return *as(person).workflow(); }
    /// A story created by `owner` (who owns it); 0 on failure.
    qint64 createStory(const QString &owner = u"ann"_s, const Article &article = story());
    Result<ArticleStatus> act(qint64 id, A action, const QString &actor, const QString &note = {},
        const QString &newOwner = {})
    {
        return workflow(actor).apply(id, action, actor, note, newOwner);
    }

    /// Saves `article` over article `id` as `person` (an autosave: no revision asked for), who
    /// has the newest version open.
    bool saveAs(qint64 id, const Article &article, const QString &person)
    {
        if (!store(person).load(id))
            return false;
        const Result<int> saved = store(person).save(id, article, by(person, false));
        if (!saved)
            qWarning() << saved.error().message;
        return saved.ok();
    }
    /// A story by ann, submitted and approved by eve, after an editor set the publication
    /// profile's allowance for small edits to `smallEditWords`; 0 on failure.
    qint64 approvedStory(int smallEditWords = 0);

    std::optional<BackendLibrary> m_library;
};

void tst_LibraryWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void tst_LibraryWorkflow::init()
{
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
    QVERIFY2(m_library->addPeople({{u"ada"_s, Role::Admin}, {u"ann"_s, Role::Reporter},
                 {u"rob"_s, Role::Reporter}, {u"eve"_s, Role::Editor}, {u"ed"_s, Role::Editor}}),
        qPrintable(m_library->error()));
}

void tst_LibraryWorkflow::cleanup()
{
    m_library.reset();
}

Library &tst_LibraryWorkflow::as(const QString &person)
{
    Library *library = m_library->as(person);
    if (!library)
        qFatal("cannot open the library as %s: %s", qPrintable(person),
            qPrintable(m_library->error()));
    return *library;
}

qint64 tst_LibraryWorkflow::createStory(const QString &owner, const Article &article)
{
    const Result<qint64> id = store(owner).create(article, by(owner));
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

void tst_LibraryWorkflow::people()
{
    const auto everyone = as(u"ann"_s).people()->people();
    QVERIFY2(everyone, everyone ? "" : qPrintable(everyone.error().message));
    QCOMPARE(everyone->size(), 5);
    QCOMPARE(everyone->first().name, u"ada"_s);
    QCOMPARE(everyone->first().role, Role::Admin);
    const Status refused = as(u"eve"_s).people()->addPerson({u"zed"_s, Role::Admin}, u"eve"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"only admins add people"_s),
        qPrintable(refused.error().message));
    QCOMPARE(as(u"ada"_s).people()->person(u"zed"_s).error().code, Error::Code::NotFound);
    QVERIFY(as(u"ada"_s).people()->addPerson({u"rob"_s, Role::Editor}, u"ada"_s));
    QCOMPARE(as(u"ann"_s).people()->person(u"rob"_s)->role, Role::Editor);
}

void tst_LibraryWorkflow::reporterToEditorToPublished()
{
    const qint64 id = createStory();
    QVERIFY(id);
    QCOMPARE(store(u"ann"_s).load(id)->article.owner, u"ann"_s);
    QCOMPARE(act(id, A::Submit, u"ann"_s).value(), S::InReview);
    const auto approved = act(id, A::Approve, u"eve"_s, u"Clean copy"_s);
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    QCOMPARE(*approved, S::Approved);
    QCOMPARE(act(id, A::Publish, u"eve"_s).value(), S::Published);

    const ArticleRecord record = store(u"ann"_s).load(id).value();
    QCOMPARE(record.article.status, S::Published);
    QCOMPARE(store(u"ann"_s).list({}).value().first().status, S::Published);
    const ArticleWorkflowState state = workflow(u"ann"_s).state(id).value();
    QCOMPARE(state.approvedBy, u"eve"_s);
    QCOMPARE(state.approvedRevision, record.revision);
    // The approval is bound to the hash of the text the library holds.
    QVERIFY(!state.approvedHash.isEmpty());
    QCOMPARE(state.approvedHash, store(u"ann"_s).revisions(id)->first().contentHash);

    const QList<AuditEntry> audit = workflow(u"ann"_s).audit(id).value();
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
        QCOMPARE(e.contentHash, state.approvedHash);
        QVERIFY(qAbs(e.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(i == 0 || e.id > audit.at(i - 1).id);
    }
    QCOMPARE(audit.at(1).note, u"Clean copy"_s);
}

void tst_LibraryWorkflow::selfApprovalRefused()
{
    const qint64 id = createStory(u"ed"_s); // an editor's own story
    QCOMPARE(act(id, A::Submit, u"ed"_s).value(), S::InReview);
    const auto own = act(id, A::Approve, u"ed"_s);
    QVERIFY(!own);
    QVERIFY2(own.error().message.contains(u"ed wrote or changed this article"_s),
        qPrintable(own.error().message));

    // An editor who changed the text while reviewing cannot approve it either.
    Article article = store(u"eve"_s).load(id)->article;
    article.headline += u" today"_s;
    QVERIFY(store(u"eve"_s).save(id, article, by(u"eve"_s)));
    QVERIFY(workflow(u"ed"_s).state(id)->editorsSinceReview.contains(u"eve"_s));
    QVERIFY(!act(id, A::Approve, u"eve"_s));
    QVERIFY(!act(id, A::RequestChanges, u"eve"_s));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::InReview);
    QCOMPARE(workflow(u"ann"_s).audit(id)->size(), 1);
}

void tst_LibraryWorkflow::contentEditInvalidatesApproval()
{
    const qint64 id = createStory();
    QVERIFY(act(id, A::Submit, u"ann"_s));
    QVERIFY(act(id, A::Approve, u"eve"_s));

    // Saving the same text (or changing only the status field) keeps the approval.
    ArticleStore &ann = store(u"ann"_s);
    QSignalSpy returned(&ann, &ArticleStore::returnedToReview);
    Article article = ann.load(id)->article;
    article.status = S::Draft; // ignored: the stored status wins
    QVERIFY(ann.save(id, article, by(u"ann"_s)));
    QCOMPARE(returned.size(), 0);
    QCOMPARE(ann.load(id)->article.status, S::Approved);

    article.lede = u"The ferry runs again, twice a day."_s;
    const auto saved = ann.save(id, article, by(u"ann"_s, false));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QCOMPARE(returned.size(), 1);
    QCOMPARE(returned.first().at(0).toLongLong(), id);
    QVERIFY(returned.first().at(1).toString().contains(u"back in review"_s));
    QCOMPARE(ann.load(id)->article.status, S::InReview);
    QCOMPARE(ann.load(id)->article.lede, article.lede);
    const AuditEntry last = workflow(u"ann"_s).audit(id)->last();
    QCOMPARE(last.action, u"contentChanged"_s);
    QCOMPARE(last.actor, u"ann"_s);
    QCOMPARE(last.from, S::Approved);
    QCOMPARE(last.to, S::InReview);
    QVERIFY(workflow(u"ann"_s).state(id)->approvedHash.isEmpty());
    QVERIFY(!act(id, A::Publish, u"eve"_s));
    // It can be approved again, and that records the new text, kept as a revision.
    QVERIFY(act(id, A::Approve, u"eve"_s));
    const ArticleWorkflowState state = workflow(u"ann"_s).state(id).value();
    QCOMPARE(state.approvedRevision, 2); // the autosave was kept for approval
    QCOMPARE(store(u"ann"_s).revision(id, 2)->lede, article.lede);
    QCOMPARE(state.approvedHash, store(u"ann"_s).revisions(id)->first().contentHash);
    QCOMPARE(act(id, A::Publish, u"eve"_s).value(), S::Published);
}

void tst_LibraryWorkflow::commentKeepsApproval()
{
    const qint64 id = createStory();
    QVERIFY(act(id, A::Submit, u"ann"_s));
    QVERIFY(act(id, A::Approve, u"eve"_s));
    const ArticleWorkflowState before = workflow(u"ann"_s).state(id).value();
    QVERIFY(as(u"ed"_s).review()->addComment(id, {u"headline"_s, 0, 5}, u"Punchier?"_s, u"ed"_s));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::Approved);
    QCOMPARE(workflow(u"ann"_s).state(id)->approvedHash, before.approvedHash);
    QCOMPARE(store(u"ann"_s).revisions(id)->size(), 1);
    QCOMPARE(act(id, A::Publish, u"eve"_s).value(), S::Published);
}

void tst_LibraryWorkflow::requiredRulesBlockApproval_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("emptyKeyFacts");
    QTest::addColumn<bool>("noDate");
    QTest::newRow("empty key facts") << u"keyFacts.nonEmpty"_s << true << false;
    QTest::newRow("no date") << u"published.set"_s << false << true;
}

void tst_LibraryWorkflow::requiredRulesBlockApproval()
{
    QFETCH(QString, rule);
    QFETCH(bool, emptyKeyFacts);
    QFETCH(bool, noDate);

    ChecklistConfig config = workflow(u"eve"_s).checklistConfig().value();
    config.setLevel(rule, RuleLevel::Recommended);
    QVERIFY(workflow(u"eve"_s).setChecklistConfig(config, u"eve"_s));
    Article article = story();
    if (emptyKeyFacts)
        article.parts[1].items.clear();
    if (noDate)
        article.published = {};
    const qint64 id = createStory(u"ann"_s, article);
    QVERIFY(act(id, A::Submit, u"ann"_s)); // only recommended so far

    config.setLevel(rule, RuleLevel::Required);
    QVERIFY(!workflow(u"ann"_s).setChecklistConfig(config, u"ann"_s)); // reporters may not
    QVERIFY(workflow(u"eve"_s).setChecklistConfig(config, u"eve"_s));
    QCOMPARE(workflow(u"ann"_s).checklistConfig()->level(rule), RuleLevel::Required);
    QList<ChecklistFinding> required = workflow(u"eve"_s).check(id).value();
    required.removeIf([](const ChecklistFinding &f) { return f.severity != RuleLevel::Required; });
    QCOMPARE(required.size(), 1);
    QCOMPARE(required.first().ruleId, rule);
    const auto approve = act(id, A::Approve, u"eve"_s);
    QVERIFY(!approve);
    QVERIFY2(approve.error().message.contains(u"1 required finding"_s),
        qPrintable(approve.error().message));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::InReview);
    QCOMPARE(act(id, A::RequestChanges, u"eve"_s, u"Fix it"_s).value(), S::ChangesRequested);
    QVERIFY(!act(id, A::Submit, u"ann"_s)); // blocked until fixed

    article = store(u"ann"_s).load(id)->article;
    article.parts[1].items = {u"Three days closed"_s};
    article.published = QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::UTC);
    QVERIFY(store(u"ann"_s).save(id, article, by(u"ann"_s)));
    QVERIFY(act(id, A::Submit, u"ann"_s));
    QCOMPARE(act(id, A::Approve, u"eve"_s).value(), S::Approved);
}

void tst_LibraryWorkflow::spikeAndRestore()
{
    const qint64 id = createStory();
    QVERIFY(!act(id, A::Spike, u"ann"_s));
    QCOMPARE(act(id, A::Spike, u"eve"_s).value(), S::Spiked);
    QVERIFY(!act(id, A::Submit, u"ann"_s));
    QCOMPARE(act(id, A::Restore, u"ada"_s).value(), S::Draft);
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::Draft);
}

void tst_LibraryWorkflow::reassign()
{
    const qint64 id = createStory();
    QVERIFY(!act(id, A::Reassign, u"eve"_s, {}, u"rob"_s));
    QVERIFY(!act(id, A::Reassign, u"ada"_s, {}, u"nobody-here"_s));
    QCOMPARE(act(id, A::Reassign, u"ada"_s, u"Ann is away"_s, u"rob"_s).value(), S::Draft);
    QCOMPARE(store(u"ann"_s).load(id)->article.owner, u"rob"_s);
    QCOMPARE(workflow(u"ann"_s).audit(id)->last().note, u"owner: ann → rob; Ann is away"_s);
    QVERIFY(!act(id, A::Submit, u"ann"_s));
    QVERIFY(act(id, A::Submit, u"rob"_s));
}

void tst_LibraryWorkflow::comments()
{
    const qint64 id = createStory();
    const Article article = store(u"eve"_s).load(id)->article;
    const QString section = article.parts.first().id;
    Review &eve = *as(u"eve"_s).review();
    Review &ann = *as(u"ann"_s).review();
    const auto first
        = eve.addComment(id, {u"parts/%1/body"_s.arg(section), 4, 9}, u"Which storm?"_s, u"eve"_s);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    const auto item = eve.addComment(
        id, {u"parts/%1/items/0"_s.arg(article.parts.at(1).id), -1, -1}, u"Source?"_s, u"eve"_s);
    QVERIFY(item);
    QVERIFY(!eve.addComment(id, {u"parts/nope"_s, -1, -1}, u"x"_s, u"eve"_s));
    QVERIFY(!eve.addComment(id, {u"lede"_s, 0, 999}, u"x"_s, u"eve"_s));
    QVERIFY(!eve.addComment(id, {u"lede"_s, -1, -1}, u"x"_s, u"stranger"_s));
    const auto reply = ann.reply(*first, u"The March one."_s, u"ann"_s);
    QVERIFY(reply);
    const auto replyToReply = eve.reply(*reply, u"Thanks"_s, u"eve"_s);
    QVERIFY(replyToReply);
    QVERIFY(eve.setResolved(*reply, true, u"eve"_s));

    QList<ReviewComment> all = ann.comments(id).value();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).id, *first);
    QCOMPARE(all.at(0).author, u"eve"_s);
    QCOMPARE(all.at(1).parentId, *first);
    QCOMPARE(all.at(1).author, u"ann"_s);
    QCOMPARE(all.at(2).parentId, *first); // a reply to a reply joins the thread
    QCOMPARE(all.at(3).id, *item);
    QVERIFY(all.at(0).resolved);
    QCOMPARE(all.at(0).resolvedBy, u"eve"_s);
    QVERIFY(all.at(1).resolved);
    QVERIFY(!all.at(3).resolved);
    QCOMPARE(all.at(0).anchor, (CommentAnchor {u"parts/%1/body"_s.arg(section), 4, 9}));
    QCOMPARE(all.at(0).anchor.text(article), u"storm"_s);
    QCOMPARE(all.at(1).anchor, all.at(0).anchor);

    QVERIFY(ann.setResolved(*first, false, u"ann"_s));
    QVERIFY(!ann.comments(id)->at(0).resolved);
    // Internal: nothing of them is in the article or its JSON.
    const QByteArray json = ArticleJson::toBytes(store(u"ann"_s).load(id)->article);
    QVERIFY(!json.contains("Which storm"));
    QVERIFY(!json.contains("March one"));
}

void tst_LibraryWorkflow::changesSinceReview()
{
    const qint64 id = createStory();
    Review &review = *as(u"ann"_s).review();
    QCOMPARE(review.changesSinceReview(id).error().code, Error::Code::NotFound);
    QVERIFY(act(id, A::Submit, u"ann"_s));
    QVERIFY(act(id, A::RequestChanges, u"eve"_s, u"Sharper headline"_s));
    QVERIFY(review.changesSinceReview(id)->isEmpty());
    Article article = store(u"ann"_s).load(id)->article;
    article.headline = u"Ferries sail again"_s;
    QVERIFY(store(u"ann"_s).save(id, article, by(u"ann"_s, false)));
    const QList<FieldChange> changes = review.changesSinceReview(id).value();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().path, u"headline"_s);
    QCOMPARE(changes.first().after, u"Ferries sail again"_s);
}

void tst_LibraryWorkflow::views()
{
    const qint64 mine = createStory();
    const qint64 robs = createStory(u"rob"_s);
    QVERIFY(act(mine, A::Submit, u"ann"_s));
    QVERIFY(act(robs, A::Submit, u"rob"_s));
    Article other = store(u"ed"_s).load(robs)->article;
    other.dek = u"Edited by Ed."_s;
    QVERIFY(store(u"ed"_s).save(robs, other, by(u"ed"_s)));

    using V = Queues::View;
    Queues &queues = *as(u"ann"_s).queues();
    QCOMPARE(queues.view(V::AwaitingMyReview, u"eve"_s).value().size(), 2);
    QCOMPARE(queues.view(V::AwaitingMyReview, u"ed"_s).value(), QList<qint64> {mine});
    QVERIFY(queues.view(V::AwaitingMyReview, u"ann"_s)->isEmpty()); // not an editor
    QCOMPARE(queues.view(V::Mine, u"ann"_s).value(), QList<qint64> {mine});

    QVERIFY(act(mine, A::RequestChanges, u"eve"_s, u"More"_s));
    QVERIFY(act(robs, A::Approve, u"eve"_s));
    QCOMPARE(queues.view(V::ChangesRequested, u"ann"_s).value(), QList<qint64> {mine});
    QCOMPARE(queues.view(V::ChangesRequested, u"eve"_s).value(), QList<qint64> {mine});
    QVERIFY(queues.view(V::ChangesRequested, u"rob"_s)->isEmpty());
    QCOMPARE(queues.view(V::Approved, u"ann"_s).value(), QList<qint64> {robs});
    QVERIFY(queues.view(V::AwaitingMyReview, u"eve"_s)->isEmpty());
}

qint64 tst_LibraryWorkflow::approvedStory(int smallEditWords)
{
    Result<PublicationProfile> profile = store(u"eve"_s).publicationProfile();
    if (!profile)
        return 0;
    profile->editorSmallEditWords = smallEditWords;
    if (!store(u"eve"_s).setPublicationProfile(*profile))
        return 0;
    const qint64 id = createStory();
    if (!id || !act(id, A::Submit, u"ann"_s) || !act(id, A::Approve, u"eve"_s))
        return 0;
    return id;
}

void tst_LibraryWorkflow::undoRestoresApproval_data()
{
    QTest::addColumn<bool>("published");
    QTest::newRow("approved") << false;
    QTest::newRow("published") << true;
}

void tst_LibraryWorkflow::undoRestoresApproval()
{
    QFETCH(bool, published);
    const qint64 id = approvedStory();
    QVERIFY(id);
    if (published)
        QCOMPARE(act(id, A::Publish, u"eve"_s).value(), S::Published);
    const S status = published ? S::Published : S::Approved;
    const Article approved = store(u"eve"_s).load(id)->article;
    const QByteArray approvedHash = workflow(u"eve"_s).state(id)->approvedHash;

    // The only editor fixes a "typo": back in review, and now an author who may not approve.
    Article typo = approved;
    typo.headline = u"Ferry service resumes after the storm"_s;
    QVERIFY(saveAs(id, typo, u"eve"_s));
    QCOMPARE(store(u"eve"_s).load(id)->article.status, S::InReview);
    QVERIFY(!act(id, A::Approve, u"eve"_s));

    // Ctrl+Z: the text is the approved text again, and so is the approval, audited.
    ArticleStore &eve = store(u"eve"_s);
    QSignalSpy kept(&eve, &ArticleStore::approvalKept);
    QSignalSpy returned(&eve, &ArticleStore::returnedToReview);
    QVERIFY(saveAs(id, approved, u"eve"_s));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(returned.size(), 0);
    QVERIFY(kept.first().at(1).toString().contains(u"approval is back"_s));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, status);
    const ArticleWorkflowState state = workflow(u"ann"_s).state(id).value();
    QCOMPARE(state.approvedHash, approvedHash);
    QCOMPARE(state.approvedBy, u"eve"_s);
    QVERIFY(state.editorsSinceReview.isEmpty());
    QVERIFY(workflow(u"ann"_s).reviewContext(id)->contentApproved);
    const QList<AuditEntry> audit = workflow(u"ann"_s).audit(id).value();
    QCOMPARE(audit.at(audit.size() - 2).action, u"contentChanged"_s);
    const AuditEntry last = audit.last();
    QCOMPARE(last.action, u"approvalRestored"_s);
    QCOMPARE(last.actor, u"eve"_s);
    QCOMPARE(last.from, S::InReview);
    QCOMPARE(last.to, status);
    QCOMPARE(last.contentHash, approvedHash);
    if (!published)
        QCOMPARE(act(id, A::Publish, u"eve"_s).value(), S::Published);

    // Other text in review stays in review; so does the approved text once someone decided.
    QVERIFY(saveAs(id, typo, u"eve"_s));
    QVERIFY(act(id, A::RequestChanges, u"ed"_s, u"Which storm?"_s));
    QVERIFY(saveAs(id, approved, u"ann"_s));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::ChangesRequested);
}

void tst_LibraryWorkflow::adminOverride()
{
    const qint64 id = createStory();
    QVERIFY(act(id, A::Submit, u"ann"_s));
    Article article = store(u"eve"_s).load(id)->article;
    article.dek = u"Crossings restart at first light."_s;
    QVERIFY(saveAs(id, article, u"eve"_s));
    QVERIFY(saveAs(id, article, u"ed"_s)); // the same text: ed is not an author
    article.dek += u" Fares stay."_s;
    QVERIFY(saveAs(id, article, u"ed"_s)); // both editors now wrote it: nobody may approve
    QVERIFY(!act(id, A::Approve, u"eve"_s));
    QVERIFY(!act(id, A::Approve, u"ed"_s));
    const auto admin = act(id, A::Approve, u"ada"_s);
    QVERIFY(!admin);
    QVERIFY2(admin.error().message.contains(u"override"_s), qPrintable(admin.error().message));

    QVERIFY(!act(id, A::ApproveOverride, u"eve"_s, u"Deadline"_s)); // editors may not
    const auto noNote = act(id, A::ApproveOverride, u"ada"_s, u"  "_s);
    QVERIFY(!noNote);
    QVERIFY2(
        noNote.error().message.contains(u"needs a note"_s), qPrintable(noNote.error().message));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::InReview);
    QCOMPARE(
        act(id, A::ApproveOverride, u"ada"_s, u"Both editors edited it"_s).value(), S::Approved);
    const AuditEntry last = workflow(u"ann"_s).audit(id)->last();
    QCOMPARE(last.action, u"approveOverride"_s);
    QCOMPARE(last.actor, u"ada"_s);
    QCOMPARE(last.note, u"Both editors edited it"_s);
    QCOMPARE(last.from, S::InReview);
    QCOMPARE(last.to, S::Approved);
    const ArticleWorkflowState state = workflow(u"ann"_s).state(id).value();
    QCOMPARE(state.approvedBy, u"ada"_s);
    QCOMPARE(state.approvedHash, store(u"ann"_s).revisions(id)->first().contentHash);
    QCOMPARE(act(id, A::Publish, u"eve"_s).value(), S::Published);
}

void tst_LibraryWorkflow::smallEditKeepsApproval()
{
    const qint64 id = approvedStory(3);
    QVERIFY(id);
    const int approvedRevision = workflow(u"ann"_s).state(id)->approvedRevision;

    // One word: within the allowance; the approval moves to the new text, kept as a revision.
    ArticleStore &eve = store(u"eve"_s);
    QSignalSpy kept(&eve, &ArticleStore::approvalKept);
    Article article = eve.load(id)->article;
    article.headline = u"Ferry service resumes after gale"_s;
    QVERIFY(saveAs(id, article, u"eve"_s));
    QCOMPARE(kept.size(), 1);
    QVERIFY(kept.first().at(1).toString().contains(u"stays approved"_s));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::Approved);
    ArticleWorkflowState state = workflow(u"ann"_s).state(id).value();
    QCOMPARE(state.approvedRevision, approvedRevision + 1);
    QCOMPARE(state.approvedHash, store(u"ann"_s).revisions(id)->first().contentHash);
    QCOMPARE(state.approvedBy, u"eve"_s);
    QVERIFY(!state.editorsSinceReview.contains(u"eve"_s));
    const AuditEntry last = workflow(u"ann"_s).audit(id)->last();
    QCOMPARE(last.action, u"smallEdit"_s);
    QCOMPARE(last.actor, u"eve"_s);
    QCOMPARE(last.from, S::Approved);
    QCOMPARE(last.to, S::Approved);
    QCOMPARE(last.revision, approvedRevision + 1);
    QCOMPARE(last.contentHash, state.approvedHash);
    QVERIFY2(last.note.contains(u"1 word"_s), qPrintable(last.note));
    QCOMPARE(act(id, A::Publish, u"ed"_s).value(), S::Published);

    // Small edits do not add up: three more words are counted with the first.
    article.dek = u"Crossings restart at first light today."_s;
    QVERIFY(saveAs(id, article, u"eve"_s));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::InReview);
    QCOMPARE(workflow(u"ann"_s).audit(id)->last().action, u"contentChanged"_s);
}

void tst_LibraryWorkflow::reportersEditsAreNeverSmall()
{
    const qint64 id = approvedStory(10);
    QVERIFY(id);
    Article article = store(u"ann"_s).load(id)->article;
    article.headline = u"Ferry service resumes after gale"_s;
    QVERIFY(saveAs(id, article, u"ann"_s));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::InReview);
    QCOMPARE(workflow(u"ann"_s).audit(id)->last().action, u"contentChanged"_s);
}

void tst_LibraryWorkflow::withdraw()
{
    const qint64 id = createStory();
    QVERIFY(!act(id, A::Withdraw, u"ann"_s)); // a draft
    QVERIFY(act(id, A::Submit, u"ann"_s));
    QVERIFY(workflow(u"ann"_s).reviewContext(id)->submitted);
    QVERIFY(!act(id, A::Withdraw, u"rob"_s));
    const auto editor = act(id, A::Withdraw, u"eve"_s);
    QVERIFY(!editor);
    QVERIFY2(editor.error().message.contains(u"Only the article's owner, ann"_s),
        qPrintable(editor.error().message));
    QCOMPARE(act(id, A::Withdraw, u"ann"_s, u"Forgot the quotes"_s).value(), S::Draft);
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::Draft);
    const AuditEntry last = workflow(u"ann"_s).audit(id)->last();
    QCOMPARE(last.action, u"withdraw"_s);
    QCOMPARE(last.actor, u"ann"_s);
    QCOMPARE(last.from, S::InReview);
    QCOMPARE(last.to, S::Draft);
    QCOMPARE(last.note, u"Forgot the quotes"_s);

    // Once an editor approved it, it is theirs to decide on: no withdrawing after a change.
    QVERIFY(act(id, A::Submit, u"ann"_s));
    QVERIFY(act(id, A::Approve, u"eve"_s));
    Article article = store(u"ann"_s).load(id)->article;
    article.lede = u"The ferry runs again, twice a day."_s;
    QVERIFY(saveAs(id, article, u"ann"_s));
    QCOMPARE(store(u"ann"_s).load(id)->article.status, S::InReview);
    QVERIFY(!workflow(u"ann"_s).reviewContext(id)->submitted);
    const auto late = act(id, A::Withdraw, u"ann"_s);
    QVERIFY(!late);
    QVERIFY2(late.error().message.contains(u"approved text changed"_s),
        qPrintable(late.error().message));
}

void tst_LibraryWorkflow::requestChangesNoteIsAThread()
{
    const qint64 id = createStory();
    QVERIFY(act(id, A::Submit, u"ann"_s));
    QVERIFY(act(id, A::RequestChanges, u"eve"_s, u"  Name the source of the figures.  "_s));
    Review &ann = *as(u"ann"_s).review();
    QList<ReviewComment> thread = ann.comments(id).value();
    QCOMPARE(thread.size(), 1);
    QCOMPARE(thread.first().author, u"eve"_s);
    QCOMPARE(thread.first().text, u"Name the source of the figures."_s);
    QCOMPARE(thread.first().anchor, CommentAnchor::wholeArticle());
    QVERIFY(thread.first().anchor.validate(store(u"ann"_s).load(id)->article).isEmpty());
    QVERIFY(!thread.first().resolved);
    // The reporter answers there.
    QVERIFY(ann.reply(thread.first().id, u"Added: city statistics office."_s, u"ann"_s));
    thread = ann.comments(id).value();
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread.at(1).parentId, thread.first().id);
    QCOMPARE(thread.at(1).author, u"ann"_s);

    // Without a note there is nothing to answer: no thread.
    QVERIFY(act(id, A::Submit, u"ann"_s));
    QVERIFY(act(id, A::RequestChanges, u"eve"_s));
    QCOMPARE(ann.comments(id)->size(), 2);
}

QTEST_GUILESS_MAIN(tst_LibraryWorkflow)
#include "tst_libraryworkflow.moc"
