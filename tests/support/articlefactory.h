// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QStringList>

/// Articles for tests and benchmarks. Every function is deterministic (the same call returns an
/// equal article, ids included) and thread-safe.
namespace Copydesk::Testing {

/// A realistic news story that uses every field and every part kind, in the typical order
/// (Background, Latest Developments, Key Facts, Expert Insights, Real-World Impact, Key
/// Takeaways, FAQ, References). Bodies carry Markdown emphasis, links, a table and a fenced code
/// block (whose content includes a "## " line that is not a heading). Published 2025-03-14 09:30
/// in Europe/Berlin; the hero image is a small valid PNG.
Article fullArticle();

/// fullArticle() with a hero wide enough for the page and a social card (a 1200 × 675 PNG), so
/// that the checklist has nothing to say about it: submitting it asks no question.
Article readyArticle();

/// An article full of text that breaks naive code: CJK, Arabic (right to left), combining
/// marks, emoji with zero-width joiners, U+2028, astral-plane characters, a very long word and
/// empty strings in lists. Published at a fixed UTC offset (+05:45) without a named zone.
Article oddUnicodeArticle();

/// One marker word ("zq" and the field's name: "zqheadline", "zqdek", "Zq Bylinename"…) in
/// every text field and part kind, for "everything is searchable" tests; the reference URL is
/// https://example.org/zqurl. Has the tiny PNG as hero image.
Article everyFieldArticle();

/// A believable English news article of about `targetWords` words, the same for the same seed.
/// Every part kind is present. Headline, dek, category (one of eight), bylines (from 36
/// authors), owner and status (all ArticleStatus values) vary with the seed; drafts have no
/// publication date. The text draws on three kinds of vocabulary: common words (Zipf-weighted,
/// most appear in most articles), mid-frequency names (each in about 1% of articles) and rare
/// names (each in about 5 of 100,000 articles). Fast: 100,000 articles take a few seconds.
Article generatedArticle(quint32 seed, int targetWords = 1500);

/// Sample words of each frequency class of generatedArticle(), for search tests and
/// benchmarks. Words of different classes never coincide. Mid and rare words are capitalised
/// names; common words are lowercase.
QStringList commonTerms();
QStringList midTerms();
QStringList rareTerms();

/// The bytes of the small PNG (4×4 pixels) used as hero image.
QByteArray tinyPng();
/// A valid PNG of one colour, `width` × `height` pixels (RGB, deflated with qCompress), for
/// tests that need a picture of a known size without Qt Gui.
QByteArray solidPng(int width, int height);

} // namespace Copydesk::Testing
