// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "exportcontroller.h"

#include "articledocument.h"
#include "articleexporter.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "exportdestination.h"
#include "libraryexport.h"
#include "pdfexporter.h"
#include "profilefields.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>

namespace Copydesk {

namespace {

/// " The publication profile is not set: …" after an export whose pages or ninjs carry the
/// default name; empty otherwise.
QString defaultProfileNote(ArticleStore *store, ExportFormat format)
{
    if (format == ExportFormat::Markdown || format == ExportFormat::Json)
        return {};
    const auto profile = store->publicationProfile();
    return profile && profile->hasDefaultName() ? QLatin1Char(' ') + ProfileFields::notSetNote()
            + QLatin1Char(' ') + ExportController::tr("Name it under File ▸ Settings.")
                                                : QString();
}

} // namespace

QString ExportController::BatchReport::summary(const QString &folder) const
{
    QString text = tr("%n article(s) exported to “%1”.", nullptr, int(written.size())).arg(folder);
    if (!failures.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n failed: %1", nullptr, int(failures.size()))
                  .arg(failures.join(QLatin1StringView("; ")));
    if (cancelled)
        text += QLatin1Char(' ')
            + tr("Cancelled; %n article(s) not exported.", nullptr,
                int(total - written.size() - failures.size()));
    return text;
}

ExportController::ExportController(
    ArticleStore *store, ArticleSession *session, Settings *settings, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_session(session)
    , m_settings(settings)
    , m_window(window)
    , m_menu(new QMenu(tr("E&xport"), window))
{
    createActions();
    connect(m_session, &ArticleSession::articleChanged, this, &ExportController::updateActions);
    updateActions();
}

ExportController::~ExportController() = default;

void ExportController::createActions()
{
    m_menu->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    const std::tuple<ExportFormat, QString, QString> formats[] = {
        {ExportFormat::Html, tr("&HTML…"), tr("HTML")},
        {ExportFormat::Pdf, tr("&PDF…"), tr("PDF")},
        {ExportFormat::Markdown, tr("&Markdown…"), tr("Markdown")},
        {ExportFormat::Ninjs, tr("&ninjs JSON…"), tr("ninjs JSON")},
        {ExportFormat::Json, tr("Copydesk &JSON…"), tr("Copydesk JSON")},
    };
    m_menu->menuAction()->setStatusTip(tr("Write the open article to a file"));
    for (const auto &[format, text, name] : formats) {
        QAction *action
            = m_menu->addAction(text, this, [this, f = format] { exportOpenArticle(f); });
        action->setStatusTip(tr("Export the open article as %1").arg(name));
        m_actions.insert(format, action);
    }
    m_actions.value(ExportFormat::Html)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // For the web: the page refers to its pictures instead of carrying them.
    m_besideAction = new QAction(tr("HTML with Pictures &Beside…"), this);
    m_besideAction->setStatusTip(tr("Export the open article as an HTML page for a website, its "
                                    "hero image and logo as files beside it"));
    connect(m_besideAction, &QAction::triggered, this,
        [this] { exportOpenArticle(ExportFormat::Html, true); });
    m_menu->insertAction(m_actions.value(ExportFormat::Pdf), m_besideAction);
    m_actions.value(ExportFormat::Pdf)
        ->setIcon(QIcon::fromTheme(QStringLiteral("application-pdf")));
    m_menu->addSeparator();
    QMenu *batch = m_menu->addMenu(tr("&Approved Articles"));
    batch->setToolTip(tr("Export every approved article into a folder"));
    batch->menuAction()->setStatusTip(batch->toolTip());
    for (const auto &[format, text, name] : formats) {
        QAction *action
            = batch->addAction(text, this, [this, f = format] { exportApprovedArticles(f); });
        action->setStatusTip(tr("Export every approved article as %1 into a folder").arg(name));
        m_batchActions.insert(format, action);
    }
}

void ExportController::updateActions()
{
    const bool open = m_session->isOpen();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(open && !m_busy);
    m_besideAction->setEnabled(open && !m_busy);
    for (QAction *action : std::as_const(m_batchActions))
        action->setEnabled(!m_busy);
}

void ExportController::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    updateActions();
}

Result<QByteArray> ExportController::encode(const Article &article,
    const PublicationProfile &profile, ExportFormat format, const ExportOptions &options)
{
    if (format != ExportFormat::Pdf)
        return ArticleExporter::encode(article, profile, format, options);
    if (!m_pdf) {
        m_pdf = std::make_unique<PdfExporter>();
        connect(m_pdf.get(), &PdfExporter::progress, this, &ExportController::showPdfProgress);
    }
    return m_pdf->exportArticle(article, profile, options);
}

void ExportController::showPdfProgress(const PdfProgress &progress)
{
    if (!m_progress)
        return;
    m_progress->setLabelText(m_progressLabel + QLatin1Char('\n') + progress.text());
    if (!m_batch)
        m_progress->setValue(progress.percent);
}

QString ExportController::startFolder() const
{
    if (!m_lastFolder.isEmpty())
        return m_lastFolder;
    const QString folder = m_settings->exportFolder();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : folder;
}

QString ExportController::askFile(const QString &suggested, ExportFormat format) const
{
    if (m_fileProvider)
        return m_fileProvider(suggested);
    const QString filter
        = tr("%1 files (*.%2)")
              .arg(ExportFormats::name(format).toUpper(), ExportFormats::extension(format));
    // ExportDestination decides what may be replaced, and asks itself (confirmDestination()).
    return QFileDialog::getSaveFileName(m_window, tr("Export Article"), suggested, filter, nullptr,
        QFileDialog::DontConfirmOverwrite);
}

bool ExportController::confirmDestination(const QString &path, ExportFormat format)
{
    Status allowed = ExportDestination::check(path, format, m_store->location());
    if (!allowed && allowed.error().code == Error::Code::Exists) {
        const bool replace = m_replaceProvider
            ? m_replaceProvider(path)
            : QMessageBox::question(m_window, tr("Replace File?"),
                  tr("“%1” already exists and is not a Copydesk %2 export. Replace it?")
                      .arg(QDir::toNativeSeparators(path), ExportFormats::name(format).toUpper()),
                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                == QMessageBox::Yes;
        if (!replace)
            return false;
        allowed = ExportDestination::check(
            path, format, m_store->location(), ExportDestination::Replace::Anything);
    }
    if (!allowed) {
        QMessageBox::warning(m_window, tr("Export Failed"), allowed.error().message);
        return false;
    }
    return true;
}

QString ExportController::askFolder(const QString &suggested) const
{
    if (m_folderProvider)
        return m_folderProvider(suggested);
    return QFileDialog::getExistingDirectory(
        m_window, tr("Export Approved Articles to Folder"), suggested);
}

bool ExportController::confirmFindings(
    const QString &headline, const QList<PreflightFinding> &findings) const
{
    if (m_findingsProvider)
        return m_findingsProvider(headline, findings);
    QStringList lines;
    for (const PreflightFinding &finding : findings)
        lines << Preflight::format(finding);
    QMessageBox box(QMessageBox::Warning, tr("Export Article"),
        tr("Preflight found %n problem(s) in “%1”.", nullptr, int(findings.size())).arg(headline),
        QMessageBox::Cancel, m_window);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *anyway = box.addButton(tr("Export &Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

Result<ArticleRecord> ExportController::openRecord()
{
    m_session->autosave()->saveNow();
    if (const qint64 id = m_session->articleId())
        return m_store->load(id);
    ArticleRecord record;
    record.article = m_session->document()->article();
    record.modified = QDateTime::currentDateTimeUtc();
    return record;
}

Result<QByteArray> ExportController::openArticlePdf()
{
    if (m_busy || !m_session->isOpen())
        return Error {tr("No article is open, or an export is running.")};
    const auto record = openRecord();
    if (!record)
        return record.error();
    const auto profile = m_store->publicationProfile();
    if (!profile)
        return profile.error();
    const auto options = LibraryExport::options(*m_store, *record, *profile);
    if (!options)
        return options.error();
    setBusy(true);
    auto pdf = encode(record->article, *profile, ExportFormat::Pdf, *options);
    setBusy(false);
    return pdf;
}

void ExportController::exportOpenArticle(ExportFormat format, bool picturesBeside)
{
    if (m_busy || !m_session->isOpen())
        return;
    auto opened = openRecord();
    if (!opened) {
        QMessageBox::warning(m_window, tr("Export Failed"), opened.error().message);
        return;
    }
    const ArticleRecord record = std::move(opened).value();
    const QList<PreflightFinding> findings = Preflight::check(record.article);
    if (!findings.isEmpty() && !confirmFindings(record.article.headline, findings))
        return;
    const QString suggested = QDir(startFolder())
                                  .filePath(ExportFormats::fileName(record.article.headline,
                                      record.article.published, record.modified, format));
    const QString path = askFile(suggested, format);
    if (path.isEmpty() || !confirmDestination(path, format))
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    const auto profile = m_store->publicationProfile();
    if (!profile) {
        QMessageBox::warning(m_window, tr("Export Failed"),
            tr("Could not export to “%1”: %2").arg(path, profile.error().message));
        return;
    }
    setBusy(true);
    if (format == ExportFormat::Pdf) {
        m_progressLabel = tr("Exporting “%1”…").arg(QFileInfo(path).fileName());
        Q_EMIT message(m_progressLabel);
        // Shown only when the export lasts: Qt's own timer shows it after the minimum duration.
        m_batch = false;
        m_progress = new QProgressDialog(m_progressLabel, QString(), 0, 100, m_window);
        m_progress->setWindowTitle(tr("Export PDF"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(PdfProgress::QuietMs);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setValue(0);
    }
    Status written = [&]() -> Status {
        auto options = LibraryExport::options(*m_store, record, *profile);
        if (!options)
            return options.error();
        if (picturesBeside && format == ExportFormat::Html) {
            options->picturesBeside = true;
            // A picture beside the page replaces any plain file of its name, never a library.
            return ArticleExporter::exportToFile(record.article, *profile, format, path, *options,
                [this, format](const QString &picture) {
                    return ExportDestination::check(
                        picture, format, m_store->location(), ExportDestination::Replace::Anything);
                });
        }
        const auto bytes = encode(record.article, *profile, format, *options);
        if (!bytes)
            return bytes.error();
        return ArticleExporter::writeFile(path, *bytes);
    }();
    if (m_progress)
        m_progress->deleteLater();
    m_progress.clear();
    setBusy(false);
    if (!written) {
        QMessageBox::warning(m_window, tr("Export Failed"),
            tr("Could not export to “%1”: %2").arg(path, written.error().message));
        return;
    }
    Q_EMIT message(tr("Exported to %1").arg(QDir::toNativeSeparators(path))
        + defaultProfileNote(m_store, format));
    Q_EMIT fileExported(path);
}

void ExportController::exportApprovedArticles(ExportFormat format)
{
    if (m_busy)
        return;
    m_session->autosave()->saveNow();
    const QString folder = askFolder(startFolder());
    if (folder.isEmpty())
        return;
    m_lastFolder = folder;
    const BatchReport report = exportApproved(folder, format);
    const QString summary = report.total == 0
        ? tr("No article is approved; nothing was exported.")
        : report.summary(QDir::toNativeSeparators(folder)) + defaultProfileNote(m_store, format);
    Q_EMIT message(summary);
    if (!report.failures.isEmpty())
        QMessageBox::warning(m_window, tr("Export Approved Articles"), summary);
}

ExportController::BatchReport ExportController::exportApproved(
    const QString &folder, ExportFormat format)
{
    BatchReport report;
    if (m_busy)
        return report;
    m_session->finishSaves(); // An article just left is exported as it was left.
    LibraryQuery query;
    query.statuses = {ArticleStatus::Approved};
    query.sort = SortKey::Published;
    query.order = Qt::AscendingOrder;
    const auto summaries = m_store->list(query);
    if (!summaries) {
        report.failures << summaries.error().message;
        return report;
    }
    report.total = int(summaries->size());
    if (report.total == 0)
        return report;
    if (!QDir().mkpath(folder)) {
        report.failures << tr("Cannot create the folder “%1”.").arg(folder);
        return report;
    }
    const auto profile = m_store->publicationProfile();
    if (!profile) {
        report.failures << profile.error().message;
        return report;
    }

    setBusy(true);
    m_cancelled = false;
    m_batch = true;
    m_progress = new QProgressDialog(
        tr("Exporting approved articles…"), tr("Cancel"), 0, report.total, m_window);
    m_progress->setWindowTitle(tr("Export Approved Articles"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancelBatch);
    m_progress->show();
    QSet<QString> used;
    for (int i = 0; i < report.total; ++i) {
        if (m_cancelled || (m_progress && m_progress->wasCanceled())) {
            report.cancelled = true;
            break;
        }
        const ArticleSummary &summary = summaries->at(i);
        m_progressLabel
            = tr("Exporting %1 of %2: %3")
                  .arg(QString::number(i + 1), QString::number(report.total), summary.headline);
        m_progress->setLabelText(m_progressLabel);
        m_progress->setValue(i);
        auto record = m_store->load(summary.id);
        if (!record) {
            report.failures << record.error().message;
            continue;
        }
        QString name = ExportFormats::fileName(
            record->article.headline, record->article.published, record->modified, format);
        if (used.contains(name)) { // Same day, same headline: tell them apart by id.
            const qsizetype dot = name.size() - ExportFormats::extension(format).size() - 1;
            name.insert(dot, QLatin1Char('-') + QString::number(record->id));
        }
        used.insert(name);
        const QString path = QDir(folder).filePath(name);
        // A batch never asks: only earlier exports are replaced, anything else is reported.
        if (Status allowed = ExportDestination::check(path, format, m_store->location());
            !allowed) {
            report.failures << allowed.error().message;
            continue;
        }
        const auto options = LibraryExport::options(*m_store, *record, *profile);
        const auto bytes = options ? encode(record->article, *profile, format, *options)
                                   : Result<QByteArray>(options.error());
        const Status written = bytes ? ArticleExporter::writeFile(path, *bytes) : bytes.error();
        if (!written) {
            report.failures << tr("“%1”: %2").arg(name, written.error().message);
            continue;
        }
        report.written << path;
        Q_EMIT fileExported(path);
        QCoreApplication::processEvents(); // Lets Cancel be clicked between files.
    }
    if (m_progress) {
        m_progress->setValue(report.total);
        m_progress->deleteLater();
    }
    setBusy(false);
    return report;
}

void ExportController::cancelBatch()
{
    if (m_busy)
        m_cancelled = true;
}

} // namespace Copydesk
