// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Copy pasted or dropped onto a blank article in the real window: the structure is offered
// through the import preview and taken as one undo step; declined, one line, or an article with
// text in it, the paste is plain.
#include "articledocument.h"
#include "articleeditor.h"
#include "articlefilereader.h"
#include "importpreviewdialog.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "paragraphlineedit.h"
#include "settings.h"
#include "windowtesting.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

const QString Page = u"Ferry service to the island ends after 80 years\n\n"
                     "The operator says passenger numbers no longer cover the cost.\n\n"
                     "By Jane Doe and Tom Berg\n\n"
                     "PORTSEA — The last ferry to Hollow Island sails on 31 March, ending a "
                     "service that began in 1946.\n\n"
                     "Background\n\n"
                     "The crossing was subsidised by the county until last year, when the "
                     "council cut the grant that paid for the winter sailings.\n\n"
                     "Key Facts\n\n"
                     "- 80 years of service\n"
                     "- 3 sailings a day\n"_s;

} // namespace

class TestPastedCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void pasteOntoABlankArticleTakesItsStructure();
    void declinedStructurePastesTheText();
    void dropOntoABlankArticleTakesItsStructure();
    void noQuestionWhereThereIsNothingToStructure();
    void copyBeyondTheFileBoundIsNotRead();
    void previewListsWhatWasRecognised();

private:
    void openBlankArticle();
    ArticleDocument *document() const { return m_window->findChild<ArticleEditor *>()->document(); }
    static void setClipboard(const QString &text, const QString &html = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestPastedCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"copydeskrc"_s), nullptr);
    m_window = Testing::startedWindow(
        m_dir->filePath(u"paste.copydesk"_s), m_settings.get(), u"tester"_s);
}

void TestPastedCopy::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestPastedCopy::openBlankArticle()
{
    Q_EMIT m_window->libraryPanel()->newArticleRequested();
    QVERIFY(document()->article().isBlank());
    Testing::headlineEdit(m_window.get())->setFocus();
}

void TestPastedCopy::setClipboard(const QString &text, const QString &html)
{
    auto *copy = new QMimeData;
    copy->setText(text);
    if (!html.isEmpty())
        copy->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(copy);
}

void TestPastedCopy::pasteOntoABlankArticleTakesItsStructure()
{
    openBlankArticle();
    setClipboard(Page);
    bool seen = false;
    Testing::driveNextDialog<ImportPreviewDialog>(
        [](ImportPreviewDialog *preview) {
            QCOMPARE(preview->windowTitle(), u"Structure of the Pasted Text"_s);
            preview->buttons()->button(QDialogButtonBox::Ok)->click();
        },
        &seen);
    QTest::keyClick(Testing::headlineEdit(m_window.get()), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(seen);

    const Article &article = document()->article();
    QCOMPARE(article.headline, u"Ferry service to the island ends after 80 years"_s);
    QCOMPARE(article.dek, u"The operator says passenger numbers no longer cover the cost."_s);
    QCOMPARE(article.bylines.size(), 2);
    QCOMPARE(article.dateline, u"PORTSEA"_s);
    QVERIFY2(article.lede.startsWith(u"The last ferry"_s), qPrintable(article.lede));
    QCOMPARE(article.parts.size(), 2);
    QCOMPARE(article.parts.at(0).heading, u"Background"_s);
    QCOMPARE(article.parts.at(1).kind, ArticlePart::Kind::KeyFacts);
    QCOMPARE(article.parts.at(1).items.size(), 2);
    QCOMPARE(article.owner, u"tester"_s);
    // The headline field shows it, and the text was not also pasted into it.
    QCOMPARE(Testing::headlineEdit(m_window.get())->text(), article.headline);
    // Stored like any edit.
    QTRY_COMPARE(m_window->store()->list({}).value().size(), 1);
    QCOMPARE(m_window->store()->list({}).value().at(0).headline, article.headline);

    // One undo step puts the blank article back.
    document()->undoStack()->undo();
    QVERIFY(document()->article().isBlank());
}

void TestPastedCopy::declinedStructurePastesTheText()
{
    openBlankArticle();
    setClipboard(Page);
    bool seen = false;
    Testing::driveNextDialog<ImportPreviewDialog>(
        [](ImportPreviewDialog *preview) {
            QPushButton *asText = preview->buttons()->button(QDialogButtonBox::Cancel);
            QCOMPARE(asText->text(), u"Paste as &Text"_s);
            asText->click();
        },
        &seen);
    QTest::keyClick(Testing::headlineEdit(m_window.get()), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(seen);
    // The headline field takes the text as one paragraph, as it takes any paste.
    // Paragraphs are joined with one space.
    QVERIFY2(Testing::headlineEdit(m_window.get())
                 ->text()
                 .startsWith(u"Ferry service to the island ends after 80 years The operator"_s),
        qPrintable(Testing::headlineEdit(m_window.get())->text()));
    QVERIFY(document()->article().parts.isEmpty());
}

void TestPastedCopy::dropOntoABlankArticleTakesItsStructure()
{
    openBlankArticle();
    QMimeData copy;
    copy.setText(Page);
    copy.setHtml(u"<h1>Tram line opens</h1><p>The first trams ran on Sunday, on time.</p>"
                 "<h2>Key Facts</h2><ul></ul>"_s);
    bool seen = false;
    Testing::driveNextDialog<ImportPreviewDialog>(
        [](ImportPreviewDialog *preview) { preview->accept(); }, &seen);
    // As the window delivers a drag from another program: enter, move, drop on the field.
    QWidget *target = Testing::headlineEdit(m_window.get())->viewport();
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &copy, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(QPoint(6, 6), Qt::CopyAction, &copy, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(6, 6), Qt::CopyAction, &copy, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(seen);
    QVERIFY(drop.isAccepted());
    // The HTML wins over the plain text; the empty Key Facts list stays as an empty part.
    QCOMPARE(document()->article().headline, u"Tram line opens"_s);
    QCOMPARE(document()->article().parts.size(), 1);
    QCOMPARE(document()->article().parts.at(0).kind, ArticlePart::Kind::KeyFacts);
}

void TestPastedCopy::noQuestionWhereThereIsNothingToStructure()
{
    openBlankArticle();
    ParagraphLineEdit *headline = Testing::headlineEdit(m_window.get());
    // One line is typing, not copy.
    setClipboard(u"Ferry service ends"_s);
    QTest::keyClick(headline, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(headline->text(), u"Ferry service ends"_s);
    QVERIFY(!QApplication::activeModalWidget());
    // The article has text now: a page pasted into it is just pasted.
    setClipboard(Page);
    QTest::keyClick(headline, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY2(headline->text().startsWith(u"Ferry service endsFerry service to the island"_s),
        qPrintable(headline->text()));
    QVERIFY(document()->article().parts.isEmpty());
}

void TestPastedCopy::copyBeyondTheFileBoundIsNotRead()
{
    // More than a file may hold: no structure is read, the error names the copy.
    const QString huge = (u"A paragraph of pasted copy.\n\n"_s)
                             .repeated(int(ArticleFileReader::MaxBytes / 29 + 1));
    const auto read = ArticleFileReader::readCopy({}, huge, u"Pasted text"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::InvalidInput);
    QVERIFY2(read.error().message.startsWith(u"“Pasted text”: more than 64 MB"_s),
        qPrintable(read.error().message));
}

void TestPastedCopy::previewListsWhatWasRecognised()
{
    ImportReport page;
    page.add(u"Headline"_s, 1, u"Ferry service to the island ends"_s);
    page.add(u"Key Facts"_s, 0, {});
    page.notes << u"2 lines could not be placed"_s;
    ImportReport wire;
    wire.add(u"Lede"_s, 3, u"PORTSEA — The last ferry"_s);
    const auto rows = [](const QTreeWidgetItem *parent) {
        QStringList out;
        for (int i = 0; i < parent->childCount(); ++i) {
            const QTreeWidgetItem *row = parent->child(i);
            out << QStringList {row->text(0), row->text(1), row->text(2)}.join(u'|');
        }
        return out;
    };
    {
        // One file: its parts are the rows.
        ImportPreviewDialog preview({{u"page.html"_s, page}}, nullptr);
        QCOMPARE(rows(preview.tree()->invisibleRootItem()),
            (QStringList {
                u"Headline|1|Ferry service to the island ends"_s, u"Key Facts|empty|"_s}));
        const auto labels = preview.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
            [](const QLabel *label) { return label->text() == u"2 lines could not be placed"_s; }));
    }
    // Several files: one group each, and each note names its file.
    ImportPreviewDialog preview({{u"page.html"_s, page}, {u"wire.txt"_s, wire}}, nullptr);
    QTreeWidget *tree = preview.tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->text(0), u"wire.txt"_s);
    QCOMPARE(rows(tree->topLevelItem(1)), QStringList {u"Lede|3|PORTSEA — The last ferry"_s});
    const auto labels = preview.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text() == u"page.html: 2 lines could not be placed"_s;
    }));
    QVERIFY(preview.buttons()->button(QDialogButtonBox::Ok));
    QVERIFY(preview.buttons()->button(QDialogButtonBox::Cancel));
}

QTEST_MAIN(TestPastedCopy)
#include "tst_pastedcopy.moc"
