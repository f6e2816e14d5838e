// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"
#include "renderoptions.h"
#include "result.h"

#include <QByteArray>

namespace Copydesk {

/// The article as readers see it: one self-contained HTML5 document in the publication's house
/// style. The live preview and every export use this, so what an editor approves is what
/// readers get.
///
/// The page has semantic markup (<article>, <header>, <section data-part-id> per non-empty
/// part in the article's order), schema.org NewsArticle and FAQPage JSON-LD, Open Graph meta
/// tags and a Content-Security-Policy that allows only data: images, the page's own stylesheet
/// (by hash) and nothing else. The CSS and images are embedded: the page makes no requests.
/// Every text field is escaped, Markdown goes through MarkdownRenderer, URLs through UrlPolicy.
class ArticleRenderer
{
public:
    /// The page for `article` as UTF-8. Depends only on its arguments and the template files,
    /// never on the clock: the same input gives the same bytes.
    ///
    /// Fails only when a template cannot be used (a newsroom's template with a syntax error, a
    /// missing include); the Error names the template. Thread-safe: templates are parsed once
    /// per thread and template directory and kept (see HouseTemplates).
    static Result<QByteArray> render(const Article &article, const PublicationProfile &profile,
        const RenderOptions &options = {});
};

} // namespace Copydesk
