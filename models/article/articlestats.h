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

/// The number of words a reader reads in `markdownOrText`: the one definition of a word count.
/// - The text is the Markdown's visible text (MarkdownText::read(): no syntax, no link
///   destinations, no images or alt text; code counts).
/// - Words are the segments between Unicode word boundaries (UAX #29, QTextBoundaryFinder)
///   that hold a letter or a digit: "don't", "it’s", "3.5" and "1,000" are one word each;
///   hyphens, slashes, dots between letters and dashes separate words ("state-of-the-art" is
///   four, a bare URL as many as its parts: "https://example.org/a" is four); each Han
///   ideograph and Hiragana character is a word, a run of Katakana or a Hangul word is one;
///   emoji and punctuation are not words.
int countWords(QStringView markdownOrText);

/// The number of Markdown images (`![alt](src)` and `![alt][ref]`) in `markdown`.
int countImages(QStringView markdown);

/// Words the newsroom wrote for readers, as countWords() counts them: headline, dek, lede, the
/// hero caption (when there is a hero image), and each non-empty part's own heading and content:
/// section text, list items, quotes with speaker and role, FAQ questions and answers, reference
/// titles and publishers. Bylines, dateline, tags, URLs, empty parts (the page leaves them out)
/// and the default heading of a structured part without a heading of its own ("Key Facts",
/// "Häufige Fragen") are not counted: that heading is a label the publication's page supplies
/// in the page's language, like "By" or "4 min read", so the count is a property of the article
/// alone and never depends on the program's language or on a translation.
/// Plain-text fields (headline, dek, caption, headings, quotes, questions, reference fields)
/// are counted as typed; Markdown fields (lede, section text, items, answers) by their visible
/// text. The status bar, word targets, reading time, the library's word column, JSON-LD
/// wordCount and ninjs all use this number.
int wordCount(const Article &article);

/// Reading time: wordCount() at the given speed, rounded up to whole seconds, plus
/// `secondsPerImage` for the hero image and each image in the Markdown text.
int readingSeconds(const Article &article, const ReadingTimeOptions &options = {});

/// readingSeconds() in minutes, rounded up: at least 1 for an article with any word or image,
/// 0 for an empty one.
int readingMinutes(const Article &article, const ReadingTimeOptions &options = {});

} // namespace ArticleStats

} // namespace Copydesk
