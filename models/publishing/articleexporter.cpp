// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articleexporter.h"

#include "articlejson.h"
#include "articlemarkdown.h"
#include "articlerenderer.h"
#include "markdowndownstream.h"
#include "ninjsexporter.h"
#include "urlpolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace Copydesk {

Result<QByteArray> ArticleExporter::encode(const Article &article,
    const PublicationProfile &profile, ExportFormat format, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Html:
        return ArticleRenderer::render(article, profile, options.render);
    case ExportFormat::Markdown:
        return ArticleMarkdown::toMarkdown(MarkdownDownstream::article(article));
    case ExportFormat::Ninjs:
        return NinjsExporter::toBytes(article, profile, options);
    case ExportFormat::Json:
        // With the library's last change, which an import into any library keeps.
        return QJsonDocument(
            ArticleJson::withModified(ArticleJson::toJson(article), options.render.modified))
            .toJson(QJsonDocument::Indented);
    case ExportFormat::Pdf:
        break;
    }
    return Error {tr("PDF export needs the web engine (PdfExporter)."), Error::Code::Generic};
}

Status ArticleExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Cannot write “%1”: %2").arg(path, file.errorString()), Error::Code::Io};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error {tr("Cannot write “%1”: %2").arg(path, reason), Error::Code::Io};
    }
    if (!file.commit())
        return Error {tr("Cannot write “%1”: %2").arg(path, file.errorString()), Error::Code::Io};
    return Done {};
}

QList<ArticleExporter::SideFile> ArticleExporter::picturesBeside(const Article &article,
    const PublicationProfile &profile, const QString &pagePath, RenderOptions *render)
{
    const QFileInfo page(pagePath);
    QList<SideFile> files;
    const auto add
        = [&](const QByteArray &data, const QString &mimeType, const char *role, QString *name) {
              name->clear();
              if (UrlPolicy::dataUrl(data, mimeType).isEmpty())
                  return;
              static const QHash<QString, QString> extensions {
                  {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
                  {QStringLiteral("image/png"), QStringLiteral("png")},
                  {QStringLiteral("image/gif"), QStringLiteral("gif")},
                  {QStringLiteral("image/webp"), QStringLiteral("webp")},
                  {QStringLiteral("image/svg+xml"), QStringLiteral("svg")}};
              const QString extension = extensions.value(mimeType.trimmed().toLower());
              if (extension.isEmpty())
                  return;
              *name = QStringLiteral("%1-%2.%3")
                          .arg(page.completeBaseName(), QLatin1StringView(role), extension);
              files.append({page.dir().filePath(*name), data});
          };
    add(article.hero.data, article.hero.mimeType, "hero", &render->heroFileName);
    add(profile.logo, profile.logoMimeType, "logo", &render->logoFileName);
    return files;
}

Status ArticleExporter::exportToFile(const Article &article, const PublicationProfile &profile,
    ExportFormat format, const QString &path, const ExportOptions &given,
    const std::function<Status(const QString &)> &pictureAllowed)
{
    ExportOptions options = given;
    QList<SideFile> pictures;
    if (format == ExportFormat::Html && options.picturesBeside)
        pictures = picturesBeside(article, profile, path, &options.render);
    const Result<QByteArray> bytes = encode(article, profile, format, options);
    if (!bytes)
        return Error {
            tr("Cannot export to “%1”: %2").arg(path, bytes.error().message), bytes.error().code};
    // A picture's name was made from the page's, so whatever stands there was not chosen: all
    // are checked before anything is written.
    for (const SideFile &picture : std::as_const(pictures)) {
        if (Status allowed = pictureAllowed ? pictureAllowed(picture.path) : Status(Done {});
            !allowed)
            return allowed;
    }
    for (const SideFile &picture : std::as_const(pictures)) {
        if (Status written = writeFile(picture.path, picture.bytes); !written)
            return written;
    }
    return writeFile(path, *bytes);
}

} // namespace Copydesk
