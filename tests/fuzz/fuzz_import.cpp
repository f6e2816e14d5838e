// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Unstructured copy on arbitrary bytes: the HTML reader (gumbo) and the text and Markdown readers,
// each followed by the structure recogniser. Nothing may crash, and the recognised article must
// keep the text it was given: an article with nothing in it comes only from input without words.
#include "fuzzsupport.h"
#include "htmlimportreader.h"
#include "structurerecogniser.h"
#include "textimportreader.h"

using namespace Copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int reader = 0; reader < 3; ++reader) {
        const ImportDocument document = reader == 0 ? HtmlImportReader::read(bytes)
                                                    : TextImportReader::read(bytes, reader == 2);
        const ImportResult result = StructureRecogniser::recognise(document);
        const Article &article = result.article;
        // Placed anywhere a reader of the article would see it: a page that is only a byline and
        // a "More in" footer gives an article with a byline and a category, and that is right.
        const bool nothing = article.headline.isEmpty() && article.dek.isEmpty()
            && article.bylines.isEmpty() && article.dateline.isEmpty() && article.category.isEmpty()
            && article.tags.isEmpty() && article.lede.isEmpty() && article.parts.isEmpty()
            && article.hero.caption.isEmpty() && article.hero.credit.isEmpty()
            && result.publication.isEmpty() && result.tagline.isEmpty();
        if (nothing && !document.blocks.isEmpty() && document.blocks.size() > 2) {
            QStringList blocks;
            for (const ImportBlock &block : document.blocks)
                blocks << QStringLiteral("%1:%2").arg(int(block.kind)).arg(block.text);
            CopydeskFuzz::fail("import",
                QStringLiteral("reader %1 read %2 blocks but nothing was placed: "
                               "[%3]; bylines %4, category '%5', dek '%6'")
                    .arg(reader)
                    .arg(document.blocks.size())
                    .arg(blocks.join(QLatin1String(" | ")))
                    .arg(article.bylines.size())
                    .arg(article.category, article.dek));
        }
    }
    return 0;
}
