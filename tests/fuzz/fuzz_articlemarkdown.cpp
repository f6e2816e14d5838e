// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The Markdown + front matter reader on arbitrary bytes (no hero files are read: no base
// folder), and the Markdown writer on what it accepts: valid UTF-8 that reads back.
#include "articlejson.h"
#include "articlemarkdown.h"
#include "fuzzsupport.h"

using namespace Copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Article> article = ArticleMarkdown::fromMarkdown(bytes, QStringLiteral("fuzz.md"));
    if (!article)
        return 0;
    const QByteArray written = ArticleMarkdown::toMarkdown(*article);
    if (!CopydeskFuzz::isUtf8(written))
        CopydeskFuzz::fail("articlemarkdown", QStringLiteral("the Markdown export is not UTF-8"));
    const Result<Article> again
        = ArticleMarkdown::fromMarkdown(written, QStringLiteral("again.md"));
    if (!again)
        CopydeskFuzz::fail("articlemarkdown",
            QStringLiteral("the Markdown export does not read back: ") + again.error().message);
    return 0;
}
