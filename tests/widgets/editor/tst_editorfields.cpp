// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articledocument.h"
#include "articlefactory.h"
#include "dateformat.h"
#include "heroimageeditor.h"
#include "highlightqueue.h"
#include "linefieldeditor.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "paragraphlineedit.h"
#include "publishededitor.h"
#include "referenceeditor.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// Whether any character of `word` in the editor carries the spell-check underline.
bool underlined(MarkdownEditor &editor, const QString &word)
{
    HighlightQueue::instance().finish(); // what waits to be coloured, now
    const QString text = editor.toPlainText();
    const qsizetype at = text.indexOf(word);
    if (at < 0)
        return false;
    const QTextBlock block = editor.document()->findBlock(int(at));
    const int inBlock = int(at) - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= inBlock && inBlock < range.start + range.length
            && range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            return true;
    }
    return false;
}

/// Types `text` key by key, including characters QTest::keyClicks() cannot map to keys.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class tst_EditorFields : public QObject
{
    Q_OBJECT

    /// An article whose one part lists one reference, without URL or date.
    static Article oneReference()
    {
        Article article;
        ArticlePart references = ArticlePart::make(ArticlePart::Kind::References);
        references.references.append({u"Report"_s, {}, u"Port"_s, {}});
        article.parts.append(references);
        return article;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void counter_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("over");
        QTest::newRow("no limit") << 0 << u"Harbour"_s << u"7"_s << false;
        QTest::newRow("empty, no limit") << 0 << QString() << u"0"_s << false;
        QTest::newRow("under") << 10 << u"Harbour"_s << u"7 / 10"_s << false;
        QTest::newRow("at the limit") << 7 << u"Harbour"_s << u"7 / 7"_s << false;
        QTest::newRow("over") << 5 << u"Harbour"_s << u"7 / 5"_s << true;
        QTest::newRow("umlauts count once") << 3 << u"Fähre"_s << u"5 / 3"_s << true;
    }

    void counter()
    {
        QFETCH(int, limit);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QFETCH(bool, over);
        LineFieldEditor editor;
        editor.setLengthLimit(limit);
        QSignalSpy edited(&editor, &LineFieldEditor::textEdited);
        typeText(editor.input(), typed);
        QCOMPARE(editor.counter()->text(), shown);
        QCOMPARE(editor.isOverLimit(), over);
        QCOMPARE(editor.input()->property("overLimit").toBool(), over);
        QCOMPARE(editor.text(), typed); // never cut
        QCOMPARE(edited.count(), typed.size());
        editor.setText(u"x"_s);
        QCOMPARE(edited.count(), typed.size()); // setText is not an edit
        QVERIFY(!editor.isOverLimit());
    }

    void referenceUrlMark_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("marked");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("https") << u"https://www.example.org/report?id=4"_s << false;
        QTest::newRow("http") << u"http://example.org"_s << false;
        QTest::newRow("no scheme") << u"example.org/report"_s << true;
        QTest::newRow("typo scheme") << u"htps://example.org"_s << true;
        QTest::newRow("ftp") << u"ftp://example.org/file"_s << true;
        QTest::newRow("no host") << u"https://"_s << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << true;
    }

    void referenceUrlMark()
    {
        QFETCH(QString, url);
        QFETCH(bool, marked);
        ArticleDocument document;
        document.reset(oneReference());
        ReferenceEditor editor(&document, document.article().parts.at(0).id);
        editor.show();
        auto *edit = editor.rowEditor(0)->findChild<QLineEdit *>(u"url"_s);
        auto *mark = editor.rowEditor(0)->findChild<QLabel *>(u"urlMark"_s);
        QVERIFY(edit && mark);
        QVERIFY(!edit->accessibleName().isEmpty());
        QTest::keyClicks(edit, url);
        QCOMPARE(document.article().parts.at(0).references.at(0).url, url);
        QCOMPARE(mark->isVisible(), marked);
        QCOMPARE(edit->property("invalid").toBool(), marked);
        // Undo puts the empty URL back, and the mark goes.
        document.undoStack()->undo();
        QCOMPARE(edit->text(), QString());
        QVERIFY(!mark->isVisible());
    }

    void unknownDateCalendarOpensAtToday()
    {
        ArticleDocument document;
        document.reset(oneReference());
        ReferenceEditor editor(&document, document.article().parts.at(0).id);
        editor.show();
        auto *accessed = editor.rowEditor(0)->findChild<QDateEdit *>(u"accessed"_s);
        QVERIFY(accessed);
        QCOMPARE(accessed->text(), u"Unknown"_s);
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // A click on the arrow opens the calendar.
        QTest::mouseClick(
            accessed, Qt::LeftButton, {}, QPoint(accessed->width() - 6, accessed->height() / 2));
        QCalendarWidget *calendar = accessed->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->yearShown(), QDate::currentDate().year());
        QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
        // Looking is not choosing: the date is still unknown.
        QVERIFY(!document.article().parts.at(0).references.at(0).accessed.isValid());
        QTest::keyClick(calendar, Qt::Key_Escape);
    }

    void datesTypedInWords()
    {
        ArticleDocument document;
        document.reset(oneReference());
        ReferenceEditor editor(&document, document.article().parts.at(0).id);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *accessed = editor.rowEditor(0)->findChild<QDateEdit *>(u"accessed"_s);
        QVERIFY(accessed);
        accessed->setFocus(Qt::TabFocusReason);
        // A word over "Unknown", read on Return, goes into the article (Return then also
        // starts the next reference, as in any list part).
        QTest::keyClicks(accessed, u"yesterday"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        const QDate yesterday = QDate::currentDate().addDays(-1);
        QCOMPARE(document.article().parts.at(0).references.at(0).accessed, yesterday);
        QCOMPARE(document.article().parts.at(0).references.size(), 2);
        accessed = editor.rowEditor(0)->findChild<QDateEdit *>(u"accessed"_s);
        QCOMPARE(accessed->text(), DateFormat::toString(yesterday));
        accessed->setFocus(Qt::TabFocusReason);
        // Text that is no date puts the date back and says why.
        QTest::keyClicks(accessed, u"soonish"_s);
        accessed->clearFocus();
        QCOMPARE(document.article().parts.at(0).references.at(0).accessed, yesterday);
        QCOMPARE(accessed->text(), DateFormat::toString(yesterday));
        QVERIFY(accessed->toolTip().contains(u"“soonish” is not a date"_s));
        // Digits keep the field's own entry, section by section.
        accessed->setDate(QDate(2025, 3, 14));
        QCOMPARE(document.article().parts.at(0).references.at(0).accessed, QDate(2025, 3, 14));

        // The publication date: a day and a time, read when the field is left.
        PublishedEditor published;
        QSignalSpy edited(&published, &PublishedEditor::dateTimeEdited);
        published.setDateTime(
            QDateTime(QDate(2025, 3, 14), QTime(9, 30), QTimeZone("Europe/Berlin")));
        published.show();
        published.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&published));
        published.dateTimeEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(published.dateTimeEdit(), u"tomorrow 3pm"_s);
        published.zoneBox()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(published.dateTime().date(), QDate::currentDate().addDays(1));
        QCOMPARE(published.dateTime().time(), QTime(15, 0));
        QCOMPARE(published.dateTime().timeZone().id(), QByteArray("Europe/Berlin"));
        QVERIFY(!edited.isEmpty());
        // Return reads it too, keeping the time when none is typed.
        published.dateTimeEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(published.dateTimeEdit(), u"in 3 days"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(published.dateTime().date(), QDate::currentDate().addDays(3));
        QCOMPARE(published.dateTime().time(), QTime(15, 0));
    }

    void oneDateFormatThroughout()
    {
        // The locale's short format, four-digit years, the same in both date fields.
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(DateFormat::date(german), QStringLiteral("dd.MM.yyyy"));
        QCOMPARE(DateFormat::dateTime(german), QStringLiteral("dd.MM.yyyy HH:mm"));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QVERIFY(DateFormat::date(us).contains(QLatin1String("yyyy")));
        PublishedEditor published;
        QCOMPARE(published.findChild<QDateTimeEdit *>()->displayFormat(), DateFormat::dateTime());
    }

    void publishedDate()
    {
        PublishedEditor editor;
        QSignalSpy edited(&editor, &PublishedEditor::dateTimeEdited);
        QVERIFY(!editor.dateTime().isValid());
        QVERIFY(!editor.dateTimeEdit()->isEnabled());

        const QDateTime berlin(QDate(2025, 3, 14), QTime(9, 30), QTimeZone("Europe/Berlin"));
        editor.setDateTime(berlin);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(editor.dateTime(), berlin);
        QCOMPARE(editor.dateTime().timeZone().id(), QByteArray("Europe/Berlin"));

        editor.zoneBox()->setCurrentIndex(editor.zoneBox()->findData(QByteArray("Asia/Tokyo")));
        QCOMPARE(edited.count(), 1);
        const QDateTime tokyo = edited.takeFirst().at(0).toDateTime();
        QCOMPARE(tokyo.timeZone().id(), QByteArray("Asia/Tokyo"));
        QCOMPARE(tokyo.time(), QTime(9, 30)); // the wall-clock time stays, the zone changes

        editor.setBox()->setChecked(false);
        QCOMPARE(edited.count(), 1);
        QVERIFY(!edited.takeFirst().at(0).toDateTime().isValid());

        const QDateTime offset(
            QDate(2025, 1, 1), QTime(12, 0), QTimeZone::fromSecondsAheadOfUtc(5 * 3600 + 45 * 60));
        editor.setDateTime(offset);
        QCOMPARE(editor.dateTime(), offset);
    }

    void heroImage()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"dot.png"_s);
        QFile file(png);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Testing::tinyPng());
        file.close();
        const QString text = dir.filePath(u"notes.png"_s);
        QFile notPicture(text);
        QVERIFY(notPicture.open(QIODevice::WriteOnly));
        notPicture.write("not a picture");
        notPicture.close();

        HeroImageEditor editor;
        QSignalSpy edited(&editor, &HeroImageEditor::heroEdited);
        QVERIFY(!editor.loadFile(text));
        QVERIFY(!editor.loadFile(dir.filePath(u"missing.png"_s)));
        QCOMPARE(edited.count(), 0);
        QVERIFY(editor.loadFile(png));
        QCOMPARE(edited.count(), 1);
        const HeroImage hero = edited.takeFirst().at(0).value<HeroImage>();
        QCOMPARE(hero.data, Testing::tinyPng());
        QCOMPARE(hero.mimeType, u"image/png"_s);
        QCOMPARE(hero.fileName, u"dot.png"_s);
        QVERIFY(!editor.thumbnail()->pixmap().isNull());

        QTest::keyClicks(editor.altTextEdit(), u"A dot"_s);
        QCOMPARE(edited.last().at(0).value<HeroImage>().altText, u"A dot"_s);
        QCOMPARE(edited.last().at(0).value<HeroImage>().data, Testing::tinyPng());
    }

    void markdownHighlighting()
    {
        MarkdownEditor editor;
        editor.setText(u"# Heading\n\nSome *emphasis* and `code`."_s);
        const QTextBlock heading = editor.document()->firstBlock();
        // Coloured in the event loop's next turn (HighlightQueue).
        QTRY_VERIFY(!heading.layout()->formats().isEmpty());
        QVERIFY(editor.highlighter()->definition().isValid());
        QCOMPARE(editor.highlighter()->definition().name(), u"Markdown"_s);
    }

    void longTextIsColouredInSlices()
    {
        MarkdownEditor editor;
        QStringList paragraphs;
        for (int i = 0; i < 3000; ++i)
            paragraphs << u"Paragraph %1 has *emphasis* and `code`."_s.arg(i);
        editor.setText(paragraphs.join(u"\n\n"_s));
        const QTextDocument *document = editor.document();
        const int last = document->blockCount() - 1;
        const auto coloured = [document](int block) {
            return !document->findBlockByNumber(block).layout()->formats().isEmpty();
        };
        // The text is there at once, plain; the queue colours it from the top.
        QCOMPARE(editor.text(), paragraphs.join(u"\n\n"_s));
        QVERIFY(!coloured(0));
        QVERIFY(editor.highlighter()->isWaiting());
        QVERIFY(!HighlightQueue::instance().isIdle());
        // The event loop runs between slices: a timer that fires at every turn of it sees the
        // top coloured while the end still waits.
        bool firstBeforeLast = false;
        QTimer turns;
        turns.setInterval(0);
        connect(&turns, &QTimer::timeout, &editor,
            [&] { firstBeforeLast |= coloured(0) && !coloured(last); });
        turns.start();
        QSignalSpy idle(&HighlightQueue::instance(), &HighlightQueue::idle);
        QVERIFY(idle.wait(20000));
        turns.stop();
        QVERIFY(firstBeforeLast);
        QVERIFY(coloured(0));
        QVERIFY(coloured(last));
        QVERIFY(!editor.highlighter()->isWaiting());

        // Once coloured, an edit is coloured as it is typed, with no event loop turn.
        QTextCursor cursor(document->lastBlock());
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(u"\n\n# A heading"_s);
        QVERIFY(coloured(document->blockCount() - 1));
    }

    void editorClosedWhileItsTextWaits()
    {
        auto *editor = new MarkdownEditor;
        editor->setText(u"Some *text*.\n\n"_s.repeated(2000));
        QVERIFY(!HighlightQueue::instance().isIdle());
        delete editor;
        QSignalSpy idle(&HighlightQueue::instance(), &HighlightQueue::idle);
        QVERIFY(idle.wait(5000));
        QVERIFY(HighlightQueue::instance().isIdle());
    }

    void spelling()
    {
        MarkdownEditor editor;
        editor.setSpellingLanguage(u"en"_s);
        if (!editor.highlighter()->isSpellCheckingAvailable())
            QSKIP(
                "no Sonnet spelling backend with an English dictionary (package sonnet6-plugins)");
        editor.setText(
            u"The ferrry sailed. Run `ferrry --now` or see https://example.org/ferrry now."_s);
        QVERIFY(underlined(editor, u"ferrry sailed"_s));
        QVERIFY(!underlined(editor, u"sailed"_s));
        QVERIFY(!underlined(editor, u"ferrry --now"_s)); // code
        QVERIFY(!underlined(editor, u"ferrry now"_s)); // URL
        QVERIFY(editor.highlighter()->suggestions(u"ferrry"_s).contains(u"ferry"_s));

        editor.setSpellingLanguage(u"de"_s);
        editor.setText(u"Die Fähre fuhr. Die Fähhre nicht."_s);
        QVERIFY(!underlined(editor, u"Fähre fuhr"_s));
        QVERIFY(underlined(editor, u"Fähhre"_s));
    }
};

QTEST_MAIN(tst_EditorFields)
#include "tst_editorfields.moc"
