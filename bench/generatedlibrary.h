// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// Fills a team library with generated articles fast, for the team library benchmarks.

#include <QString>

namespace Copydesk::Bench {

/// Adds the generated articles (Testing::generatedArticle()) of seeds `first` to `end` - 1 to
/// the team library in `database` of the server `server`, as drafts of `owner` with one
/// revision each, created and modified ten minutes apart (the higher the seed, the newer),
/// with the text, body text, word count and bylines the store would write. The rows go in with
/// COPY as the superuser (two psql sessions; the server's share is mostly computing the search
/// vectors), not article by article through the store's functions, and without announcing
/// them. Dies on error; a library left half built should be dropped.
void addGeneratedArticles(
    const QString &server, const QString &database, const QString &owner, qint64 first, qint64 end);

} // namespace Copydesk::Bench
