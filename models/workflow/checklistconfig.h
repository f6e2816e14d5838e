// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "publicationprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Copydesk {

/// How much a checklist rule matters to a publication.
enum class RuleLevel
{
    Off,
    Recommended, ///< Findings warn.
    Required, ///< Findings block submitting and approving.
};

/// "off", "recommended", "required".
QString ruleLevelName(RuleLevel level);
/// Parses ruleLevelName() output; sets *ok to false (and returns Off) for unknown names.
RuleLevel ruleLevelFromName(const QString &name, bool *ok);

/// A publication's checklist settings: a level for each rule and the limits the rules use.
/// Stored in the library (SqliteWorkflow::checklistConfig()); a default-constructed config is
/// the house default.
class ChecklistConfig
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ChecklistConfig)
public:
    /// Every rule id, in the order findings are reported: "headline.present",
    /// "headline.length", "dek.present", "bylines.present", "published.set", "hero.altText",
    /// "hero.size", "body.sections", "parts.nonEmpty", "keyFacts.nonEmpty",
    /// "keyTakeaways.nonEmpty", "references.nonEmpty", "faq.questions", "references.urls",
    /// "references.titles", "sections.uniqueTitles", "readingTime.matches", "words.target".
    static QStringList ruleIds();
    /// The checks run before an article leaves the building (Preflight): headline, bylines,
    /// publication date, hero alt text and reference URLs Required; empty parts, reference
    /// titles and a hero image too small for the page or a social card Recommended; everything
    /// else Off.
    static ChecklistConfig preflight();
    /// The level of `ruleId` in the house default; Off for unknown ids.
    static RuleLevel defaultLevel(const QString &ruleId);
    /// Translated one-line description of what the rule checks; empty for unknown ids.
    static QString description(const QString &ruleId);

    /// The configured level, or defaultLevel() when none was set.
    RuleLevel level(const QString &ruleId) const;
    /// Sets the level of a known rule; returns false (and changes nothing) for unknown ids.
    bool setLevel(const QString &ruleId, RuleLevel level);

    /// Longest headline, in characters, that headline.length accepts; 0 checks nothing (the
    /// rule then finds no fault). Not part of the stored configuration: the publication profile
    /// is the one source, SqliteWorkflow::checklistConfig() copies its headlineMaxLength here,
    /// and without a library the house default profile's limit applies.
    int headlineMaxLength = PublicationProfile::defaultHeadlineMaxLength();
    /// Reading speed for readingTime.matches; the library fills it from the publication
    /// profile.
    int wordsPerMinute = 230;
    /// The targets for words.target; the library fills them from the publication profile.
    /// Without any (the default) only an article's own target is checked.
    WordTargets wordTargets;

    /// {"levels": {"dek.present": "required", …}}; levels equal to the default are left out,
    /// and so are the values that come from the publication profile.
    QJsonObject toJson() const;
    /// Reads toJson() output. Unknown rule ids and unknown levels are an InvalidInput error that
    /// names the key. A "headlineMaxLength" that libraries stored before the profile held the
    /// limit is ignored, whatever its value: the profile's limit wins, even when no profile was
    /// stored (then the house default's).
    static Result<ChecklistConfig> fromJson(const QJsonObject &json);

    bool operator==(const ChecklistConfig &) const = default;

private:
    QHash<QString, RuleLevel> m_levels;
};

} // namespace Copydesk
