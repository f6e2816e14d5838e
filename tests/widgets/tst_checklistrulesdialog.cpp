// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The checklist rules editor: the dialog on its own, then Workflow ▸ Checklist Rules… in the real
// window on a real library file with people.
#include "articledocument.h"
#include "articlefactory.h"
#include "checklistpanel.h"
#include "checklistrulesdialog.h"
#include "library.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "reviewdocks.h"
#include "settings.h"
#include "sqlitearticlestore.h"
#include "windowtesting.h"
#include "workflowcontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// The finding of `ruleId` in the panel; nullopt when there is none.
std::optional<ChecklistFinding> findingOf(ChecklistPanel *panel, const QString &ruleId)
{
    for (const ChecklistFinding &finding : panel->findings()) {
        if (finding.ruleId == ruleId)
            return finding;
    }
    return std::nullopt;
}

} // namespace

class TestChecklistRulesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryRuleWithItsLevel_data();
    void showsEveryRuleWithItsLevel();
    void keyboardEditsTwoLevels();
    void editorStoresTheRules();
    void reporterCannotChangeTheRules();
    void refusalIsShown();
    void adminUsesTheDialog();
    void disabledWithoutPeople();

private:
    /// A window on a library with Ada (admin), Ed (editor) and Rita (reporter), `user` acting;
    /// without people when `people` is false.
    std::unique_ptr<MainWindow> openWindow(const QString &user, bool people = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestChecklistRulesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChecklistRulesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"copydeskrc"_s), nullptr);
}

void TestChecklistRulesDialog::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestChecklistRulesDialog::openWindow(const QString &user, bool people)
{
    return Testing::startedWindow(
        m_dir->filePath(u"library.copydesk"_s), m_settings.get(), user, [&](MainWindow *window) {
            Library *library = window->workflow()->library();
            if (people
                && (!library->people()->addPerson({u"Ada"_s, Role::Admin}, u"Ada"_s)
                    || !library->people()->addPerson({u"Ed"_s, Role::Editor}, u"Ada"_s)
                    || !library->people()->addPerson({u"Rita"_s, Role::Reporter}, u"Ada"_s)))
                qFatal("cannot add the people");
            window->workflow()->setCurrentUser(user);
        });
}

void TestChecklistRulesDialog::showsEveryRuleWithItsLevel_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<RuleLevel>("level");
    QTest::newRow("required turned off") << u"headline.present"_s << RuleLevel::Off;
    QTest::newRow("recommended made required") << u"dek.present"_s << RuleLevel::Required;
    QTest::newRow("required made recommended") << u"faq.questions"_s << RuleLevel::Recommended;
    QTest::newRow("default recommended") << u"hero.altText"_s << RuleLevel::Recommended;
    QTest::newRow("default required") << u"bylines.present"_s << RuleLevel::Required;
}

void TestChecklistRulesDialog::showsEveryRuleWithItsLevel()
{
    QFETCH(QString, ruleId);
    QFETCH(RuleLevel, level);
    ChecklistConfig stored;
    stored.wordsPerMinute = 180;
    stored.headlineMaxLength = 70;
    QVERIFY(stored.setLevel(ruleId, level));

    ChecklistRulesDialog dialog(stored);
    const QStringList ids = ChecklistConfig::ruleIds();
    QCOMPARE(dialog.ruleTable()->rowCount(), ids.size());
    for (int row = 0; row < ids.size(); ++row) {
        const QString &id = ids.at(row);
        // The rule's description is the label of its level.
        const auto *rule = qobject_cast<QLabel *>(dialog.ruleTable()->cellWidget(row, 0));
        QVERIFY(rule);
        QCOMPARE(rule->text(), ChecklistConfig::description(id));
        QVERIFY(!rule->text().isEmpty());
        QComboBox *combo = dialog.levelCombo(id);
        QVERIFY(combo);
        QCOMPARE(rule->buddy(), combo);
        QCOMPARE(combo->count(), 3);
        QVERIFY(!combo->accessibleName().isEmpty());
        QCOMPARE(static_cast<RuleLevel>(combo->currentData().toInt()), stored.level(id));
    }
    QCOMPARE(static_cast<RuleLevel>(dialog.levelCombo(ruleId)->currentData().toInt()), level);
    QCOMPARE(dialog.levelCombo(u"no.such.rule"_s), nullptr);
    // Unchanged, the dialog gives back what it was given, limits included.
    QCOMPARE(dialog.config(), stored);
}

void TestChecklistRulesDialog::keyboardEditsTwoLevels()
{
    ChecklistConfig stored;
    stored.wordsPerMinute = 200;
    ChecklistRulesDialog dialog(stored);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    // Focus starts on the first rule's level; Tab goes on to the next rule's.
    const QStringList ids = ChecklistConfig::ruleIds();
    QComboBox *first = dialog.levelCombo(ids.at(0));
    QComboBox *second = dialog.levelCombo(ids.at(1));
    QTRY_COMPARE(QApplication::focusWidget(), first);
    QCOMPARE(stored.level(ids.at(0)), RuleLevel::Required);
    QTest::keyClick(first, Qt::Key_Up); // Required → Recommended
    QTest::keyClick(first, Qt::Key_Up); // → Off
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), second);
    QCOMPARE(stored.level(ids.at(1)), RuleLevel::Required);
    QTest::keyClick(second, Qt::Key_Up); // → Recommended

    // Return presses OK, the default button.
    QTest::keyClick(second, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    ChecklistConfig expected = stored;
    QVERIFY(expected.setLevel(ids.at(0), RuleLevel::Off));
    QVERIFY(expected.setLevel(ids.at(1), RuleLevel::Recommended));
    QCOMPARE(dialog.config(), expected);
    QCOMPARE(dialog.config().wordsPerMinute, 200);
}

void TestChecklistRulesDialog::editorStoresTheRules()
{
    auto window = openWindow(u"Ed"_s);
    WorkflowController *workflow = window->workflow();
    Library *library = workflow->library();
    ChecklistPanel *checklist = window->reviewDocks()->checklist();
    QAction *action = workflow->checklistRulesAction();
    QVERIFY(action->isEnabled());
    QVERIFY(workflow->menu()->actions().contains(action));

    // An article without a standfirst: only a recommended finding so far.
    Article article = Testing::fullArticle();
    article.dek.clear();
    const auto id = window->store()->create(article, {u"Ed"_s, {}, true});
    QVERIFY(id.ok());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QTRY_VERIFY(findingOf(checklist, u"dek.present"_s).has_value());
    QCOMPARE(findingOf(checklist, u"dek.present"_s)->severity, RuleLevel::Recommended);

    const ChecklistConfig before = *library->workflow()->checklistConfig();
    ChecklistConfig offered;
    workflow->setChecklistRulesProvider([&offered](const ChecklistConfig &current) {
        offered = current;
        ChecklistConfig edited = current;
        edited.setLevel(u"dek.present"_s, RuleLevel::Required);
        edited.setLevel(u"hero.altText"_s, RuleLevel::Off);
        return std::optional<ChecklistConfig>(edited);
    });
    action->trigger();

    QCOMPARE(offered, before);
    const auto stored = library->workflow()->checklistConfig();
    QVERIFY(stored.ok());
    QCOMPARE(stored->level(u"dek.present"_s), RuleLevel::Required);
    QCOMPARE(stored->level(u"hero.altText"_s), RuleLevel::Off);
    QCOMPARE(checklist->config(), *stored);
    QTRY_COMPARE(findingOf(checklist, u"dek.present"_s)->severity, RuleLevel::Required);

    // Cancelling stores nothing.
    workflow->setChecklistRulesProvider(
        [](const ChecklistConfig &) { return std::optional<ChecklistConfig>(); });
    action->trigger();
    QCOMPARE(*library->workflow()->checklistConfig(), *stored);
}

void TestChecklistRulesDialog::reporterCannotChangeTheRules()
{
    auto window = openWindow(u"Rita"_s);
    WorkflowController *workflow = window->workflow();
    QAction *action = workflow->checklistRulesAction();
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(u"editors"_s));
    const ChecklistConfig before = *workflow->library()->workflow()->checklistConfig();
    bool asked = false;
    workflow->setChecklistRulesProvider([&asked](const ChecklistConfig &current) {
        asked = true;
        ChecklistConfig edited = current;
        edited.setLevel(u"dek.present"_s, RuleLevel::Off);
        return std::optional<ChecklistConfig>(edited);
    });
    workflow->editChecklistRules();
    QVERIFY(!asked);
    QCOMPARE(*workflow->library()->workflow()->checklistConfig(), before);

    // Becoming an editor's session enables it.
    workflow->setCurrentUser(u"Ed"_s);
    QVERIFY(action->isEnabled());
}

void TestChecklistRulesDialog::refusalIsShown()
{
    auto window = openWindow(u"Ed"_s);
    WorkflowController *workflow = window->workflow();
    Library *library = workflow->library();
    const ChecklistConfig before = *library->workflow()->checklistConfig();
    // While Ed has the dialog open, Ada makes him a reporter: the library refuses his change.
    workflow->setChecklistRulesProvider([library](const ChecklistConfig &current) {
        if (!library->people()->addPerson({u"Ed"_s, Role::Reporter}, u"Ada"_s))
            qFatal("cannot change Ed's role");
        ChecklistConfig edited = current;
        edited.setLevel(u"dek.present"_s, RuleLevel::Required);
        return std::optional<ChecklistConfig>(edited);
    });
    QString shown;
    QTimer::singleShot(0, qApp, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    workflow->checklistRulesAction()->trigger();
    QVERIFY2(shown.contains(u"reporter"_s), qPrintable(shown));
    QCOMPARE(*library->workflow()->checklistConfig(), before);
    QVERIFY(!workflow->checklistRulesAction()->isEnabled());
}

void TestChecklistRulesDialog::adminUsesTheDialog()
{
    auto window = openWindow(u"Ada"_s);
    WorkflowController *workflow = window->workflow();
    Library *library = workflow->library();
    ChecklistConfig stored = *library->workflow()->checklistConfig();
    QVERIFY(stored.setLevel(u"faq.questions"_s, RuleLevel::Off));
    QVERIFY(library->workflow()->setChecklistConfig(stored, u"Ada"_s).ok());

    bool seen = false;
    QTimer::singleShot(0, qApp, [&seen] {
        auto *dialog = qobject_cast<ChecklistRulesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        // The stored level, not the house default.
        QCOMPARE(
            dialog->levelCombo(u"faq.questions"_s)->currentData().toInt(), int(RuleLevel::Off));
        QComboBox *combo = dialog->levelCombo(u"references.nonEmpty"_s);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // Recommended → Required
        QTest::keyClick(combo, Qt::Key_Return);
    });
    workflow->checklistRulesAction()->trigger();
    QVERIFY(seen);
    QVERIFY(stored.setLevel(u"references.nonEmpty"_s, RuleLevel::Required));
    QCOMPARE(*library->workflow()->checklistConfig(), stored);
    QCOMPARE(window->reviewDocks()->checklist()->config(), stored);
}

void TestChecklistRulesDialog::disabledWithoutPeople()
{
    auto window = openWindow(u"Kim"_s, false);
    QAction *action = window->workflow()->checklistRulesAction();
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(u"no review workflow"_s));
}

QTEST_MAIN(TestChecklistRulesDialog)
#include "tst_checklistrulesdialog.moc"
