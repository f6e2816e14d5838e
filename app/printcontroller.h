// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QObject>

class QAction;
class QPrinter;
class QWidget;

namespace Copydesk {

class ArticleStore;
class ExportController;

/// File ▸ Print… and Print Preview… for the open article: the pages File ▸ Export ▸ PDF makes
/// (ExportController::openArticlePdf(), the publication's paper and margins, page numbers)
/// so paper, preview and PDF agree page for page. Printing to a PDF file writes the exported PDF
/// itself; printing to a printer hands that PDF to its CUPS queue (CupsPrinting) with the
/// dialog's choices (PrinterOptions), so text stays text there too. Only other devices (the
/// preview) get the pages painted (PdfPagePainter).
///
/// The actions are enabled while the export's single-article actions are (an article is open,
/// no export running).
class PrintController : public QObject
{
    Q_OBJECT
public:
    /// `exporter` and `store` must outlive the controller; dialogs are parented to `window`.
    PrintController(ExportController *exporter, ArticleStore *store, QWidget *window);

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }

    /// Prints the open article on `printer` as it is set up (paper, copies, file, printer).
    /// Fails when no article is open, the PDF cannot be made, written or painted, or the
    /// printer's queue does not take the job (the message names the printer and the reason).
    Status print(QPrinter *printer);
    /// Sets `printer` to the publication's paper (PdfExporter::pageLayout()) and to paint on
    /// the full page, which the PDF's pages fill with their own margins.
    void setUp(QPrinter *printer) const;
    /// Asks for the printer (QPrintDialog), then prints.
    void showPrintDialog();
    /// Shows the pages as they print (QPrintPreviewDialog), with its own Print button.
    void showPreview();

Q_SIGNALS:
    /// A short sentence for the status bar.
    void message(const QString &text);

private:
    void updateActions();
    void reportFailure(const Error &error);

    ExportController *m_exporter;
    ArticleStore *m_store;
    QWidget *m_window;
    QAction *m_print;
    QAction *m_preview;
};

} // namespace Copydesk
