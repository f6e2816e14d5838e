// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "articlejson.h"
#include "draghandle.h"
#include "entrylisteditor.h"
#include "linefieldeditor.h"
#include "markdowneditor.h"
#include "paragraphlineedit.h"
#include "partframe.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QUndoStack>

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

QStringList partIds(const ArticleDocument &document)
{
    QStringList ids;
    for (const ArticlePart &part : document.article().parts)
        ids << part.id;
    return ids;
}

/// The texts of the undo stack's commands, oldest first.
QString steps(const ArticleDocument &document)
{
    QStringList texts;
    for (int i = 0; i < document.undoStack()->count(); ++i)
        texts << document.undoStack()->text(i);
    return texts.join(u'|');
}

/// `path` with "{section}", "{facts}", "{quotes}", "{faq}" and "{refs}" replaced by the ids of
/// the first part of that kind.
QString expand(const ArticleDocument &document, QString path)
{
    path.replace(u"{section}"_s, firstOf(document, Kind::Section));
    path.replace(u"{facts}"_s, firstOf(document, Kind::KeyFacts));
    path.replace(u"{quotes}"_s, firstOf(document, Kind::Quotes));
    path.replace(u"{faq}"_s, firstOf(document, Kind::Faq));
    path.replace(u"{refs}"_s, firstOf(document, Kind::References));
    return path;
}

/// The part ids in the order the frames are laid out on screen.
QStringList frameOrder(const ArticleEditor &editor)
{
    QList<PartFrame *> frames
        = editor.partsArea()->findChildren<PartFrame *>(Qt::FindDirectChildrenOnly);
    frames.removeIf([](PartFrame *f) { return f->isHidden(); });
    std::sort(
        frames.begin(), frames.end(), [](PartFrame *a, PartFrame *b) { return a->y() < b->y(); });
    QStringList ids;
    for (PartFrame *frame : frames)
        ids << frame->partId();
    return ids;
}

} // namespace

class tst_ArticleEditor : public QObject
{
    Q_OBJECT

private:
    ArticleDocument *m_document = nullptr;
    ArticleEditor *m_editor = nullptr;

    void settle()
    {
        // Lays out moved frames and deletes removed ones.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
        m_editor->widget()->layout()->activate();
        m_editor->partsArea()->layout()->activate();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_document = new ArticleDocument;
        m_document->reset(Testing::fullArticle());
        m_editor = new ArticleEditor(m_document);
        m_editor->resize(900, 800);
        m_editor->show();
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
    }

    void cleanup()
    {
        delete m_editor;
        delete m_document;
    }

    void showsTheArticle()
    {
        const Article &article = m_document->article();
        QCOMPARE(m_editor->lineField(Field::Headline)->text(), article.headline);
        QCOMPARE(m_editor->lineField(Field::Dek)->text(), article.dek);
        QCOMPARE(m_editor->ledeEditor()->text(), article.lede);
        QCOMPARE(frameOrder(*m_editor), partIds(*m_document));
        const ArticlePart &first = article.parts.at(0);
        QCOMPARE(m_editor->partFrame(first.id)->bodyEditor()->text(), first.body);
        QCOMPARE(m_editor->partFrame(first.id)->headingEditor()->text(), first.heading);
    }

    void typingReachesTheDocument()
    {
        QVERIFY(m_editor->focusField(u"headline"_s));
        ParagraphLineEdit *headline = m_editor->lineField(Field::Headline)->input();
        QTRY_VERIFY(headline->hasFocus());
        headline->selectAll();
        QTest::keyClicks(headline, u"Ferries return"_s);
        QCOMPARE(m_document->article().headline, u"Ferries return"_s);
        QCOMPARE(m_editor->lineField(Field::Headline)->counter()->text(), u"14 / 110"_s);

        const QString section = m_document->article().parts.at(0).id;
        MarkdownEditor *body = m_editor->partFrame(section)->bodyEditor();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" More *words*."_s);
        QVERIFY(m_document->article().parts.at(0).body.endsWith(u" More *words*."_s));

        ParagraphLineEdit *tags = m_editor->lineField(Field::Tags)->input();
        tags->setFocus();
        tags->moveCursor(QTextCursor::End);
        QTest::keyClicks(tags, u", harbour"_s);
        QCOMPARE(m_document->article().tags.last(), u"harbour"_s);

        // Undo goes to the document's stack, typing merged into one step per field.
        QCOMPARE(steps(*m_document), u"Edit Headline|Edit section|Edit Tags"_s);
        QTest::keySequence(body, QKeySequence::Undo);
        QCOMPARE(m_document->undoStack()->index(), 2);
        QVERIFY(!m_document->article().tags.contains(u"harbour"_s));
        m_document->undoStack()->undo();
        QCOMPARE(body->text(), Testing::fullArticle().parts.at(0).body);
        m_document->undoStack()->undo();
        QCOMPARE(headline->text(), Testing::fullArticle().headline);
        m_document->undoStack()->redo();
        QCOMPARE(headline->text(), u"Ferries return"_s);
    }

    void addPartFromTheMenu()
    {
        const qsizetype before = m_document->article().parts.size();
        QMenu *menu = m_editor->addPartButton()->menu();
        QCOMPARE(menu->actions().size(), 6);
        QAction *faq = menu->actions().at(4);
        QCOMPARE(faq->text(), ArticlePart::defaultHeading(Kind::Faq));
        faq->trigger();
        settle();
        QCOMPARE(m_document->article().parts.size(), before + 1);
        const ArticlePart &added = m_document->article().parts.last();
        QCOMPARE(added.kind, Kind::Faq);
        QCOMPARE(frameOrder(*m_editor), partIds(*m_document));
        QVERIFY(m_editor->partFrame(added.id)->isAncestorOf(QApplication::focusWidget()));

        m_document->undoStack()->undo();
        settle();
        QCOMPARE(m_document->article().parts.size(), before);
        QCOMPARE(frameOrder(*m_editor), partIds(*m_document));
    }

    void reorderWithTheKeyboard()
    {
        const QStringList original = partIds(*m_document);
        PartFrame *second = m_editor->partFrame(original.at(1));
        QVERIFY(m_editor->focusPart(original.at(1)));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(second->isAncestorOf(focus));

        QTest::keyClick(focus, Qt::Key_Up, Qt::AltModifier);
        settle();
        QStringList expected = original;
        expected.move(1, 0);
        QCOMPARE(partIds(*m_document), expected);
        QCOMPARE(frameOrder(*m_editor), expected);
        QVERIFY(second->isAncestorOf(QApplication::focusWidget())); // still typing there

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
        settle();
        expected = original;
        expected.move(1, 2);
        QCOMPARE(partIds(*m_document), expected);
        QCOMPARE(frameOrder(*m_editor), expected);
        QCOMPARE(steps(*m_document), u"Move part|Move part|Move part"_s); // one step per move

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        settle();
        QCOMPARE(partIds(*m_document), original);
        QCOMPARE(frameOrder(*m_editor), original);
    }

    void reorderByDragAndDrop()
    {
        const QStringList original = partIds(*m_document);
        const QString dragged = original.at(0);
        // Drop below the middle of the third frame: the part lands after it.
        const QRect third = m_editor->partFrame(original.at(2))->geometry();
        const QPoint position(third.center().x(), third.center().y() + 5);

        QMimeData mime;
        mime.setData(DragHandle::mimeType(), dragged.toUtf8());
        QDragEnterEvent enter(position, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_editor->partsArea(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(position), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_editor->partsArea(), &drop);
        QVERIFY(drop.isAccepted());
        settle();

        QStringList expected = original;
        expected.move(0, 2);
        QCOMPARE(partIds(*m_document), expected);
        QCOMPARE(frameOrder(*m_editor), expected);

        // Something else is not taken.
        QMimeData text;
        text.setText(u"hello"_s);
        QDragEnterEvent foreign(position, Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
        foreign.ignore();
        QApplication::sendEvent(m_editor->partsArea(), &foreign);
        QVERIFY(!foreign.isAccepted());

        m_document->undoStack()->undo();
        settle();
        QCOMPARE(frameOrder(*m_editor), original);
    }

    void removeAPartWithTheKeyboard()
    {
        const QStringList original = partIds(*m_document);
        QVERIFY(m_editor->focusPart(original.at(2)));
        QTest::keyClick(
            QApplication::focusWidget(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        settle();
        QStringList expected = original;
        expected.removeAt(2);
        QCOMPARE(partIds(*m_document), expected);
        QCOMPARE(frameOrder(*m_editor), expected);
        QVERIFY(!m_editor->partFrame(original.at(2)));

        QCOMPARE(steps(*m_document), u"Remove part"_s);
        m_document->undoStack()->undo();
        settle();
        QCOMPARE(frameOrder(*m_editor), original);
        QCOMPARE(m_document->article(), [] {
            Article a = Testing::fullArticle();
            a.ensureIds();
            return a;
        }());
    }

    void faqPairs()
    {
        const QString faqId = firstOf(*m_document, Kind::Faq);
        EntryListEditor *faq = m_editor->partFrame(faqId)->entryEditor();
        QVERIFY(faq);
        const auto entries = [this, faqId] {
            return m_document->article().parts.at(m_document->article().partIndex(faqId)).faq;
        };
        const QList<FaqEntry> original = entries();
        QCOMPARE(faq->rowCount(), original.size());

        faq->addButton()->click();
        settle();
        QCOMPARE(entries().size(), original.size() + 1);
        QCOMPARE(faq->rowCount(), original.size() + 1);
        QWidget *question = QApplication::focusWidget();
        QVERIFY(faq->rowEditor(int(original.size()))->isAncestorOf(question));
        QTest::keyClicks(question, u"When do ferries run?"_s);
        QCOMPARE(entries().last().question, u"When do ferries run?"_s);
        QTest::keyClick(question, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"Hourly."_s);
        QCOMPARE(entries().last().answer, u"Hourly."_s);

        // Move the new pair to the top with Alt+Up, one step per move.
        for (qsizetype i = 0; i < original.size(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
        settle();
        QCOMPARE(entries().first().question, u"When do ferries run?"_s);
        QCOMPARE(entries().mid(1), original);
        QCOMPARE(partIds(*m_document), partIds(*m_document)); // the part itself stayed
        QVERIFY(faq->rowEditor(0)->isAncestorOf(QApplication::focusWidget()));

        // Remove the first original pair (now row 1).
        faq->focusRow(1);
        QTest::keyClick(
            QApplication::focusWidget(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        settle();
        QCOMPARE(entries().size(), original.size());
        QCOMPARE(entries().at(1), original.at(1));

        m_document->undoStack()->undo(); // removal
        settle();
        QCOMPARE(entries().mid(1), original);
        QCOMPARE(faq->rowCount(), original.size() + 1);
        while (m_document->undoStack()->canUndo())
            m_document->undoStack()->undo();
        settle();
        QCOMPARE(entries(), original);
        QCOMPARE(faq->rowCount(), original.size());
        while (m_document->undoStack()->canRedo())
            m_document->undoStack()->redo();
        settle();
        QCOMPARE(entries().size(), original.size());
        QCOMPARE(entries().first().answer, u"Hourly."_s);
    }

    void listItemsAndQuotes()
    {
        const QString factsId = firstOf(*m_document, Kind::KeyFacts);
        const auto facts = [this, factsId] {
            return m_document->article().parts.at(m_document->article().partIndex(factsId)).items;
        };
        const QStringList original = facts();
        EntryListEditor *list = m_editor->partFrame(factsId)->entryEditor();
        list->focusRow(0);
        auto *first = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(first);
        first->end(false);
        QTest::keyClicks(first, u" (2025)"_s);
        QCOMPARE(facts().first(), original.first() + u" (2025)"_s);

        // Ctrl+Return adds an item after the current one and puts the cursor in it.
        QTest::keyClick(first, Qt::Key_Return, Qt::ControlModifier);
        settle();
        QCOMPARE(facts().size(), original.size() + 1);
        QVERIFY(facts().at(1).isEmpty());
        QTest::keyClicks(QApplication::focusWidget(), u"New fact"_s);
        QCOMPARE(facts().at(1), u"New fact"_s);
        QCOMPARE(steps(*m_document), u"Edit item|Add item|Edit item"_s);

        const QString quotesId = firstOf(*m_document, Kind::Quotes);
        EntryListEditor *quotes = m_editor->partFrame(quotesId)->entryEditor();
        const auto quote = [this, quotesId](int index) {
            return m_document->article()
                .parts.at(m_document->article().partIndex(quotesId))
                .quotes.at(index);
        };
        const Quote before = quote(1);
        auto *speaker = quotes->rowEditor(1)->findChild<QLineEdit *>(u"speaker"_s);
        speaker->setFocus();
        speaker->selectAll();
        QTest::keyClicks(speaker, u"Jo Park"_s);
        QCOMPARE(quote(1).speaker, u"Jo Park"_s);
        QCOMPARE(quote(1).text, before.text); // the quote's other fields are untouched
        QCOMPARE(quote(1).role, before.role);
        m_document->undoStack()->undo();
        QCOMPARE(quote(1), before);
        QCOMPARE(speaker->text(), before.speaker);
    }

    void focusRoundTrip()
    {
        QSignalSpy parts(m_editor, &ArticleEditor::partFocused);
        QSignalSpy fields(m_editor, &ArticleEditor::fieldFocused);
        const QStringList ids = partIds(*m_document);
        for (const QString &id : ids) {
            QVERIFY(m_editor->focusPart(id));
            QCOMPARE(parts.count(), 1);
            QCOMPARE(parts.takeFirst().at(0).toString(), id);
            QVERIFY(m_editor->partFrame(id)->isAncestorOf(QApplication::focusWidget()));
        }
        for (const QString &path :
            {u"headline"_s, u"dek"_s, u"tags"_s, u"lede"_s, u"published"_s, u"hero"_s}) {
            QVERIFY(m_editor->focusField(path));
            QCOMPARE(fields.count(), 1);
            QCOMPARE(fields.takeFirst().at(0).toString(), path);
        }
        QVERIFY(!m_editor->focusPart(u"no-such-part"_s));
        QVERIFY(!m_editor->focusField(u"no-such-field"_s));
        // A click into a part (the user, not focusPart) is reported too.
        MarkdownEditor *body = m_editor->partFrame(ids.at(0))->bodyEditor();
        QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
        QCOMPARE(parts.count(), 1);
        QCOMPARE(parts.at(0).at(0).toString(), ids.at(0));
    }

    void focusPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("focused"); // currentAnchor().path afterwards; empty: false
        const auto row = [](const QString &path, const QString &focused) {
            QTest::newRow(qPrintable(path.isEmpty() ? u"(empty)"_s : path)) << path << focused;
        };
        for (const QString &field : {u"headline"_s, u"dek"_s, u"bylines"_s, u"dateline"_s,
                 u"published"_s, u"category"_s, u"tags"_s, u"lede"_s, u"hero.caption"_s,
                 u"hero.altText"_s, u"hero.credit"_s, u"parts"_s})
            row(field, field);
        row(u"hero"_s, u"hero.caption"_s);
        row(u"parts/{section}"_s, u"parts/{section}/body"_s);
        row(u"parts/{quotes}"_s, u"parts/{quotes}/heading"_s);
        row(u"parts/{section}/heading"_s, u"parts/{section}/heading"_s);
        row(u"parts/{section}/body"_s, u"parts/{section}/body"_s);
        row(u"parts/{facts}/heading"_s, u"parts/{facts}/heading"_s);
        row(u"parts/{facts}/items/0"_s, u"parts/{facts}/items/0"_s);
        row(u"parts/{facts}/items/2"_s, u"parts/{facts}/items/2"_s);
        row(u"parts/{facts}/items"_s, u"parts/{facts}/items/0"_s);
        row(u"parts/{quotes}/quotes/1"_s, u"parts/{quotes}/quotes/1"_s);
        row(u"parts/{faq}/faq/0"_s, u"parts/{faq}/faq/0"_s);
        row(u"parts/{faq}/faq/2"_s, u"parts/{faq}/faq/2"_s);
        row(u"parts/{refs}/references/2"_s, u"parts/{refs}/references/2"_s);
        row(u"parts/{refs}/references"_s, u"parts/{refs}/references/0"_s);
        // Paths that name nothing.
        row(QString(), QString());
        row(u"nothing"_s, QString());
        row(u"hero.nothing"_s, QString());
        row(u"parts/no-such-part"_s, QString());
        row(u"parts/no-such-part/body"_s, QString());
        row(u"parts/{facts}/body"_s, QString());
        row(u"parts/{section}/items/0"_s, QString());
        row(u"parts/{faq}/quotes/0"_s, QString());
        row(u"parts/{facts}/items/99"_s, QString());
        row(u"parts/{facts}/items/-1"_s, QString());
        row(u"parts/{faq}/faq/x"_s, QString());
        row(u"parts/{facts}/items/0/more"_s, QString());
    }

    void focusPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, focused);
        // Start far from every target: at the top for the lower parts, at the bottom for the
        // fields, so that each case has to scroll.
        QVERIFY(m_editor->focusPath(path.startsWith(u"parts"_s)
                ? u"headline"_s
                : expand(*m_document, u"parts/{refs}/references/2"_s)));
        QWidget *before = QApplication::focusWidget();
        const bool found = m_editor->focusPath(expand(*m_document, path));
        QCOMPARE(found, !focused.isEmpty());
        if (!found) {
            QCOMPARE(QApplication::focusWidget(), before);
            return;
        }
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now && m_editor->isAncestorOf(now));
        QCOMPARE(m_editor->currentAnchor().path, expand(*m_document, focused));
        QVERIFY(!m_editor->currentAnchor().hasRange());
        const QRect shown(now->mapTo(m_editor->viewport(), QPoint()), now->size());
        QVERIFY2(m_editor->viewport()->rect().intersects(shown), qPrintable(path));
    }

    void currentAnchor()
    {
        {
            ArticleEditor unfocused(m_document);
            QCOMPARE(unfocused.currentAnchor(), CommentAnchor());
        }
        const QString section = firstOf(*m_document, Kind::Section);
        QVERIFY(m_editor->focusPath(u"parts/"_s + section + u"/body"_s));
        MarkdownEditor *body = m_editor->partFrame(section)->bodyEditor();
        QCOMPARE(QApplication::focusWidget(), body);
        QCOMPARE(m_editor->currentAnchor(), (CommentAnchor {u"parts/"_s + section + u"/body"_s}));
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(7);
        body->setTextCursor(cursor);
        for (int i = 0; i < 9; ++i)
            QTest::keyClick(body, Qt::Key_Right, Qt::ShiftModifier);
        const CommentAnchor anchor = m_editor->currentAnchor();
        QCOMPARE(anchor, (CommentAnchor {u"parts/"_s + section + u"/body"_s, 7, 16}));
        QCOMPARE(anchor.validate(m_document->article()), QString());
        QCOMPARE(anchor.text(m_document->article()), body->text().mid(7, 9));

        // A selection in an FAQ answer anchors on the pair.
        const QString faq = firstOf(*m_document, Kind::Faq);
        QWidget *pair = m_editor->partFrame(faq)->entryEditor()->rowEditor(1);
        auto *answer = pair->findChild<MarkdownEditor *>(u"answer"_s);
        answer->setFocus(Qt::MouseFocusReason);
        cursor = answer->textCursor();
        cursor.setPosition(4);
        cursor.setPosition(7, QTextCursor::KeepAnchor);
        answer->setTextCursor(cursor);
        QCOMPARE(
            m_editor->currentAnchor(), (CommentAnchor {u"parts/"_s + faq + u"/faq/1"_s, 4, 7}));
        QCOMPARE(m_editor->currentAnchor().text(m_document->article()), answer->text().mid(4, 3));

        // A line edit has no range; the focus leaving the editor leaves the anchor.
        QVERIFY(m_editor->focusPath(u"headline"_s));
        m_editor->lineField(Field::Headline)->input()->selectAll();
        QCOMPARE(m_editor->currentAnchor(), (CommentAnchor {u"headline"_s}));
        QLineEdit elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        elsewhere.setFocus();
        QCOMPARE(QApplication::focusWidget(), &elsewhere);
        QCOMPARE(m_editor->currentAnchor(), (CommentAnchor {u"headline"_s}));
    }

    void resetRebuilds()
    {
        Article other = Testing::generatedArticle(7, 300);
        m_document->reset(other);
        settle();
        QCOMPARE(m_editor->lineField(Field::Headline)->text(), other.headline);
        QCOMPARE(frameOrder(*m_editor), partIds(*m_document));
    }

    /// With COPYDESK_EDITOR_SCREENSHOT=/path.png, shows welcome.json and saves a picture.
    void screenshot()
    {
        const QByteArray path = qgetenv("COPYDESK_EDITOR_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set COPYDESK_EDITOR_SCREENSHOT to a PNG path to take a screenshot");
        QFile file(QStringLiteral(COPYDESK_SOURCE_DIR "/resources/samples/welcome.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto article = ArticleJson::fromBytes(file.readAll(), u"welcome.json"_s);
        QVERIFY(article.ok());
        if (qEnvironmentVariableIsSet("COPYDESK_EDITOR_SCREENSHOT_DARK")) {
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
            dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
            dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
            dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
            dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
            dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
            dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
            QApplication::setPalette(dark);
        }
        m_document->reset(*article);
        m_editor->resize(
            900, qEnvironmentVariableIntValue("COPYDESK_EDITOR_SCREENSHOT_HEIGHT") ?: 1000);
        settle();
        QTest::qWait(100);
        const int offset = qEnvironmentVariableIntValue("COPYDESK_EDITOR_SCREENSHOT_SCROLL");
        m_editor->verticalScrollBar()->setValue(offset);
        QVERIFY(m_editor->grab().save(QString::fromLocal8Bit(path)));
    }
};

QTEST_MAIN(tst_ArticleEditor)
#include "tst_articleeditor.moc"
