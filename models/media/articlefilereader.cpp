// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefilereader.h"

#include "articlejson.h"
#include "articlemarkdown.h"
#include "boundedfile.h"
#include "htmlimportreader.h"
#include "imagefiles.h"
#include "quotedvalue.h"
#include "textencoding.h"
#include "textimportreader.h"

#include <QFileInfo>
#include <QUuid>

namespace Copydesk {

namespace {

/// Paths come from the user, not from a file, so they are quoted whole (escaped all the same).
constexpr int PathCharacters = 400;

/// A JSON file's inline hero (hero.data) obeys the rule of a hero read from disk: at most the
/// policy's size, and bytes that decode as an allowed type, which then names the MIME type
/// (whatever the file claims).
Status checkInlineHero(HeroImage &hero, const QString &path)
{
    if (hero.data.isEmpty())
        return Done {};
    const ImagePolicy policy = ImagePolicy::hero();
    const QString subject = ImageFiles::subject(
        policy, hero.fileName.isEmpty() ? QStringLiteral("hero.data") : hero.fileName);
    const auto refused = [&path](const QString &problem) {
        return Error {
            ArticleFileReader::tr("%1: %2").arg(path, problem), Error::Code::InvalidInput};
    };
    if (hero.data.size() > policy.maxBytes) {
        return refused(BoundedFile::tr("%1 is larger than %2, the limit")
                .arg(subject, BoundedFile::sizeText(policy.maxBytes, policy.maxBytes)));
    }
    const Result<QString> type = ImageFiles::mimeTypeOf(hero.data, policy, subject);
    if (!type)
        return refused(type.error().message);
    hero.mimeType = *type;
    return Done {};
}

} // namespace

ArticleFileReader::Type ArticleFileReader::typeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Type::Json;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Type::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Type::Html;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return Type::Text;
    return Type::Unknown;
}

QString ArticleFileReader::unknownTypeMessage(const QString &path)
{
    return tr("%1: unknown file type; articles are read from .json, .md, .html and .txt files")
        .arg(QuotedValue::quoted(path, PathCharacters));
}

namespace {

/// Markdown written by Copydesk or by hand for it starts with its front matter; anything else is
/// copy to be given a structure.
bool hasFrontMatter(const QByteArray &text)
{
    return text.trimmed().startsWith("---");
}

} // namespace

Result<Article> ArticleFileReader::read(const QString &path)
{
    Result<ImportResult> read = readReported(path);
    if (!read)
        return read.error();
    return std::move(read->article);
}

Result<ImportResult> ArticleFileReader::readReported(const QString &path)
{
    const Type type = typeOf(path);
    if (type == Type::Unknown)
        return Error {unknownTypeMessage(path), Error::Code::InvalidInput};
    const Result<QByteArray> bytes
        = BoundedFile::read(path, MaxBytes, QuotedValue::quoted(path, PathCharacters));
    if (!bytes)
        return bytes.error();
    const Result<QByteArray> text = TextEncoding::toUtf8(*bytes, path);
    if (!text)
        return text.error();
    if (type == Type::Html || type == Type::Text
        || (type == Type::Markdown && !hasFrontMatter(*text))) {
        return recognise(type, *text, QuotedValue::quoted(path, PathCharacters));
    }
    ImportResult result;
    Result<Article> article = readStructured(type, *text, path, &result.modified);
    if (!article)
        return article.error();
    result.article = std::move(article).value();
    return result;
}

Result<ImportResult> ArticleFileReader::readCopy(
    const QString &html, const QString &text, const QString &source)
{
    const bool useHtml = !html.trimmed().isEmpty();
    // The same bound as for a file: a clipboard can hold as much.
    if ((useHtml ? html : text).size() > MaxBytes) {
        return Error {tr("%1: more than %L2 MB of text to import")
                          .arg(QuotedValue::quoted(source))
                          .arg(MaxBytes / (1024 * 1024)),
            Error::Code::InvalidInput};
    }
    return recognise(useHtml ? Type::Html : Type::Text, (useHtml ? html : text).toUtf8(),
        QuotedValue::quoted(source));
}

Result<ImportResult> ArticleFileReader::recognise(
    Type type, const QByteArray &utf8, const QString &name)
{
    ImportResult result = StructureRecogniser::recognise(type == Type::Html
            ? HtmlImportReader::read(utf8)
            : TextImportReader::read(utf8, type == Type::Markdown));
    if (result.article.headline.isEmpty() && result.article.lede.isEmpty()
        && result.article.parts.isEmpty())
        return Error {tr("%1: no text to import").arg(name), Error::Code::InvalidInput};
    return result;
}

Result<Article> ArticleFileReader::readStructured(
    Type type, const QByteArray &text, const QString &path, QDateTime *modified)
{
    Result<Article> article = type == Type::Json ? ArticleJson::fromBytes(text, path, modified)
                                                 : readMarkdown(text, path);
    // Checked here, not in the library, so the message names the file.
    if (article && !article->uuid.isEmpty() && QUuid::fromString(article->uuid).isNull())
        return Error {
            tr("%1: uuid: %2 is not a UUID").arg(path, QuotedValue::quoted(article->uuid)),
            Error::Code::InvalidInput};
    if (article && type == Type::Json) {
        if (Status hero = checkInlineHero(article->hero, path); !hero)
            return hero.error();
    }
    return article;
}

Result<Article> ArticleFileReader::readMarkdown(const QByteArray &text, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    return ArticleMarkdown::fromMarkdown(
        text, path, [folder](const QString &file) -> Result<HeroImage> {
            const Result<ImageFile> image
                = ImageFiles::readNamedIn(folder, file, ImagePolicy::hero());
            if (!image)
                return image.error();
            HeroImage hero;
            hero.data = image->data;
            hero.mimeType = image->mimeType;
            hero.fileName = image->fileName;
            return hero;
        });
}

} // namespace Copydesk
