// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The Checklist and Review docks and the library's workflow views in the real window on a real
// library file with people: docks remembered, comments anchored from the editor, live checklist
// findings that block submitting and approving and jump to their field, limits from the profile.
#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "checklistpanel.h"
#include "commentthreadwidget.h"
#include "entrylisteditor.h"
#include "identitydialog.h"
#include "library.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "linefieldeditor.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "noticebanner.h"
#include "paragraphlineedit.h"
#include "partframe.h"
#include "peopledialog.h"
#include "publishededitor.h"
#include "reviewdocks.h"
#include "reviewpanel.h"
#include "settings.h"
#include "sqlitearticlestore.h"
#include "transitiondialog.h"
#include "windowtesting.h"
#include "workflowbadge.h"
#include "workflowcontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

using A = WorkflowAction;

/// The Key Facts part of `article`; a fatal error when there is none.
ArticlePart &keyFacts(Article &article)
{
    for (ArticlePart &part : article.parts) {
        if (part.kind == ArticlePart::Kind::KeyFacts)
            return part;
    }
    qFatal("the article has no Key Facts");
}

/// The row of the finding list whose finding has `ruleId`; -1 when none.
int findingRow(ChecklistPanel *panel, const QString &ruleId)
{
    const QList<ChecklistFinding> findings = panel->findings();
    for (int row = 0; row < findings.size(); ++row) {
        if (findings.at(row).ruleId == ruleId)
            return row;
    }
    return -1;
}

void clickFinding(ChecklistPanel *panel, int row)
{
    QListWidget *list = panel->findingList();
    QVERIFY(row >= 0 && row < list->count());
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestReviewDocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void docksAreRememberedAndToggled();
    void comment();
    void checklist();
    void lengthLimitFromProfile();
    void awaitingMyReviewView();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &user);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestReviewDocks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewDocks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"copydeskrc"_s), nullptr);
}

void TestReviewDocks::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestReviewDocks::openWindow(const QString &user)
{
    return startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(), user);
}

void TestReviewDocks::docksAreRememberedAndToggled()
{
    QByteArray state;
    {
        // On a desktop screen (the offscreen platform's own is 800×600, and the window never
        // opens larger than its screen).
        auto window = startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(),
            u"Kim"_s, [](MainWindow *w) { w->resize(1500, 900); });
        ReviewDocks *docks = window->reviewDocks();
        QCOMPARE(docks->checklistDock()->objectName(), u"checklistDock"_s);
        QCOMPARE(docks->reviewDock()->objectName(), u"reviewDock"_s);
        QCOMPARE(window->dockWidgetArea(docks->checklistDock()), Qt::RightDockWidgetArea);
        QCOMPARE(window->tabifiedDockWidgets(docks->checklistDock()),
            QList<QDockWidget *> {docks->reviewDock()});
        // Library, editor and preview keep a usable width beside the docks.
        const QList<int> sizes = qobject_cast<QSplitter *>(window->centralWidget())->sizes();
        QCOMPARE(sizes.size(), 3);
        for (int size : sizes)
            QVERIFY2(size >= 250, qPrintable(QString::number(size)));
        QVERIFY2(sizes.at(1) >= 500, qPrintable(QString::number(sizes.at(1))));

        QStringList viewMenu;
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->text().remove(QLatin1Char('&')) == u"View"_s) {
                for (QAction *action : menu->menu()->actions())
                    viewMenu << action->text();
            }
        }
        QVERIFY2(viewMenu.contains(u"Checklist"_s) && viewMenu.contains(u"Review"_s),
            qPrintable(viewMenu.join(u", "_s)));
        docks->reviewDock()->toggleViewAction()->trigger();
        QVERIFY(docks->reviewDock()->isHidden());
        window->close();
        state = m_settings->windowState();
    }
    auto window = openWindow(u"Kim"_s);
    QVERIFY(!state.isEmpty());
    QVERIFY(window->reviewDocks()->reviewDock()->isHidden());
    QVERIFY(!window->reviewDocks()->checklistDock()->isHidden());
    window->reviewDocks()->reviewDock()->toggleViewAction()->trigger();
    QVERIFY(!window->reviewDocks()->reviewDock()->isHidden());
}

void TestReviewDocks::comment()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    Library *library = workflow->library();
    const qint64 id = submittedByRita(window.get(), Testing::fullArticle());

    // Ed opens Rita's submitted article and comments on the headline.
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(window->libraryPanel()->selectArticle(id));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    ReviewPanel *review = window->reviewDocks()->review();
    auto *box = review->findChild<QPlainTextEdit *>(u"commentBox"_s);
    auto *button = review->findChild<QPushButton *>(u"commentButton"_s);
    auto *anchorLabel = review->findChild<QLabel *>(u"anchorLabel"_s);
    QVERIFY(box && button && anchorLabel);
    QVERIFY(!box->isEnabled());
    headlineEdit(window.get())->setFocus();
    QTRY_VERIFY(box->isEnabled());
    QVERIFY2(anchorLabel->text().contains(u"Headline"_s), qPrintable(anchorLabel->text()));
    box->setFocus();
    QTest::keyClicks(box, u"Too long for the front page."_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto comments = library->review()->comments(id);
    QVERIFY(comments.ok());
    QCOMPARE(comments->size(), 1);
    QCOMPARE(comments->first().anchor, CommentAnchor {u"headline"_s});
    QCOMPARE(comments->first().author, u"Ed"_s);
    QCOMPARE(comments->first().text, u"Too long for the front page."_s);

    // A comment on a selection in the lede keeps the range.
    MarkdownEditor *lede = window->editor()->ledeEditor();
    lede->setFocus();
    QTextCursor cursor = lede->textCursor();
    cursor.setPosition(4);
    cursor.setPosition(15, QTextCursor::KeepAnchor);
    lede->setTextCursor(cursor);
    QTRY_VERIFY2(anchorLabel->text().contains(u"“"_s), qPrintable(anchorLabel->text()));
    box->setFocus();
    QTest::keyClicks(box, u"Source?"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    comments = library->review()->comments(id);
    QCOMPARE(comments->size(), 2);
    QCOMPARE(comments->last().anchor, (CommentAnchor {u"lede"_s, 4, 15}));

    // Rita sees both threads; clicking one shows where it points.
    workflow->setCurrentUser(u"Rita"_s);
    QList<CommentThreadWidget *> threads = review->findChildren<CommentThreadWidget *>();
    QCOMPARE(threads.size(), 2);
    bool shown = false;
    for (const QLabel *label : threads.first()->findChildren<QLabel *>())
        shown = shown || label->text() == u"Too long for the front page."_s;
    QVERIFY(shown);
    window->libraryPanel()->setFocus();
    QVERIFY(!focusIsIn(window.get(), headlineEdit(window.get())));
    QTest::mouseClick(threads.first(), Qt::LeftButton, {}, QPoint(2, 2));
    QTRY_VERIFY(focusIsIn(window.get(), headlineEdit(window.get())));
    QTest::mouseClick(threads.last(), Qt::LeftButton, {}, QPoint(2, 2));
    QTRY_VERIFY(focusIsIn(window.get(), lede));
    QCOMPARE(lede->textCursor().selectionStart(), 4);
    QCOMPARE(lede->textCursor().selectionEnd(), 15);

    // Rita's saves leave a reply she is typing alone; they do update the threads otherwise.
    QPointer<QLineEdit> reply = threads.first()->findChild<QLineEdit *>();
    QVERIFY(reply);
    reply->setFocus();
    QTest::keyClicks(reply, u"Shortened"_s);
    QSignalSpy refreshed(workflow, &WorkflowController::stateChanged);
    window->session()->document()->setText(ArticleDocument::Field::Dek, u"A shorter dek."_s);
    window->session()->autosave()->saveNow();
    QTRY_VERIFY(refreshed.count() > 0);
    QVERIFY(reply);
    QCOMPARE(reply->text(), u"Shortened"_s);
    QCOMPARE(window->store()->load(id)->article.dek, u"A shorter dek."_s);
}

void TestReviewDocks::checklist()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    Library *library = workflow->library();
    ReviewDocks *docks = window->reviewDocks();
    ChecklistPanel *checklist = docks->checklist();

    // Ed's article: submitted while empty Key Facts were only recommended.
    Article emptyFacts = Testing::fullArticle();
    keyFacts(emptyFacts).items = {QString()};
    const qint64 submitted = submittedByRita(window.get(), emptyFacts);
    ChecklistConfig config = *library->workflow()->checklistConfig();
    QCOMPARE(config.level(u"published.set"_s), RuleLevel::Required);
    QVERIFY(config.setLevel(u"keyFacts.nonEmpty"_s, RuleLevel::Required));
    QVERIFY(library->workflow()->setChecklistConfig(config, u"Ada"_s).ok());

    // Rita's draft has empty Key Facts and no publication date.
    Article draft = emptyFacts;
    draft.uuid.clear();
    draft.published = {};
    const auto id = window->store()->create(draft, {u"Rita"_s, {}, true});
    QVERIFY(id.ok());
    workflow->setCurrentUser(u"Rita"_s);
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QCOMPARE(checklist->config(), config);
    QTRY_COMPARE(checklist->requiredCount(), 2);
    const int factsRow = findingRow(checklist, u"keyFacts.nonEmpty"_s);
    QVERIFY(factsRow >= 0);
    QVERIFY(findingRow(checklist, u"published.set"_s) >= 0);
    const QString factsMessage = checklist->findings().at(factsRow).message;
    QToolButton *fixes = docks->requiredFixesButton();
    QVERIFY(fixes->isVisible());
    QVERIFY2(fixes->text().contains(u"2"_s), qPrintable(fixes->text()));

    // Submit says why it is disabled and, forced, refuses with what to fix and shows the place.
    QAction *submit = workflow->action(A::Submit);
    QVERIFY(!submit->isEnabled());
    QVERIFY2(submit->toolTip().contains(u"Set the publication date."_s)
            && submit->toolTip().contains(factsMessage),
        qPrintable(submit->toolTip()));
    docks->reviewDock()->raise();
    const auto refused = workflow->perform(A::Submit);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"required finding"_s)
            && refused.error().message.contains(u"Set the publication date."_s),
        qPrintable(refused.error().message));
    QTRY_VERIFY(focusIsIn(window.get(), window->editor()->publishedEditor()));
    QTRY_VERIFY(!docks->checklistDock()->visibleRegion().isEmpty());
    QCOMPARE(statusOf(window.get()), ArticleStatus::Draft);

    // Activating the Key Facts finding goes to the Key Facts editor; typing there fixes it live.
    const QString factsId = keyFacts(draft).id;
    EntryListEditor *facts = window->editor()->partFrame(factsId)->entryEditor();
    clickFinding(checklist, factsRow);
    QTRY_VERIFY(focusIsIn(window.get(), facts));
    QTest::keyClicks(window->focusWidget(), u"Rainfall: 71 mm"_s);
    QTRY_COMPARE(checklist->requiredCount(), 1);
    QCOMPARE(findingRow(checklist, u"keyFacts.nonEmpty"_s), -1);
    QVERIFY2(fixes->text().contains(u"1"_s), qPrintable(fixes->text()));

    // The status bar button goes to the date; clicking the finding does too.
    headlineEdit(window.get())->setFocus();
    QTest::mouseClick(fixes, Qt::LeftButton);
    QTRY_VERIFY(focusIsIn(window.get(), window->editor()->publishedEditor()));
    headlineEdit(window.get())->setFocus();
    clickFinding(checklist, findingRow(checklist, u"published.set"_s));
    QTRY_VERIFY(focusIsIn(window.get(), window->editor()->publishedEditor()));
    window->session()->document()->setPublished(
        QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone::UTC));
    QTRY_COMPARE(checklist->requiredCount(), 0);
    QVERIFY(fixes->isHidden());
    QVERIFY(workflow->perform(A::Submit).ok());
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);

    // Ed cannot approve the article whose Key Facts became required after submission.
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(window->libraryPanel()->selectArticle(submitted));
    QTRY_COMPARE(checklist->requiredCount(), 1);
    QAction *approve = workflow->action(A::Approve);
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(factsMessage), qPrintable(approve->toolTip()));
    QVERIFY(workflow->action(A::RequestChanges)->isEnabled());
    headlineEdit(window.get())->setFocus();
    const auto notApproved = workflow->perform(A::Approve);
    QVERIFY(!notApproved.ok());
    QVERIFY2(notApproved.error().message.contains(factsMessage),
        qPrintable(notApproved.error().message));
    QTRY_VERIFY(focusIsIn(window.get(), window->editor()->partFrame(factsId)->entryEditor()));
    QCOMPARE(statusOf(window.get()), ArticleStatus::InReview);
}

void TestReviewDocks::lengthLimitFromProfile()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    ChecklistPanel *checklist = window->reviewDocks()->checklist();
    LineFieldEditor *headline = window->editor()->lineField(ArticleDocument::Field::Headline);
    QCOMPARE(checklist->config().headlineMaxLength, 110);
    QCOMPARE(headline->lengthLimit(), 110);

    PublicationProfile profile = *window->store()->publicationProfile();
    profile.headlineMaxLength = 72;
    QVERIFY(window->store()->setPublicationProfile(profile).ok());
    Article article = Testing::fullArticle();
    article.headline = QString(73, u'h');
    const auto id = window->store()->create(article, {u"Ada"_s, {}, true});
    QVERIFY(id.ok());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QTRY_COMPARE(window->shownArticle(), *id);
    QCOMPARE(headline->counter()->text(), u"73 / 72"_s);
    QCOMPARE(checklist->config().headlineMaxLength, 72);
    QTRY_VERIFY(findingRow(checklist, u"headline.length"_s) >= 0);
    const ChecklistFinding finding
        = checklist->findings().at(findingRow(checklist, u"headline.length"_s));
    QVERIFY2(finding.message.contains(u"73"_s) && finding.message.contains(u"72"_s),
        qPrintable(finding.message));

    // No limit: the counter counts, the checklist finds nothing about the length.
    profile.headlineMaxLength = 0;
    QVERIFY(window->store()->setPublicationProfile(profile).ok());
    QCOMPARE(headline->counter()->text(), u"73"_s);
    QCOMPARE(checklist->config().headlineMaxLength, 0);
    QTRY_COMPARE(findingRow(checklist, u"headline.length"_s), -1);
}

void TestReviewDocks::awaitingMyReviewView()
{
    auto window = openWindow(u"Ada"_s);
    addPeopleThroughTheWindow(window.get());
    WorkflowController *workflow = window->workflow();
    const qint64 submitted = submittedByRita(window.get(), Testing::fullArticle());
    Article draft = Testing::fullArticle();
    draft.uuid.clear();
    draft.headline = u"Still a draft"_s;
    QVERIFY(window->store()->create(draft, {u"Rita"_s, {}, true}).ok());
    workflow->setCurrentUser(u"Ed"_s);

    LibraryPanel *panel = window->libraryPanel();
    QComboBox *views = nullptr;
    for (QComboBox *combo : panel->findChildren<QComboBox *>()) {
        if (combo->findText(u"Awaiting my review"_s) >= 0)
            views = combo;
    }
    QVERIFY(views);
    QVERIFY(views->isVisible());
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 2);
    views->setCurrentIndex(views->findText(u"Awaiting my review"_s));
    QCOMPARE(panel->workflowView(), Queues::View::AwaitingMyReview);
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 1);
    QCOMPARE(panel->libraryModel()->summary(0).id, submitted);

    // Rita is no reviewer: the view is empty for her; Ed's list follows his approval.
    workflow->setCurrentUser(u"Rita"_s);
    panel->setWorkflowView(Queues::View::AwaitingMyReview);
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 0);
    workflow->setCurrentUser(u"Ed"_s);
    panel->setWorkflowView(Queues::View::AwaitingMyReview);
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 1);
    QVERIFY(panel->selectArticle(submitted));
    QVERIFY(workflow->perform(A::Approve).ok());
    QTRY_COMPARE(panel->libraryModel()->rowCount(), 0);
}

int main(int argc, char *argv[])
{
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestReviewDocks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reviewdocks.moc"
