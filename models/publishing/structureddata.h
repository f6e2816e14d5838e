// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"
#include "renderoptions.h"

#include <QJsonObject>

namespace Copydesk {

/// schema.org structured data (JSON-LD) for a rendered page.
class StructuredData
{
public:
    /// The NewsArticle description of `article`, with what Google's Article guidance asks
    /// for: headline, description (the dek), datePublished (left out for an unpublished
    /// article, which is marked creativeWorkStatus "Draft" instead), dateModified
    /// (options.modified, else the publication date), url and mainEntityOfPage (ProfileUrls::articleUrl),
    /// author (a Person with jobTitle per byline; an Organization for a newsroom byline, see
    /// NewsroomByline), publisher (an Organization with url and logo), image (an ImageObject
    /// "#hero" with its caption, credit and pixel size; its absolute url when the hero is
    /// published beside the page, RenderOptions::heroFileName), articleSection, keywords,
    /// inLanguage (`language`), wordCount and citation (the references). Members without a
    /// value are left out.
    static QJsonObject newsArticle(const Article &article, const PublicationProfile &profile,
        const RenderOptions &options, const QString &language, qsizetype wordCount);

    /// The FAQPage for `pairs` (question, answer as plain text); an empty object when there is
    /// no pair with both a question and an answer.
    static QJsonObject faqPage(const QList<std::pair<QString, QString>> &pairs);

    /// `object` as compact JSON with "<", ">", "&" and the JavaScript line separators written
    /// as \u escapes, so that no text in it can end or confuse the <script> element it goes in.
    static QString scriptText(const QJsonObject &object);
};

} // namespace Copydesk
