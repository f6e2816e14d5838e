// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "exportoptions.h"
#include "publicationprofile.h"

#include <QByteArray>
#include <QJsonObject>

namespace Copydesk {

/// The article as an IPTC ninjs 2.0 news item (https://iptc.org/standards/ninjs/), valid
/// against the IPTC's JSON Schema (tests/data/ninjs). The mapping:
/// - uri "urn:uuid:<uuid>", altids with the uuid; type "text", representationtype "full";
///   standard {ninjs, 2.0, schema}; version the revision number (when known);
/// - headlines [{role "main"}], descriptions [{role "summary"}] from the dek;
/// - bodies: [{role "main", contenttype "text/html"}] with the lede and every non-empty part as
///   HTML (the page's article text, without masthead, byline or hero), word and character
///   counts;
/// - by "Name (Role), Name", people [{name, rel "author"}] per byline;
/// - subjects from the category (rel "category", uri the category page when the profile has a
///   base URL) and tags (rel "tag"); located from the dateline; slugline Slug of the headline;
/// - language (the profile's when the article names none); firstcreated, versioncreated and
///   contentcreated (the publication date) as RFC 3339 date-times with their offsets;
///   pubstatus "usable" for published and approved articles, "canceled" for spiked ones,
///   "withheld" otherwise; copyrightholder the publication's name;
/// - associations [{name "featureimage", type "picture", …}] for the hero image, with caption
///   and alt text as descriptions, the credit as by, and one rendition "original" (data: URI
///   unless ExportOptions::embedImages is false, media type, size in bytes).
/// Empty values are left out, never written as empty strings. Pure and thread-safe.
class NinjsExporter
{
public:
    static QJsonObject toJson(const Article &article, const PublicationProfile &profile,
        const ExportOptions &options = {});
    /// toJson() as indented UTF-8.
    static QByteArray toBytes(const Article &article, const PublicationProfile &profile,
        const ExportOptions &options = {});
    /// The article text as HTML: the lede and each non-empty part in order, headed by <h2>;
    /// default headings of structured parts in `language` (see PageVariables::language()).
    static QString bodyHtml(const Article &article, const QString &language);
};

} // namespace Copydesk
