// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "exportformat.h"
#include "exportoptions.h"
#include "pdfprogress.h"
#include "preflight.h"
#include "publicationprofile.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace Copydesk {

class ArticleSession;
class PdfExporter;
class Settings;

/// Exporting from the window: the File ▸ Export submenu for the open article (HTML, PDF,
/// Markdown, ninjs, Copydesk JSON) and Export Approved Articles for a batch. The bytes come
/// from the publishing library (ArticleExporter, PdfExporter) exactly as the command line's
/// export makes them, into DATE-SLUG files (ExportFormats::fileName()).
///
/// Everything runs on the GUI thread. A PDF is printed by Qt WebEngine while a local event
/// loop runs (PdfExporter, which renders and numbers on a worker thread), so the window stays
/// responsive; meanwhile isBusy() is true, the export actions are disabled and the cursor is
/// busy. A PDF export that lasts longer than PdfProgress::QuietMs shows a progress dialog with
/// the exporter's progress (a batch's dialog shows it under the article's line). The
/// single-article actions are disabled when no article is open.
class ExportController : public QObject
{
    Q_OBJECT
public:
    /// Asks where to write: a file path (suggested: the last folder used, else
    /// Settings::exportFolder(), joined with the DATE-SLUG name) or, for a batch, a folder
    /// (suggested: that folder). Returns an empty string when the user cancels. The default
    /// shows QFileDialog.
    using PathProvider = std::function<QString(const QString &suggested)>;
    /// Shown the preflight findings of the article about to be exported; true exports anyway.
    /// The default shows a message box listing them.
    using FindingsProvider
        = std::function<bool(const QString &headline, const QList<PreflightFinding> &findings)>;

    /// Asked whether to replace `path`, a file that exists and is not an earlier Copydesk export
    /// of the format (ExportDestination refused it with Error::Code::Exists); true replaces it.
    /// The default shows a question naming the file.
    using ReplaceProvider = std::function<bool(const QString &path)>;

    /// What a batch did.
    struct BatchReport
    {
        QStringList written; ///< The files written, in order.
        QStringList failures; ///< One sentence per article that failed (file and reason).
        int total = 0; ///< How many articles were to be exported.
        bool cancelled = false; ///< Stopped by the user before the last article.
        /// "3 articles exported to “/x”.", failures and cancellation added; translated.
        QString summary(const QString &folder) const;
    };

    /// Nothing is owned except the actions, menus and the PDF exporter it makes; the others
    /// must outlive the controller. Dialogs are parented to `window`.
    ExportController(
        ArticleStore *store, ArticleSession *session, Settings *settings, QWidget *window);
    ~ExportController() override;

    /// File ▸ Export: one action per format for the open article, then the batch submenu.
    QMenu *menu() const { return m_menu; }
    QAction *action(ExportFormat format) const { return m_actions.value(format); }
    /// HTML with Pictures Beside… (exportOpenArticle() with picturesBeside).
    QAction *picturesBesideAction() const { return m_besideAction; }
    /// Export Approved Articles ▸ `format`.
    QAction *batchAction(ExportFormat format) const { return m_batchActions.value(format); }
    bool isBusy() const { return m_busy; }

    void setFilePathProvider(PathProvider provider) { m_fileProvider = std::move(provider); }
    void setFolderProvider(PathProvider provider) { m_folderProvider = std::move(provider); }
    void setReplaceProvider(ReplaceProvider provider) { m_replaceProvider = std::move(provider); }
    void setFindingsProvider(FindingsProvider provider)
    {
        m_findingsProvider = std::move(provider);
    }

    /// What the menu does for the open article: stores pending edits, runs the preflight (the
    /// user may cancel), asks for the file, writes it. Success goes to message(), a failure to
    /// a message box naming the file and the reason. Does nothing when no article is open or
    /// an export is running.
    /// `picturesBeside` (HTML only): the hero and logo go into files beside the page, for
    /// publishing on the web (ArticleExporter::exportToFile(), as `copydesk export
    /// --pictures-beside`).
    void exportOpenArticle(ExportFormat format, bool picturesBeside = false);
    /// The open article as File ▸ Export ▸ PDF writes it (pending edits stored first, the same
    /// profile and options), for printing it. Busy meanwhile. Fails when no article is open,
    /// an export is running, or the store or the web engine fail.
    Result<QByteArray> openArticlePdf();
    /// What Export Approved Articles does: asks for the folder, then exportApproved() with a
    /// progress dialog; the summary goes to message(), and to a message box when some failed.
    void exportApprovedArticles(ExportFormat format);
    /// Writes every live approved article into `folder` (created if missing) as DATE-SLUG
    /// files, showing a progress dialog; cancelBatch() stops after the current file.
    BatchReport exportApproved(const QString &folder, ExportFormat format);
    /// Stops a running batch after the file being written; does nothing otherwise.
    void cancelBatch();

Q_SIGNALS:
    /// A short sentence for the status bar.
    void message(const QString &text);
    /// A file was written (single or batch).
    void fileExported(const QString &path);

private:
    void createActions();
    void updateActions();
    /// The article's bytes in `format`; PDF through the warm PdfExporter.
    Result<QByteArray> encode(const Article &article, const PublicationProfile &profile,
        ExportFormat format, const ExportOptions &options);
    /// The open article as stored (after storing pending edits); a new one not stored yet as
    /// the document holds it.
    Result<ArticleRecord> openRecord();
    QString startFolder() const;
    QString askFile(const QString &suggested, ExportFormat format) const;
    QString askFolder(const QString &suggested) const;
    /// Whether `path` may receive the export (ExportDestination), asking before replacing a file
    /// that is not an earlier export; shows why not otherwise.
    bool confirmDestination(const QString &path, ExportFormat format);
    bool confirmFindings(const QString &headline, const QList<PreflightFinding> &findings) const;
    void setBusy(bool busy);
    /// The exporter's progress in the progress dialog, when there is one.
    void showPdfProgress(const PdfProgress &progress);

    ArticleStore *m_store;
    ArticleSession *m_session;
    Settings *m_settings;
    QWidget *m_window;
    QMenu *m_menu;
    QMap<ExportFormat, QAction *> m_actions;
    QAction *m_besideAction = nullptr;
    QMap<ExportFormat, QAction *> m_batchActions;
    std::unique_ptr<PdfExporter> m_pdf;
    QPointer<QProgressDialog> m_progress;
    QString m_progressLabel; ///< The dialog's line above the PDF progress.
    bool m_batch = false; ///< The dialog counts articles, not percent.
    QString m_lastFolder;
    PathProvider m_fileProvider;
    PathProvider m_folderProvider;
    FindingsProvider m_findingsProvider;
    ReplaceProvider m_replaceProvider;
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace Copydesk
