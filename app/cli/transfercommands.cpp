// import and export: articles in and out of the library as files.
#include "articlejson.h"
#include "articlemarkdown.h"
#include "clicommands.h"
#include "clicontext.h"
#include "clifilters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace Copydesk {

namespace {

enum class FileFormat
{
    Json,
    Markdown,
    Unknown
};

FileFormat formatFromName(const QString &name)
{
    if (name == QLatin1String("json"))
        return FileFormat::Json;
    if (name == QLatin1String("md") || name == QLatin1String("markdown"))
        return FileFormat::Markdown;
    return FileFormat::Unknown;
}

Result<Article> readArticleFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            CliContext::tr("cannot read “%1”: %2").arg(path, file.errorString()), Error::Code::Io};
    const QByteArray bytes = file.readAll();
    switch (formatFromName(QFileInfo(path).suffix().toLower())) {
    case FileFormat::Json:
        return ArticleJson::fromBytes(bytes, path);
    case FileFormat::Markdown:
        return ArticleMarkdown::fromMarkdown(bytes, path, QFileInfo(path).absolutePath());
    case FileFormat::Unknown:
        break;
    }
    return Error {
        CliContext::tr("“%1”: unknown file type; import reads .json and .md files").arg(path),
        Error::Code::InvalidInput};
}

/// A file-name-safe form of `text`: lowercase letters and digits of any script, single dashes.
QString slug(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            result += c.toLower();
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!result.isEmpty() && !result.endsWith(QLatin1Char('-')))
            result += QLatin1Char('-');
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result.left(80).isEmpty() ? QStringLiteral("article") : result.left(80);
}

QString fileNameFor(const ArticleRecord &record, const QString &extension)
{
    const QDateTime date = record.article.published.isValid() ? record.article.published
                                                              : record.modified.toLocalTime();
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-')
        + slug(record.article.headline) + QLatin1Char('.') + extension;
}

QByteArray encode(const Article &article, FileFormat format)
{
    return format == FileFormat::Markdown ? ArticleMarkdown::toMarkdown(article)
                                          : ArticleJson::toBytes(article);
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {
            CliContext::tr("cannot write “%1”: %2").arg(path, file.errorString()), Error::Code::Io};
    return Done {};
}

} // namespace

int importCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Import articles from JSON (.json) or Markdown with YAML front matter (.md). The "
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
    for (const QString &path : files) {
        auto article = readArticleFile(path);
        if (!article)
            return context.fail(article.error().message + QLatin1Char('\n')
                + CliContext::tr("Nothing was imported."));
        articles << std::move(article.value());
    }
    ArticleStore *library = context.store(true);
    if (!library)
        return CliContext::Failure;
    SaveOptions options;
    options.author = context.author;
    options.note = files.size() == 1
        ? CliContext::tr("Imported from %1").arg(QFileInfo(files.first()).fileName())
        : CliContext::tr("Imported with %n other file(s)", nullptr, int(files.size() - 1));
    auto ids = library->importArticles(articles, options);
    if (!ids)
        return context.fail(
            ids.error().message + QLatin1Char('\n') + CliContext::tr("Nothing was imported."));
    for (qsizetype i = 0; i < files.size(); ++i)
        context.out
            << CliContext::tr("%1 → article %2").arg(files.at(i), QString::number(ids->at(i)))
            << '\n';
    context.out << CliContext::tr("Imported %n article(s) into %1.", nullptr, int(files.size()))
                       .arg(library->location())
                << '\n';
    return CliContext::Success;
}

int exportCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Export articles. One article goes to the -o file (or standard output); several go "
        "into the -o folder as DATE-SLUG.EXT. Files are written atomically."));
    parser.addPositionalArgument(
        QStringLiteral("ids"), CliContext::tr("Article ids or UUIDs"), CliContext::tr("ID…"));
    parser.addOptions({
        {QStringLiteral("format"), CliContext::tr("json or md"), CliContext::tr("format"),
            QStringLiteral("json")},
        {{QStringLiteral("o"), QStringLiteral("output")},
            CliContext::tr("Output file, or folder for several articles; - for standard output"),
            CliContext::tr("path"), QStringLiteral("-")},
    });
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const FileFormat format = formatFromName(parser.value(QStringLiteral("format")));
    if (format == FileFormat::Unknown)
        return context.usage(CliContext::tr("unknown export format “%1”; use json or md")
                .arg(parser.value(QStringLiteral("format"))));
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty())
        return context.usage(CliContext::tr("export needs at least one article id"));
    const QString output = parser.value(QStringLiteral("output"));
    const QString extension
        = format == FileFormat::Markdown ? QStringLiteral("md") : QStringLiteral("json");
    QList<ArticleRecord> records;
    for (const QString &text : ids) {
        const qint64 id = context.resolveArticle(text);
        if (!id)
            return CliContext::Failure;
        auto record = context.store()->load(id);
        if (!record)
            return context.fail(record.error());
        records << record.value();
    }
    if (records.size() == 1 && !QFileInfo(output).isDir()) {
        const QByteArray bytes = encode(records.first().article, format);
        if (output == QLatin1String("-")) {
            context.out << QString::fromUtf8(bytes);
            return CliContext::Success;
        }
        if (Status written = writeAtomically(output, bytes); !written)
            return context.fail(written.error());
        context.out << CliContext::tr("Wrote %1").arg(output) << '\n';
        return CliContext::Success;
    }
    if (output == QLatin1String("-"))
        return context.usage(CliContext::tr("several articles need an output folder: -o FOLDER"));
    if (!QDir().mkpath(output))
        return context.fail(CliContext::tr("cannot create the folder “%1”").arg(output));
    QSet<QString> used;
    for (const ArticleRecord &record : records) {
        QString name = fileNameFor(record, extension);
        if (used.contains(name)) // Same day, same headline: tell them apart by id.
            name.insert(
                name.size() - extension.size() - 1, QLatin1Char('-') + QString::number(record.id));
        used.insert(name);
        const QString path = QDir(output).filePath(name);
        if (Status written = writeAtomically(path, encode(record.article, format)); !written)
            return context.fail(written.error());
        context.out << CliContext::tr("Wrote %1").arg(path) << '\n';
    }
    return CliContext::Success;
}

} // namespace Copydesk
