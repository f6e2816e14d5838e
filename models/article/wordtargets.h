// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Copydesk {

/// How long a publication wants its articles, in words as ArticleStats::wordCount() counts
/// them: one target per category, a default for the rest, and how far over a target is still
/// fine. An article's own Article::wordTarget overrides them. Part of the PublicationProfile;
/// the checklist's words.target rule and the status bar read it from there.
struct WordTargets
{
    int defaultWords = 0; ///< For categories without a target of their own; 0 for no target.
    /// Category → words. Categories match case-insensitively, spaces at either end ignored.
    QMap<QString, int> byCategory;
    /// An article more than this many percent over its target is too long; 0 for no limit.
    int overPercent = 25;

    /// The target for `article`: its own wordTarget when set, else its category's, else
    /// defaultWords. 0 when it has none.
    int targetFor(const Article &article) const;

    /// The status bar's text: "612 / 800 words", or "Words: 612" for a target of 0. Translated.
    static QString progressText(int words, int target);

    /// {"default": 800, "categories": {"News": 600}, "overPercent": 25}.
    QJsonObject toJson() const;
    /// Reads toJson() output; absent members keep their defaults. A member that is not a whole
    /// number of 0 or more (a category target: 1 or more) is an Error::InvalidInput naming it.
    static Result<WordTargets> fromJson(const QJsonObject &json);

    bool operator==(const WordTargets &) const = default;
};

} // namespace Copydesk
