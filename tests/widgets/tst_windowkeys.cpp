// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The window from the keyboard: F6 through the panes, distraction-free writing and full
// screen, the View menu's shortcuts, Alt+A (Add Part) from every field of the editor, and
// Help ▸ Keyboard Shortcuts listing every key, with no key bound twice.

#include "accesskeys.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "articlesession.h"
#include "articlestore.h"
#include "entrylisteditor.h"
#include "librarypanel.h"
#include "linefieldeditor.h"
#include "mainwindow.h"
#include "paragraphlineedit.h"
#include "partframe.h"
#include "previewpane.h"
#include "reviewdocks.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "viewmodes.h"
#include "windowtesting.h"
#include "workflowcontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;
using Kind = ArticlePart::Kind;

namespace {

/// Every action reachable from the menu bar, submenus included.
QList<QAction *> menuActions(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->menu())
            actions += menuActions(action->menu());
        else if (!action->isSeparator())
            actions.append(action);
    }
    return actions;
}

QList<QAction *> allActions(MainWindow *window)
{
    QList<QAction *> actions;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            actions += menuActions(top->menu());
    }
    return actions;
}

/// The widget that takes the keys of a field (a date edit's inner line edit).
QWidget *keyReceiverOf(QWidget *field)
{
    return field && field->focusProxy() ? field->focusProxy() : field;
}

QString texts(const QTreeWidget *list)
{
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = list->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (!group->child(j)->isHidden())
                rows << group->child(j)->text(0) + u" = "_s + group->child(j)->text(1);
        }
    }
    return rows.join(u'\n');
}

} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    void press(QKeyCombination keys) { pressKeys(m_window.get(), keys); }

    /// Presses Alt+A in `input` and, when the Add Part menu opens, chooses `kind` in it with
    /// the keyboard. Whether the menu opened; `*shownAt` is where it showed (global).
    bool altA(QWidget *input, Kind kind, QRect *shownAt = nullptr)
    {
        QMenu *menu = m_window->editor()->addPartButton()->menu();
        const QString label
            = kind == Kind::Section ? u"Section"_s : ArticlePart::defaultHeading(kind);
        auto opened = std::make_shared<bool>(false);
        auto geometry = std::make_shared<QRect>();
        QTimer::singleShot(0, this, [menu, label, opened, geometry] {
            *opened = QApplication::activePopupWidget() == menu;
            if (!*opened)
                return;
            *geometry = menu->geometry();
            for (QAction *action : menu->actions()) {
                if (action->text() == label)
                    menu->setActiveAction(action);
            }
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::keyClick(input, Qt::Key_A, Qt::AltModifier);
        QApplication::processEvents();
        if (shownAt)
            *shownAt = *geometry;
        return *opened;
    }

    /// Opens the window again in `language` (empty: English), installing its translation in
    /// `translator`, showing the full test article.
    bool reopenWithAnArticle(const QString &language, QTranslator *translator)
    {
        // The application's translation, as embedded for exported pages.
        if (!language.isEmpty()
            && !translator->load(u":/i18n/page/copydesk_"_s + language + u".qm"_s))
            return false;
        if (!language.isEmpty())
            QCoreApplication::installTranslator(translator);
        const auto id = m_window->store()->create(Testing::fullArticle(), {u"ann"_s, {}, true});
        if (!id)
            return false;
        m_window.reset();
        m_window
            = startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(), u"ann"_s);
        m_window->showArticle(*id);
        return QTest::qWaitFor([this] { return m_window->editor()->isVisible(); });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"copydeskrc"_s), nullptr);
        m_window = startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(), u"ann"_s,
            [](MainWindow *window) { window->resize(1280, 720); });
        // An article in the editor.
        m_window->libraryPanel()->articleActions().at(0)->trigger();
        QTRY_VERIFY(m_window->editor()->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void f6GoesThroughThePanes()
    {
        m_window->editor()->focusField(u"headline"_s);
        QVERIFY(focusIsIn(m_window.get(), m_window->editor()));
        press(Qt::Key_F6);
        QVERIFY(focusIsIn(m_window.get(), m_window->preview()));
        press(Qt::Key_F6);
        QDockWidget *checklist = m_window->reviewDocks()->docks().first();
        QVERIFY(focusIsIn(m_window.get(), checklist));
        press(Qt::Key_F6);
        QVERIFY(focusIsIn(m_window.get(), m_window->libraryPanel()));
        press(Qt::Key_F6);
        // Back in the editor, in the field last used.
        QCOMPARE(QApplication::focusWidget(), headlineEdit(m_window.get()));
        press(Qt::SHIFT | Qt::Key_F6);
        QVERIFY(focusIsIn(m_window.get(), m_window->libraryPanel()));

        // A hidden pane is skipped.
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
        QVERIFY(!m_window->preview()->isVisible());
        m_window->editor()->focusField(u"headline"_s);
        press(Qt::Key_F6);
        QVERIFY(focusIsIn(m_window.get(), checklist));
    }

    void panesAndModesByKey()
    {
        ReviewDocks *docks = m_window->reviewDocks();
        QDockWidget *checklist = docks->checklistDock();
        QDockWidget *review = docks->reviewDock();
        m_window->editor()->focusField(u"headline"_s);
        // The dock in front of the two tabbed together.
        const auto front = [this] {
            for (QTabBar *bar : m_window->findChildren<QTabBar *>()) {
                if (bar->isVisible() && bar->count() == 2)
                    return bar->tabText(bar->currentIndex());
            }
            return QString();
        };
        // The checklist in front: the review's key brings the review forward (its show/hide
        // action would have hidden it), the checklist's key the checklist, with the focus in it.
        QCOMPARE(front(), checklist->windowTitle());
        press(Qt::CTRL | Qt::ALT | Qt::Key_R);
        QCOMPARE(front(), review->windowTitle());
        QCOMPARE(m_window->tabifiedDockWidgets(review), QList<QDockWidget *> {checklist});
        press(Qt::CTRL | Qt::ALT | Qt::Key_K);
        QCOMPARE(front(), checklist->windowTitle());
        QVERIFY(focusIsIn(m_window.get(), checklist));
        // Put away from the View menu, it comes back by its key.
        checklist->toggleViewAction()->trigger();
        QVERIFY(checklist->isHidden());
        press(Qt::CTRL | Qt::ALT | Qt::Key_K);
        QVERIFY(checklist->isVisible());
        QVERIFY(checklist->toggleViewAction()->isChecked());
        QVERIFY(focusIsIn(m_window.get(), checklist));

        // The library hides and comes back.
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
        QVERIFY(!m_window->libraryPanel()->isVisible());
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
        QVERIFY(m_window->libraryPanel()->isVisible());

        // The preview's modes.
        press(Qt::CTRL | Qt::ALT | Qt::Key_P);
        QCOMPARE(m_window->preview()->mode(), PreviewPane::Mode::Print);
        press(Qt::CTRL | Qt::ALT | Qt::Key_C);
        QCOMPARE(m_window->preview()->mode(), PreviewPane::Mode::Snippets);
        press(Qt::CTRL | Qt::ALT | Qt::Key_W);
        QCOMPARE(m_window->preview()->mode(), PreviewPane::Mode::Page);
    }

    void distractionFreeWriting()
    {
        m_window->editor()->focusField(u"headline"_s);
        QToolBar *toolbar = m_window->findChild<QToolBar *>();
        QWidget *column = m_window->editor()->widget();
        const int widthBefore = column->width();
        QVERIFY(toolbar->isVisible());
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_F11);
        QVERIFY(m_window->viewModes()->isDistractionFree());
        QVERIFY(!m_window->libraryPanel()->isVisible());
        QVERIFY(!m_window->preview()->isVisible());
        QVERIFY(!toolbar->isVisible());
        for (QDockWidget *dock : m_window->reviewDocks()->docks())
            QVERIFY(!dock->isVisible());
        QVERIFY(m_window->editor()->isVisible());
        QCOMPARE(QApplication::focusWidget(), headlineEdit(m_window.get()));
        // The text sits in a centred column, not across the whole screen.
        QTRY_VERIFY(column->width() < m_window->editor()->viewport()->width());
        const int left = column->x();
        const int right = m_window->editor()->viewport()->width() - column->geometry().right();
        QVERIFY2(std::abs(left - right) <= 2, qPrintable(u"%1 / %2"_s.arg(left).arg(right)));
        QTest::keyClicks(QApplication::focusWidget(), u"Quiet"_s);

        // The preview on demand, and back.
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
        QVERIFY(m_window->preview()->isVisible());
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
        QVERIFY(!m_window->preview()->isVisible());

        // Esc (which the line edit passes on) restores everything as it was.
        press(Qt::Key_Escape);
        QVERIFY(!m_window->viewModes()->isDistractionFree());
        QVERIFY(m_window->libraryPanel()->isVisible());
        QVERIFY(m_window->preview()->isVisible());
        QVERIFY(toolbar->isVisible());
        QVERIFY(m_window->reviewDocks()->docks().first()->isVisible());
        QTRY_COMPARE(column->width(), widthBefore);
        QCOMPARE(headlineEdit(m_window.get())->text(), u"Quiet"_s);
    }

    void fullScreen()
    {
        press(Qt::Key_F11);
        QTRY_VERIFY(m_window->windowState() & Qt::WindowFullScreen);
        press(Qt::Key_F11);
        QTRY_VERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    }

    void fitsALaptopScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << u"de"_s;
    }

    void fitsALaptopScreen()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(reopenWithAnArticle(language, &translator));

        // A 1280×720 laptop, less a window title bar and a panel.
        const QSize screen(1280, 720 - 60);
        const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(least.width() <= screen.width() && least.height() <= screen.height(),
            qPrintable(u"needs %1×%2"_s.arg(least.width()).arg(least.height())));
        m_window->resize(screen);
        QTRY_COMPARE(m_window->size(), screen);
        QApplication::processEvents();
        ArticleEditor *editor = m_window->editor();
        QVERIFY2(editor->widget()->minimumSizeHint().width() <= editor->viewport()->width(),
            qPrintable(u"editor needs %1, has %2"_s.arg(editor->widget()->minimumSizeHint().width())
                    .arg(editor->viewport()->width())));
        QVERIFY(!editor->horizontalScrollBar()->isVisible());
        // Nothing cut off: no toolbar button pushed into an overflow menu, and every combo box
        // (the library's filters among them) shows its whole choice ("Any autho" once).
        QStringList cut;
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            auto *more = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
            if (bar->isVisible() && more && more->isVisible())
                cut << bar->windowTitle() + u" overflows"_s;
        }
        for (QComboBox *combo : m_window->findChildren<QComboBox *>()) {
            if (!combo->isVisible())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(
                QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            if (field.width() < combo->fontMetrics().horizontalAdvance(combo->currentText()))
                cut << u"“%1” in %2 px"_s.arg(combo->currentText()).arg(field.width());
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
    }

    void mnemonicsAreUnique_data() { fitsALaptopScreen_data(); }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(reopenWithAnArticle(language, &translator));

        // Alt+letter in the window: the menu bar's menus, labels with a buddy, buttons.
        const QStringList clashes = accessKeyClashes(m_window.get());
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    }

    void everyComboBoxIsLabelled()
    {
        // A library with people, so that the library's view chooser and the workflow's
        // dialogs are there; Ada (admin) on Rita's article.
        addPeopleThroughTheWindow(m_window.get());
        const auto id = m_window->store()->create(Testing::readyArticle(), {u"Rita"_s, {}, true});
        QVERIFY(id);
        QVERIFY(m_window->libraryPanel()->selectArticle(*id));
        QTRY_COMPARE(m_window->shownArticle(), *id);
        QStringList problems = unlabelledComboBoxes(m_window.get());

        // Every dialog the menus open, each closed again once looked at. Qt's own file, print
        // and message dialogs are Qt's business; the print actions are left out, as printing
        // renders the page before its dialog opens.
        QStringList looked;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (!qobject_cast<QFileDialog *>(modal) && !qobject_cast<QMessageBox *>(modal)
                && !qobject_cast<QInputDialog *>(modal)) {
                looked << modal->windowTitle();
                for (const QString &combo : unlabelledComboBoxes(modal))
                    problems << modal->windowTitle() + u": "_s + combo;
            }
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        });
        closer.start();
        for (QAction *action : allActions(m_window.get())) {
            if (!action->isEnabled() || !action->text().endsWith(u'…')
                || (action->parent() && action->parent()->inherits("Copydesk::PrintController")))
                continue;
            action->trigger();
            QApplication::processEvents();
        }
        closer.stop();
        qInfo("dialogs looked at: %s", qPrintable(looked.join(u", "_s)));
        for (const QString &title : {u"Settings"_s, u"People"_s, u"Revision History"_s,
                 u"Checklist Rules"_s, u"Reassign"_s}) {
            QVERIFY2(std::ranges::any_of(
                         looked, [&](const QString &seen) { return seen.startsWith(title); }),
                qPrintable(title + u" not opened; opened: "_s + looked.join(u", "_s)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void altAAddsAPartFromEveryField_data()
    {
        // Where the cursor is: an article field's path, or a part kind and the path inside
        // the part ("items/0"), and which field of that entry (-1: the path's own input).
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("field");
        const auto article = [](const char *name, const char *path) {
            QTest::newRow(name) << QString::fromLatin1(path) << -1 << -1;
        };
        const auto inPart = [](const char *name, Kind kind, const char *path, int field = -1) {
            QTest::newRow(name) << QString::fromLatin1(path) << int(kind) << field;
        };
        article("headline", "headline");
        article("dek", "dek");
        article("bylines", "bylines");
        article("dateline", "dateline");
        article("category", "category");
        article("tags", "tags");
        article("language", "language");
        article("published", "published");
        article("word target", "wordTarget");
        article("hero caption", "hero.caption");
        article("hero alt text", "hero.altText");
        article("hero credit", "hero.credit");
        article("lede", "lede");
        inPart("section heading", Kind::Section, "heading");
        inPart("section body", Kind::Section, "body");
        inPart("key facts heading", Kind::KeyFacts, "heading");
        inPart("key fact", Kind::KeyFacts, "items/0");
        inPart("quote", Kind::Quotes, "quotes/0");
        inPart("quote speaker", Kind::Quotes, "quotes/0", 1);
        inPart("quote role", Kind::Quotes, "quotes/0", 2);
        inPart("takeaway", Kind::KeyTakeaways, "items/0");
        inPart("FAQ question", Kind::Faq, "faq/0");
        inPart("FAQ answer", Kind::Faq, "faq/0", 1);
        inPart("reference title", Kind::References, "references/0");
        inPart("reference URL", Kind::References, "references/0", 1);
        inPart("reference publisher", Kind::References, "references/0", 2);
        inPart("reference date accessed", Kind::References, "references/0", 3);
    }

    void altAAddsAPartFromEveryField()
    {
        // Alt+A (the editor's Add Part button) opens its menu wherever the cursor is in the
        // editor; the part chosen comes after the part with the cursor (at the end from the
        // article's own fields), and the cursor goes into its first field.
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(int, field);
        const auto id = m_window->store()->create(Testing::fullArticle(), {u"ann"_s, {}, true});
        QVERIFY(id);
        m_window->showArticle(*id);
        QTRY_COMPARE(m_window->shownArticle(), *id);
        ArticleEditor *editor = m_window->editor();
        const ArticleDocument *document = m_window->session()->document();
        qsizetype holder = -1;
        if (kind >= 0) {
            const QList<ArticlePart> &parts = document->article().parts;
            for (qsizetype i = 0; i < parts.size() && holder < 0; ++i) {
                if (int(parts.at(i).kind) == kind)
                    holder = i;
            }
            QVERIFY(holder >= 0);
            path = u"parts/%1/%2"_s.arg(parts.at(holder).id, path);
        }
        if (path == "wordTarget"_L1)
            editor->wordTargetEditor()->setFocus();
        else
            QVERIFY2(editor->focusPath(path), qPrintable(path));
        if (field >= 0) {
            EntryListEditor *entries
                = editor->partFrame(document->article().parts.at(holder).id)->entryEditor();
            keyReceiverOf(entries->rowFields(0).value(field))->setFocus();
        }
        QApplication::processEvents();
        QWidget *start = QApplication::focusWidget();
        QVERIFY(start && editor->isAncestorOf(start));

        const qsizetype before = document->article().parts.size();
        QToolButton *button = editor->addPartButton();
        const bool buttonInView = editor->viewport()->rect().contains(
            QRect(button->mapTo(editor->viewport(), QPoint(0, 0)), button->size()));
        const QPoint below = start->mapToGlobal(QPoint(0, start->height()));
        QRect menu;
        QVERIFY2(altA(start, Kind::KeyFacts, &menu),
            qPrintable(u"Alt+A in %1 (%2) did not open the Add Part menu"_s.arg(
                path, QString::fromLatin1(start->metaObject()->className()))));
        // With the button scrolled away, the menu opens under the field with the cursor
        // (moved up only when the screen ends below it).
        if (!buttonInView) {
            QCOMPARE(menu.left(), below.x());
            if (below.y() + menu.height() <= start->screen()->geometry().bottom())
                QCOMPARE(menu.top(), below.y());
        }
        QCOMPARE(document->article().parts.size(), before + 1);
        const ArticlePart &added = document->article().parts.at(holder >= 0 ? holder + 1 : before);
        QCOMPARE(added.kind, Kind::KeyFacts);
        // (The offscreen platform does not give the window back its activation after a popup
        // as a window manager does: the window's own focus widget is the one to check.)
        QWidget *fact = editor->partFrame(added.id)->entryEditor()->rowFields(0).first();
        QCOMPARE(m_window->focusWidget(), fact);

        // At once again, from the new item: it opened nothing while the button's click
        // animation of the first Alt+A ran (100 ms). (The window takes its activation back
        // from the closed menu as a window manager gives it; offscreen leaves it with the menu,
        // and no window shortcut works meanwhile.)
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClicks(fact, u"12 km"_s);
        QVERIFY(altA(fact, Kind::Section));
        const ArticlePart &section
            = document->article().parts.at(holder >= 0 ? holder + 2 : before + 1);
        QCOMPARE(section.kind, Kind::Section);
        QCOMPARE(m_window->focusWidget(), editor->partFrame(section.id)->headingEditor()->input());
        QCOMPARE(document->article().parts.at(holder >= 0 ? holder + 1 : before).items,
            QStringList {u"12 km"_s});
    }

    void everyKeyListedAndNoneTwice()
    {
        QHash<QKeySequence, QString> bound;
        for (QAction *action : allActions(m_window.get())) {
            for (const QKeySequence &keys : action->shortcuts()) {
                QVERIFY2(!bound.contains(keys),
                    qPrintable(u"%1 bound to “%2” and “%3”"_s.arg(
                        keys.toString(), bound.value(keys), action->text())));
                bound.insert(keys, action->text());
            }
        }
        ShortcutsDialog dialog(m_window->menuBar(), ArticleEditor::keyboardHelp(), m_window.get());
        const QString listed = texts(dialog.list());
        for (QAction *action : allActions(m_window.get())) {
            if (action->shortcut().isEmpty())
                continue;
            QVERIFY2(listed.contains(action->shortcut().toString(QKeySequence::NativeText)),
                qPrintable(action->text()));
        }
        QVERIFY(listed.contains(u"Next Pane = F6"_s));
        QVERIFY(listed.contains(u"Distraction-Free Writing = Ctrl+Shift+F11"_s));
        QVERIFY(listed.contains(u"Alt+Up / Alt+Down"_s)); // part moves, once only tooltips
        QVERIFY(!listed.contains(u'&'));

        dialog.filter()->setText(u"pane"_s);
        QCOMPARE(texts(dialog.list()), u"Next Pane = F6\nPrevious Pane = Shift+F6"_s);
    }
};

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
