// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"

#include <QJsonObject>

namespace Copydesk {

/// schema.org structured data (JSON-LD) for a rendered page.
class StructuredData
{
public:
    /// The NewsArticle description of `article`: headline, description (the dek),
    /// datePublished, dateModified (`modified`, else the publication date), author, publisher,
    /// image (an ImageObject "#hero" pointing at the page's hero figure, with its caption and
    /// credit), articleSection, keywords, inLanguage (`language`), wordCount and citation (the
    /// references). Members without a value are left out.
    static QJsonObject newsArticle(const Article &article, const PublicationProfile &profile,
        const QDateTime &modified, const QString &language, qsizetype wordCount);

    /// The FAQPage for `pairs` (question, answer as HTML); an empty object when there is no
    /// pair with both a question and an answer.
    static QJsonObject faqPage(const QList<std::pair<QString, QString>> &pairs);

    /// `object` as compact JSON with "<", ">", "&" and the JavaScript line separators written
    /// as \u escapes, so that no text in it can end or confuse the <script> element it goes in.
    static QString scriptText(const QJsonObject &object);
};

} // namespace Copydesk
