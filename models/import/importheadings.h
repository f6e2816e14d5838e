// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QString>
#include <optional>

namespace Copydesk {

/// The headings newsrooms give the structured parts, in English and German ("Key Facts",
/// "Auf einen Blick", "Das Wichtigste"; "FAQ", "Häufige Fragen"; "References", "Quellen"…), and
/// the "More in …" footer. Case, a trailing colon and spaces do not matter. Pure.
class ImportHeadings
{
public:
    /// The structured kind a heading names, or nothing for any other heading (a section).
    static std::optional<ArticlePart::Kind> kindOf(const QString &heading);
    /// The category of a "More in Business" / "Mehr aus Wirtschaft" line, or nothing.
    static std::optional<QString> moreIn(const QString &line);
    /// Whether `line` is page machinery that a copy from a browser picks up ("Skip to content",
    /// "Advertisement", "Share this article", "Anzeige"…).
    static bool isChrome(const QString &line);
};

} // namespace Copydesk
