// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "printcontroller.h"

#include "articleexporter.h"
#include "articlestore.h"
#include "cupsprinting.h"
#include "exportcontroller.h"
#include "exportformat.h"
#include "pdfexporter.h"
#include "pdfpagepainter.h"
#include "printeroptions.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>

namespace Copydesk {

namespace {

/// Whether `printer` records pages for QPrintPreviewWidget rather than printing them: the
/// preview lends its printer a picture engine while it asks for pages, and gives it back its
/// own (PDF, CUPS) when its Print button prints.
bool isPreviewing(QPrinter *printer)
{
    return printer->paintEngine() && printer->paintEngine()->type() == QPaintEngine::Picture;
}

} // namespace

PrintController::PrintController(ExportController *exporter, ArticleStore *store, QWidget *window)
    : QObject(window)
    , m_exporter(exporter)
    , m_store(store)
    , m_window(window)
    , m_print(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this))
    , m_preview(new QAction(
          QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print Pre&view…"), this))
    , m_progress(new QProgressBar(window))
{
    m_print->setShortcuts(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the open article"));
    m_preview->setStatusTip(tr("Show the open article's printed pages before printing"));
    connect(m_print, &QAction::triggered, this, &PrintController::showPrintDialog);
    connect(m_preview, &QAction::triggered, this, &PrintController::showPreview);
    // The export's PDF action says when an article can be exported, and so printed.
    QAction *pdf = m_exporter->action(ExportFormat::Pdf);
    connect(pdf, &QAction::changed, this, &PrintController::updateActions);
    connect(&m_job, &QFutureWatcher<Result<int>>::finished, this, &PrintController::jobEnded);

    m_progress->setRange(0, 0); // busy: a print server tells nothing of its progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(m_progress->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    m_progress->setAccessibleName(tr("Printing"));
    m_progress->setVisible(false);
    updateActions();
}

void PrintController::updateActions()
{
    const bool enabled = m_exporter->action(ExportFormat::Pdf)->isEnabled() && !isSending();
    m_print->setEnabled(enabled);
    m_preview->setEnabled(enabled);
}

void PrintController::setUp(QPrinter *printer) const
{
    const auto profile = m_store->publicationProfile();
    printer->setPageLayout(PdfExporter::pageLayout(profile ? *profile : PublicationProfile()));
    printer->setFullPage(true);
    printer->setDocName(tr("Article"));
}

Status PrintController::print(QPrinter *printer)
{
    if (isSending())
        return Error {tr("The article is still being sent to the printer “%1”.").arg(m_jobPrinter),
            Error::Code::Busy};
    const auto pdf = m_exporter->openArticlePdf();
    if (!pdf)
        return pdf.error();
    return print(printer, *pdf);
}

Status PrintController::print(QPrinter *printer, const QByteArray &pdf)
{
    if (isSending())
        return Error {tr("The article is still being sent to the printer “%1”.").arg(m_jobPrinter),
            Error::Code::Busy};
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        const auto chosen = PrinterOptions::pages(printer).select(pdf);
        if (!chosen)
            return chosen.error();
        return ArticleExporter::writeFile(printer->outputFileName(), *chosen);
    }
    // On Linux every printer of the print dialog is a CUPS queue (Qt prints through CUPS too).
    if (printer->outputFormat() == QPrinter::NativeFormat && !printer->printerName().isEmpty()) {
        m_jobPrinter = printer->printerName();
        m_job.setFuture(CupsPrinting::printInBackground(
            pdf, m_jobPrinter, printer->docName(), PrinterOptions::of(printer)));
        m_progress->setToolTip(tr("Sending the article to the printer “%1”…").arg(m_jobPrinter));
        m_progress->setVisible(true);
        updateActions();
        return Done {};
    }
    const auto pages = PdfPagePainter::pageCount(pdf);
    if (!pages)
        return pages.error();
    const QList<int> sequence = PrinterOptions::pages(printer).sequence(*pages);
    if (sequence.isEmpty())
        return Error {
            tr("The article has %n page(s); the pages chosen are not among them.", nullptr, *pages),
            Error::Code::InvalidInput};
    printer->setFullPage(true);
    return PdfPagePainter::paint(pdf, printer, sequence);
}

void PrintController::jobEnded()
{
    const Result<int> job = m_job.result();
    m_progress->setVisible(false);
    updateActions();
    if (!job) {
        reportFailure(job.error());
        Q_EMIT jobFailed(job.error().message);
        return;
    }
    Q_EMIT message(tr("Sent to the printer “%1”.").arg(m_jobPrinter));
    Q_EMIT jobSent(*job);
}

void PrintController::reportFailure(const Error &error)
{
    Q_EMIT message(tr("Printing failed."));
    // Not modal: the failure may arrive while the writer is typing.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Printing Failed"), error.message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void PrintController::printAndReport(QPrinter *printer, const QByteArray *pdf)
{
    Q_EMIT message(tr("Printing…"));
    if (const Status printed = pdf ? print(printer, *pdf) : print(printer); !printed) {
        reportFailure(printed.error());
        return;
    }
    if (isSending())
        Q_EMIT message(tr("Sending the article to the printer “%1”…").arg(m_jobPrinter));
    else if (printer->outputFormat() == QPrinter::PdfFormat)
        Q_EMIT message(tr("Printed to “%1”.").arg(printer->outputFileName()));
    else
        Q_EMIT message(tr("Printed."));
}

void PrintController::showPrintDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() == QDialog::Accepted)
        printAndReport(&printer);
}

void PrintController::showPreview()
{
    // Made once: the preview repaints on every zoom and page setup change.
    Q_EMIT message(tr("Preparing the print preview…"));
    const auto pdf = m_exporter->openArticlePdf();
    if (!pdf) {
        reportFailure(pdf.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    Error failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (!isPreviewing(target)) {
            // The preview's Print button, after its print dialog: printed as from File ▸ Print.
            printAndReport(target, &*pdf);
            return;
        }
        target->setFullPage(true);
        if (const Status painted = PdfPagePainter::paint(*pdf, target); !painted)
            failure = painted.error();
    });
    dialog.exec();
    if (!failure.message.isEmpty())
        reportFailure(failure);
}

} // namespace Copydesk
