// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Find and replace in the window, from the keyboard, on the sample article: Ctrl+F, the count,
// F3 through the parts, Replace and Replace All with their undo, Esc, and Ctrl+Shift+F for the
// library's search.

#include "articledocument.h"
#include "articleeditor.h"
#include "articlesession.h"
#include "articletextfields.h"
#include "findbar.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "paragraphlineedit.h"
#include "settings.h"
#include "textsearch.h"
#include "windowtesting.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

struct ExpectedMatch
{
    QString path;
    qsizetype start;
};

/// Where `needle` is in `article`, as the model finds it (any case, parts of words too).
QList<ExpectedMatch> expectedMatches(const Article &article, const QString &needle)
{
    const QList<ArticleTextField> fields = ArticleTextFields::list(article);
    QStringList texts;
    for (const ArticleTextField &field : fields)
        texts << field.text;
    QList<ExpectedMatch> expected;
    for (const TextMatch &match : TextSearch::findAll(texts, needle, {}))
        expected.append({fields.at(match.text).path, match.start});
    return expected;
}

/// The selected text and its start in a line edit or text editor.
std::pair<QString, int> selectionOf(const QWidget *input)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(input))
        return {line->selectedText(), line->selectionStart()};
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(input))
        return {text->textCursor().selectedText(), text->textCursor().selectionStart()};
    return {};
}

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    FindBar *bar() const { return m_window->findBar(); }
    ArticleDocument *document() const { return m_window->session()->document(); }

    void press(QKeyCombination keys) { pressKeys(m_window.get(), keys); }

    void type(const QString &text)
    {
        QTest::keyClicks(QApplication::focusWidget(), text);
        QApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"copydeskrc"_s), nullptr);
        m_window = startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(), u"ann"_s,
            [](MainWindow *window) { window->resize(1280, 720); });
        const auto id = m_window->addSampleArticle();
        QVERIFY(id);
        QTRY_COMPARE(m_window->shownArticle(), *id);
        QTRY_VERIFY(m_window->editor()->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->editor()->focusField(u"headline"_s);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void ctrlFOpensTheBarAndCounts()
    {
        QVERIFY(!bar()->isVisible());
        press(Qt::CTRL | Qt::Key_F);
        QVERIFY(bar()->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar()->findField());
        QVERIFY(!bar()->replaceField()->isVisible());

        type(u"fjor"_s);
        const qsizetype count = expectedMatches(document()->article(), u"fjor"_s).size();
        QVERIFY(count >= 5);
        QCOMPARE(bar()->countLabel()->text(), u"%1 found"_s.arg(count));
        type(u"dx"_s);
        QCOMPARE(bar()->countLabel()->text(), u"No matches"_s);
        press(Qt::Key_Backspace);
        press(Qt::Key_Backspace);
        QCOMPARE(bar()->matchCount(), count);

        // The article changes under the bar: the count follows.
        document()->setText(ArticleDocument::Field::Headline, u"The fjord, the fjord"_s);
        QCOMPARE(bar()->matchCount(), count + 2);
        QCOMPARE(bar()->findField()->text(), u"fjor"_s);
    }

    void f3GoesThroughThePartsInOrder()
    {
        const QList<ExpectedMatch> expected = expectedMatches(document()->article(), u"ferry"_s);
        QSet<QString> parts;
        for (const ExpectedMatch &match : expected)
            parts << match.path.section(u'/', 0, 1);
        QVERIFY2(parts.size() >= 5, "the sample should have ferries in many parts");

        press(Qt::CTRL | Qt::Key_F);
        type(u"ferry"_s);
        press(Qt::Key_Escape);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            press(Qt::Key_F3);
            QWidget *input = m_window->editor()->textInput(expected.at(i).path);
            QVERIFY2(input, qPrintable(expected.at(i).path));
            QCOMPARE(QApplication::focusWidget(), input);
            const auto [selected, start] = selectionOf(input);
            QCOMPARE(selected.toLower(), u"ferry"_s);
            QCOMPARE(start, expected.at(i).start);
            QCOMPARE(bar()->countLabel()->text(), u"%1 of %2"_s.arg(i + 1).arg(expected.size()));
            QCOMPARE(bar()->countLabel()->accessibleName(),
                u"Matches: %1 of %2"_s.arg(i + 1).arg(expected.size()));
        }
        press(Qt::Key_F3); // round again
        QCOMPARE(bar()->currentMatch(), 0);
        press(Qt::SHIFT | Qt::Key_F3);
        QCOMPARE(bar()->currentMatch(), expected.size() - 1);
        QCOMPARE(QApplication::focusWidget(), m_window->editor()->textInput(expected.last().path));
    }

    void returnInTheFieldKeepsTheFocus()
    {
        const QList<ExpectedMatch> expected = expectedMatches(document()->article(), u"pier"_s);
        press(Qt::CTRL | Qt::Key_F);
        type(u"pier"_s);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QCOMPARE(bar()->currentMatch(), 1);
        QCOMPARE(QApplication::focusWidget(), bar()->findField());
        QCOMPARE(selectionOf(m_window->editor()->textInput(expected.at(1).path)).second,
            expected.at(1).start);
        press(Qt::SHIFT | Qt::Key_Return);
        QCOMPARE(bar()->currentMatch(), 0);
        QCOMPARE(QApplication::focusWidget(), bar()->findField());

        // Esc: the focus goes to the field holding the match.
        press(Qt::Key_Escape);
        QVERIFY(!bar()->isVisible());
        QCOMPARE(QApplication::focusWidget(), m_window->editor()->textInput(expected.at(0).path));
    }

    void findGoesOnFromTheCursor()
    {
        const QList<ExpectedMatch> expected = expectedMatches(document()->article(), u"ferry"_s);
        const qsizetype k = expected.size() / 2;
        QVERIFY(k >= 2 && k + 1 < expected.size());
        const auto putCursor = [this](const ExpectedMatch &match, int from, int to) {
            QVERIFY(m_window->editor()->selectText(
                match.path, int(match.start) + from, int(match.start) + to, true));
        };
        // The writer is in the middle of the article, just past the start of match k: the
        // first Find Next goes to the one after it, not to the article's first.
        putCursor(expected.at(k), 1, 1);
        press(Qt::CTRL | Qt::Key_F);
        type(u"ferry"_s);
        press(Qt::Key_Return);
        QCOMPARE(bar()->currentMatch(), k + 1);
        press(Qt::Key_Escape);

        // Moved since: Find Previous goes to the last match before the cursor, and on from there.
        putCursor(expected.at(k), 0, 0);
        press(Qt::SHIFT | Qt::Key_F3);
        QCOMPARE(bar()->currentMatch(), k - 1);
        press(Qt::Key_F3);
        QCOMPARE(bar()->currentMatch(), k);
        press(Qt::Key_F3);
        QCOMPARE(bar()->currentMatch(), k + 1);

        // A selected word is the first match; after the article's last, the first.
        putCursor(expected.at(k), 0, 5);
        press(Qt::Key_F3);
        QCOMPARE(bar()->currentMatch(), k);
        putCursor(expected.last(), 2, 2);
        press(Qt::Key_F3);
        QCOMPARE(bar()->currentMatch(), 0);
        QCOMPARE(QApplication::focusWidget(), m_window->editor()->textInput(expected.first().path));
    }

    void escReturnsWhereTheFocusWas()
    {
        press(Qt::CTRL | Qt::Key_F);
        type(u"nowhere to be found"_s);
        press(Qt::Key_Escape);
        QVERIFY(!bar()->isVisible());
        QCOMPARE(QApplication::focusWidget(), headlineEdit(m_window.get()));
    }

    void replaceAllIsOneUndoStep()
    {
        const Article before = document()->article();
        const qsizetype count = expectedMatches(before, u"ferry"_s).size();
        const int steps = document()->undoStack()->count();

        press(Qt::CTRL | Qt::Key_H);
        QVERIFY(bar()->replaceField()->isVisible());
        type(u"ferry"_s);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), bar()->replaceField());
        type(u"boat"_s);
        auto *replaceAll = bar()->findChild<QPushButton *>(u"replaceAll"_s);
        QVERIFY(replaceAll);
        replaceAll->click();

        QCOMPARE(document()->undoStack()->count(), steps + 1);
        QCOMPARE(expectedMatches(document()->article(), u"ferry"_s).size(), 0);
        QCOMPARE(expectedMatches(document()->article(), u"boat"_s).size(),
            count + expectedMatches(before, u"boat"_s).size());
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Replacements made: %1."_s.arg(count));
        QCOMPARE(bar()->countLabel()->text(), u"No matches"_s);
        // Replaced in every kind of part.
        const Article &after = document()->article();
        QVERIFY(after.lede.contains(u"boat"_s));
        QVERIFY(after.parts.at(3).quotes.at(0).text.contains(u"boat"_s));
        QVERIFY(after.parts.at(6).faq.at(0).answer.contains(u"boat"_s));
        QVERIFY(after.parts.at(7).references.at(0).title.contains(u"boat"_s));

        press(Qt::Key_Escape);
        press(Qt::CTRL | Qt::Key_Z);
        QCOMPARE(document()->article(), before);
        QCOMPARE(document()->undoStack()->count(), steps + 1); // redo is there
    }

    void replaceOneAndMoveOn()
    {
        const QList<ExpectedMatch> expected = expectedMatches(document()->article(), u"fjord"_s);
        press(Qt::CTRL | Qt::Key_H);
        type(u"fjord"_s);
        bar()->replaceField()->setText(u"FJORD fjord"_s); // contains the search text
        press(Qt::Key_Return); // shows the first match
        QCOMPARE(bar()->currentMatch(), 0);
        bar()->replaceField()->setFocus();
        press(Qt::Key_Return); // replaces it, on to the next one
        QCOMPARE(bar()->matchCount(), expected.size() + 1);
        // Not the replacement itself: the match after it.
        QCOMPARE(bar()->currentMatch(), 2);
        const ArticleTextField first = [&] {
            for (const ArticleTextField &field : ArticleTextFields::list(document()->article()))
                if (field.path == expected.at(0).path)
                    return field;
            return ArticleTextField();
        }();
        QCOMPARE(first.text.mid(expected.at(0).start, 11), u"FJORD fjord"_s);
        document()->undoStack()->undo();
        QCOMPARE(bar()->matchCount(), expected.size());
    }

    void readOnlyArticleIsNotChanged()
    {
        m_window->editor()->widget()->setEnabled(false); // what a read-only article gets
        const Article before = document()->article();
        press(Qt::CTRL | Qt::Key_H);
        type(u"ferry"_s);
        bar()->replaceField()->setText(u"boat"_s);
        bar()->replaceAll();
        QCOMPARE(document()->article(), before);
        QCOMPARE(m_window->statusBar()->currentMessage(),
            u"The article is read-only; nothing was replaced."_s);
    }

    void ctrlShiftFSearchesTheLibrary()
    {
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
        QVERIFY(focusIsIn(m_window.get(), m_window->libraryPanel()));
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QVERIFY(!bar()->isVisible());
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
