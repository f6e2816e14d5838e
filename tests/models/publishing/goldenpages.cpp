#include "goldenpages.h"

#include "articlejson.h"
#include "articlerenderer.h"
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

Result<QByteArray> render(const QString &sourceDir, const QString &name)
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

    RenderOptions options;
    options.modified
        = QDateTime(QDate(2025, 3, 15), QTime(18, 5), QTimeZone::fromSecondsAheadOfUtc(3600));
    return ArticleRenderer::render(*article, *profile, options);
}

} // namespace GoldenPages
