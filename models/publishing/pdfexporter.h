// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "exportoptions.h"
#include "pdfmetadata.h"
#include "publicationprofile.h"
#include "result.h"

#include <QByteArray>
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
/// engine's start-up once. Needs a QGuiApplication (or QApplication) and must be used from its
/// thread; print() spins a local event loop while Chromium works, so the caller's other events
/// are delivered meanwhile. Scripts are disabled and nothing is stored on disk (an
/// off-the-record profile).
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
    static void prepareProcess();

    /// The page layout for the profile: its page size, portrait, the house style's margins
    /// (20 mm top, 18 mm sides, 22 mm bottom).
    static QPageLayout pageLayout(const PublicationProfile &profile);

    /// The longest article exportArticle() prints, in words (ArticleStats::wordCount()):
    /// about 450 A4 pages, some 20 s of Chromium's time on our 2-core machines. Far longer
    /// articles took minutes and could exhaust the renderer process.
    static constexpr int MaxWords = 250'000;

    /// `html` (a complete document) printed to PDF bytes, pages numbered, `metadata` in its
    /// document information (PdfMetadata; /Creator is always "Copydesk"). Fails
    /// (Error::Code::Generic) when the page cannot be loaded, Chromium returns no PDF, the page
    /// does not load or print within `timeoutMs` (each), or qpdf cannot number the pages.
    Result<QByteArray> print(const QByteArray &html, const PublicationProfile &profile,
        int timeoutMs = 60000, const PdfMetadata &metadata = {});

    /// Renders `article` with ArticleRenderer and prints it with PdfMetadata::of() its article
    /// (title, author, subject, keywords, language). An article of more than MaxWords
    /// is refused (Error::Code::InvalidInput) with its length and the limit.
    Result<QByteArray> exportArticle(const Article &article, const PublicationProfile &profile,
        const ExportOptions &options = {});

    /// exportArticle() written atomically to `path` (ArticleExporter::writeFile()): on failure
    /// no file is left and the Error says why.
    Status exportToFile(const Article &article, const PublicationProfile &profile,
        const QString &path, const ExportOptions &options = {});

private:
    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    QTemporaryDir m_directory;
    int m_loads = 0;
};

} // namespace Copydesk
