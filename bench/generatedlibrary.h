#pragma once

// Fills a team library with generated articles fast, for the team library benchmarks.

#include <QString>

namespace Copydesk::Bench {

/// Adds the generated articles (Testing::generatedArticle()) of seeds `first` to `end` - 1 to
/// the team library in `database` of the server `server`, as drafts of `owner` with one
/// revision each, created and modified ten minutes apart (the higher the seed, the newer),
/// with the text, body text, word count and bylines the store would write. The rows go in with
/// one COPY as the superuser (psql), not article by article through the store's functions:
/// 100,000 articles take a few minutes instead of eight. Dies on error.
void addGeneratedArticles(
    const QString &server, const QString &database, const QString &owner, qint64 first, qint64 end);

} // namespace Copydesk::Bench
