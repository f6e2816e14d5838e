// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The whole transition matrix: every actor kind × every state × every action, allowed (with
// the resulting state) or refused (with the reason in the message).
#include "workflowrules.h"

#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

using S = ArticleStatus;
using A = WorkflowAction;

const QList<S> allStates
    = {S::Draft, S::InReview, S::ChangesRequested, S::Approved, S::Published, S::Spiked};
const QList<A> allActions = {A::Submit, A::Approve, A::RequestChanges, A::Publish, A::Spike,
    A::Restore, A::Reassign, A::Withdraw, A::ApproveOverride};

struct Actor
{
    const char *key;
    Person person;
};

// "ann" owns the article; "ed" is an editor who changed its text since the last review.
const Actor actors[] = {
    {"owner reporter", {u"ann"_s, Role::Reporter}},
    {"other reporter", {u"rob"_s, Role::Reporter}},
    {"editor", {u"eve"_s, Role::Editor}},
    {"editing editor", {u"ed"_s, Role::Editor}},
    {"admin", {u"ada"_s, Role::Admin}},
};

struct Expectation
{
    QList<S> states; ///< Where the action is possible at all.
    QString wrongState; ///< Message part when it is not.
    S result; ///< The new state when allowed (Reassign: unchanged).
    /// Per actor key: empty when allowed, else the expected message part.
    QHash<QString, QString> refusals;
};

QHash<A, Expectation> expectations()
{
    const QString ownerOnly = u"Only the article's owner, ann, can submit it"_s;
    const QString reviewers = u"Only editors review articles"_s;
    return {
        {A::Submit,
            {{S::Draft, S::ChangesRequested}, u"Only a draft or an article with changes"_s,
                S::InReview,
                {{u"other reporter"_s, ownerOnly}, {u"editor"_s, ownerOnly},
                    {u"editing editor"_s, ownerOnly}, {u"admin"_s, ownerOnly}}}},
        {A::Approve,
            {{S::InReview}, u"Only an article in review"_s, S::Approved,
                {{u"owner reporter"_s, reviewers}, {u"other reporter"_s, reviewers},
                    {u"editing editor"_s, u"ed wrote or changed this article"_s},
                    {u"admin"_s, reviewers}}}},
        {A::RequestChanges,
            {{S::InReview}, u"Only an article in review"_s, S::ChangesRequested,
                {{u"owner reporter"_s, reviewers}, {u"other reporter"_s, reviewers},
                    {u"editing editor"_s, u"ed wrote or changed this article"_s},
                    {u"admin"_s, reviewers}}}},
        {A::Publish,
            {{S::Approved}, u"Only an approved article can be published"_s, S::Published,
                {{u"owner reporter"_s, u"Only editors and admins publish"_s},
                    {u"other reporter"_s, u"Only editors and admins publish"_s}}}},
        {A::Spike,
            {{S::Draft, S::InReview, S::ChangesRequested, S::Approved, S::Published},
                u"already spiked"_s, S::Spiked,
                {{u"owner reporter"_s, u"Only editors and admins spike"_s},
                    {u"other reporter"_s, u"Only editors and admins spike"_s}}}},
        {A::Restore,
            {{S::Spiked}, u"Only a spiked article can be restored"_s, S::Draft,
                {{u"owner reporter"_s, u"Only editors and admins restore"_s},
                    {u"other reporter"_s, u"Only editors and admins restore"_s}}}},
        {A::Withdraw,
            {{S::InReview}, u"Only an article in review can be withdrawn"_s, S::Draft,
                {{u"other reporter"_s, u"Only the article's owner, ann, can withdraw"_s},
                    {u"editor"_s, u"Only the article's owner, ann, can withdraw"_s},
                    {u"editing editor"_s, u"Only the article's owner, ann, can withdraw"_s},
                    {u"admin"_s, u"Only the article's owner, ann, can withdraw"_s}}}},
        {A::ApproveOverride,
            {{S::InReview}, u"Only an article in review can be approved"_s, S::Approved,
                {{u"owner reporter"_s, u"Only admins approve with an override"_s},
                    {u"other reporter"_s, u"Only admins approve with an override"_s},
                    {u"editor"_s, u"Only admins approve with an override"_s},
                    {u"editing editor"_s, u"Only admins approve with an override"_s}}}},
        {A::Reassign,
            {allStates, {}, S::Draft,
                {{u"owner reporter"_s, u"Only admins reassign"_s},
                    {u"other reporter"_s, u"Only admins reassign"_s},
                    {u"editor"_s, u"Only admins reassign"_s},
                    {u"editing editor"_s, u"Only admins reassign"_s}}}},
    };
}

ReviewContext contextIn(S status)
{
    ReviewContext context;
    context.status = status;
    context.owner = u"ann"_s;
    context.editorsSinceReview = {u"ann"_s, u"ed"_s};
    context.lastEditor = u"ed"_s;
    context.contentApproved = true;
    context.submitted = status == S::InReview;
    return context;
}

} // namespace

class tst_WorkflowRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void matrix_data();
    void matrix();
    void selfApprovalRefused_data();
    void selfApprovalRefused();
    void checklistBlocksSubmitAndApprove();
    void publishNeedsTheApprovedText();
    void unownedArticleIsClaimedBySubmitter();
    void transitionsCoverEveryDecision();
    void allowedActions();
    void names();
    void withdrawOnlyASubmission();
    void overrideNeedsANote();
    void textChange_data();
    void textChange();
};

void tst_WorkflowRules::matrix_data()
{
    QTest::addColumn<Person>("actor");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("message");

    const auto table = expectations();
    for (const Actor &actor : actors) {
        for (S state : allStates) {
            for (A action : allActions) {
                const Expectation &e = table.value(action);
                const QString refusal = e.refusals.value(QString::fromLatin1(actor.key));
                const bool stateOk = e.states.contains(state);
                const bool allowed = stateOk && refusal.isEmpty();
                const S result = action == A::Reassign ? state : e.result;
                const QString message = !stateOk ? e.wrongState : refusal;
                QTest::addRow("%s/%s/%s", actor.key, qPrintable(statusName(state)),
                    qPrintable(actionName(action)))
                    << actor.person << int(state) << int(action) << allowed << int(result)
                    << message;
            }
        }
    }
}

void tst_WorkflowRules::matrix()
{
    QFETCH(Person, actor);
    QFETCH(int, state);
    QFETCH(int, action);
    QFETCH(bool, allowed);
    QFETCH(int, result);
    QFETCH(QString, message);

    const Result<ArticleStatus> decision
        = WorkflowRules::decide(A(action), actor, contextIn(S(state)));
    QCOMPARE(decision.ok(), allowed);
    if (allowed) {
        QCOMPARE(int(decision.value()), result);
    } else {
        QVERIFY2(decision.error().message.contains(message),
            qPrintable(decision.error().message + u" lacks "_s + message));
        QCOMPARE(decision.error().code, Error::Code::InvalidInput);
    }
}

void tst_WorkflowRules::selfApprovalRefused_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QStringList>("editors");
    QTest::addColumn<QString>("lastEditor");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("owner") << u"eve"_s << QStringList {} << u"ann"_s << false;
    QTest::newRow("edited since review") << u"ann"_s << QStringList {u"eve"_s} << u"ann"_s << false;
    QTest::newRow("last to change the text") << u"ann"_s << QStringList {} << u"eve"_s << false;
    QTest::newRow("none of these") << u"ann"_s << QStringList {u"ann"_s} << u"ann"_s << true;
}

void tst_WorkflowRules::selfApprovalRefused()
{
    QFETCH(QString, owner);
    QFETCH(QStringList, editors);
    QFETCH(QString, lastEditor);
    QFETCH(bool, allowed);

    ReviewContext context;
    context.status = S::InReview;
    context.owner = owner;
    context.editorsSinceReview = editors;
    context.lastEditor = lastEditor;
    const Person eve {u"eve"_s, Role::Editor};
    for (A action : {A::Approve, A::RequestChanges}) {
        const auto decision = WorkflowRules::decide(action, eve, context);
        QCOMPARE(decision.ok(), allowed);
        if (!allowed)
            QVERIFY(decision.error().message.contains(u"eve wrote or changed"_s));
    }
    QCOMPARE(WorkflowRules::isAuthor(u"eve"_s, context), !allowed);
}

void tst_WorkflowRules::checklistBlocksSubmitAndApprove()
{
    ReviewContext context = contextIn(S::Draft);
    context.requiredFindings = 2;
    const auto submit = WorkflowRules::decide(A::Submit, {u"ann"_s, Role::Reporter}, context);
    QVERIFY(!submit);
    QVERIFY(submit.error().message.contains(u"2 required finding"_s));

    context.status = S::InReview;
    const Person eve {u"eve"_s, Role::Editor};
    const auto approve = WorkflowRules::decide(A::Approve, eve, context);
    QVERIFY(!approve);
    QVERIFY(approve.error().message.contains(u"before approval"_s));
    // Sending it back is how an editor gets findings fixed.
    QCOMPARE(WorkflowRules::decide(A::RequestChanges, eve, context).value(), S::ChangesRequested);
}

void tst_WorkflowRules::publishNeedsTheApprovedText()
{
    ReviewContext context = contextIn(S::Approved);
    context.contentApproved = false;
    const auto publish = WorkflowRules::decide(A::Publish, {u"eve"_s, Role::Editor}, context);
    QVERIFY(!publish);
    QVERIFY(publish.error().message.contains(u"approved again"_s));
}

void tst_WorkflowRules::unownedArticleIsClaimedBySubmitter()
{
    ReviewContext context = contextIn(S::Draft);
    context.owner.clear();
    QCOMPARE(
        WorkflowRules::decide(A::Submit, {u"rob"_s, Role::Reporter}, context).value(), S::InReview);
}

void tst_WorkflowRules::transitionsCoverEveryDecision()
{
    const auto transitions = WorkflowRules::transitions();
    for (const Actor &actor : actors) {
        for (S state : allStates) {
            for (A action : allActions) {
                const auto decision = WorkflowRules::decide(action, actor.person, contextIn(state));
                if (decision && *decision != state)
                    QVERIFY(transitions.contains(std::pair(state, *decision)));
            }
        }
    }
    QVERIFY(transitions.contains(std::pair(S::Approved, S::InReview)));
    QVERIFY(!transitions.contains(std::pair(S::Draft, S::Published)));
    QVERIFY(!transitions.contains(std::pair(S::Draft, S::Approved)));
}

void tst_WorkflowRules::allowedActions()
{
    const Person eve {u"eve"_s, Role::Editor};
    QCOMPARE(WorkflowRules::allowedActions(eve, contextIn(S::InReview)),
        (QList<A> {A::Approve, A::RequestChanges, A::Spike}));
    const Person ann {u"ann"_s, Role::Reporter};
    QCOMPARE(WorkflowRules::allowedActions(ann, contextIn(S::Draft)), QList<A> {A::Submit});
    QCOMPARE(WorkflowRules::allowedActions(ann, contextIn(S::InReview)), QList<A> {A::Withdraw});
}

void tst_WorkflowRules::names()
{
    for (A action : allActions) {
        bool ok = false;
        QCOMPARE(actionFromName(actionName(action), &ok), action);
        QVERIFY(ok);
        QVERIFY(!actionLabel(action).isEmpty());
    }
    for (Role role : {Role::Reporter, Role::Editor, Role::Admin}) {
        bool ok = false;
        QCOMPARE(roleFromName(roleName(role).toUpper(), &ok), role);
        QVERIFY(ok);
    }
    bool ok = true;
    roleFromName(u"intern"_s, &ok);
    QVERIFY(!ok);
    actionFromName(u"bless"_s, &ok);
    QVERIFY(!ok);
}

void tst_WorkflowRules::withdrawOnlyASubmission()
{
    ReviewContext context = contextIn(S::InReview);
    context.submitted = false; // in review because the approved text changed
    const auto refused = WorkflowRules::decide(A::Withdraw, {u"ann"_s, Role::Reporter}, context);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"approved text changed"_s));
}

void tst_WorkflowRules::overrideNeedsANote()
{
    QVERIFY(WorkflowRules::needsNote(A::ApproveOverride));
    for (A action : allActions) {
        if (action != A::ApproveOverride)
            QVERIFY(!WorkflowRules::needsNote(action));
    }
    QVERIFY(WorkflowRules::noteMissing(A::ApproveOverride).message.contains(u"needs a note"_s));
    // The override is the admin's way past authorship, not past the checklist.
    ReviewContext context = contextIn(S::InReview);
    context.editorsSinceReview << u"ada"_s;
    const Person ada {u"ada"_s, Role::Admin};
    QCOMPARE(WorkflowRules::decide(A::ApproveOverride, ada, context).value(), S::Approved);
    context.requiredFindings = 1;
    QVERIFY(!WorkflowRules::decide(A::ApproveOverride, ada, context));
}

void tst_WorkflowRules::textChange_data()
{
    using E = TextChangeEffect;
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("role"); // -1: not one of the library's people
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("allowance");
    QTest::addColumn<bool>("backToApproved");
    QTest::addColumn<int>("effect");
    const int reporter = int(Role::Reporter);
    const int editor = int(Role::Editor);
    const int admin = int(Role::Admin);
    QTest::newRow("draft") << int(S::Draft) << reporter << 5 << 0 << false << int(E::None);
    QTest::newRow("approved, no allowance")
        << int(S::Approved) << editor << 1 << 0 << false << int(E::ReturnToReview);
    QTest::newRow("approved, editor within")
        << int(S::Approved) << editor << 3 << 3 << false << int(E::KeepApproval);
    QTest::newRow("published, admin within")
        << int(S::Published) << admin << 1 << 3 << false << int(E::KeepApproval);
    QTest::newRow("approved, editor beyond")
        << int(S::Approved) << editor << 4 << 3 << false << int(E::ReturnToReview);
    QTest::newRow("approved, reporter within")
        << int(S::Approved) << reporter << 1 << 3 << false << int(E::ReturnToReview);
    QTest::newRow("approved, stranger within")
        << int(S::Approved) << -1 << 1 << 3 << false << int(E::ReturnToReview);
    QTest::newRow("in review, approved text again")
        << int(S::InReview) << reporter << 9 << 0 << true << int(E::RestoreApproval);
    QTest::newRow("in review, other text")
        << int(S::InReview) << editor << 0 << 3 << false << int(E::None);
    QTest::newRow("changes requested")
        << int(S::ChangesRequested) << editor << 0 << 3 << true << int(E::None);
}

void tst_WorkflowRules::textChange()
{
    QFETCH(int, status);
    QFETCH(int, role);
    QFETCH(int, changed);
    QFETCH(int, allowance);
    QFETCH(bool, backToApproved);
    QFETCH(int, effect);
    TextChange change;
    change.status = S(status);
    if (role >= 0)
        change.saverRole = Role(role);
    change.changedWords = changed;
    change.smallEditWords = allowance;
    change.backToApprovedText = backToApproved;
    const TextChangeEffect result = WorkflowRules::textChange(change);
    QCOMPARE(int(result), effect);
    QCOMPARE(WorkflowRules::textChangeMessage(result).isEmpty(), result == TextChangeEffect::None);
    QCOMPARE(WorkflowRules::textChangeAction(result).isEmpty(), result == TextChangeEffect::None);
}

QTEST_GUILESS_MAIN(tst_WorkflowRules)
#include "tst_workflowrules.moc"
