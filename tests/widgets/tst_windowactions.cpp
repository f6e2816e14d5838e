// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The window's commands as a desktop user meets them: every menu command says what it does in
// the status bar, the commands every application has use the platform's standard keys, and the
// Help menu opens the handbook built into the program and the shortcuts list read from the
// menus.

#include "handbookdialog.h"
#include "helpmenu.h"
#include "librarychooser.h"
#include "mainwindow.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "sqlitearticlestore.h"
#include "windowtesting.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString plain(QString text)
{
    return text.remove(u'&');
}

/// Every command reachable from the menu bar, submenus (and their own entries) included, by
/// its path ("File/Export/HTML…").
QList<std::pair<QString, QAction *>> menuActions(const QMenu *menu, const QString &path)
{
    QList<std::pair<QString, QAction *>> actions;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + u'/' + plain(action->text());
        actions.append({name, action});
        if (action->menu())
            actions += menuActions(action->menu(), name);
    }
    return actions;
}

QList<std::pair<QString, QAction *>> allActions(MainWindow *window)
{
    QList<std::pair<QString, QAction *>> actions;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            actions += menuActions(top->menu(), plain(top->text()));
    }
    return actions;
}

} // namespace

class TestWindowActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QAction *action(const QString &path) const
    {
        for (const auto &[name, action] : allActions(m_window.get())) {
            if (name == path)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"copydeskrc"_s), nullptr);
        // A library opened before, so that Open Recent has an entry.
        m_settings->addRecentLibrary(m_dir->filePath(u"earlier.copydesk"_s));
        m_window
            = startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(), u"ann"_s);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void newLibraryMakesAFileAndSwitches()
    {
        auto *chooser = m_window->findChild<LibraryChooser *>();
        QVERIFY(chooser);
        QString suggested;
        QString chosen = m_dir->filePath(u"desk"_s); // typed without the extension
        chooser->setNewLibraryPathProvider([&](const QString &path) {
            suggested = path;
            return chosen;
        });
        QStringList launched;
        chooser->setLauncher([&](const QString &location) {
            launched << location;
            return true;
        });
        QAction *create = action(u"File/New Library…"_s);
        QVERIFY(create);
        QVERIFY(!create->statusTip().isEmpty());

        // Something that is there already is never made over: not a library, not anything.
        const QString taken = m_dir->filePath(u"notes.copydesk"_s);
        {
            QFile file(taken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("my notes");
        }
        chosen = taken;
        bool warned = false;
        driveNextDialog<QMessageBox>(
            [](QMessageBox *box) {
                QVERIFY(box->text().contains(u"already exists"_s));
                box->accept();
            },
            &warned);
        create->trigger();
        QVERIFY(warned);
        QVERIFY(launched.isEmpty());
        QFile notes(taken);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("my notes"));

        // A new name: the library is made, remembered, and opens in its own window.
        chosen = m_dir->filePath(u"desk"_s);
        create->trigger();
        QCOMPARE(QFileInfo(suggested).absolutePath(),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        const QString made = m_dir->filePath(u"desk.copydesk"_s);
        QCOMPARE(launched, QStringList {made});
        auto opened = SqliteArticleStore::open(made, SqliteArticleStore::OpenMode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(*(*opened)->count({}), 0);
        QVERIFY(m_settings->recentLibraries().contains(made));
        QTRY_VERIFY(!m_window->isVisible());
    }

    void everyMenuCommandHasAStatusTip()
    {
        const auto actions = allActions(m_window.get());
        QVERIFY(actions.size() > 40);
        QVERIFY(action(u"File/Open Recent/"_s + m_dir->filePath(u"earlier.copydesk"_s)));
        QStringList without;
        for (const auto &[name, action] : actions) {
            if (action->statusTip().trimmed().isEmpty())
                without << name;
        }
        QVERIFY2(without.isEmpty(), qPrintable(u"No status tip: "_s + without.join(u", "_s)));
    }

    void statusTipShowsInTheStatusBar()
    {
        QAction *import = action(u"File/Import…"_s);
        QVERIFY(import);
        import->showStatusText(m_window.get());
        QCOMPARE(m_window->statusBar()->currentMessage(), import->statusTip());
    }

    void standardCommandsUseStandardKeys_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QKeySequence::StandardKey>("key");
        QTest::newRow("new") << u"File/New Article"_s << QKeySequence::New;
        QTest::newRow("open") << u"File/Open Library…"_s << QKeySequence::Open;
        QTest::newRow("print") << u"File/Print…"_s << QKeySequence::Print;
        QTest::newRow("preferences") << u"File/Settings…"_s << QKeySequence::Preferences;
        QTest::newRow("quit") << u"File/Quit"_s << QKeySequence::Quit;
        QTest::newRow("undo") << u"Edit/Undo"_s << QKeySequence::Undo;
        QTest::newRow("redo") << u"Edit/Redo"_s << QKeySequence::Redo;
        QTest::newRow("delete") << u"Edit/Move to Trash"_s << QKeySequence::Delete;
        QTest::newRow("find") << u"Edit/Find…"_s << QKeySequence::Find;
        QTest::newRow("find next") << u"Edit/Find Next"_s << QKeySequence::FindNext;
        QTest::newRow("find previous") << u"Edit/Find Previous"_s << QKeySequence::FindPrevious;
        QTest::newRow("replace") << u"Edit/Replace…"_s << QKeySequence::Replace;
        QTest::newRow("full screen") << u"View/Full Screen"_s << QKeySequence::FullScreen;
        QTest::newRow("help") << u"Help/Copydesk Handbook"_s << QKeySequence::HelpContents;
    }

    void standardCommandsUseStandardKeys()
    {
        QFETCH(QString, path);
        QFETCH(QKeySequence::StandardKey, key);
        QAction *command = action(path);
        QVERIFY2(command, qPrintable(path));
        const QList<QKeySequence> standard = QKeySequence::keyBindings(key);
        // The platform's first key for the command, and no key the platform does not give it
        // (Move to Trash leaves out X11's Ctrl+D, which is Duplicate; Full Screen adds F11
        // everywhere and leaves out KDE's Ctrl+Shift+F, which is Find in Library).
        QCOMPARE(command->shortcut(),
            key == QKeySequence::FullScreen ? QKeySequence(Qt::Key_F11) : standard.value(0));
        for (const QKeySequence &keys : command->shortcuts()) {
            QVERIFY2(standard.contains(keys)
                    || (key == QKeySequence::FullScreen && keys == QKeySequence(Qt::Key_F11)),
                qPrintable(keys.toString()));
        }
        if (key != QKeySequence::Delete && key != QKeySequence::FullScreen)
            QCOMPARE(command->shortcuts(), standard);
    }

    void handbookOpensFromTheProgram()
    {
        QAction *handbook = action(u"Help/Copydesk Handbook"_s);
        QVERIFY(handbook);
        handbook->trigger();
        HandbookDialog *dialog = m_window->help()->handbook();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->browser()->source(), QUrl(u"qrc:/help/handbook.md"_s));
        QTextDocument *text = dialog->browser()->document();
        QVERIFY(text->toPlainText().startsWith(u"Copydesk Handbook"_s));
        // The chapters the issue asks for, each in the contents list.
        QStringList chapters;
        for (int i = 0; i < dialog->chapters()->count(); ++i)
            chapters << dialog->chapters()->item(i)->text();
        for (const QString &chapter : {u"Writing an article"_s, u"The parts"_s, u"The checklist"_s,
                 u"Review"_s, u"Export and print"_s, u"The team library"_s})
            QVERIFY2(chapters.contains(chapter), qPrintable(chapter));
        // Choosing a chapter brings its heading to the top of the view.
        QScrollBar *scroll = dialog->browser()->verticalScrollBar();
        QCOMPARE(scroll->value(), 0);
        dialog->chapters()->setCurrentRow(int(chapters.indexOf(u"Review"_s)));
        QVERIFY(scroll->value() > 0);
        const QPoint top = dialog->browser()->viewport()->rect().topLeft() + QPoint(20, 20);
        const QString shown = dialog->browser()->cursorForPosition(top).block().text();
        QCOMPARE(shown, u"Review"_s);

        // Asked for again, the same window comes back rather than a second one.
        handbook->trigger();
        QCOMPARE(m_window->help()->handbook(), dialog);
        QCOMPARE(m_window->findChildren<HandbookDialog *>().size(), 1);
        dialog->close();
        QTRY_VERIFY(!m_window->help()->handbook());
    }

    void handbookInTheUsersLanguage()
    {
        const auto chapters = [](const HandbookDialog &dialog) {
            QStringList titles;
            for (int i = 0; i < dialog.chapters()->count(); ++i)
                titles << dialog.chapters()->item(i)->text();
            return titles;
        };
        const HandbookDialog english;
        QCOMPARE(english.browser()->source(), QUrl(u"qrc:/help/handbook.md"_s));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Switzerland));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        QCOMPARE(HandbookDialog::handbook(), QUrl(u"qrc:/help/handbook.de.md"_s));
        const HandbookDialog german;
        QVERIFY(german.browser()->document()->toPlainText().startsWith(u"Copydesk-Handbuch"_s));
        QVERIFY(chapters(german).contains(u"Die Checkliste"_s));
        // The translation keeps up with the original: chapter for chapter.
        QCOMPARE(chapters(german).size(), chapters(english).size());
        // A language it is not translated into gets the English one.
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(HandbookDialog::handbook(), QUrl(u"qrc:/help/handbook.md"_s));
    }

    void shortcutsListComesFromTheActions()
    {
        // A command's keys changed at run time show in the list: it is not a typed table.
        QAction *history = action(u"File/Revision History…"_s);
        QVERIFY(history);
        history->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Y));
        ShortcutsDialog dialog(m_window->menuBar(), {}, m_window.get());
        QStringList rows;
        const QTreeWidget *list = dialog.list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j) {
                const QTreeWidgetItem *row = list->topLevelItem(i)->child(j);
                rows << row->text(0) + u" = "_s + row->text(1);
            }
        }
        QVERIFY2(rows.contains(u"Revision History… = "_s
                     + history->shortcut().toString(QKeySequence::NativeText)),
            qPrintable(rows.join(u'\n')));
        // Every command with keys is listed, the handbook's too.
        int withKeys = 0;
        for (const auto &[name, action] : allActions(m_window.get()))
            withKeys += action->shortcuts().isEmpty() || action->menu() ? 0 : 1;
        QCOMPARE(rows.size(), withKeys);
        QVERIFY(rows.contains(u"Copydesk Handbook = "_s
            + QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    }
};

QTEST_MAIN(TestWindowActions)
#include "tst_windowactions.moc"
