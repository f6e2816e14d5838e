// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

/// What a full-text search reads, the same for every backend: the terms of what the user typed,
/// and the text of an article beside its headline and dek. Pure functions; any thread.
namespace Copydesk::SearchText {

/// The words and phrases of `text`, in order, without their quotes. Pieces with no letter or
/// digit are left out (they would match nothing). An unclosed quote runs to the end. A term
/// never contains a double quote.
QStringList terms(const QString &text);

/// What a search as you type reads of `text`: its terms(), and whether the last of them is the
/// word still being typed, which then matches every word it begins ("harbo" finds "harbour";
/// an exact match ranks above a longer word). That is the case when the text ends with an
/// unquoted word (no space or quote after it) of at least MinPrefixLength letters or digits:
/// the words before it were finished with a space, a phrase with its closing quote, and
/// shorter words would begin too many words of the index to be worth it. An unclosed phrase
/// matches as written.
struct TypedTerms
{
    QStringList terms;
    bool lastIsPrefix = false;
};
inline constexpr int MinPrefixLength = 3;
TypedTerms typedTerms(const QString &text);

/// The texts a search index holds of an article besides its headline and dek, read from its
/// ArticleJson form (`json`, UTF-8): the lede, every string in "parts" except ids, kinds, URLs
/// and dates, then byline names and roles, tags, the hero's caption, alt text and credit, and
/// the dateline, in that order. The Markdown is left as written. Empty for malformed JSON.
QStringList articleTexts(QByteArrayView json);

} // namespace Copydesk::SearchText
