// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Copydesk {

/// Another article of the library, as a page links to it ("More in <category>").
struct RelatedArticle
{
    QString headline;
    QString url; ///< Its ProfileUrls::articleUrl(); empty when it has none (then listed without a
                 ///< link).
    QDateTime published;
    bool operator==(const RelatedArticle &) const = default;
};

/// What a render needs besides the article and the publication profile.
struct RenderOptions
{
    /// When the article was last changed: "Updated …" in the byline when later than the
    /// publication date, and dateModified in the structured data. Invalid (the default) leaves
    /// both out; the structured data then repeats the publication date.
    QDateTime modified;
    /// A directory of the newsroom's own template files for this render only (`copydesk
    /// --templates DIR`); each replaces the built-in template of the same name (see
    /// docs/templates.md). Empty: the profile's PublicationProfile::templateDirectory, and when
    /// that is empty too the built-in house style.
    QString templateDirectory;
    /// The most recent published articles of the same category, newest first (RelatedArticles
    /// computes them from the library). The page lists them under "More in <category>"; with
    /// none, that footer is left out.
    QList<RelatedArticle> moreInCategory;
    /// Empty (the default): the page is self-contained, its pictures embedded as data: URLs.
    /// Otherwise the page is published on the web with its hero image in the file of this name
    /// beside it (ArticleExporter writes it): the page's <img> refers to the file, the
    /// Content-Security-Policy allows pictures from the page's own site, and the structured
    /// data gives the picture's absolute URL when the article has a ProfileUrls::articleUrl().
    QString heroFileName;
    /// Like heroFileName, for the publication's logo.
    QString logoFileName;
    /// The page is only printed (PdfExporter), never shown: its stylesheet hides it on screens
    /// (`@media screen { html { display: none } }`), so that the web engine does not lay the
    /// page out for a screen while it loads (for a long article it did so again and again as
    /// the text arrived, and that grew with the square of the length); printing lays it out
    /// once, for the paper.
    bool printOnly = false;
};

} // namespace Copydesk
