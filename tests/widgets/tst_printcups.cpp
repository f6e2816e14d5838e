// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// File ▸ Print to a printer: the exported PDF itself reaches a real CUPS scheduler (cupsd of
// the test's own, its queue printing to a file through cups-filters' pdftopdf), text as text
// and fonts embedded, with the dialog's choices as the job's options, from the print dialog
// and from the preview's Print button; a queue that refuses the job or is gone gives a message
// that names it. The job is sent on a worker thread: a print server that does not answer
// leaves the window responsive, and the window may close meanwhile.

#include "cupstestserver.h"
#include "exportcontroller.h"
#include "mainwindow.h"
#include "pdfpagepainter.h"
#include "poppler.h"
#include "printcontroller.h"
#include "settings.h"
#include "windowtesting.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintEngine>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <cups/cups.h>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch pages
        = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(poppler(u"pdfinfo"_s, {pdf}));
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

/// The text of the message box the window shows last; empty when none is open. Closes it.
QString takeMessageBox(QWidget *window)
{
    const QList<QMessageBox *> boxes = window->findChildren<QMessageBox *>();
    if (boxes.isEmpty())
        return {};
    QMessageBox *box = boxes.constLast();
    const QString text = box->text();
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

/// A print server that takes connections and never answers, until close().
class SilentServer
{
public:
    explicit SilentServer(const QString &path)
    {
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        m_server.listen(path);
        QObject::connect(&m_server, &QLocalServer::newConnection, &m_server, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection())
                m_clients.append(client);
        });
    }
    bool isListening() const { return m_server.isListening(); }
    qsizetype connections() const { return m_clients.size(); }
    void close()
    {
        m_server.close();
        for (QLocalSocket *client : std::as_const(m_clients))
            client->abort();
    }

private:
    QLocalServer m_server;
    QList<QLocalSocket *> m_clients;
};

} // namespace

class TestPrintCups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CupsTestServer> m_cups;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_exportedPages = 0;

    /// Prints on `printer` and waits for the job to fail; its message (also the message box's).
    QString failure(QPrinter *printer)
    {
        QSignalSpy failed(m_window->printer(), &PrintController::jobFailed);
        const Status started = m_window->printer()->print(printer);
        if (!started)
            return started.error().message;
        if (!failed.wait(30000) && failed.isEmpty())
            return u"(no failure)"_s;
        const QString message = failed.first().first().toString();
        const QString shown = takeMessageBox(m_window.get());
        return shown == message ? message : u"(the message box said “%1”)"_s.arg(shown);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
            QFAIL("pdffonts is missing (poppler-utils)");
        // Before anything asks CUPS for its printers: the scheduler is this test's.
        m_cups = std::make_unique<CupsTestServer>();
        const QString started = m_cups->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString added = m_cups->addQueue(u"newsroom"_s);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        const QString chosen = m_cups->administer(u"/usr/sbin/lpadmin"_s, {u"-d"_s, u"newsroom"_s});
        QVERIFY2(chosen.isEmpty(), qPrintable(chosen));
        QVERIFY(QPrinterInfo::availablePrinterNames().contains(u"newsroom"_s));
    }

    void cleanupTestCase() { m_cups.reset(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"copydeskrc"_s), nullptr);
        m_window
            = startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(), u"ann"_s);
        const auto id = m_window->addSampleArticle();
        QVERIFY(id);
        QTRY_COMPARE(m_window->shownArticle(), *id);
        const auto exported = m_window->exporter()->openArticlePdf();
        QVERIFY(exported);
        m_exportedPages = *PdfPagePainter::pageCount(*exported);
        QVERIFY(m_exportedPages >= 3);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void printerReceivesThePdfWithTheDialogsChoices()
    {
        QPrinter printer(QPrinter::HighResolution);
        m_window->printer()->setUp(&printer);
        printer.setPrinterName(u"newsroom"_s);
        QCOMPARE(printer.outputFormat(), QPrinter::NativeFormat);
        printer.setCopyCount(2);
        printer.setCollateCopies(true);
        printer.setFromTo(2, 3);
        printer.setPrintRange(QPrinter::PageRange);
        printer.setDuplex(QPrinter::DuplexLongSide);
        printer.setColorMode(QPrinter::GrayScale);
        // What Qt's print dialog keeps for CUPS itself (Properties, page set…) goes along.
        printer.printEngine()->setProperty(
            QPrintEngine::PrintEnginePropertyKey(0xfe00), QStringList {u"job-priority"_s, u"77"_s});

        QSignalSpy sent(m_window->printer(), &PrintController::jobSent);
        const Status printed = m_window->printer()->print(&printer);
        QVERIFY2(printed.ok(), printed.ok() ? "" : qPrintable(printed.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 30000);
        const int job = sent.first().first().toInt();
        QCOMPARE(job, m_cups->lastJob());
        QCOMPARE(m_cups->waitForJob(job), u"completed"_s);

        const QMap<QString, QString> attributes = m_cups->jobAttributes(job);
        QCOMPARE(attributes.value(u"copies"_s), u"2"_s);
        QCOMPARE(attributes.value(u"multiple-document-handling"_s),
            u"separate-documents-collated-copies"_s);
        QCOMPARE(attributes.value(u"page-ranges"_s), u"2-3"_s);
        QCOMPARE(attributes.value(u"sides"_s), u"two-sided-long-edge"_s);
        QCOMPARE(attributes.value(u"print-color-mode"_s), u"monochrome"_s);
        QCOMPARE(attributes.value(u"job-priority"_s), u"77"_s);
        QCOMPARE(attributes.value(u"job-name"_s), u"Article"_s);
        QCOMPARE(attributes.value(u"document-format-supplied"_s), u"application/pdf"_s);

        // The printer's driver made pages 2 and 3, twice, from the PDF: text and fonts kept.
        const QString output = m_cups->outputPath(u"newsroom"_s);
        QCOMPARE(pageCount(output), 4);
        const QString text = poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, output, u"-"_s});
        QVERIFY2(!text.simplified().isEmpty(), "the printed pages hold no text");
        const QString exported = m_dir->filePath(u"exported.pdf"_s);
        {
            QFile file(exported);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(*m_window->exporter()->openArticlePdf());
        }
        const QString page2 = poppler(u"pdftotext"_s,
            {u"-enc"_s, u"UTF-8"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, exported, u"-"_s})
                                  .simplified()
                                  .left(60);
        QVERIFY(!page2.isEmpty());
        QCOMPARE(text.simplified().count(page2), 2);
        const QString fonts = poppler(u"pdffonts"_s, {output});
        const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!rows.isEmpty(), qPrintable(fonts));
        for (const QString &row : rows) // name type encoding emb sub uni object ID
            QVERIFY2(row.contains(
                         QRegularExpression(u"\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"_s)),
                qPrintable(u"font not embedded: "_s + row));
    }

    void theDialogSendsAllPagesToTheChosenPrinter()
    {
        QFile::remove(m_cups->outputPath(u"newsroom"_s));
        QSignalSpy messages(m_window->printer(), &PrintController::message);
        bool seen = false;
        driveNextDialog<QPrintDialog>(
            [](QPrintDialog *dialog) {
                QCOMPARE(dialog->printer()->printerName(), u"newsroom"_s);
                dialog->accept();
            },
            &seen);
        m_window->printer()->printAction()->trigger();
        QVERIFY(seen);
        QTRY_COMPARE_WITH_TIMEOUT(
            messages.constLast().first().toString(), u"Sent to the printer “newsroom”."_s, 30000);
        QCOMPARE(m_cups->waitForJob(m_cups->lastJob()), u"completed"_s);
        QCOMPARE(pageCount(m_cups->outputPath(u"newsroom"_s)), m_exportedPages);
    }

    void aQueueThatRefusesOrIsGoneIsNamed()
    {
        QVERIFY(m_cups->addQueue(u"closed"_s).isEmpty());
        QString refused = m_cups->administer(u"/usr/sbin/cupsreject"_s, {u"closed"_s});
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        QPrinter printer;
        m_window->printer()->setUp(&printer);
        printer.setPrinterName(u"closed"_s);
        const QString closed = failure(&printer);
        QVERIFY2(closed.contains(u"“closed”"_s), qPrintable(closed));
        QVERIFY2(closed.contains(u"not accepting jobs"_s), qPrintable(closed));

        QVERIFY(m_cups->administer(u"/usr/sbin/lpadmin"_s, {u"-x"_s, u"closed"_s}).isEmpty());
        QCOMPARE(failure(&printer),
            u"The printer “closed” did not take the article: the print server has no such printer."_s);
        QVERIFY(!QFile::exists(m_cups->outputPath(u"closed"_s)));
    }

    void anUnreachablePrintServerIsNamed()
    {
        QPrinter printer;
        m_window->printer()->setUp(&printer);
        printer.setPrinterName(u"newsroom"_s);
        const QString nowhere = m_dir->filePath(u"no-cupsd.sock"_s);
        cupsSetServer(QFile::encodeName(nowhere).constData());
        const QString unreachable = failure(&printer);
        cupsSetServer(QFile::encodeName(m_cups->socket()).constData());
        // The system's own reason: no socket there.
        QCOMPARE(unreachable,
            u"The printer “newsroom” did not take the article: the print server “%1” "
            "cannot be reached (%2)."_s.arg(nowhere, QString::fromLocal8Bit(strerror(ENOENT))));
    }

    void thePreviewPrintsTheChosenPages()
    {
        // Print Preview ▸ Print with pages 2 to 3 chosen: the queue gets the PDF itself and
        // prints those two pages (the preview paints page images only for itself).
        QFile::remove(m_cups->outputPath(u"newsroom"_s));
        QSignalSpy sent(m_window->printer(), &PrintController::jobSent);
        QVERIFY(printFromPreview(m_window.get(), [](QPrinter *printer) {
            printer->setPrinterName(u"newsroom"_s);
            printer->setFromTo(2, 3);
            printer->setPrintRange(QPrinter::PageRange);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 30000);
        const int job = sent.first().first().toInt();
        QCOMPARE(m_cups->waitForJob(job), u"completed"_s);
        QCOMPARE(m_cups->jobAttributes(job).value(u"page-ranges"_s), u"2-3"_s);
        QCOMPARE(pageCount(m_cups->outputPath(u"newsroom"_s)), 2);
        const QString text = poppler(
            u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, m_cups->outputPath(u"newsroom"_s), u"-"_s});
        QVERIFY2(!text.simplified().isEmpty(), "the printed pages hold no text");
    }

    void aSilentPrintServerLeavesTheWindowResponsive()
    {
        // A server that takes the connection and never answers: the window goes on (a timer
        // keeps firing, the editor takes keys), the status bar shows the job, the print actions
        // wait; when the server goes, the job fails with a message naming the printer.
        const QString path = m_dir->filePath(u"silent.sock"_s);
        SilentServer silent(path);
        QVERIFY(silent.isListening());
        PrintController *controller = m_window->printer();
        QSignalSpy failed(controller, &PrintController::jobFailed);
        QPrinter printer;
        controller->setUp(&printer);
        printer.setPrinterName(u"newsroom"_s);
        cupsSetServer(QFile::encodeName(path).constData());
        const Status started = controller->print(&printer);
        cupsSetServer(QFile::encodeName(m_cups->socket()).constData());
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        QTRY_VERIFY(silent.connections() > 0);
        QElapsedTimer waited;
        waited.start();
        QTest::qWait(1500);
        QVERIFY(controller->isSending());
        QVERIFY2(ticks >= 25, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(waited.elapsed())));
        QVERIFY(controller->progress()->isVisible());
        QVERIFY(!controller->printAction()->isEnabled());
        QCOMPARE(failed.size(), 0);
        // A second job waits for the first.
        const Status second = controller->print(&printer);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().message,
            u"The article is still being sent to the printer “newsroom”."_s);

        silent.close();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        const QString message = failed.first().first().toString();
        QCOMPARE(message,
            u"The printer “newsroom” did not take the article: the print server “%1” cannot be "
            "reached (%2)."_s.arg(path, QString::fromLocal8Bit(strerror(ENOENT))));
        QCOMPARE(takeMessageBox(m_window.get()), message);
        QVERIFY(!controller->isSending());
        QVERIFY(!controller->progress()->isVisible());
        QVERIFY(controller->printAction()->isEnabled());
    }

    void theWindowMayCloseWhileAJobIsSent()
    {
        const QString path = m_dir->filePath(u"silent.sock"_s);
        SilentServer silent(path);
        QPrinter printer;
        m_window->printer()->setUp(&printer);
        printer.setPrinterName(u"newsroom"_s);
        cupsSetServer(QFile::encodeName(path).constData());
        QVERIFY(m_window->printer()->print(&printer).ok());
        cupsSetServer(QFile::encodeName(m_cups->socket()).constData());
        QTRY_VERIFY(silent.connections() > 0);
        m_window.reset(); // the job goes on with its own copies
        QTest::qWait(200);
        silent.close();
        // The job ends by itself; then the next window prints as before.
        m_window
            = startedWindow(m_dir->filePath(u"library.copydesk"_s), m_settings.get(), u"ann"_s);
        QVERIFY(m_window->addSampleArticle());
        QTRY_VERIFY(m_window->shownArticle() > 0);
        QSignalSpy sent(m_window->printer(), &PrintController::jobSent);
        QVERIFY(m_window->printer()->print(&printer).ok());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 30000);
    }
};

QTEST_MAIN(TestPrintCups)
#include "tst_printcups.moc"
