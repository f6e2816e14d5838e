// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <optional>

namespace Copydesk {

/// An expert quote as newsrooms type it: “Prices will fall,” said Jane Doe, an economist at X.
/// (also "…,” Jane Doe said." and German „…“, sagte Erika Muster, Ökonomin bei X.), or a
/// <blockquote> with its attribution ("— Jane Doe, economist at X"). The speaker's role loses a
/// leading article ("an economist" → "economist"). Pure.
class QuoteParser
{
public:
    /// The quote, or nothing when `text` is not one (no quotation marks, nobody named).
    static std::optional<Quote> parse(const QString &text);
    /// A quotation whose speaker is in `attribution` (may be empty: no speaker).
    static Quote withAttribution(const QString &text, const QString &attribution);
};

} // namespace Copydesk
