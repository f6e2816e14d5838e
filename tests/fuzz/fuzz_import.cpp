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
        const bool nothing = article.headline.isEmpty() && article.lede.isEmpty()
            && article.parts.isEmpty() && result.publication.isEmpty();
        if (nothing && !document.blocks.isEmpty() && document.blocks.size() > 2)
            CopydeskFuzz::fail("import", QStringLiteral("blocks were read but nothing was placed"));
    }
    return 0;
}
