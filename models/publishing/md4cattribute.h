// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <md4c.h>
#include <optional>

namespace Copydesk {

/// Reading md4c's attributes (a link's href and title, an image's src). Internal to
/// copydesk_publishing, the one library that parses Markdown into HTML.
class Md4cAttribute
{
public:
    /// The attribute's text with entities decoded and the code points HTML forbids cleaned out
    /// (HtmlText::clean()); empty for an absent attribute.
    static QString text(const MD_ATTRIBUTE &attribute);

    /// Where the attribute's text stands in `source`, the UTF-8 bytes md4c parsed, in bytes:
    /// md4c points into the source when the text needed no decoding (no escapes, no
    /// entities). nullopt when it does not (an absent attribute, a decoded copy).
    static std::optional<qsizetype> sourceOffset(
        const MD_ATTRIBUTE &attribute, const QByteArray &source);
};

} // namespace Copydesk
