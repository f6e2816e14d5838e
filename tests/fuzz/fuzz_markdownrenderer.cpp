// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The Markdown renderer on arbitrary text, through the whole page as a section body, the lede
// and a key fact: never a crash, never active content (the hostile-page scanner is the oracle).
#include "articlerenderer.h"
#include "fuzzsupport.h"
#include "pagethreats.h"

using namespace Copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown
        = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Article article;
    article.headline = QStringLiteral("Fuzzed");
    article.lede = markdown;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, QStringLiteral("Body"));
    section.body = markdown;
    ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts, QStringLiteral("Facts"));
    facts.items = {markdown};
    article.parts = {section, facts};
    const Result<QByteArray> page = ArticleRenderer::render(article, PublicationProfile {});
    if (!page)
        CopydeskFuzz::fail("markdownrenderer", page.error().message);
    if (const QString threat = PageThreats::find(QString::fromUtf8(*page)); !threat.isEmpty())
        CopydeskFuzz::fail("markdownrenderer", threat);
    return 0;
}
