// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// Just enough of BCP 47 for a page's lang and dir attributes.
class LanguageTag
{
public:
    /// `tag` with surrounding space trimmed when it is shaped like a language tag (a primary
    /// subtag of 2–8 letters, then hyphen-separated subtags of 1–8 letters or digits);
    /// otherwise an empty string.
    static QString checked(const QString &tag);

    /// Whether text in `tag` runs right to left: a right-to-left script subtag ("Arab",
    /// "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg"), or else a language usually written in
    /// one (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Kurdish
    /// Sorani). A Latin or other explicit script subtag wins over the language.
    static bool isRightToLeft(const QString &tag);
};

} // namespace Copydesk
