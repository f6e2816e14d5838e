// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// File ▸ Print and Print Preview on the sample article: the pages are the PDF export's, page
// for page, whether printed to a PDF file or shown in the preview. A PDF file holds exactly the
// pages the dialog chose (range, copies collated or not, last page first), also when printed
// from the preview's Print button.

#include "exportcontroller.h"
#include "mainwindow.h"
#include "pdfpagepainter.h"
#include "poppler.h"
#include "printcontroller.h"
#include "settings.h"
#include "windowtesting.h"

#include <QAction>
#include <QPageRanges>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// The text of each page of the PDF at `path` (pdftotext's pages), simplified.
QStringList pageTexts(const QString &path)
{
    QStringList pages = poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

struct Choices
{
    QString ranges;
    int copies = 1;
    bool collate = true;
    bool lastPageFirst = false;
};

void toFile(QPrinter *printer, const QString &path)
{
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
}

void choose(QPrinter *printer, const Choices &choices)
{
    if (!choices.ranges.isEmpty()) {
        printer->setPageRanges(QPageRanges::fromString(choices.ranges));
        printer->setPrintRange(QPrinter::PageRange);
    }
    printer->setCopyCount(choices.copies);
    printer->setCollateCopies(choices.collate);
    printer->setPageOrder(
        choices.lastPageFirst ? QPrinter::LastPageFirst : QPrinter::FirstPageFirst);
}

} // namespace

Q_DECLARE_METATYPE(Choices)

class TestPrintWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_exportedPages = 0;
    QStringList m_exportedTexts; ///< Each exported page's text.

    /// The exported pages' texts in the order `pages` (numbered from 1) lists them.
    QStringList exported(const QList<int> &pages) const
    {
        QStringList texts;
        for (int page : pages)
            texts.append(m_exportedTexts.value(page - 1));
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext is missing (poppler-utils)");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"copydeskrc"_s), nullptr);
        m_window
            = startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(), u"ann"_s);
        QVERIFY(!m_window->printer()->printAction()->isEnabled());
        const auto id = m_window->addSampleArticle();
        QVERIFY(id);
        QTRY_COMPARE(m_window->shownArticle(), *id);
        QVERIFY(m_window->printer()->printAction()->isEnabled());
        const auto exported = m_window->exporter()->openArticlePdf();
        QVERIFY(exported);
        m_exportedPages = *PdfPagePainter::pageCount(*exported);
        QVERIFY(m_exportedPages >= 3);
        QFile file(m_dir->filePath(u"exported.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*exported);
        file.close();
        m_exportedTexts = pageTexts(file.fileName());
        QCOMPARE(m_exportedTexts.size(), m_exportedPages);
        QCOMPARE(m_exportedTexts.removeDuplicates(), 0); // the pages tell apart
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void printsToAPdfFile()
    {
        QCOMPARE(m_window->printer()->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QPrinter printer;
        m_window->printer()->setUp(&printer);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir->filePath(u"printed.pdf"_s);
        printer.setOutputFileName(path);
        const Status printed = m_window->printer()->print(&printer);
        QVERIFY2(printed.ok(), printed.ok() ? "" : qPrintable(printed.error().message));

        const QString info = poppler(u"pdfinfo"_s, {path});
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QCOMPARE(pages.captured(1).toInt(), m_exportedPages);
        const QString text
            = poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}).simplified();
        QVERIFY2(text.contains(u"harbour ferry returns"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Do I need a special ticket?"_s)); // the FAQ, near the end
    }

    void aFileHoldsExactlyThePagesChosen_data()
    {
        QTest::addColumn<Choices>("choices");
        QTest::addColumn<QList<int>>("pages");
        QTest::newRow("pages 2-3") << Choices {u"2-3"_s} << QList<int> {2, 3};
        QTest::newRow("pages 1 and 3") << Choices {u"1,3"_s} << QList<int> {1, 3};
        QTest::newRow("2 collated copies of pages 1-2")
            << Choices {u"1-2"_s, 2} << QList<int> {1, 2, 1, 2};
        QTest::newRow("2 uncollated copies of pages 1-2")
            << Choices {u"1-2"_s, 2, false} << QList<int> {1, 1, 2, 2};
        QTest::newRow("pages 1-3, last page first")
            << Choices {u"1-3"_s, 1, true, true} << QList<int> {3, 2, 1};
        QTest::newRow("page 2 and beyond the end") << Choices {u"2,90-99"_s} << QList<int> {2};
    }

    void aFileHoldsExactlyThePagesChosen()
    {
        QFETCH(Choices, choices);
        QFETCH(QList<int>, pages);
        QPrinter printer;
        m_window->printer()->setUp(&printer);
        const QString path = m_dir->filePath(u"chosen.pdf"_s);
        toFile(&printer, path);
        choose(&printer, choices);
        const Status printed = m_window->printer()->print(&printer);
        QVERIFY2(printed.ok(), printed.ok() ? "" : qPrintable(printed.error().message));
        QCOMPARE(pageTexts(path), exported(pages));
        QVERIFY(poppler(u"pdfinfo"_s, {path})
                .contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(pages.size()))));
    }

    void pagesBeyondTheArticleAreRefused()
    {
        QPrinter printer;
        m_window->printer()->setUp(&printer);
        const QString path = m_dir->filePath(u"none.pdf"_s);
        toFile(&printer, path);
        choose(&printer, {u"90-99"_s});
        const Status printed = m_window->printer()->print(&printer);
        QVERIFY(!printed.ok());
        QCOMPARE(printed.error().message,
            u"The article has %1 page(s); pages 90-99 are not among them."_s.arg(m_exportedPages));
        QVERIFY(!QFile::exists(path));
    }

    void thePreviewPrintsTheChosenPagesToAFile()
    {
        // Print Preview ▸ Print, its print dialog set to a PDF file, pages 2-3, two uncollated
        // copies: the file holds those, as text (the preview's page images are its own).
        const QString path = m_dir->filePath(u"from-preview.pdf"_s);
        QVERIFY(printFromPreview(m_window.get(), [path](QPrinter *printer) {
            toFile(printer, path);
            choose(printer, {u"2-3"_s, 2, false});
        }));
        QCOMPARE(pageTexts(path), exported({2, 2, 3, 3}));
    }

    void previewShowsTheExportedPages()
    {
        int previewPages = -1;
        bool painted = false;
        // The dialog appears once the PDF is made, which runs an event loop of its own.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            QTRY_VERIFY(preview->pageCount() > 0);
            previewPages = preview->pageCount();
            painted = true;
            dialog->reject();
        });
        poll.start(50);
        m_window->printer()->previewAction()->trigger();
        QVERIFY(painted);
        QCOMPARE(previewPages, m_exportedPages);
    }
};

QTEST_MAIN(TestPrintWindow)
#include "tst_printwindow.moc"
