// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "checklistconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Copydesk {

/// One thing the checklist found wrong with an article.
struct ChecklistFinding
{
    QString ruleId; ///< One of ChecklistConfig::ruleIds().
    RuleLevel severity = RuleLevel::Recommended; ///< Recommended or Required, never Off.
    /// Where to fix it, in CommentAnchor's path syntax: "headline", "hero.altText", "parts"
    /// (a part is missing), "parts/<partId>/items", "parts/<partId>/faq/2"…
    QString path;
    QString message; ///< Translated; says what to fix.
    bool operator==(const ChecklistFinding &) const = default;
};

/// The rules engine behind the checklist: runs every rule the config does not turn off over an
/// article. Pure and thread-safe; it needs no library, so it works on files as well.
class Checklist
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Checklist)
public:
    /// The findings, rule by rule in ChecklistConfig::ruleIds() order, within a rule in reading
    /// order. Empty when the article passes every rule that is on.
    static QList<ChecklistFinding> run(const Article &article, const ChecklistConfig &config);

    /// The number of Required findings: they block submitting and approving.
    static int requiredCount(const QList<ChecklistFinding> &findings);

    /// The reading time typed into `text` ("5 min read", "5-minute read"), in minutes; -1 when
    /// there is none.
    static int statedReadingMinutes(const QString &text);

    /// The hero.size rule's limits, in pixels of the picture's width: the page's column (40rem
    /// at 16 px, house.css; a narrower picture is shown at its own size, never stretched) and
    /// the width social cards (Open Graph, search results) ask for.
    static constexpr int pageColumnWidth = 640;
    static constexpr int socialCardWidth = 1200;
};

} // namespace Copydesk
