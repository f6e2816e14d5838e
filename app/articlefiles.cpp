// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefiles.h"

#include "articlefilereader.h"
#include "articlejson.h"

#include <QFile>

namespace Copydesk {

Result<QList<ImportResult>> ArticleFiles::readReported(const QStringList &paths)
{
    QList<ImportResult> results;
    for (const QString &path : paths) {
        auto read = ArticleFileReader::readReported(path);
        if (!read)
            return read.error();
        results << std::move(read).value();
    }
    return results;
}

Result<Article> ArticleFiles::sample()
{
    QFile file(QStringLiteral(":/samples/welcome.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("The sample article is missing from this build."), Error::Code::Io};
    return ArticleJson::fromBytes(file.readAll(), QStringLiteral("welcome.json"));
}

} // namespace Copydesk
