// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// URL and file-name slugs: "World News" → "world-news".
class Slug
{
public:
    /// `text` in lower case with accents removed, every run of characters other than letters
    /// and digits turned into one hyphen, and no hyphen at either end. Letters of every script
    /// are kept ("Économie" → "economie", "السياسة" stays Arabic). Empty when `text` has no
    /// letter or digit.
    static QString fromText(const QString &text);
};

} // namespace Copydesk
