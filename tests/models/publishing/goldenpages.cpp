// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "goldenpages.h"

#include "articlejson.h"
#include "articlerenderer.h"
#include "ninjsexporter.h"
#include "publicationprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Copydesk;

namespace GoldenPages {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {path + QStringLiteral(": ") + file.errorString(), Error::Code::Io};
    return file.readAll();
}

} // namespace

QStringList names(const QString &sourceDir)
{
    QStringList result;
    const QStringList files = QDir(sourceDir + QStringLiteral("/input"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        result.append(file.chopped(5));
    return result;
}

namespace {

struct Input
{
    Article article;
    PublicationProfile profile;
};

Result<Input> load(const QString &sourceDir, const QString &name)
{
    const Result<QByteArray> profileText = readFile(sourceDir + QStringLiteral("/profile.json"));
    if (!profileText)
        return profileText.error();
    const Result<PublicationProfile> profile
        = PublicationProfile::fromJson(QJsonDocument::fromJson(*profileText).object());
    if (!profile)
        return profile.error();

    const QString path = sourceDir + QStringLiteral("/input/") + name + QStringLiteral(".json");
    const Result<QByteArray> articleText = readFile(path);
    if (!articleText)
        return articleText.error();
    const Result<Article> article = ArticleJson::fromBytes(*articleText, path);
    if (!article)
        return article.error();
    return Input {*article, *profile};
}

/// The fixed bookkeeping every golden output is made with.
ExportOptions options()
{
    ExportOptions result;
    result.render.modified
        = QDateTime(QDate(2025, 3, 15), QTime(18, 5), QTimeZone::fromSecondsAheadOfUtc(3600));
    result.created = QDateTime(QDate(2025, 3, 10), QTime(8, 0), QTimeZone::UTC);
    result.revision = 3;
    return result;
}

} // namespace

Result<QByteArray> render(const QString &sourceDir, const QString &name)
{
    const Result<Input> input = load(sourceDir, name);
    if (!input)
        return input.error();
    return ArticleRenderer::render(input->article, input->profile, options().render);
}

Result<QByteArray> ninjs(const QString &sourceDir, const QString &name)
{
    const Result<Input> input = load(sourceDir, name);
    if (!input)
        return input.error();
    return NinjsExporter::toBytes(input->article, input->profile, options());
}

} // namespace GoldenPages
