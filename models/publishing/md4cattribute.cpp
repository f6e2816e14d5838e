// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "md4cattribute.h"

#include "htmlentities.h"
#include "htmltext.h"

namespace Copydesk {

// md4c leaves an absent attribute (the language of an indented code block, a link without a
// title) zeroed: no text and no offset arrays, which must not be read.
QString Md4cAttribute::text(const MD_ATTRIBUTE &attribute)
{
    QString text;
    if (attribute.size == 0 || !attribute.text || !attribute.substr_offsets
        || !attribute.substr_types)
        return text;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const MD_OFFSET end = attribute.substr_offsets[i + 1];
        const QByteArrayView piece(attribute.text + begin, end - begin);
        switch (attribute.substr_types[i]) {
        case MD_TEXT_ENTITY:
            text += HtmlEntities::decode(piece);
            break;
        case MD_TEXT_NULLCHAR:
            text += QChar(0xFFFD);
            break;
        default:
            text += QString::fromUtf8(piece);
        }
    }
    return HtmlText::clean(text);
}

std::optional<qsizetype> Md4cAttribute::sourceOffset(
    const MD_ATTRIBUTE &attribute, const QByteArray &source)
{
    if (attribute.size == 0 || !attribute.text)
        return std::nullopt;
    const char *begin = source.constData();
    if (attribute.text < begin || attribute.text + attribute.size > begin + source.size())
        return std::nullopt;
    return qsizetype(attribute.text - begin);
}

} // namespace Copydesk
