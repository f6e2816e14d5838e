// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "checklistpanel.h"
#include "entrylisteditor.h"
#include "heroimageeditor.h"
#include "linefieldeditor.h"
#include "paragraphlineedit.h"
#include "partframe.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;
using Field = ArticleDocument::Field;
using Kind = ArticlePart::Kind;

namespace {

QString firstOf(const ArticleDocument &document, Kind kind)
{
    for (const ArticlePart &part : document.article().parts) {
        if (part.kind == kind)
            return part.id;
    }
    return {};
}

QStringList paths(const QList<ChecklistFinding> &findings)
{
    QStringList result;
    for (const ChecklistFinding &finding : findings)
        result << finding.path;
    return result;
}

} // namespace

class tst_ChecklistPanel : public QObject
{
    Q_OBJECT

private:
    ArticleDocument *m_document = nullptr;
    QWidget *m_window = nullptr;
    ArticleEditor *m_editor = nullptr;
    ChecklistPanel *m_panel = nullptr;

    /// The row of the finding at `path`; -1 when none is shown.
    int rowOf(const QString &path) const { return int(paths(m_panel->findings()).indexOf(path)); }

    void activateRow(int row)
    {
        QListWidget *list = m_panel->findingList();
        const QRect rect = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_document = new ArticleDocument;
        Article article = Testing::fullArticle();
        article.hero.data = Testing::solidPng(1200, 675); // wide enough for a social card
        m_document->reset(article);
        m_window = new QWidget;
        auto *layout = new QHBoxLayout(m_window);
        m_editor = new ArticleEditor(m_document);
        m_panel = new ChecklistPanel;
        layout->addWidget(m_editor, 3);
        layout->addWidget(m_panel, 1);
        m_panel->setDocument(m_document);
        m_window->resize(1200, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanup()
    {
        delete m_window;
        delete m_document;
    }

    void fullArticlePasses()
    {
        QCOMPARE(m_panel->findings(), QList<ChecklistFinding>());
        QCOMPARE(m_panel->requiredCount(), 0);
        QCOMPARE(m_panel->findingList()->count(), 0);
        QCOMPARE(m_panel->summaryLabel()->text(), u"Ready: no findings"_s);
        QVERIFY(!m_panel->summaryLabel()->accessibleName().isEmpty());
        QVERIFY(!m_panel->findingList()->accessibleName().isEmpty());
    }

    void typingUpdatesFindings()
    {
        QSignalSpy changes(m_panel, &ChecklistPanel::findingsChanged);
        ParagraphLineEdit *headline = m_editor->lineField(Field::Headline)->input();
        headline->setFocus();
        QTest::keyClick(headline, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(headline, Qt::Key_Delete);
        QCOMPARE(m_document->article().headline, QString());
        // Coalesced: nothing is checked in the keystroke itself.
        QCOMPARE(m_panel->findings(), QList<ChecklistFinding>());
        QTRY_COMPARE(m_panel->requiredCount(), 1);
        QCOMPARE(m_panel->findings().at(0).ruleId, u"headline.present"_s);
        QCOMPARE(m_panel->findings().at(0).path, u"headline"_s);
        QCOMPARE(m_panel->findingList()->item(0)->text(), m_panel->findings().at(0).message);
        QVERIFY(!m_panel->findingList()->item(0)->icon().isNull());
        QCOMPARE(m_panel->summaryLabel()->text(), u"1 required, 0 recommended"_s);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0), (QVariantList {1, 0}));

        // A burst of typing is checked once, after it.
        QTest::keyClicks(headline, u"Flood walls hold"_s);
        QCOMPARE(m_document->article().headline, u"Flood walls hold"_s);
        QTRY_COMPARE(m_panel->findings(), QList<ChecklistFinding>());
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(1), (QVariantList {0, 0}));
        QCOMPARE(m_panel->findingList()->count(), 0);
        QCOMPARE(m_panel->summaryLabel()->text(), u"Ready: no findings"_s);
    }

    void emptyKeyFacts()
    {
        const QString facts = firstOf(*m_document, Kind::KeyFacts);
        while (
            !m_document->article().parts.at(m_document->article().partIndex(facts)).items.isEmpty())
            QVERIFY(m_document->removeItem(facts, 0));
        QTRY_COMPARE(paths(m_panel->findings()), QStringList {u"parts/"_s + facts + u"/items"_s});
        QCOMPARE(m_panel->findings().at(0).ruleId, u"keyFacts.nonEmpty"_s);
        QCOMPARE(m_panel->findings().at(0).severity, RuleLevel::Recommended);
        QCOMPARE(m_panel->requiredCount(), 0);
        QCOMPARE(m_panel->summaryLabel()->text(), u"0 required, 1 recommended"_s);
        // The Add button: there is no entry to focus.
        m_panel->findingList()->setCurrentRow(0);
        connect(m_panel, &ChecklistPanel::findingActivated, m_editor, &ArticleEditor::focusPath);
        QTest::keyClick(m_panel->findingList(), Qt::Key_Return);
        QCOMPARE(
            QApplication::focusWidget(), m_editor->partFrame(facts)->entryEditor()->addButton());
    }

    void summary_data()
    {
        QTest::addColumn<QStringList>("cleared");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("level"); // a RuleLevel
        QTest::addColumn<QString>("summary");
        QTest::addColumn<int>("required");

        QTest::newRow("nothing") << QStringList() << QString() << int(RuleLevel::Off)
                                 << u"Ready: no findings"_s << 0;
        QTest::newRow("headline") << QStringList {u"headline"_s} << QString() << int(RuleLevel::Off)
                                  << u"1 required, 0 recommended"_s << 1;
        QTest::newRow("dek") << QStringList {u"dek"_s} << QString() << int(RuleLevel::Off)
                             << u"0 required, 1 recommended"_s << 0;
        QTest::newRow("headline bylines")
            << QStringList {u"headline"_s, u"bylines"_s} << QString() << int(RuleLevel::Off)
            << u"2 required, 0 recommended"_s << 2;
        QTest::newRow("headline dek alt text")
            << QStringList {u"headline"_s, u"dek"_s, u"hero.altText"_s} << QString()
            << int(RuleLevel::Off) << u"2 required, 1 recommended"_s << 2; // alt text: Required
        QTest::newRow("dek required by the publication")
            << QStringList {u"dek"_s} << u"dek.present"_s << int(RuleLevel::Required)
            << u"1 required, 0 recommended"_s << 1;
        QTest::newRow("headline rule off") << QStringList {u"headline"_s} << u"headline.present"_s
                                           << int(RuleLevel::Off) << u"Ready: no findings"_s << 0;
    }

    void summary()
    {
        QFETCH(QStringList, cleared);
        QFETCH(QString, rule);
        QFETCH(int, level);
        QFETCH(QString, summary);
        QFETCH(int, required);

        ChecklistConfig config;
        if (!rule.isEmpty())
            QVERIFY(config.setLevel(rule, RuleLevel(level)));
        m_panel->setConfig(config);
        for (const QString &field : cleared) {
            if (field == u"headline")
                m_document->setText(Field::Headline, {});
            else if (field == u"dek")
                m_document->setText(Field::Dek, {});
            else if (field == u"bylines")
                m_document->setBylines({});
            else if (field == u"hero.altText") {
                HeroImage hero = m_document->article().hero;
                hero.altText.clear();
                m_document->setHero(hero);
            }
        }
        QTRY_COMPARE(m_panel->summaryLabel()->text(), summary);
        QCOMPARE(m_panel->requiredCount(), required);
        QCOMPARE(m_panel->findings(), Checklist::run(m_document->article(), config));
        QCOMPARE(m_panel->findingList()->count(), m_panel->findings().size());
        for (int i = 0; i < m_panel->findingList()->count(); ++i)
            QCOMPARE(m_panel->findingList()->item(i)->text(), m_panel->findings().at(i).message);
    }

    void activatingEmitsThePath()
    {
        m_document->setText(Field::Dek, {});
        m_document->setBylines({});
        QTRY_COMPARE(paths(m_panel->findings()), (QStringList {u"dek"_s, u"bylines"_s}));
        QSignalSpy activated(m_panel, &ChecklistPanel::findingActivated);
        activateRow(1);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toString(), u"bylines"_s);
        m_panel->findingList()->setFocus();
        m_panel->findingList()->setCurrentRow(0);
        QTest::keyClick(m_panel->findingList(), Qt::Key_Enter);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toString(), u"dek"_s);
    }

    void activatingFocusesTheField()
    {
        connect(m_panel, &ChecklistPanel::findingActivated, m_editor, &ArticleEditor::focusPath);
        m_document->setText(Field::Headline, {});
        HeroImage hero = m_document->article().hero;
        hero.altText = u"   "_s;
        m_document->setHero(hero);
        const QString faq = firstOf(*m_document, Kind::Faq);
        QVERIFY(m_document->setFaqEntry(faq, 2, {QString(), u"An answer."_s}));
        const QString faqPath = u"parts/"_s + faq + u"/faq/2"_s;
        QTRY_COMPARE(
            paths(m_panel->findings()), (QStringList {u"headline"_s, u"hero.altText"_s, faqPath}));

        m_panel->findingList()->setFocus();
        activateRow(rowOf(u"hero.altText"_s));
        QCOMPARE(QApplication::focusWidget(), m_editor->heroEditor()->altTextEdit());
        activateRow(rowOf(faqPath));
        QWidget *pair = m_editor->partFrame(faq)->entryEditor()->rowEditor(2);
        QVERIFY(pair->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"question"_s);
        QCOMPARE(m_editor->currentAnchor().path, faqPath);
        activateRow(rowOf(u"headline"_s));
        QCOMPARE(QApplication::focusWidget(), m_editor->lineField(Field::Headline)->input());

        // The writer fixes the headline where the finding led.
        QTest::keyClicks(QApplication::focusWidget(), u"Walls hold"_s);
        QTRY_COMPARE(rowOf(u"headline"_s), -1);
    }

    void documentGoes()
    {
        m_document->setText(Field::Headline, {});
        QTRY_COMPARE(m_panel->requiredCount(), 1);
        QSignalSpy changes(m_panel, &ChecklistPanel::findingsChanged);
        m_panel->setDocument(nullptr);
        QCOMPARE(m_panel->findings(), QList<ChecklistFinding>());
        QCOMPARE(m_panel->findingList()->count(), 0);
        QCOMPARE(changes.count(), 1);
        m_panel->setDocument(m_document);
        QCOMPARE(m_panel->requiredCount(), 1);
        delete m_window; // the editor must not outlive its document
        m_window = nullptr;
        auto *panel = new ChecklistPanel;
        panel->setDocument(m_document);
        QCOMPARE(panel->requiredCount(), 1);
        delete m_document;
        m_document = nullptr;
        QCOMPARE(panel->findings(), QList<ChecklistFinding>());
        QCOMPARE(panel->document(), nullptr);
        delete panel;
    }
};

QTEST_MAIN(tst_ChecklistPanel)
#include "tst_checklistpanel.moc"
