// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articleexporter.h"

#include "articlejson.h"
#include "articlemarkdown.h"
#include "articlerenderer.h"
#include "ninjsexporter.h"

#include <QSaveFile>

namespace Copydesk {

Result<QByteArray> ArticleExporter::encode(const Article &article,
    const PublicationProfile &profile, ExportFormat format, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Html:
        return ArticleRenderer::render(article, profile, options.render);
    case ExportFormat::Markdown:
        return ArticleMarkdown::toMarkdown(article);
    case ExportFormat::Ninjs:
        return NinjsExporter::toBytes(article, profile, options);
    case ExportFormat::Json:
        return ArticleJson::toBytes(article);
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

Status ArticleExporter::exportToFile(const Article &article, const PublicationProfile &profile,
    ExportFormat format, const QString &path, const ExportOptions &options)
{
    const Result<QByteArray> bytes = encode(article, profile, format, options);
    if (!bytes)
        return Error {
            tr("Cannot export to “%1”: %2").arg(path, bytes.error().message), bytes.error().code};
    return writeFile(path, *bytes);
}

} // namespace Copydesk
