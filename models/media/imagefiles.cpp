// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "imagefiles.h"

#include "boundedfile.h"
#include "quotedvalue.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

struct KnownType
{
    ImagePolicy::Type type;
    QByteArray readerFormat;
    QString mimeType;
};

const QList<KnownType> &knownTypes()
{
    static const QList<KnownType> types {
        {ImagePolicy::Png, "png", u"image/png"_s},
        {ImagePolicy::Jpeg, "jpeg", u"image/jpeg"_s},
        {ImagePolicy::Gif, "gif", u"image/gif"_s},
        {ImagePolicy::Webp, "webp", u"image/webp"_s},
        {ImagePolicy::Svg, "svg", u"image/svg+xml"_s},
    };
    return types;
}

/// WebP by its RIFF header, for builds without Qt's WebP plugin (browsers show it anyway).
bool looksLikeWebp(const QByteArray &data)
{
    return data.size() >= 16 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP";
}

/// SVG by its start, for builds without Qt's SVG plugin.
bool looksLikeSvg(const QByteArray &data)
{
    const QByteArray start = data.left(1024).trimmed();
    return (start.startsWith("<svg") || start.startsWith("<?xml")) && start.contains("<svg");
}

bool looksLikeText(const QByteArray &data)
{
    const QByteArray start = data.left(4096);
    if (start.contains('\0'))
        return false;
    // Stateful: a multi-byte character cut at 4096 bytes is kept as state, not an error.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(start);
    return !utf8.hasError() && !text.isEmpty();
}

/// "(it looks like text)", "(it is empty)", "(it is a BMP image)"…
QString whatItIs(const QByteArray &data)
{
    if (data.isEmpty())
        return ImageFiles::tr("it is empty");
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    if (!format.isEmpty())
        return ImageFiles::tr("it is a %1 image").arg(QString::fromLatin1(format.toUpper()));
    if (looksLikeText(data))
        return ImageFiles::tr("it looks like text");
    const QMimeType mime = QMimeDatabase().mimeTypeForData(data);
    if (mime.isDefault())
        return ImageFiles::tr("its content is not recognised");
    return ImageFiles::tr("it looks like %1").arg(mime.comment());
}

Result<ImageFile> checked(Result<QByteArray> bytes, const QString &fileName,
    const ImagePolicy &policy, const QString &subject)
{
    if (!bytes)
        return bytes.error();
    Result<QString> mimeType = ImageFiles::mimeTypeOf(*bytes, policy, subject);
    if (!mimeType)
        return mimeType.error();
    return ImageFile {std::move(bytes).value(), *mimeType, fileName};
}

bool inside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

} // namespace

ImagePolicy ImagePolicy::hero()
{
    return {ImageFiles::tr("hero image"), Png | Jpeg | Gif | Webp, 25 * 1024 * 1024,
        ImageFiles::tr("a PNG, JPEG, GIF or WebP image")};
}

ImagePolicy ImagePolicy::logo()
{
    return {ImageFiles::tr("logo"), Png | Jpeg | Svg, 1024 * 1024,
        ImageFiles::tr("a PNG, JPEG or SVG picture")};
}

QString ImageFiles::subject(const ImagePolicy &policy, const QString &name)
{
    return tr("%1 %2").arg(policy.what, QuotedValue::quoted(name));
}

Result<QString> ImageFiles::mimeTypeOf(
    const QByteArray &data, const ImagePolicy &policy, const QString &subject)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    for (const KnownType &known : knownTypes()) {
        if (!(policy.types & known.type))
            continue;
        const bool byPlugin = format == known.readerFormat;
        const bool byHeader = format.isEmpty()
            && ((known.type == ImagePolicy::Webp && looksLikeWebp(data))
                || (known.type == ImagePolicy::Svg && looksLikeSvg(data)));
        if (!byPlugin && !byHeader)
            continue;
        if (byPlugin && known.type != ImagePolicy::Svg) {
            // Decoded in full: a damaged picture is refused here, not in a reader's browser.
            buffer.seek(0);
            QImageReader reader(&buffer, format);
            if (reader.read().isNull())
                return Error {
                    tr("%1 is a damaged %2 image: %3")
                        .arg(subject, QString::fromLatin1(format.toUpper()), reader.errorString()),
                    Error::Code::InvalidInput};
        }
        return known.mimeType;
    }
    return Error {tr("%1 is not %2 (%3)").arg(subject, policy.typesText, whatItIs(data)),
        Error::Code::InvalidInput};
}

Result<ImageFile> ImageFiles::readChosen(const QString &path, const ImagePolicy &policy)
{
    // The user knows where the file they picked is; its name keeps the message short.
    const QString fileName = QFileInfo(path).fileName();
    const QString subject = ImageFiles::subject(policy, fileName);
    return checked(BoundedFile::read(path, policy.maxBytes, subject), fileName, policy, subject);
}

Result<ImageFile> ImageFiles::readData(
    const QByteArray &data, const QString &fileName, const ImagePolicy &policy)
{
    const QString subject = ImageFiles::subject(policy, fileName);
    if (data.size() > policy.maxBytes)
        return Error {tr("%1 is %2; the limit is %3")
                          .arg(subject, BoundedFile::sizeText(data.size(), policy.maxBytes),
                              BoundedFile::sizeText(policy.maxBytes, policy.maxBytes)),
            Error::Code::InvalidInput};
    return checked(data, fileName, policy, subject);
}

Result<ImageFile> ImageFiles::readNamedIn(
    const QString &folder, const QString &name, const ImagePolicy &policy)
{
    const QString subject = ImageFiles::subject(policy, name);
    const Error outside {
        tr("%1 is outside the article's folder").arg(subject), Error::Code::InvalidInput};
    if (QDir::isAbsolutePath(name) || name.startsWith(u'~'))
        return outside;
    const QString base = QDir::cleanPath(QDir(folder).absolutePath());
    const QString path = QDir::cleanPath(base + u'/' + name);
    if (!inside(path, base) || path == base)
        return outside;
    // Missing files and link loops are named as such before the canonical paths are compared.
    if (const QString problem = BoundedFile::regularFileProblem(path, subject);
        !problem.isEmpty() && !QFileInfo::exists(path))
        return Error {problem, Error::Code::Io};
    const QString canonicalBase = QFileInfo(base).canonicalFilePath();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || canonicalBase.isEmpty() || !inside(canonical, canonicalBase))
        return outside;
    // The canonical path is read, so a link cannot be pointed elsewhere in the meantime.
    return checked(BoundedFile::read(canonical, policy.maxBytes, subject),
        QFileInfo(name).fileName(), policy, subject);
}

} // namespace Copydesk
