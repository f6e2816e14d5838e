// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QFutureWatcher>
#include <QObject>

class QAction;
class QPrinter;
class QProgressBar;
class QWidget;

namespace Copydesk {

class ArticleStore;
class ExportController;

/// File ▸ Print… and Print Preview… for the open article: the pages File ▸ Export ▸ PDF makes
/// (ExportController::openArticlePdf(), the publication's paper and margins, page numbers)
/// so paper, preview and PDF agree page for page.
///
/// What the print dialog chose is honoured on every path:
/// - To a printer: its CUPS queue receives the exported PDF itself (text stays text) with the
///   dialog's choices as job options (PrinterOptions), sent on a worker thread (CupsPrinting::
///   printInBackground()) so that a slow or unreachable print server never freezes the window.
///   Meanwhile progress() shows in the status bar and the print actions wait; the end is told
///   in the status bar, a failure also in a message box naming the printer and the reason. A
///   window closed meanwhile does not wait: the job holds copies only and ends by itself.
/// - To a PDF file: the file holds exactly the pages chosen, as many copies as chosen, collated
///   or not, in the order chosen (PrinterOptions::pages(), PrintedPages), as print-to-file does
///   in other applications; text stays text.
/// - Anything else (the preview's own pages) gets the chosen pages painted (PdfPagePainter).
/// The preview's Print button goes through the same paths.
///
/// The actions are enabled while the export's single-article actions are (an article is open,
/// no export running) and no job is being sent.
class PrintController : public QObject
{
    Q_OBJECT
public:
    /// `exporter` and `store` must outlive the controller; dialogs are parented to `window`.
    PrintController(ExportController *exporter, ArticleStore *store, QWidget *window);

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    /// A busy indicator for the status bar, visible while a job is being sent.
    QProgressBar *progress() const { return m_progress; }
    /// Whether a job is on its way to a print server.
    bool isSending() const { return m_job.isRunning(); }

    /// Prints the open article on `printer` as it is set up (paper, range, copies, file,
    /// printer). For a printer it returns once the job is on its way (isSending()); jobSent()
    /// or jobFailed() tell the end. Fails at once when no article is open, the PDF cannot be
    /// made, the pages chosen are not in it, the file cannot be written, the pages cannot be
    /// painted, or a job is still being sent.
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
    /// The print server took job `job` that print() sent.
    void jobSent(int job);
    /// A job print() sent did not reach the printer; `message` names it and says why.
    void jobFailed(const QString &message);

private:
    Status print(QPrinter *printer, const QByteArray &pdf);
    /// print(), then the status bar (and a message box on failure) say how it went.
    void printAndReport(QPrinter *printer, const QByteArray *pdf = nullptr);
    void jobEnded();
    void updateActions();
    void reportFailure(const Error &error);

    ExportController *m_exporter;
    ArticleStore *m_store;
    QWidget *m_window;
    QAction *m_print;
    QAction *m_preview;
    QProgressBar *m_progress;
    QFutureWatcher<Result<int>> m_job;
    QString m_jobPrinter;
};

} // namespace Copydesk
