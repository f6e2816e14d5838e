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
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Copydesk {

PrintController::PrintController(ExportController *exporter, ArticleStore *store, QWidget *window)
    : QObject(window)
    , m_exporter(exporter)
    , m_store(store)
    , m_window(window)
    , m_print(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this))
    , m_preview(new QAction(
          QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print Pre&view…"), this))
{
    m_print->setShortcuts(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the open article"));
    m_preview->setStatusTip(tr("Show the open article's printed pages before printing"));
    connect(m_print, &QAction::triggered, this, &PrintController::showPrintDialog);
    connect(m_preview, &QAction::triggered, this, &PrintController::showPreview);
    // The export's PDF action says when an article can be exported, and so printed.
    QAction *pdf = m_exporter->action(ExportFormat::Pdf);
    connect(pdf, &QAction::changed, this, &PrintController::updateActions);
    updateActions();
}

void PrintController::updateActions()
{
    const bool enabled = m_exporter->action(ExportFormat::Pdf)->isEnabled();
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
    const auto pdf = m_exporter->openArticlePdf();
    if (!pdf)
        return pdf.error();
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty())
        return ArticleExporter::writeFile(printer->outputFileName(), *pdf);
    // On Linux every printer of the print dialog is a CUPS queue (Qt prints through CUPS too).
    if (printer->outputFormat() == QPrinter::NativeFormat && !printer->printerName().isEmpty()) {
        const auto job = CupsPrinting::print(
            *pdf, printer->printerName(), printer->docName(), PrinterOptions::of(printer));
        if (!job)
            return job.error();
        return Done {};
    }
    printer->setFullPage(true);
    return PdfPagePainter::paint(*pdf, printer);
}

void PrintController::reportFailure(const Error &error)
{
    Q_EMIT message(tr("Printing failed."));
    QMessageBox::warning(m_window, tr("Printing Failed"), error.message);
}

void PrintController::showPrintDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT message(tr("Printing…"));
    if (const Status printed = print(&printer); !printed) {
        reportFailure(printed.error());
        return;
    }
    if (printer.outputFormat() == QPrinter::NativeFormat)
        Q_EMIT message(tr("Sent to the printer “%1”.").arg(printer.printerName()));
    else
        Q_EMIT message(tr("Printed to “%1”.").arg(printer.outputFileName()));
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
        target->setFullPage(true);
        if (const Status painted = PdfPagePainter::paint(*pdf, target); !painted)
            failure = painted.error();
    });
    dialog.exec();
    if (!failure.message.isEmpty())
        reportFailure(failure);
}

} // namespace Copydesk
