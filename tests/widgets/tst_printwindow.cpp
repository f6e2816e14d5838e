// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// File ▸ Print and Print Preview on the sample article: the pages are the PDF export's, page
// for page, whether printed to a PDF file or shown in the preview.

#include "exportcontroller.h"
#include "mainwindow.h"
#include "pdfpagepainter.h"
#include "poppler.h"
#include "printcontroller.h"
#include "settings.h"
#include "windowtesting.h"

#include <QAction>
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

class TestPrintWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_exportedPages = 0;

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
        QVERIFY(m_exportedPages >= 2);
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
