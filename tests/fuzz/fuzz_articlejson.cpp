// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The article JSON reader on arbitrary bytes: never crashes, and what it accepts survives a
// round trip through the writer unchanged.
#include "articlejson.h"
#include "fuzzsupport.h"

using namespace Copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Article> article = ArticleJson::fromBytes(bytes, QStringLiteral("fuzz.json"));
    if (!article)
        return 0;
    const QByteArray written = ArticleJson::toBytes(*article);
    const Result<Article> again = ArticleJson::fromBytes(written, QStringLiteral("again.json"));
    if (!again)
        CopydeskFuzz::fail(
            "articlejson", QStringLiteral("written JSON is refused: ") + again.error().message);
    const QByteArray rewritten = ArticleJson::toBytes(*again);
    if (rewritten != written) {
        qsizetype at = 0;
        while (at < written.size() && at < rewritten.size() && written[at] == rewritten[at])
            ++at;
        CopydeskFuzz::fail("articlejson",
            QStringLiteral("JSON round trip changed the article at byte %1: “%2” became “%3”")
                .arg(at)
                .arg(QString::fromUtf8(written.mid(std::max<qsizetype>(0, at - 40), 80)),
                    QString::fromUtf8(rewritten.mid(std::max<qsizetype>(0, at - 40), 80))));
    }
    return 0;
}
