// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "exportoptions.h"
#include "pdfmetadata.h"
#include "pdfprogress.h"
#include "printpieces.h"
#include "publicationprofile.h"
#include "result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPageLayout>
#include <QTemporaryDir>

class QWebEnginePage;
class QWebEngineProfile;

namespace Copydesk {

/// PDF export: the publication's page (ArticleRenderer) printed by Qt WebEngine, so the PDF
/// looks like the preview. Page size from the profile (A4 or Letter), the house stylesheet's
/// print rules (@media print, @page margins); text stays text (selectable, fonts embedded as
/// subsets by Chromium).
///
/// Page numbers ("3 / 7", centred in the bottom margin) are laid over the printed pages
/// afterwards by PdfPageNumbers: Qt WebEngine 6.8 exposes no header/footer option for
/// printToPdf and its Chromium does not yet lay out CSS @page margin boxes; see docs/export.md.
///
/// One exporter keeps one web page (and its renderer process) warm, so a batch pays the
/// engine's start-up once; the engine starts when the exporter is made, so making it early
/// (before reading the article) lets Chromium start meanwhile. Needs a QGuiApplication (or
/// QApplication) and must be used from its thread; print() spins a local event loop while
/// Chromium works, and renders the HTML and numbers the pages on a worker thread, so the
/// caller's other events are delivered meanwhile (a window stays responsive). Scripts are
/// disabled and nothing is stored on disk (an off-the-record profile).
class PdfExporter : public QObject
{
    Q_OBJECT
public:
    explicit PdfExporter(QObject *parent = nullptr);
    ~PdfExporter() override;

    /// Prepares the process for a web engine with no display, before the QGuiApplication is
    /// constructed: the offscreen platform when neither DISPLAY nor WAYLAND_DISPLAY nor
    /// QT_QPA_PLATFORM is set, Chromium's --disable-gpu in that case, the Chromium sandbox off
    /// when running as root (Chromium refuses to start otherwise; the page is our own, scripts
    /// are off), and shared OpenGL contexts. Variables already set are respected.
    ///
    /// Renderer::InProcess also runs the page inside this process (Chromium's
    /// `--single-process`, its own log limited to fatal messages) instead of a renderer process of
    /// its own, which would load the engine's library a second time: half a second of a cold
    /// `copydesk export --format pdf` on our 2-core machines, and a third of a long export's time
    /// (docs/benchmarks.md). For a short-lived command only: Chromium offers the single process for
    /// debugging, a page that fails takes the whole process with it, and the page's memory is the
    /// process's.
    enum class Renderer
    {
        OwnProcess,
        InProcess
    };
    static void prepareProcess(Renderer renderer = Renderer::OwnProcess);

    /// The page layout for the profile: its page size, portrait, the house style's margins
    /// (20 mm top, 18 mm sides, 22 mm bottom).
    static QPageLayout pageLayout(const PublicationProfile &profile);

    /// `html` (a complete document) printed to PDF bytes, pages numbered, `metadata` in its
    /// document information (PdfMetadata; /Creator is always "Copydesk"). Fails
    /// (Error::Code::Generic) when the page cannot be loaded, Chromium returns no PDF, the page
    /// does not load or print within its time (timeFor() each), the renderer process dies, or
    /// qpdf cannot number the pages. Reports its progress (progress()) from Loading to Done.
    /// Not re-entrant: a call made while another one waits (from an event it delivered) fails.
    Result<QByteArray> print(const QByteArray &html, const PublicationProfile &profile,
        const PdfMetadata &metadata = {});

    /// How long loading, and then printing, a page of `htmlBytes` may take before print()
    /// gives up: a minute, and another minute for each MB (Chromium takes some 10 s a MB
    /// on our 2-core machines).
    static int timeFor(qsizetype htmlBytes);

    /// A page with more text than PrintPieces::minimumText() (two and a half times this, in
    /// bytes of UTF-8) is printed in pieces of about this much (PrintPieces), one after another
    /// by this exporter's page, and the pieces' PDFs joined before the pages are numbered. A
    /// piece continues the pages of the one before it where PieceJoin finds a page that begins
    /// with one of its blocks, and starts on a new page where it does not. Shorter pages are
    /// printed in one. Default PrintPieces::DefaultPieceText (1 MiB); tests set less to print
    /// small pages in pieces.
    void setPieceText(qsizetype characters);
    qsizetype pieceText() const;

    /// Renders `article` with ArticleRenderer and prints it with PdfMetadata::of() its article
    /// (title, author, subject, keywords, language). Reports its progress from Rendering on.
    /// Any length is printed; the time grows linearly with it (setPieceText(),
    /// docs/benchmarks.md).
    Result<QByteArray> exportArticle(const Article &article, const PublicationProfile &profile,
        const ExportOptions &options = {});

    /// exportArticle() written atomically to `path` (ArticleExporter::writeFile()): on failure
    /// no file is left and the Error says why.
    Status exportToFile(const Article &article, const PublicationProfile &profile,
        const QString &path, const ExportOptions &options = {});

    /// The process id of the renderer process that prints this exporter's pages
    /// (QWebEnginePage::renderProcessPid()); 0 while there is none.
    qint64 renderProcessId() const;

Q_SIGNALS:
    /// How far the running exportArticle() or print() has come; see PdfProgress. Emitted on
    /// the exporter's thread, between the events its local loop delivers.
    void progress(const Copydesk::PdfProgress &progress);

private:
    Result<QByteArray> printPage(
        const QByteArray &html, const PublicationProfile &profile, const PdfMetadata &metadata);
    /// Which piece of a page cut into pieces is printed (all 0 for a page printed in one), and
    /// the share of the page's text before it.
    struct PieceNumber
    {
        int piece = 0;
        int pieces = 0;
        double share = 0;
    };
    /// One document (a page or a piece of it) loaded and printed, its pages not numbered.
    Result<QByteArray> printPiece(
        const QByteArray &html, const QPageLayout &layout, const PieceNumber &number);
    void report(
        PdfProgress::Stage stage, int percent, int pages = 0, int piece = 0, int pieces = 0);

    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    QTemporaryDir m_directory;
    int m_loads = 0;
    QElapsedTimer m_clock; ///< Since the exporter was made, for the copydesk.pdf log.
    bool m_started = false; ///< The engine has loaded a page: the next export is warm.
    bool m_busy = false;
    int m_percent = 0;
    qsizetype m_pieceText = PrintPieces::DefaultPieceText;
};

} // namespace Copydesk
