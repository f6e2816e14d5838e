// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"
#include "renderoptions.h"

#include <QVariantHash>

namespace Copydesk {

/// The variables a house-style template gets, as documented in docs/templates.md: "page",
/// "publication", "article", "parts" and "labels".
///
/// Everything is prepared here so that templates only lay out: text is cleaned of code points
/// HTML forbids, empty parts are already left out, Markdown is rendered (and marked safe for
/// the template engine), URLs have passed UrlPolicy or are empty, pictures are data: URLs,
/// dates, labels and the default headings of structured parts are in the page's language (the
/// translation embedded under :/i18n/page, else English; never the application's language).
/// Values that are absent are empty strings, lists or hashes, which templates test with {% if %}.
/// Safe to call from several threads at once.
class PageVariables
{
public:
    static QVariantHash build(
        const Article &article, const PublicationProfile &profile, const RenderOptions &options);

    /// The page language: the article's, else the profile's, else "en"; always a well-formed
    /// tag.
    static QString language(const Article &article, const PublicationProfile &profile);

    /// The heading a structured part with an empty heading gets on a page in `language` (a BCP 47
    /// tag, see language()); empty for sections. English when the language has no translation.
    static QString defaultHeading(ArticlePart::Kind kind, const QString &language);
};

} // namespace Copydesk
