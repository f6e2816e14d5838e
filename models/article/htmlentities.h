// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

namespace Copydesk {

/// Decoding of HTML character references, for Markdown text and for checking URLs.
///
/// Numeric references and every name of the WHATWG list (about 2,100, generated at build time
/// from Python's html.entities) are known; other names are left as they were written. Some
/// names stand for two code points (&NotEqualTilde;). Invalid numeric code points (zero,
/// surrogates, beyond U+10FFFF) become U+FFFD.
class HtmlEntities
{
public:
    /// The character for one complete reference such as "&amp;", "&#x61;" or "&#97;"; the
    /// reference itself, unchanged, when the name is unknown or it is not a reference.
    static QString decode(QByteArrayView reference);

    /// `text` with every reference replaced by its character, including numeric references
    /// without the closing semicolon, which browsers also accept. Used to see a URL as a
    /// browser would, never to produce output.
    static QString decodeAll(const QString &text);

    /// How many named references are known.
    static qsizetype namedCount();
};

} // namespace Copydesk
