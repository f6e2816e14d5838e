#include "articlefiles.h"

#include "articlejson.h"
#include "articlemarkdown.h"

#include <QFile>
#include <QFileInfo>

namespace Copydesk {

Result<QList<Article>> ArticleFiles::read(const QStringList &paths)
{
    QList<Article> articles;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {
                tr("Cannot read “%1”: %2").arg(path, file.errorString()), Error::Code::Io};
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        auto article = suffix == QLatin1String("md") || suffix == QLatin1String("markdown")
            ? ArticleMarkdown::fromMarkdown(file.readAll(), info.fileName(), info.absolutePath())
            : ArticleJson::fromBytes(file.readAll(), info.fileName());
        if (!article)
            return article.error();
        articles << std::move(article).value();
    }
    return articles;
}

Result<Article> ArticleFiles::sample()
{
    QFile file(QStringLiteral(":/samples/welcome.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("The sample article is missing from this build."), Error::Code::Io};
    return ArticleJson::fromBytes(file.readAll(), QStringLiteral("welcome.json"));
}

} // namespace Copydesk
