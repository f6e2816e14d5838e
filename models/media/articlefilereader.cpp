#include "articlefilereader.h"

#include "articlejson.h"
#include "articlemarkdown.h"
#include "boundedfile.h"
#include "imagefiles.h"
#include "quotedvalue.h"
#include "textencoding.h"

#include <QFileInfo>
#include <QUuid>

namespace Copydesk {

namespace {

/// Paths come from the user, not from a file, so they are quoted whole (escaped all the same).
constexpr int PathCharacters = 400;

} // namespace

ArticleFileReader::Type ArticleFileReader::typeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Type::Json;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Type::Markdown;
    return Type::Unknown;
}

QString ArticleFileReader::unknownTypeMessage(const QString &path)
{
    return tr("%1: unknown file type; articles are read from .json and .md files")
        .arg(QuotedValue::quoted(path, PathCharacters));
}

Result<Article> ArticleFileReader::read(const QString &path)
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
    Result<Article> article
        = type == Type::Json ? ArticleJson::fromBytes(*text, path) : readMarkdown(*text, path);
    // Checked here, not in the library, so the message names the file.
    if (article && !article->uuid.isEmpty() && QUuid::fromString(article->uuid).isNull())
        return Error {
            tr("%1: uuid: %2 is not a UUID").arg(path, QuotedValue::quoted(article->uuid)),
            Error::Code::InvalidInput};
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
