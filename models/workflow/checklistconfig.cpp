// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "checklistconfig.h"

#include <QJsonValue>

namespace Copydesk {

namespace {

struct RuleEntry
{
    const char *id;
    RuleLevel level;
    const char *description;
};

constexpr RuleEntry rules[] = {
    {"headline.present", RuleLevel::Required,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "The article has a headline")},
    {"headline.length", RuleLevel::Required,
        QT_TRANSLATE_NOOP(
            "Copydesk::ChecklistConfig", "The headline fits the publication's length limit")},
    {"dek.present", RuleLevel::Recommended,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "The article has a dek")},
    {"bylines.present", RuleLevel::Required,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "At least one byline")},
    {"published.set", RuleLevel::Required,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "The publication date is set")},
    {"hero.altText", RuleLevel::Required,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig",
            "The hero image has alt text that is neither its caption nor its file "
            "name")},
    {"hero.size", RuleLevel::Recommended,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig",
            "The hero image is wide enough for the page's column and for social cards")},
    {"body.sections", RuleLevel::Required,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "At least one body section")},
    {"parts.nonEmpty", RuleLevel::Off,
        QT_TRANSLATE_NOOP(
            "Copydesk::ChecklistConfig", "No part is empty (the page leaves empty parts out)")},
    {"keyFacts.nonEmpty", RuleLevel::Recommended,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "Key Facts are present and not empty")},
    {"keyTakeaways.nonEmpty", RuleLevel::Recommended,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "Key Takeaways are present and not empty")},
    {"references.nonEmpty", RuleLevel::Recommended,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "References are present and not empty")},
    {"faq.questions", RuleLevel::Required,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig",
            "Every FAQ question ends with a question mark and has an answer")},
    {"references.urls", RuleLevel::Required,
        QT_TRANSLATE_NOOP(
            "Copydesk::ChecklistConfig", "Reference URLs are well-formed http or https addresses")},
    {"references.titles", RuleLevel::Off,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "Every reference has a title")},
    {"sections.uniqueTitles", RuleLevel::Recommended,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig", "No two sections have the same title")},
    {"readingTime.matches", RuleLevel::Recommended,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig",
            "A reading time written in the text matches the computed one")},
    {"words.target", RuleLevel::Recommended,
        QT_TRANSLATE_NOOP("Copydesk::ChecklistConfig",
            "The article reaches its word target and is not far over it")},
};

const RuleEntry *findRule(const QString &id)
{
    for (const RuleEntry &rule : rules) {
        if (id == QLatin1String(rule.id))
            return &rule;
    }
    return nullptr;
}

constexpr const char *levelNames[] = {"off", "recommended", "required"};

} // namespace

QString ruleLevelName(RuleLevel level)
{
    return QString::fromLatin1(levelNames[int(level)]);
}

RuleLevel ruleLevelFromName(const QString &name, bool *ok)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(levelNames[i])) {
            *ok = true;
            return RuleLevel(i);
        }
    }
    *ok = false;
    return RuleLevel::Off;
}

// Preflight adds to the header's list a typed reading time that disagrees with the computed
// one (Required): it would go out next to the computed one. Hero alt text is Required in the
// house default as well, so that `check` and export judge it alike.
ChecklistConfig ChecklistConfig::preflight()
{
    ChecklistConfig config;
    for (const RuleEntry &rule : rules)
        config.m_levels.insert(QString::fromLatin1(rule.id), RuleLevel::Off);
    for (const char *id : {"headline.present", "bylines.present", "published.set", "hero.altText",
             "references.urls", "readingTime.matches"})
        config.m_levels.insert(QString::fromLatin1(id), RuleLevel::Required);
    for (const char *id : {"parts.nonEmpty", "references.titles", "hero.size"})
        config.m_levels.insert(QString::fromLatin1(id), RuleLevel::Recommended);
    return config;
}

QStringList ChecklistConfig::ruleIds()
{
    QStringList ids;
    for (const RuleEntry &rule : rules)
        ids.append(QString::fromLatin1(rule.id));
    return ids;
}

RuleLevel ChecklistConfig::defaultLevel(const QString &ruleId)
{
    const RuleEntry *rule = findRule(ruleId);
    return rule ? rule->level : RuleLevel::Off;
}

QString ChecklistConfig::description(const QString &ruleId)
{
    const RuleEntry *rule = findRule(ruleId);
    return rule ? tr(rule->description) : QString();
}

RuleLevel ChecklistConfig::level(const QString &ruleId) const
{
    return m_levels.value(ruleId, defaultLevel(ruleId));
}

bool ChecklistConfig::setLevel(const QString &ruleId, RuleLevel level)
{
    if (!findRule(ruleId))
        return false;
    if (level == defaultLevel(ruleId))
        m_levels.remove(ruleId);
    else
        m_levels.insert(ruleId, level);
    return true;
}

QJsonObject ChecklistConfig::toJson() const
{
    QJsonObject levels;
    for (auto it = m_levels.cbegin(); it != m_levels.cend(); ++it)
        levels.insert(it.key(), ruleLevelName(it.value()));
    return {{QStringLiteral("levels"), levels}};
}

Result<ChecklistConfig> ChecklistConfig::fromJson(const QJsonObject &json)
{
    ChecklistConfig config;
    const QJsonObject levels = json.value(QLatin1String("levels")).toObject();
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
        bool ok = false;
        const RuleLevel level = ruleLevelFromName(it.value().toString(), &ok);
        if (!ok) {
            return Error {
                tr("levels.%1: expected “off”, “recommended” or “required”").arg(it.key()),
                Error::Code::InvalidInput};
        }
        if (!config.setLevel(it.key(), level))
            return Error {
                tr("levels.%1: no such checklist rule").arg(it.key()), Error::Code::InvalidInput};
    }
    return config;
}

} // namespace Copydesk
