// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// A reporter's window on a team library while a colleague saves the same article: the window
// never overwrites the colleague's version, says so in a banner, and the merge dialog stores
// both people's changes as a new revision.
#include "articlefactory.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "backendlibrary.h"
#include "conflictdialog.h"
#include "mainwindow.h"
#include "noticebanner.h"
#include "paragraphlineedit.h"
#include "settings.h"
#include "windowtesting.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

NoticeBanner *liveBanner(MainWindow *window)
{
    for (auto *banner : window->findChildren<NoticeBanner *>()) {
        if (banner->accessibleName() == u"Live update notice"_s)
            return banner;
    }
    return nullptr;
}

} // namespace

class TestTeamConflictWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!BackendLibrary::isPostgres())
            QSKIP("a team library test: runs as tst_teamconflictwindow_postgres");
        if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void bothPeoplesChangesSurviveTheMerge()
    {
        BackendLibrary team;
        QVERIFY2(team.isValid(), qPrintable(team.error()));
        QVERIFY2(team.addPeople({{u"ada"_s, Role::Admin}, {u"ann"_s, Role::Reporter},
                     {u"bob"_s, Role::Reporter}}),
            qPrintable(team.error()));
        Article draft = fullArticle();
        draft.uuid.clear();
        draft.headline = u"Harbour vote"_s;
        draft.dek = u"The council decides today."_s;
        const Result<qint64> id = team.as(u"ann"_s)->articles()->create(draft, {u"ann"_s});
        QVERIFY(id);

        QTemporaryDir home;
        Settings settings(home.filePath(u"copydeskrc"_s), nullptr);
        auto window = startedWindow(team.location(u"ann"_s), &settings, u"ann"_s);
        window->showArticle(*id);
        QTRY_COMPARE(window->shownArticle(), *id);
        ParagraphLineEdit *headline = headlineEdit(window.get());
        QCOMPARE(headline->text(), u"Harbour vote"_s);

        // Ann types; before her autosave, Bob stores his version.
        headline->setFocus();
        headline->moveCursor(QTextCursor::End);
        QTest::keyClicks(headline, u" tonight"_s);
        Article bobs = team.as(u"bob"_s)->articles()->load(*id)->article;
        bobs.headline = u"Harbour vote delayed"_s;
        bobs.dek = u"The council puts off its decision."_s;
        QVERIFY(team.as(u"bob"_s)->articles()->save(*id, bobs, {u"bob"_s}));

        // Her save is refused, the banner says so, and her text stays.
        NoticeBanner *banner = liveBanner(window.get());
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(u"Compare and Merge"_s), qPrintable(banner->text()));
        QCOMPARE(window->findChild<ArticleSession *>()->autosave()->state(),
            AutosaveController::State::Conflict);
        QCOMPARE(headline->text(), u"Harbour vote tonight"_s);
        QCOMPARE(
            team.as(u"bob"_s)->articles()->load(*id)->article.headline, u"Harbour vote delayed"_s);

        // The dialog lists the headline (both changed: hers first) and the dek (his only:
        // his version ticked); she keeps that and saves.
        bool seen = false;
        driveNextDialog<ConflictDialog>(
            [](ConflictDialog *dialog) {
                QTreeWidget *list = dialog->choiceList();
                QCOMPARE(list->topLevelItemCount(), 2);
                QCOMPARE(list->topLevelItem(0)->text(0), u"Headline"_s);
                QCOMPARE(list->topLevelItem(0)->checkState(0), Qt::Unchecked);
                QCOMPARE(list->topLevelItem(1)->text(0), u"Dek"_s);
                QCOMPARE(list->topLevelItem(1)->checkState(0), Qt::Checked);
                const QString intro = dialog->findChild<QLabel *>()->text();
                QVERIFY2(intro.startsWith(u"bob saved this article"_s), qPrintable(intro));
                QVERIFY2(dialog->differenceText().contains(u"delayed"_s),
                    qPrintable(dialog->differenceText()));
                dialog->findChild<QDialogButtonBox *>()->buttons().first()->click();
            },
            &seen);
        Q_EMIT banner->linkActivated(u"#action"_s);
        QVERIFY(seen);

        const Result<ArticleRecord> merged = team.as(u"bob"_s)->articles()->load(*id);
        QCOMPARE(merged->article.headline, u"Harbour vote tonight"_s);
        QCOMPARE(merged->article.dek, u"The council puts off its decision."_s);
        QCOMPARE(team.as(u"bob"_s)->articles()->revisions(*id)->first().author, u"ann"_s);
        QVERIFY(!banner->isVisible());
        QCOMPARE(window->findChild<ArticleSession *>()->autosave()->state(),
            AutosaveController::State::Saved);
        QTRY_COMPARE(headline->text(), u"Harbour vote tonight"_s);
        window->close();
    }
};

QTEST_MAIN(TestTeamConflictWindow)
#include "tst_teamconflictwindow.moc"
