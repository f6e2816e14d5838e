// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"
#include "wordtargets.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Copydesk {

/// The house style every page of one publication shares: who publishes, how the page looks,
/// and where its category pages live. One profile belongs to a library, so that everyone
/// working on that library renders the same page.
///
/// The renderer never trusts these values blindly: an accent colour that is not "#rrggbb", a
/// URL that is not http(s) or a logo that is not a picture is replaced or left out.
struct PublicationProfile
{
    enum class PageSize
    {
        A4,
        Letter
    };

    QString name = QStringLiteral("Copydesk");
    QString tagline;
    QByteArray logo; ///< Picture bytes; empty for no logo.
    QString logoMimeType; ///< "image/png", "image/svg+xml"…
    QString accentColor = defaultAccentColor(); ///< "#rrggbb".
    QString language = QStringLiteral("en"); ///< BCP 47; used when an article names none.
    int wordsPerMinute = 230; ///< Reading speed for "4 min read".
    PageSize pageSize = PageSize::A4; ///< For PDF export.
    /// Category pages are linked as categoryBaseUrl + slug ("https://example.com/section/" +
    /// "world-news"); empty for no category links.
    QString categoryBaseUrl;
    QString siteUrl; ///< The publication's home page; empty when there is none.
    /// Where an article is published (ArticleUrl): an absolute http(s) URL or a path on siteUrl,
    /// with {slug}, {category}, {uuid}, {yyyy}, {mm} and {dd} standing for the headline's slug,
    /// the category's slug, the article's UUID and its publication date
    /// ("/{yyyy}/{mm}/{slug}"). Empty when articles have no known address.
    QString articleUrlPattern;
    /// Longest headline and dek the house style wants, in characters; 0 for no limit. The one
    /// source of these limits: the editor's counters show them (nothing is cut) and the
    /// checklist's headline.length rule checks the headline against headlineMaxLength. Stored
    /// profiles without these members read as the defaults.
    int headlineMaxLength = defaultHeadlineMaxLength();
    int dekMaxLength = defaultDekMaxLength();
    /// How many words (EditSize::changedWords(), counted from the text the last review decision
    /// saw) an editor or admin may change in an approved or published article without it going
    /// back to review; the edit is audited as "smallEdit" and the approval moves to the new
    /// text. 0, the default: every change needs a new approval.
    int editorSmallEditWords = 0;
    /// How many words articles should have, per category (the checklist's words.target rule,
    /// the status bar). No targets by default.
    WordTargets wordTargets;

    static constexpr int defaultHeadlineMaxLength() { return 110; }
    static constexpr int defaultDekMaxLength() { return 250; }

    static QString defaultAccentColor() { return QStringLiteral("#9b1c1c"); }
    /// Whether `color` is "#" followed by exactly six hex digits.
    static bool isValidColor(const QString &color);

    /// "A4" or "Letter".
    static QString pageSizeName(PageSize size);

    /// The JSON form: every member under its own name, the logo as base64 in "logo" with
    /// "logoMimeType", the page size as pageSizeName(), the word targets as
    /// WordTargets::toJson() in "wordTargets".
    QJsonObject toJson() const;
    /// Reads toJson() output. Absent members keep their defaults; a member of the wrong type,
    /// an invalid colour, an unknown page size or bad base64 is an Error::InvalidInput that
    /// names the member.
    static Result<PublicationProfile> fromJson(const QJsonObject &json);

    bool operator==(const PublicationProfile &) const = default;
};

} // namespace Copydesk
