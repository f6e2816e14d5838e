// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The whole page and the ninjs export of any article the JSON reader accepts: never a crash,
// never active content in the page, always valid UTF-8 and JSON for ninjs.
#include "articlejson.h"
#include "articlerenderer.h"
#include "fuzzsupport.h"
#include "ninjsexporter.h"
#include "pagethreats.h"

#include <QJsonDocument>

using namespace Copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Article> article = ArticleJson::fromBytes(bytes, QStringLiteral("fuzz.json"));
    if (!article)
        return 0;
    const Result<QByteArray> page = ArticleRenderer::render(*article, PublicationProfile {});
    if (page) {
        if (!CopydeskFuzz::isUtf8(*page))
            CopydeskFuzz::fail("page", QStringLiteral("the page is not UTF-8"));
        if (const QString threat = PageThreats::find(QString::fromUtf8(*page)); !threat.isEmpty())
            CopydeskFuzz::fail("page", threat);
    }
    const QByteArray ninjs = NinjsExporter::toBytes(*article, PublicationProfile {});
    if (!CopydeskFuzz::isUtf8(ninjs) || QJsonDocument::fromJson(ninjs).isNull())
        CopydeskFuzz::fail("page", QStringLiteral("ninjs is not valid UTF-8 JSON"));
    return 0;
}
