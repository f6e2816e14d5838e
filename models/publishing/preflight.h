// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Copydesk {

/// One problem found before export.
struct PreflightFinding
{
    enum class Severity
    {
        Warning, ///< Readers will not notice, but the page is poorer (an empty part left out).
        Error, ///< Would embarrass the publication (no headline, no alt text, a broken URL).
    };

    Severity severity = Severity::Error;
    /// Where, as the article's JSON names it: "headline", "hero.altText", "parts[3]",
    /// "parts[7].references[1]".
    QString field;
    /// Where, as a person sees it (FindingPlace::name()): "Hero image alt text", "References 2".
    QString place;
    QString message; ///< One translated sentence.

    bool operator==(const PreflightFinding &) const = default;
};

/// The checks run before an article leaves the building: the workflow's Checklist with the
/// ChecklistConfig::preflight() configuration (no headline, byline, publication date, hero alt
/// text or well-formed reference URL is an Error; an empty part, which the page leaves out, or
/// a reference without a title a Warning). One rule engine serves the checklist panel, the
/// workflow's gates and export.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Preflight)
public:
    /// Every finding, rule by rule as the checklist reports them; empty when the article is fit
    /// to publish.
    /// Pure and thread-safe.
    static QList<PreflightFinding> check(const Article &article);
    /// Whether any finding is an Error.
    static bool hasErrors(const QList<PreflightFinding> &findings);
    /// "error: Hero image alt text: Describe the hero image…" (translated).
    static QString format(const PreflightFinding &finding);
};

} // namespace Copydesk
