// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "heroimageeditor.h"
#include "highlightqueue.h"
#include "linefieldeditor.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "paragraphlineedit.h"
#include "partframe.h"
#include "personaldictionary.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>
#include <QUrl>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// Whether the first character of `word` in the editor has the spelling underline.
bool marked(const MarkdownEditor &editor, const QString &word)
{
    HighlightQueue::instance().finish(); // what waits to be coloured, now
    const qsizetype at = editor.text().indexOf(word);
    if (at < 0)
        return false;
    const QTextBlock block = editor.document()->findBlock(int(at));
    const int offset = int(at) - block.position();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    return std::any_of(ranges.cbegin(), ranges.cend(), [offset](const auto &range) {
        return range.start <= offset && offset < range.start + range.length
            && range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    });
}

/// The menu action with object name or text `name`; nullptr when the menu has none.
QAction *menuAction(QMenu *menu, const QString &name)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name || action->text() == name)
            return action;
    }
    return nullptr;
}

QMenu *menuOn(MarkdownEditor &editor, const QString &word)
{
    QTextCursor cursor(editor.document());
    cursor.setPosition(int(editor.text().indexOf(word)) + 1);
    return editor.createContextMenu(editor.cursorRect(cursor).center());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// Spelling with the personal dictionary, typographic punctuation, pasting HTML as Markdown and
/// pictures onto the hero: real Sonnet with the toolbox's hunspell dictionaries, real widgets.
class tst_WritingAids : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void requireSpelling(MarkdownEditor &editor)
    {
        if (!editor.highlighter()->isSpellCheckingAvailable())
            QSKIP("no Sonnet hunspell backend with the dictionary (sonnet6-plugins, hunspell-*)");
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void britishAndAmericanSpelling_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("marked");
        QTest::newRow("en-GB") << u"en-GB"_s << false;
        QTest::newRow("en-US") << u"en-US"_s << true;
    }

    void britishAndAmericanSpelling()
    {
        QFETCH(QString, language);
        QFETCH(bool, marked);
        MarkdownEditor editor;
        editor.setSpellingLanguage(language);
        requireSpelling(editor);
        editor.setText(u"The harbour is a metre deep, said the harbor master."_s);
        QCOMPARE(::marked(editor, u"harbour"_s), marked);
        QCOMPARE(::marked(editor, u"metre"_s), marked);
        QCOMPARE(::marked(editor, u"harbor"_s), !marked);
        QVERIFY(!::marked(editor, u"deep"_s));
    }

    void typographicApostropheIsChecked()
    {
        MarkdownEditor editor;
        editor.setSpellingLanguage(u"en"_s);
        requireSpelling(editor);
        editor.setText(u"They don\u2019t know. They dnn\u2019t."_s);
        QVERIFY(!marked(editor, u"don\u2019t"_s));
        QVERIFY(marked(editor, u"dnn\u2019t"_s));
    }

    void suggestionsAddAndIgnoreInTheMenu()
    {
        const QString file = m_dir.filePath(u"menu/words.txt"_s);
        PersonalDictionary dictionary(file);
        QVERIFY(dictionary.load());
        MarkdownEditor editor;
        MarkdownEditor other; // Another open field: it follows at once.
        for (MarkdownEditor *e : {&editor, &other}) {
            e->setSpellingLanguage(u"en"_s);
            e->setPersonalDictionary(&dictionary);
        }
        requireSpelling(editor);
        editor.resize(600, 200);
        editor.setText(u"The ferrry left Zorblatt for Quuxley."_s);
        other.setText(u"Zorblatt again, Quuxley again."_s);
        QVERIFY(marked(editor, u"ferrry"_s));
        QVERIFY(marked(editor, u"Zorblatt"_s));
        QVERIFY(marked(other, u"Zorblatt"_s));

        // Suggestions: at most five, the right one among them, and it replaces the word.
        std::unique_ptr<QMenu> menu(menuOn(editor, u"ferrry"_s));
        QAction *ferry = menuAction(menu.get(), u"ferry"_s);
        QVERIFY(ferry);
        QVERIFY(menuAction(menu.get(), u"addToDictionary"_s));
        QVERIFY(menuAction(menu.get(), u"ignoreWord"_s));
        QSignalSpy edited(&editor, &MarkdownEditor::textEdited);
        ferry->trigger();
        QCOMPARE(editor.text(), u"The ferry left Zorblatt for Quuxley."_s);
        QCOMPARE(edited.count(), 1);

        // Add to Dictionary: passes everywhere at once, and is in the file.
        menu.reset(menuOn(editor, u"Zorblatt"_s));
        QAction *add = menuAction(menu.get(), u"addToDictionary"_s);
        QVERIFY(add);
        QCOMPARE(add->text(), u"Add \u201CZorblatt\u201D to Dictionary"_s);
        add->trigger();
        QVERIFY(!marked(editor, u"Zorblatt"_s));
        QVERIFY(!marked(other, u"Zorblatt"_s));
        QVERIFY(readAll(file).split('\n').contains("Zorblatt"));

        // Ignore: passes everywhere for now, is not written.
        menu.reset(menuOn(editor, u"Quuxley"_s));
        menuAction(menu.get(), u"ignoreWord"_s)->trigger();
        QVERIFY(!marked(editor, u"Quuxley"_s));
        QVERIFY(!marked(other, u"Quuxley"_s));
        QVERIFY(!readAll(file).contains("Quuxley"));

        // A correct word has no spelling actions.
        menu.reset(menuOn(editor, u"left"_s));
        QVERIFY(!menuAction(menu.get(), u"addToDictionary"_s));

        // A new start: the added word survives, the ignored one does not.
        PersonalDictionary reloaded(file);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.words(), QStringList {u"Zorblatt"_s});
        MarkdownEditor fresh;
        fresh.setSpellingLanguage(u"en"_s);
        fresh.setPersonalDictionary(&reloaded);
        fresh.setText(u"Zorblatt and Quuxley."_s);
        QVERIFY(!marked(fresh, u"Zorblatt"_s));
        QVERIFY(marked(fresh, u"Quuxley"_s));
        QVERIFY(!fresh.highlighter()->isMisspelled(u"Zorblatt"_s));
    }

    void personalDictionaryFile()
    {
        const QString file = m_dir.filePath(u"file/words.txt"_s);
        PersonalDictionary dictionary(file);
        QVERIFY(dictionary.load()); // Missing: empty.
        QVERIFY(dictionary.add(u"copydesk"_s));
        QVERIFY(dictionary.add(u"Müller\u2019s"_s));
        QVERIFY(dictionary.add(u"copydesk"_s)); // Again: nothing new.
        QVERIFY(dictionary.accepts(u"Copydesk"_s)); // Capitalised at a sentence start.
        QVERIFY(dictionary.accepts(u"Müller's"_s)); // Either apostrophe.
        QVERIFY(!dictionary.accepts(u"COPYDESKS"_s));
        const QByteArray before = readAll(file);
        QVERIFY(before.endsWith("copydesk\nM\xC3\xBCller\xE2\x80\x99s\n"));

        const Status spaced = dictionary.add(u"two words"_s);
        QVERIFY(!spaced);
        QVERIFY(spaced.error().message.contains(u"single word"_s));
        QVERIFY(!dictionary.add(u"--"_s));
        QCOMPARE(readAll(file), before); // Nothing written.

        QFile broken(m_dir.filePath(u"file/latin1.txt"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("caf\xE9\n");
        broken.close();
        PersonalDictionary notUtf8(broken.fileName());
        const Status loaded = notUtf8.load();
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(u"UTF-8"_s));
        QVERIFY(notUtf8.words().isEmpty());
    }

    void publicationLanguageForANewArticle()
    {
        ArticleDocument document;
        Article fresh; // As File ▸ New makes it: no language of its own.
        fresh.parts.append(ArticlePart::make(ArticlePart::Kind::Section));
        document.reset(fresh);
        ArticleEditor editor(&document);
        editor.setDefaultLanguage(u"en-GB"_s);
        MarkdownEditor *body = editor.partFrame(fresh.parts.first().id)->bodyEditor();
        QCOMPARE(editor.ledeEditor()->spellingLanguage(), u"en-GB"_s);
        QCOMPARE(body->spellingLanguage(), u"en-GB"_s);
        requireSpelling(*body);
        body->setText(u"The harbour."_s);
        QVERIFY(!marked(*body, u"harbour"_s));

        // The article's own language wins.
        document.setText(ArticleDocument::Field::Language, u"en-US"_s);
        QCOMPARE(body->spellingLanguage(), u"en-US"_s);
        QVERIFY(marked(*body, u"harbour"_s));
        document.setText(ArticleDocument::Field::Language, QString());
        QVERIFY(!marked(*body, u"harbour"_s));
    }

    void typographyAsYouType()
    {
        ArticleDocument document;
        Article article;
        article.parts.append(ArticlePart::make(ArticlePart::Kind::Section));
        document.reset(article);
        ArticleEditor editor(&document);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString id = article.parts.first().id;
        MarkdownEditor *body = editor.partFrame(id)->bodyEditor();
        body->setFocus();

        QTest::keyClicks(body, u"He said \"it's 'fine'\" -- then --- left."_s);
        const QString typed
            = u"He said \u201Cit\u2019s \u2018fine\u2019\u201D \u2013 then \u2014 left."_s;
        QCOMPARE(body->text(), typed);
        QCOMPARE(document.article().parts.first().body, typed);

        // Undo right after a replacement: the straight character comes back, once.
        QTest::keyClicks(body, u" \""_s);
        QCOMPARE(body->text(), typed + u" \u201C"_s);
        QVERIFY(body->canUndoTypography());
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(body->text(), typed + u" \""_s);
        QCOMPARE(document.article().parts.first().body, typed + u" \""_s);
        QVERIFY(!body->canUndoTypography());
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier); // Now the article's undo.
        QVERIFY(document.article().parts.first().body != typed + u" \""_s);

        // "--" comes back as typed.
        body->setText(QString());
        QTest::keyClicks(body, u"a --"_s);
        QCOMPARE(body->text(), u"a \u2013"_s);
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(body->text(), u"a --"_s);

        // Not in code or web addresses.
        body->setText(QString());
        QTest::keyClicks(body, u"Run `x --y \"z\"` at https://a.example/b--c"_s);
        QCOMPARE(body->text(), u"Run `x --y \"z\"` at https://a.example/b--c"_s);

        // German quotes from the publication's language; the setting turns it all off.
        body->setText(QString());
        editor.setDefaultLanguage(u"de"_s);
        QTest::keyClicks(body, u"Er sagte \"ja\"."_s);
        QCOMPARE(body->text(), u"Er sagte \u201Eja\u201C."_s);
        editor.setTypographyEnabled(false);
        QTest::keyClicks(body, u" \"x\" --"_s);
        QCOMPARE(body->text(), u"Er sagte \u201Eja\u201C. \"x\" --"_s);

        // French: narrow no-break spaces inside « » and before ?, each undone by Ctrl+Z.
        body->setText(QString());
        editor.setTypographyEnabled(true);
        editor.setDefaultLanguage(u"fr-CH"_s);
        QTest::keyClicks(body, u"Il dit \" oui \" ?"_s);
        const QString french = u"Il dit \u00AB\u202Foui\u202F\u00BB\u202F?"_s;
        QCOMPARE(body->text(), french);
        QCOMPARE(document.article().parts.first().body, french);
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(body->text(), u"Il dit \u00AB\u202Foui\u202F\u00BB ?"_s);
        QTest::keyClicks(body, u" \""_s);
        QCOMPARE(body->text(), u"Il dit \u00AB\u202Foui\u202F\u00BB ? \u00AB\u202F"_s);
        QTest::keyClick(body, Qt::Key_Space);
        QCOMPARE(body->text(), u"Il dit \u00AB\u202Foui\u202F\u00BB ? \u00AB\u202F"_s);
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier); // the dropped space comes back
        QCOMPARE(body->text(), u"Il dit \u00AB\u202Foui\u202F\u00BB ? \u00AB\u202F "_s);
    }

    void typographyInHeadlineAndDek()
    {
        ArticleDocument document;
        document.reset(Article());
        ArticleEditor editor(&document);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        ParagraphLineEdit *headline = editor.lineField(ArticleDocument::Field::Headline)->input();
        headline->setFocus();
        QTest::keyClicks(headline, u"Mayor: \"We'll rebuild\" -- soon"_s);
        const QString typed = u"Mayor: \u201CWe\u2019ll rebuild\u201D \u2013 soon"_s;
        QCOMPARE(headline->text(), typed);
        QCOMPARE(document.article().headline, typed);
        QTest::keyClicks(headline, u" \""_s);
        QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(headline->text(), typed + u" \""_s);
        QCOMPARE(document.article().headline, typed + u" \""_s);

        // Only prose: a category or tag is typed as it is.
        ParagraphLineEdit *category = editor.lineField(ArticleDocument::Field::Category)->input();
        category->setFocus();
        QTest::keyClicks(category, u"rock 'n' roll--live"_s);
        QCOMPARE(document.article().category, u"rock 'n' roll--live"_s);
    }

    void pasteHtmlAsMarkdown()
    {
        MarkdownEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy edited(&editor, &MarkdownEditor::textEdited);
        auto *mime = new QMimeData;
        mime->setHtml(u"<meta charset=\"utf-8\"><p style=\"color:red\"><span style=\"font-family:"
                      "Arial\">A </span><b>bold</b> <a href=\"https://example.com\">link</a></p>"
                      "<ul><li>one</li><li>two<ul><li>deeper</li></ul></li></ul>"
                      "<script>alert(1)</script><img src=\"data:image/png;base64,AAAA\">"_s);
        mime->setText(u"A bold link\none\ntwo\ndeeper"_s);
        QApplication::clipboard()->setMimeData(mime);
        editor.paste();
        QCOMPARE(
            editor.text(), u"A **bold** [link](https://example.com)\n\n- one\n- two\n  - deeper"_s);
        QVERIFY(edited.count() >= 1);

        // Ctrl+Shift+V: the plain text.
        editor.setText(QString());
        editor.setFocus();
        QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor.text(), u"A bold link\none\ntwo\ndeeper"_s);

        // Copying gives plain text, so pasting it back is the same Markdown.
        editor.setText(u"Some **strong** words"_s);
        editor.selectAll();
        editor.copy();
        QVERIFY(!QApplication::clipboard()->mimeData()->hasHtml());
        editor.moveCursor(QTextCursor::End);
        editor.paste();
        QCOMPARE(editor.text(), u"Some **strong** wordsSome **strong** words"_s);
    }

    void heroFromClipboardAndDrop()
    {
        const QString png = m_dir.filePath(u"hero/dot.png"_s);
        QDir().mkpath(QFileInfo(png).absolutePath());
        QFile file(png);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Testing::tinyPng());
        file.close();

        HeroImageEditor editor;
        QSignalSpy edited(&editor, &HeroImageEditor::heroEdited);

        // Bad data: nothing changes, and the message says why.
        const auto refused = [&](QMimeData *data, const QString &why) {
            std::unique_ptr<QMimeData> owned(data);
            const HeroImage before = editor.hero();
            const Status status = editor.loadMimeData(data);
            QVERIFY(!status);
            QVERIFY2(status.error().message.contains(why), qPrintable(status.error().message));
            QCOMPARE(editor.hero(), before);
        };
        auto *text = new QMimeData;
        text->setText(u"just words"_s);
        refused(text, u"no picture"_s);
        auto *notPng = new QMimeData;
        notPng->setData(u"image/png"_s, "this is not a picture");
        refused(notPng, u"not a PNG, JPEG, GIF or WebP image"_s);
        auto *huge = new QMimeData;
        huge->setData(u"image/png"_s, QByteArray(26 * 1024 * 1024, 'x'));
        refused(huge, u"the limit is 25 MiB"_s);
        auto *missing = new QMimeData;
        missing->setUrls({QUrl::fromLocalFile(m_dir.filePath(u"hero/missing.png"_s))});
        refused(missing, u"no such file"_s);
        auto *web = new QMimeData;
        web->setUrls({QUrl(u"https://example.com/a.png"_s)});
        refused(web, u"not a file on this computer"_s);
        QCOMPARE(edited.count(), 0);

        // Picture bytes from the clipboard.
        auto *bytes = new QMimeData;
        bytes->setData(u"image/png"_s, Testing::tinyPng());
        QApplication::clipboard()->setMimeData(bytes);
        editor.paste();
        QCOMPARE(editor.errorText(), QString());
        QCOMPARE(edited.count(), 1);
        QCOMPARE(editor.hero().data, Testing::tinyPng());
        QCOMPARE(editor.hero().mimeType, u"image/png"_s);

        // An image the platform decoded: stored as PNG.
        QImage red(12, 8, QImage::Format_RGB32);
        red.fill(Qt::red);
        QMimeData decoded;
        decoded.setImageData(red);
        QVERIFY(editor.loadMimeData(&decoded));
        QCOMPARE(editor.hero().mimeType, u"image/png"_s);
        QCOMPARE(QImage::fromData(editor.hero().data).size(), QSize(12, 8));

        // A file URL as text, as some file managers copy it.
        QMimeData fileText;
        fileText.setText(QUrl::fromLocalFile(png).toString());
        editor.setHero({});
        QVERIFY(editor.loadMimeData(&fileText));
        QCOMPARE(editor.hero().fileName, u"dot.png"_s);

        // Dropped from a file manager: a real drop event with text/uri-list.
        editor.setHero({});
        QMimeData dropped;
        dropped.setUrls({QUrl::fromLocalFile(png)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &dropped, Qt::LeftButton, {});
        QApplication::sendEvent(&editor, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &dropped, Qt::LeftButton, {});
        QApplication::sendEvent(&editor, &drop);
        QCOMPARE(editor.hero().fileName, u"dot.png"_s);
        QCOMPARE(editor.hero().data, Testing::tinyPng());

        // A bad drop shows why under the thumbnail and keeps the picture.
        QMimeData badDrop;
        badDrop.setData(u"image/png"_s, "garbage");
        QDragEnterEvent badEnter(QPoint(5, 5), Qt::CopyAction, &badDrop, Qt::LeftButton, {});
        QApplication::sendEvent(&editor, &badEnter);
        QVERIFY(badEnter.isAccepted());
        QDropEvent bad(QPointF(5, 5), Qt::CopyAction, &badDrop, Qt::LeftButton, {});
        QApplication::sendEvent(&editor, &bad);
        QVERIFY2(editor.errorText().contains(u"pasted picture"_s), qPrintable(editor.errorText()));
        QCOMPARE(editor.hero().data, Testing::tinyPng());
        QMimeData words;
        words.setText(u"words"_s);
        QVERIFY(!HeroImageEditor::canLoad(&words));
    }
};

QTEST_MAIN(tst_WritingAids)
#include "tst_writingaids.moc"
