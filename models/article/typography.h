// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QChar>
#include <QString>
#include <optional>

namespace Copydesk {

/// The quotation marks of a language: double and single, opening and closing, and the space
/// its typography keeps inside double quotes and before ; : ! ?.
struct QuoteStyle
{
    QChar openDouble;
    QChar closeDouble;
    QChar openSingle;
    QChar closeSingle;
    /// A no-break space inside the double quotes (« oui ») and before ; : ! ? (French); null
    /// for languages that set none.
    QChar innerSpace = {};

    /// The house quotes for a BCP 47 tag: “ ” ‘ ’ for English (and languages not listed here),
    /// „ “ ‚ ‘ for German, « » ‹ › without spaces for Swiss German (de-CH, de-LI), « » ‹ › with
    /// U+202F NARROW NO-BREAK SPACE as innerSpace for French (fr and every fr-… region). Case
    /// and "_" for "-" do not matter.
    static QuoteStyle forLanguage(const QString &language);

    bool operator==(const QuoteStyle &) const = default;
};

/// What to put in place of a typed character so that straight quotes and hyphens come out as
/// typographic ones: the last `replaced` characters before the cursor and the typed character
/// itself are replaced by `text`.
struct TypedReplacement
{
    int replaced = 0;
    QString text;

    bool operator==(const TypedReplacement &) const = default;
};

/// Whether typographicReplacement() may replace `typed` at all in `style` (a straight quote or
/// a hyphen; with an innerSpace also a space and ; : ! ?): editors ask this first, so that other
/// keys do not pay for copying the text.
bool typographyMayReplace(QChar typed, const QuoteStyle &style);

/// The smart-punctuation rule the Markdown editors apply as the writer types. Pure: given the
/// Markdown before the cursor (`before`, the whole text up to the cursor so that code blocks
/// are seen) and the typed character, returns what to insert, or nothing to insert `typed` as is.
///
/// - `"` opens (after the start, a space, an opening bracket, a dash or another opening quote)
///   or closes; `'` likewise with the single marks, except that `'` after a letter or digit is
///   the apostrophe ’ ("don’t") unless an opening single quote of the style is still open in
///   the paragraph, which it then closes (German „Sie sagte ‚nein‘“).
/// - With an innerSpace (French), `"` opens with it after the mark ("«\u202F") and closes with it
///   before ("\u202F»"); a plain space typed before the closing `"` becomes that space, and `"`
///   typed after a space closes while a « is open in the paragraph. A space typed right after «
///   is dropped (or becomes the innerSpace after a bare «). A plain space typed before ; : ! ?
///   after a word becomes the innerSpace ("Quoi ?" keeps "Quoi" and "?" on one line); without a
///   space typed before them ("https:", "10:30") they stay as they are.
/// - A second `-` after a `-` becomes an en dash "–" (spaced en dash: German and British house
///   style), a `-` right after that en dash an em dash "—" (American style, "---"). Lines holding
///   only hyphens and spaces (Markdown rules "---", list bullets) are left alone.
/// - Nothing is replaced inside a Markdown code span or fenced/indented code block, inside
///   a URL or e-mail address ("://", "www.", "@" in the current word) or an HTML tag.
std::optional<TypedReplacement> typographicReplacement(
    const QString &before, QChar typed, const QuoteStyle &style);

} // namespace Copydesk
