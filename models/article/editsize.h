// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QJsonValue>
#include <QStringList>

namespace Copydesk {

/// How much an edit changed an article, in words: the measure behind the publication profile's
/// allowance for editors' small edits after approval (PublicationProfile::editorSmallEditWords).
///
/// The words are the tokens of every value of the article's JSON form (status and owner left
/// out) split at white space: headline, dek, bodies, list items, captions, links and metadata
/// alike, so that no change goes uncounted. An edit's size is the larger of the number of words
/// it removed and the number it added, compared as multisets: correcting one word is 1, adding
/// three is 3, moving a word elsewhere is 0.
///
/// The team library's server counts the same way on its own copy of the text
/// (copydesk.changed_words in models/postgres/schema/4.sql): the white space characters are the
/// fixed list below, never a locale's, so that both count alike.
class EditSize
{
public:
    /// The characters words are split at: ASCII white space, U+0085, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    static bool isSeparator(char16_t c);
    /// The words of one JSON value, in document order: a string's tokens, a number's or a
    /// boolean's text, arrays and objects recursively (their values only, not their keys).
    static QStringList words(const QJsonValue &value);
    /// The size of the edit from `before` to `after` (see the class description).
    static int changedWords(const QStringList &before, const QStringList &after);
    /// changedWords() on the two articles' JSON forms, status and owner left out.
    static int changedWords(const Article &before, const Article &after);
};

} // namespace Copydesk
