// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// The documents every program under test opens: the generated article windowbench types into
// (Testing::generatedArticle(42, words)), as a one-article Copydesk library and as plain
// Markdown for peers.

#include <QString>

namespace Copydesk::Bench {

struct Documents
{
    int words = 0;
    QString library; ///< A Copydesk library holding only the article. Never opened for writing.
    QString markdown; ///< The same article as Markdown a Markdown editor shows as a page.

    /// Writes both into `folder`. Dies on error.
    static Documents make(int words, const QString &folder);
};

/// Copies `from` over `to` (the pristine document for each run, so that what a run typed or
/// saved does not reach the next). Dies on error.
void copyPristine(const QString &from, const QString &to);

} // namespace Copydesk::Bench
