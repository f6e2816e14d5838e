// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "articletextfields.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Copydesk {

struct TextSearchOptions
{
    bool matchCase = false;
    /// Only matches that start and end at word boundaries (QTextBoundaryFinder's), so "art"
    /// does not match inside "article".
    bool wholeWords = false;
    bool operator==(const TextSearchOptions &) const = default;
};

/// A match: `length` characters from `start` of the text at index `text` of the list searched.
struct TextMatch
{
    qsizetype text = -1;
    qsizetype start = -1;
    qsizetype length = 0;
    bool operator==(const TextMatch &) const = default;
};

/// Find and replace over a list of texts (an article's fields, ArticleTextFields). Plain text,
/// no patterns: what the writer types is what is found. Matches do not overlap; each search
/// resumes after the previous match.
namespace TextSearch {

/// Every match of `needle` in `texts`, in list order, then by position. Empty for an empty
/// needle.
QList<TextMatch> findAll(
    const QStringList &texts, const QString &needle, const TextSearchOptions &options);

/// Every match in `text` replaced by `replacement` (taken literally). `count`, when given,
/// receives the number of replacements.
QString replaceAll(const QString &text, const QString &needle, const QString &replacement,
    const TextSearchOptions &options, qsizetype *count = nullptr);

/// Every match in every text field of `article` (ArticleTextFields::list()) replaced: the fields
/// that change, with their new texts, in document order (for ArticleDocument::setTexts()).
/// `count`, when given, receives the number of replacements.
QList<ArticleTextField> replaceAll(const Article &article, const QString &needle,
    const QString &replacement, const TextSearchOptions &options, qsizetype *count = nullptr);

/// The text field at `path` with `length` characters from `start` replaced by `replacement`;
/// nullopt when the path names no text field or the range is outside its text.
std::optional<ArticleTextField> replaceAt(const Article &article, const QString &path,
    qsizetype start, qsizetype length, const QString &replacement);

} // namespace TextSearch

} // namespace Copydesk
