// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefiles.h"

#include "articlefilereader.h"
#include "articlejson.h"

#include <QFile>

namespace Copydesk {

Result<QList<Article>> ArticleFiles::read(const QStringList &paths)
{
    QList<Article> articles;
    for (const QString &path : paths) {
        auto article = ArticleFileReader::read(path);
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
