// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QStringView>

namespace Copydesk {

/// How fast readers are assumed to read.
struct ReadingTimeOptions
{
    int wordsPerMinute = 230; ///< Values below 1 mean the default.
    int secondsPerImage = 12; ///< Added for the hero image and each Markdown image.
};

/// Figures derived from an article's text. All functions are pure and thread-safe.
namespace ArticleStats {

/// The number of words a reader reads in `markdownOrText`.
/// - A word is a run of letters, digits and combining marks; apostrophes and hyphens inside a
///   word ("don't", "state-of-the-art") and separators inside a number ("3.5", "1,000",
///   "10:30") do not split it. A URL counts as one word.
/// - Each Han, Hiragana, Katakana or Hangul character is a word of its own.
/// - Markdown syntax is not text: heading marks, emphasis, list markers (also "1."), table
///   rules, fence lines, HTML tags and entities, link destinations and reference definitions
///   are not counted, and neither are images (alt text included). Code is counted.
int countWords(QStringView markdownOrText);

/// The number of Markdown images (`![alt](src)` and `![alt][ref]`) in `markdown`.
int countImages(QStringView markdown);

/// Words a reader reads in the article: headline, dek, lede, the hero caption (when there is a
/// hero image), and each part's heading (a structured part's default heading when it has none)
/// and content: section text, list items, quotes with speaker and role, FAQ questions and
/// answers, reference titles and publishers. Bylines, dateline, tags and URLs are not counted.
int wordCount(const Article &article);

/// Reading time: wordCount() at the given speed, rounded up to whole seconds, plus
/// `secondsPerImage` for the hero image and each image in the Markdown text.
int readingSeconds(const Article &article, const ReadingTimeOptions &options = {});

/// readingSeconds() in minutes, rounded up: at least 1 for an article with any word or image,
/// 0 for an empty one.
int readingMinutes(const Article &article, const ReadingTimeOptions &options = {});

} // namespace ArticleStats

} // namespace Copydesk
