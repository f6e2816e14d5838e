// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// import and export: articles in and out of the library as files.
#include "articleexporter.h"
#include "articlefilereader.h"
#include "articlejson.h"
#include "articlemarkdown.h"
#include "clicommands.h"
#include "clicontext.h"
#include "clifilters.h"
#include "cliprogress.h"
#include "exportdestination.h"
#include "exportformat.h"
#include "housetemplates.h"
#include "libraryexport.h"
#include "mastheadprofile.h"
#include "pdfexporter.h"
#include "preflight.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSet>
#include <memory>

namespace Copydesk {

namespace {

/// DATE-SLUG.EXT (ExportFormats::fileName()).
QString fileNameFor(const ArticleRecord &record, ExportFormat format)
{
    return ExportFormats::fileName(
        record.article.headline, record.article.published, record.modified, format);
}

/// Prints the preflight findings of every article; returns how many there were.
qsizetype reportPreflight(CliContext &context, const QList<ArticleRecord> &records)
{
    qsizetype count = 0;
    for (const ArticleRecord &record : records) {
        const QList<PreflightFinding> findings = Preflight::check(record.article);
        for (const PreflightFinding &finding : findings)
            context.err << CliContext::tr("article %1: %2")
                               .arg(QString::number(record.id), Preflight::format(finding))
                        << '\n';
        count += findings.size();
    }
    context.err.flush();
    return count;
}

/// The file of each record in `folder`: DATE-SLUG.EXT, the id added when two coincide.
QStringList folderPaths(
    const QList<ArticleRecord> &records, ExportFormat format, const QString &folder)
{
    QStringList paths;
    QSet<QString> used;
    for (const ArticleRecord &record : records) {
        QString name = fileNameFor(record, format);
        if (used.contains(name)) { // Same day, same headline: tell them apart by id.
            const qsizetype dot = name.size() - ExportFormats::extension(format).size() - 1;
            name.insert(dot, QLatin1Char('-') + QString::number(record.id));
        }
        used.insert(name);
        paths << QDir(folder).filePath(name);
    }
    return paths;
}

/// Turns articles into files of one format; keeps one web engine warm for a PDF batch (`pdf`,
/// made early so that it starts while the library is read; made here when missing) and reports
/// a long PDF export's progress on standard error.
class Exporter
{
public:
    Exporter(CliContext &context, const ArticleStore &store, const PublicationProfile &profile,
        ExportFormat format, ExportDestination::Replace replace, bool picturesBeside,
        std::unique_ptr<PdfExporter> pdf)
        : m_store(store)
        , m_profile(profile)
        , m_format(format)
        , m_replace(replace)
        , m_templateDirectory(context.templateDirectory)
        , m_picturesBeside(picturesBeside)
        , m_pdf(std::move(pdf))
        , m_progress(context.err)
    {
        if (m_pdf)
            watch();
    }

    /// The bytes of one file: a page written to standard output is always self-contained.
    Result<QByteArray> encode(const ArticleRecord &record)
    {
        const Result<ExportOptions> options = optionsFor(record);
        if (!options)
            return options.error();
        if (m_format != ExportFormat::Pdf)
            return ArticleExporter::encode(record.article, m_profile, m_format, *options);
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return Error {CliContext::tr("PDF export needs a graphical application object")};
        if (!m_pdf) {
            m_pdf = std::make_unique<PdfExporter>();
            watch();
        }
        m_progress.begin(CliContext::tr("article %1").arg(record.id));
        return m_pdf->exportArticle(record.article, m_profile, *options);
    }

    /// ExportDestination's verdict on `path`, with the --force hint where it would help.
    Status allowed(const QString &path) const
    {
        Status verdict = ExportDestination::check(path, m_format, m_store.location(), m_replace);
        if (verdict || verdict.error().code != Error::Code::Exists)
            return verdict;
        Error error = verdict.error();
        error.message += CliContext::tr("; --force replaces it");
        return error;
    }

    Status write(const ArticleRecord &record, const QString &path)
    {
        if (Status verdict = allowed(path); !verdict)
            return verdict;
        if (m_format != ExportFormat::Pdf) {
            Result<ExportOptions> options = optionsFor(record);
            if (!options)
                return options.error();
            options->picturesBeside = m_picturesBeside;
            // A picture beside the page replaces any plain file of its name, never a library.
            return ArticleExporter::exportToFile(record.article, m_profile, m_format, path,
                *options, [this](const QString &picture) {
                    return ExportDestination::check(picture, m_format, m_store.location(),
                        ExportDestination::Replace::Anything);
                });
        }
        const Result<QByteArray> bytes = encode(record);
        if (!bytes)
            return Error {CliContext::tr("cannot export article %1 to “%2”: %3")
                    .arg(QString::number(record.id), path, bytes.error().message)};
        return ArticleExporter::writeFile(path, *bytes);
    }

private:
    void watch()
    {
        QObject::connect(m_pdf.get(), &PdfExporter::progress, &m_progress, &CliProgress::update);
    }

    /// The library's facts for the page (LibraryExport) and the run's template folder.
    Result<ExportOptions> optionsFor(const ArticleRecord &record) const
    {
        Result<ExportOptions> options = LibraryExport::options(m_store, record, m_profile);
        if (options)
            options->render.templateDirectory = m_templateDirectory;
        return options;
    }

    const ArticleStore &m_store;
    PublicationProfile m_profile;
    ExportFormat m_format;
    ExportDestination::Replace m_replace;
    QString m_templateDirectory;
    bool m_picturesBeside = false;
    std::unique_ptr<PdfExporter> m_pdf;
    CliProgress m_progress;
};

/// Before anything is written: a page from a broken template folder is refused (with the file
/// and line), and a publication without a name is pointed out.
Status checkPublication(CliContext &context, const PublicationProfile &profile, ExportFormat format)
{
    const bool page = format == ExportFormat::Html || format == ExportFormat::Pdf;
    const QString templates = context.templateDirectory.isEmpty() ? profile.templateDirectory
                                                                  : context.templateDirectory;
    if (page && !templates.isEmpty()) {
        if (Status usable = HouseTemplates::check(templates); !usable)
            return usable;
    }
    if ((page || format == ExportFormat::Ninjs) && profile.hasDefaultName())
        context.noteDefaultProfile();
    return Done {};
}

} // namespace

int importCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Import articles from JSON (.json) or Markdown with YAML front matter (.md), or copy "
        "whose structure is recognised: HTML pages (.html), plain text (.txt) and Markdown "
        "without front matter; what was recognised as what is reported on standard error. The "
        "files are read and checked first, then written in one transaction: if any file is "
        "malformed, nothing is imported. An article whose UUID is already in the library "
        "becomes a new revision of it."));
    parser.addPositionalArgument(
        QStringLiteral("files"), CliContext::tr("Files to import"), CliContext::tr("FILE…"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.usage(CliContext::tr("import needs at least one file"));
    QList<Article> articles;
    QList<ImportResult> results;
    QStringList reports;
    for (const QString &path : files) {
        auto read = ArticleFileReader::readReported(path);
        if (!read)
            return context.fail(
                read.error().message + QLatin1Char('\n') + CliContext::tr("Nothing was imported."));
        if (!read->report.entries.isEmpty())
            reports << CliContext::tr("%1 was recognised as:").arg(path) + QLatin1Char('\n')
                    + read->report.text();
        articles << read->article;
        results << std::move(read).value();
    }
    ArticleStore *library = context.store(true);
    if (!library)
        return CliContext::Failure;
    SaveOptions options;
    options.author = context.author;
    options.note = files.size() == 1
        ? CliContext::tr("Imported from %1").arg(QFileInfo(files.first()).fileName())
        : CliContext::tr("Imported with %n other file(s)", nullptr, int(files.size() - 1));
    for (const ImportResult &result : std::as_const(results))
        options.importedModified << result.lastChange();
    auto ids = library->importArticles(articles, options);
    if (!ids)
        return context.fail(
            ids.error().message + QLatin1Char('\n') + CliContext::tr("Nothing was imported."));
    for (const QString &report : std::as_const(reports))
        context.err << report << '\n';
    for (qsizetype i = 0; i < files.size(); ++i)
        context.out
            << CliContext::tr("%1 → article %2").arg(files.at(i), QString::number(ids->at(i)))
            << '\n';
    context.out << CliContext::tr("Imported %n article(s) into %1.", nullptr, int(files.size()))
                       .arg(library->location())
                << '\n';
    if (const QString note = MastheadProfile::update(*library, results, files); !note.isEmpty())
        context.out << note << '\n';
    return CliContext::Success;
}

int exportCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Export articles as the publication's page (html, pdf), Markdown (md), IPTC ninjs or "
        "Copydesk JSON. One article goes to the -o file (or standard output); several, or all "
        "articles with a --status, go into the -o folder as DATE-SLUG.EXT. Files are written "
        "atomically. Preflight findings (no headline, no alt text, a malformed reference URL…) "
        "are shown; with --strict they stop the export and nothing is written. An existing "
        "file is replaced only when it is an earlier export of the same format (or with "
        "--force); a library, a database or their side files never are."));
    parser.addPositionalArgument(
        QStringLiteral("ids"), CliContext::tr("Article ids or UUIDs"), CliContext::tr("[ID…]"));
    parser.addOptions({
        {QStringLiteral("format"),
            CliContext::tr("html, pdf, md, ninjs or json (default: the -o file's extension, "
                           "else json)"),
            CliContext::tr("format")},
        {{QStringLiteral("o"), QStringLiteral("output"), QStringLiteral("out")},
            CliContext::tr("Output file, or folder for several articles; - for standard output"),
            CliContext::tr("path"), QStringLiteral("-")},
        {QStringLiteral("status"),
            CliContext::tr("Export every live article with this status (draft, inReview, "
                           "changesRequested, approved, published, spiked); may be repeated"),
            CliContext::tr("status")},
        {QStringLiteral("strict"),
            CliContext::tr("Fail without writing anything when preflight finds a problem")},
        {QStringLiteral("pictures-beside"),
            CliContext::tr("html: write the hero image and the logo as files beside the page "
                           "(for publishing on the web) instead of embedding them")},
        {QStringLiteral("force"),
            CliContext::tr("Replace existing files that are not earlier exports of this format "
                           "(a library or a database is never replaced)")},
    });
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList ids = parser.positionalArguments();
    const QStringList statuses = parser.values(QStringLiteral("status"));
    if (ids.isEmpty() == statuses.isEmpty())
        return context.usage(CliContext::tr("export needs article ids or --status, and not both"));
    const QString output = parser.value(QStringLiteral("output"));
    // "-o story.pdf" means a PDF unless --format says otherwise.
    const bool toFile
        = ids.size() == 1 && output != QLatin1String("-") && !QFileInfo(output).isDir();
    bool named = false;
    const ExportFormat byName = ExportFormats::fromFileName(output, &named);
    ExportFormat format = ExportFormat::Json;
    if (parser.isSet(QStringLiteral("format"))) {
        bool known = false;
        format = ExportFormats::fromName(parser.value(QStringLiteral("format")), &known);
        if (!known)
            return context.usage(CliContext::tr("unknown export format “%1”; use %2")
                    .arg(parser.value(QStringLiteral("format")),
                        ExportFormats::names().join(QLatin1StringView(", "))));
    } else if (toFile && named) {
        format = byName;
    }
    // The web engine starts now and goes on while the library is read and the page rendered.
    std::unique_ptr<PdfExporter> pdf;
    if (format == ExportFormat::Pdf
        && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        pdf = std::make_unique<PdfExporter>();

    ArticleStore *library = context.store();
    if (!library)
        return CliContext::Failure;
    QList<ArticleRecord> records;
    if (!statuses.isEmpty()) {
        LibraryQuery query;
        for (const QString &name : statuses) {
            bool ok = false;
            query.statuses << statusFromName(name, &ok);
            if (!ok)
                return context.usage(CliContext::tr("unknown status “%1”").arg(name));
        }
        query.sort = SortKey::Published;
        query.order = Qt::AscendingOrder;
        const auto summaries = library->list(query);
        if (!summaries)
            return context.fail(summaries.error());
        for (const ArticleSummary &summary : *summaries) {
            auto record = library->load(summary.id);
            if (!record)
                return context.fail(record.error());
            records << std::move(record).value();
        }
    }
    for (const QString &text : ids) {
        const qint64 id = context.resolveArticle(text);
        if (!id)
            return CliContext::Failure;
        auto record = library->load(id);
        if (!record)
            return context.fail(record.error());
        records << std::move(record).value();
    }
    const auto profile = library->publicationProfile();
    if (!profile)
        return context.fail(profile.error());
    if (const Status usable = checkPublication(context, *profile, format); !usable)
        return context.fail(
            usable.error().message + QLatin1Char('\n') + CliContext::tr("Nothing was written."));

    const qsizetype findings = reportPreflight(context, records);
    if (findings > 0 && parser.isSet(QStringLiteral("strict")))
        return context.fail(CliContext::tr("preflight found %n problem(s); nothing was written "
                                           "(--strict)",
            nullptr, int(findings)));

    const bool picturesBeside = parser.isSet(QStringLiteral("pictures-beside"));
    if (picturesBeside && format != ExportFormat::Html)
        return context.usage(CliContext::tr("--pictures-beside is for html export only"));
    Exporter exporter(context, *library, *profile, format,
        parser.isSet(QStringLiteral("force")) ? ExportDestination::Replace::Anything
                                              : ExportDestination::Replace::OwnExports,
        picturesBeside, std::move(pdf));
    const bool toFolder = !statuses.isEmpty() || records.size() != 1 || QFileInfo(output).isDir();
    if (!toFolder) {
        if (output == QLatin1String("-")) {
            if (format == ExportFormat::Pdf)
                return context.usage(CliContext::tr("a PDF needs an output file: -o FILE"));
            if (picturesBeside)
                return context.usage(
                    CliContext::tr("--pictures-beside needs an output file: -o FILE"));
            const Result<QByteArray> bytes = exporter.encode(records.first());
            if (!bytes)
                return context.fail(bytes.error());
            context.out << QString::fromUtf8(*bytes);
            return CliContext::Success;
        }
        if (Status written = exporter.write(records.first(), output); !written)
            return context.fail(written.error());
        context.out << CliContext::tr("Wrote %1").arg(output) << '\n';
        return CliContext::Success;
    }
    if (output == QLatin1String("-"))
        return context.usage(CliContext::tr("several articles need an output folder: -o FOLDER"));
    if (!QDir().mkpath(output))
        return context.fail(CliContext::tr("cannot create the folder “%1”").arg(output));
    // Every file is judged before any is written: one refusal writes nothing.
    const QStringList paths = folderPaths(records, format, output);
    int refused = 0;
    for (const QString &path : paths) {
        if (Status verdict = exporter.allowed(path); !verdict) {
            context.err << "copydesk: " << verdict.error().message << '\n';
            ++refused;
        }
    }
    if (refused > 0)
        return context.fail(CliContext::tr(
            "%n file(s) may not be written; nothing was written.", nullptr, refused));
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (Status written = exporter.write(records.at(i), paths.at(i)); !written)
            return context.fail(written.error());
        context.out << CliContext::tr("Wrote %1").arg(paths.at(i)) << '\n';
    }
    if (records.isEmpty())
        context.out << CliContext::tr("No article has that status; nothing was written.") << '\n';
    return CliContext::Success;
}

} // namespace Copydesk
