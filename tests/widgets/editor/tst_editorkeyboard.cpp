// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// A reporter types a whole article from the keyboard: list parts, FAQ pairs, quotes and
// references, with Tab, Return and Backspace only. Nothing typed may be lost or glued together,
// the row and part buttons never stand in the way, and no field traps the focus.

#include "accesskeys.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "entrylisteditor.h"
#include "linefieldeditor.h"
#include "markdowneditor.h"
#include "paragraphlineedit.h"
#include "partframe.h"
#include "publishededitor.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Copydesk;
using namespace Qt::StringLiterals;
using Kind = ArticlePart::Kind;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// The widget a Tab stop stands for: a date edit's inner line edit counts as the date edit.
QWidget *stop(QWidget *widget)
{
    auto *spin = widget ? qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) : nullptr;
    return spin && spin->focusProxy() == widget ? spin : widget;
}

} // namespace

class TestEditorKeyboard : public QObject
{
    Q_OBJECT

private:
    ArticleDocument *m_document = nullptr;
    ArticleEditor *m_editor = nullptr;

    void settle()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
        m_editor->widget()->layout()->activate();
    }

    const ArticlePart &part(const QString &id) const
    {
        return m_document->article().parts.at(m_document->article().partIndex(id));
    }

    /// Adds a part of `kind` through the Add Part menu, as a user would; returns its id.
    QString addPart(Kind kind)
    {
        const QList<QAction *> actions = m_editor->addPartButton()->menu()->actions();
        const QString label
            = kind == Kind::Section ? u"Section"_s : ArticlePart::defaultHeading(kind);
        for (QAction *action : actions) {
            if (action->text() == label)
                action->trigger();
        }
        settle();
        return m_document->article().parts.isEmpty() ? QString()
                                                     : m_document->article().parts.last().id;
    }

    /// Shows `article` in a new editor window `height` pixels high.
    bool openEditor(const Article &article, int height)
    {
        delete m_editor;
        m_document->reset(article);
        m_editor = new ArticleEditor(m_document);
        m_editor->resize(900, height);
        m_editor->show();
        m_editor->activateWindow();
        return QTest::qWaitForWindowActive(m_editor);
    }

    void type(const QString &text) { QTest::keyClicks(focused(), text); }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused(), key, modifiers);
        settle();
    }

    /// Presses Tab (or Shift+Tab) from `start` until the focus reaches `end`, at most 400
    /// times; the stops in order, `end` last.
    QList<QWidget *> walk(QWidget *start, QWidget *end, bool forward)
    {
        start->setFocus(Qt::OtherFocusReason);
        QList<QWidget *> stops;
        for (int i = 0; i < 400 && stops.value(stops.size() - 1) != end; ++i) {
            QTest::keyClick(focused(), forward ? Qt::Key_Tab : Qt::Key_Backtab);
            stops.append(stop(focused()));
        }
        return stops;
    }

    /// Presses Tab until the focus reaches `end`, at most `limit` times; false when it never
    /// does (a trap, or `end` is not on the way).
    bool tabTo(QWidget *end, int limit = 60)
    {
        for (int i = 0; i < limit && stop(focused()) != end; ++i)
            QTest::keyClick(focused(), Qt::Key_Tab);
        return stop(focused()) == end;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_document = new ArticleDocument;
        Article article;
        article.headline = u"Harbour bridge reopens"_s;
        QVERIFY(openEditor(article, 700));
    }

    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
        delete m_document;
    }

    void buttonsSayWhatTheyActOn()
    {
        const auto nameOf = [](QWidget *widget) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            return accessible ? accessible->text(QAccessible::Name) : QString();
        };
        const auto buttons = [](QWidget *parent, const QString &glyph) {
            QList<QWidget *> found;
            for (QToolButton *b : parent->findChildren<QToolButton *>()) {
                if (b->text() == glyph)
                    found.append(b);
            }
            return found;
        };
        const QString section = addPart(Kind::Section);
        type(u"Background"_s);
        PartFrame *frame = m_editor->partFrame(section);
        QCOMPARE(nameOf(buttons(frame, u"↑"_s).value(0)), u"Move section “Background” up"_s);
        QCOMPARE(nameOf(buttons(frame, u"↓"_s).value(0)), u"Move section “Background” down"_s);
        QCOMPARE(nameOf(buttons(frame, u"✕"_s).value(0)), u"Remove section “Background”"_s);
        type(u" and history"_s); // the names follow the heading
        QCOMPARE(
            nameOf(buttons(frame, u"✕"_s).value(0)), u"Remove section “Background and history”"_s);
        // The keys stay in the description, as in the tooltip.
        QVERIFY(buttons(frame, u"✕"_s)
                .value(0)
                ->accessibleDescription()
                .contains(u"Ctrl+Shift+Delete"_s));

        const QString facts = addPart(Kind::KeyFacts);
        EntryListEditor *list = m_editor->partFrame(facts)->entryEditor();
        for (const QString &fact : {u"One"_s, u"Two"_s, u"Three"_s}) {
            type(fact);
            key(Qt::Key_Return);
        }
        key(Qt::Key_Backspace);
        const QList<QWidget *> removes = buttons(list, u"✕"_s);
        QCOMPARE(removes.size(), 3);
        QStringList names;
        for (QWidget *b : removes)
            names << nameOf(b);
        names.sort();
        QCOMPARE(names, (QStringList {u"Remove Fact 1"_s, u"Remove Fact 2"_s, u"Remove Fact 3"_s}));
        QCOMPARE(nameOf(buttons(list, u"↑"_s).value(0)).startsWith(u"Move Fact "_s), true);

        // The relation leads from a button to what it acts on (AT-SPI's CONTROLLER_FOR), and
        // the button still presses like one.
        const auto controlled = [](QWidget *button) -> QObject * {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
            const auto relations = accessible->relations(QAccessible::Controlled);
            return relations.size() == 1 ? relations.first().first->object() : nullptr;
        };
        QCOMPARE(controlled(buttons(frame, u"✕"_s).value(0)), frame);
        for (QWidget *b : removes) {
            const QString name = nameOf(b);
            QObject *row = controlled(b);
            QVERIFY2(row, qPrintable(name));
            QCOMPARE(
                u"Remove "_s + QAccessible::queryAccessibleInterface(row)->text(QAccessible::Name),
                name);
        }
        QAccessibleInterface *remove = QAccessible::queryAccessibleInterface(removes.last());
        QCOMPARE(remove->role(), QAccessible::Button);
        QVERIFY(remove->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::pressAction()));
        remove->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_COMPARE(list->rowCount(), 2);
    }

    void aWholeArticleWithoutTheMouse()
    {
        // A blank article, the cursor in the headline: everything typed from here on is keys
        // (the parts come from the Add Part menu's actions, as in the other tests).
        QVERIFY(openEditor(Article(), 700));
        m_editor->lineField(ArticleDocument::Field::Headline)->input()->setFocus();
        type(u"Harbour bridge reopens after two years"_s);
        key(Qt::Key_Tab);
        type(u"Traffic returns on Monday; tolls stay."_s);
        key(Qt::Key_Tab);
        type(u"Ada Nowak, Reporter"_s);
        // On through the other header fields, the hero and the dates: one Tab each, no trap.
        QVERIFY(tabTo(m_editor->ledeEditor()));
        type(u"The bridge opens again on Monday."_s);
        key(Qt::Key_Return);
        key(Qt::Key_Return);
        type(u"Work took two years."_s);

        const QString facts = addPart(Kind::KeyFacts);
        QVERIFY(!facts.isEmpty());
        for (const QString &fact : {u"412 metres long"_s, u"Built in 1931"_s, u"Toll 2 euros"_s}) {
            type(fact);
            key(Qt::Key_Return);
        }
        key(Qt::Key_Backspace); // the empty fourth item goes

        const QString faq = addPart(Kind::Faq);
        QVERIFY(!faq.isEmpty());
        type(u"When does it open?"_s);
        key(Qt::Key_Return);
        type(u"On Monday."_s);
        key(Qt::Key_Return);
        type(u"Who pays?"_s);
        key(Qt::Key_Tab);
        type(u"The city."_s);

        // Every access key of the editor still reaches one control only.
        const QStringList clashes = Testing::accessKeyClashes(m_editor);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        const QString section = addPart(Kind::Section);
        QVERIFY(!section.isEmpty());
        type(u"Background"_s);
        key(Qt::Key_Tab);
        type(u"It first opened in 1931."_s);
        key(Qt::Key_Return);
        key(Qt::Key_Return);
        type(u"Rust closed it."_s);
        key(Qt::Key_Backspace);
        type(u"."_s);

        const Article &typed = m_document->article();
        QCOMPARE(typed.headline, u"Harbour bridge reopens after two years"_s);
        QCOMPARE(typed.dek, u"Traffic returns on Monday; tolls stay."_s);
        QCOMPARE(typed.bylines.size(), 1);
        QCOMPARE(typed.bylines.first().name, u"Ada Nowak"_s);
        QCOMPARE(typed.bylines.first().role, u"Reporter"_s);
        QCOMPARE(typed.lede, u"The bridge opens again on Monday.\n\nWork took two years."_s);
        QCOMPARE(typed.parts.size(), 3);
        QCOMPARE(part(facts).items,
            QStringList({u"412 metres long"_s, u"Built in 1931"_s, u"Toll 2 euros"_s}));
        QCOMPARE(part(faq).faq,
            (QList<FaqEntry> {
                {u"When does it open?"_s, u"On Monday."_s}, {u"Who pays?"_s, u"The city."_s}}));
        QCOMPARE(part(section).heading, u"Background"_s);
        QCOMPARE(part(section).body, u"It first opened in 1931.\n\nRust closed it."_s);
    }

    void everyControlSaysWhatItIs()
    {
        // Every control a Tab can reach in a whole article has a name of its own; no
        // placeholder stands in for a name or a description; a combo box is named for its
        // purpose and gives its choice as its value.
        QVERIFY(openEditor(Testing::fullArticle(), 700));
        QStringList problems;
        int checked = 0;
        for (QWidget *widget : m_editor->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(m_editor) || !(widget->focusPolicy() & Qt::TabFocus)
                || widget->focusProxy() || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                || qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            ++checked;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible->text(QAccessible::Name);
            const QString description = accessible->text(QAccessible::Description);
            const QString what = u"%1 “%2”"_s.arg(widget->metaObject()->className(), name);
            if (name.trimmed().isEmpty())
                problems << what + u": no name"_s;
            QString placeholder;
            if (auto *line = qobject_cast<QLineEdit *>(widget))
                placeholder = line->placeholderText();
            else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
                placeholder = text->placeholderText();
            if (!placeholder.isEmpty()
                && ((name == placeholder && widget->accessibleName().isEmpty())
                    || description == placeholder))
                problems << what
                        + u": the placeholder “%1” as its name or description"_s.arg(placeholder);
            if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                if (accessible->text(QAccessible::Value) != combo->currentText())
                    problems << what + u": its value is not its choice"_s;
            }
        }
        // (Qt on Linux gives a combo box its current text as its name, on purpose: its purpose
        // reaches a screen reader through its label.)
        for (const QString &combo : Testing::unlabelledComboBoxes(m_editor))
            problems << combo + u": no label says what it is for"_s;
        QVERIFY(checked > 40);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void aLongHeadlineWrapsInsteadOfScrolling()
    {
        m_editor->resize(480, 700);
        settle();
        ParagraphLineEdit *headline
            = m_editor->lineField(ArticleDocument::Field::Headline)->input();
        QTRY_VERIFY(headline->isVisible());
        const int oneLine = headline->height();
        headline->setFocus();
        headline->moveCursor(QTextCursor::End);
        type(u" after two years of repairs, with tolls kept at two euros for cars"_s);
        settle();
        // Two lines or more, all in view: nothing to scroll, sideways or down.
        QTRY_VERIFY2(headline->height() >= oneLine + headline->fontMetrics().lineSpacing() / 2,
            qPrintable(u"%1 px, one line was %2"_s.arg(headline->height()).arg(oneLine)));
        QCOMPARE(headline->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(headline->verticalScrollBar()->maximum(), 0);
        QVERIFY(!m_editor->horizontalScrollBar()->isVisible());
        QVERIFY(headline->text().endsWith(u"two euros for cars"_s));
        QVERIFY(!headline->text().contains(u'\n'));
    }

    void keyFactsFromTheKeyboard()
    {
        const QString id = addPart(Kind::KeyFacts);
        // A new list part starts with one item, the cursor in it.
        EntryListEditor *list = m_editor->partFrame(id)->entryEditor();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(focused(), list->rowFields(0).first());

        type(u"The span is 412 metres"_s);
        key(Qt::Key_Return);
        type(u"Building starts in May"_s);
        key(Qt::Key_Return);
        type(u"Tolls"_s);
        key(Qt::Key_Enter, Qt::KeypadModifier); // the keypad's Enter does the same
        // An empty item: Backspace removes it and goes back to the end of the one before.
        key(Qt::Key_Backspace);
        QCOMPARE(part(id).items,
            QStringList({u"The span is 412 metres"_s, u"Building starts in May"_s, u"Tolls"_s}));
        QCOMPARE(focused(), list->rowFields(2).first());
        type(u" stay at 2 euros"_s);
        QCOMPARE(part(id).items.last(), u"Tolls stay at 2 euros"_s);

        // Backspace in an item holding text only deletes a character.
        key(Qt::Key_Backspace);
        QCOMPARE(part(id).items.size(), 3);
        QCOMPARE(part(id).items.last(), u"Tolls stay at 2 euro"_s);

        // Return in the middle of the list adds the next item right after it.
        list->focusEntry(0);
        key(Qt::Key_Return);
        type(u"It opened in 1931"_s);
        QCOMPARE(part(id).items.at(1), u"It opened in 1931"_s);
        QCOMPARE(part(id).items.size(), 4);
    }

    void faqFromTheKeyboard()
    {
        const QString id = addPart(Kind::Faq);
        EntryListEditor *faq = m_editor->partFrame(id)->entryEditor();
        QCOMPARE(focused(), faq->rowFields(0).first());

        type(u"When does it open?"_s);
        key(Qt::Key_Return); // Question → Answer
        QCOMPARE(focused(), faq->rowFields(0).at(1));
        type(u"On Monday."_s);
        key(Qt::Key_Return); // Answer → a new pair
        QCOMPARE(faq->rowCount(), 2);
        QCOMPARE(focused(), faq->rowFields(1).first());
        type(u"Who pays?"_s);
        key(Qt::Key_Tab); // Tab works as well
        type(u"The city."_s);
        key(Qt::Key_Return, Qt::ShiftModifier); // a line break inside the answer
        type(u"And the state."_s);
        key(Qt::Key_Return);
        type(u"Is it safe?"_s);
        key(Qt::Key_Tab);
        type(u"Yes."_s);

        const QList<FaqEntry> expected = {{u"When does it open?"_s, u"On Monday."_s},
            {u"Who pays?"_s, u"The city.\nAnd the state."_s}, {u"Is it safe?"_s, u"Yes."_s}};
        QCOMPARE(part(id).faq, expected);

        // Tab after the last answer reaches Add Question, then the rows' buttons: typing
        // on never lands in a button before every field is behind.
        key(Qt::Key_Tab);
        QCOMPARE(focused(), faq->addButton());
        key(Qt::Key_Tab);
        QVERIFY(qobject_cast<QToolButton *>(focused()));
        QVERIFY(faq->rowEditor(0)->parentWidget()->isAncestorOf(focused()));

        // Shift+Tab from the first question goes to the part's heading, not to a button.
        faq->focusEntry(0);
        key(Qt::Key_Backtab);
        QCOMPARE(focused(), m_editor->partFrame(id)->headingEditor()->input());

        // A pair emptied and Backspace: gone, the cursor at the end of the answer before.
        faq->focusEntry(2);
        for (int i = 0; i < 20; ++i) // past the start: the answer still holds text
            key(Qt::Key_Backspace);
        QCOMPARE(faq->rowCount(), 3);
        key(Qt::Key_Return);
        for (int i = 0; i < 5; ++i) // "Yes." and one more
            key(Qt::Key_Backspace);
        QCOMPARE(part(id).faq, expected.mid(0, 2));
        QCOMPARE(focused(), faq->rowFields(1).at(1));
        QCOMPARE(qobject_cast<MarkdownEditor *>(focused())->textCursor().position(),
            u"The city.\nAnd the state."_s.size());
    }

    void quotesAndReferencesFromTheKeyboard()
    {
        const QString quotes = addPart(Kind::Quotes);
        type(u"We built it to last."_s);
        key(Qt::Key_Return);
        type(u"Ada Nowak"_s);
        key(Qt::Key_Return);
        type(u"chief engineer"_s);
        key(Qt::Key_Return); // the role is the last field: a new quote
        type(u"It was worth the wait."_s);
        QCOMPARE(part(quotes).quotes.size(), 2);
        QCOMPARE(part(quotes).quotes.first(),
            (Quote {u"We built it to last."_s, u"Ada Nowak"_s, u"chief engineer"_s}));
        QCOMPARE(part(quotes).quotes.at(1).text, u"It was worth the wait."_s);

        const QString refs = addPart(Kind::References);
        EntryListEditor *list = m_editor->partFrame(refs)->entryEditor();
        type(u"Bridge report"_s);
        key(Qt::Key_Tab);
        type(u"https://example.org/report"_s);
        key(Qt::Key_Tab);
        type(u"City of Example"_s);
        key(Qt::Key_Tab);
        // The date still reads "Unknown": one Tab leaves it (it used to trap the focus).
        QCOMPARE(stop(focused()), list->rowFields(0).at(3));
        QVERIFY(qobject_cast<QDateEdit *>(stop(focused())));
        key(Qt::Key_Tab);
        QCOMPARE(focused(), list->addButton());
        key(Qt::Key_Backtab);
        QCOMPARE(stop(focused()), list->rowFields(0).at(3));
        key(Qt::Key_Backtab);
        QCOMPARE(focused(), list->rowFields(0).at(2));
        const Reference &typed = part(refs).references.first();
        QCOMPARE(typed.title, u"Bridge report"_s);
        QCOMPARE(typed.url, u"https://example.org/report"_s);
        QCOMPARE(typed.publisher, u"City of Example"_s);
    }

    void tabFollowsWhatIsDrawn()
    {
        QVERIFY(openEditor(Testing::fullArticle(), 700));

        // From the lede to Add Part: every part's heading, its text fields, its Add button,
        // and only then its buttons; no stop twice (no trap), nothing outside the editor.
        const QList<QWidget *> stops
            = walk(m_editor->ledeEditor(), m_editor->addPartButton(), true);
        QCOMPARE(stops.last(), m_editor->addPartButton());
        QList<QWidget *> expected;
        for (const ArticlePart &p : m_document->article().parts)
            expected += m_editor->partFrame(p.id)->tabChain();
        expected.append(m_editor->addPartButton());
        QCOMPARE(stops, expected);
        for (const ArticlePart &p : m_document->article().parts) {
            const QList<QWidget *> chain = m_editor->partFrame(p.id)->tabChain();
            qsizetype lastField = -1;
            qsizetype firstButton = chain.size();
            for (qsizetype i = 0; i < chain.size(); ++i) {
                if (qobject_cast<QAbstractButton *>(chain.at(i)))
                    firstButton = std::min(firstButton, i);
                else
                    lastField = i;
            }
            QVERIFY2(lastField < firstButton, qPrintable(p.heading));
        }
        // Backwards the same way.
        QList<QWidget *> back = walk(m_editor->addPartButton(), m_editor->ledeEditor(), false);
        QCOMPARE(back.last(), m_editor->ledeEditor());
        back.removeLast();
        std::reverse(back.begin(), back.end());
        expected.removeLast();
        QCOMPARE(back, expected);

        // Shift+Tab from a section's body lands on its heading (it used to land on ✕).
        const ArticlePart &section = m_document->article().parts.first();
        m_editor->partFrame(section.id)->bodyEditor()->setFocus();
        key(Qt::Key_Backtab);
        QCOMPARE(focused(), m_editor->partFrame(section.id)->headingEditor()->input());

        // The publication date: one Tab from the date to the time zone.
        PublishedEditor *published = m_editor->publishedEditor();
        auto *date = published->findChild<QDateTimeEdit *>();
        date->setFocus();
        key(Qt::Key_Tab);
        QCOMPARE(focused(), published->findChild<QComboBox *>());
    }

    void removingTextSaysSoAndUndoes()
    {
        QSignalSpy messages(m_editor, &ArticleEditor::statusMessage);
        const QString facts = addPart(Kind::KeyFacts);
        type(u"First"_s);
        key(Qt::Key_Return);
        key(Qt::Key_Backspace); // an empty item: removed without a word
        QCOMPARE(messages.size(), 0);
        key(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier); // "First" goes
        QCOMPARE(part(facts).items.size(), 0);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.last().first().toString().contains(u"Fact 1 of Key Facts"_s));
        m_document->undoStack()->undo();
        settle();
        QCOMPARE(part(facts).items, QStringList({u"First"_s}));

        const QString section = addPart(Kind::Section);
        type(u"Background"_s);
        key(Qt::Key_Tab);
        type(u"It began in 1929."_s);
        key(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_document->article().partIndex(section), -1);
        QCOMPARE(messages.size(), 2);
        const QString message = messages.last().first().toString();
        QVERIFY2(message.contains(u"section “Background”"_s), qPrintable(message));
        QVERIFY2(
            message.contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            qPrintable(message));
        m_document->undoStack()->undo();
        settle();
        QCOMPARE(part(section).body, u"It began in 1929."_s);
    }

    void aNewPartScrollsIntoView()
    {
        QVERIFY(openEditor(Testing::fullArticle(), 500));
        m_editor->ledeEditor()->setFocus();
        m_editor->verticalScrollBar()->setValue(0);

        const QString id = addPart(Kind::Section);
        PartFrame *frame = m_editor->partFrame(id);
        QCOMPARE(focused(), frame->headingEditor()->input());
        const QRect shown = m_editor->viewport()->rect();
        const QRect field(focused()->mapTo(m_editor->viewport(), QPoint(0, 0)), focused()->size());
        QVERIFY2(shown.contains(field),
            qPrintable(u"field at %1,%2 outside %3 high"_s.arg(field.x()).arg(field.y()).arg(
                shown.height())));
    }
};

QTEST_MAIN(TestEditorKeyboard)
#include "tst_editorkeyboard.moc"
