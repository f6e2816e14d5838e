// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "workflowsteps.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Copydesk {

Result<ChecklistConfig> WorkflowSteps::checklistConfig(
    const QByteArray &json, const ArticleStore &articles, const QString &where)
{
    ChecklistConfig config;
    if (!json.isEmpty()) {
        Result<ChecklistConfig> stored
            = ChecklistConfig::fromJson(QJsonDocument::fromJson(json).object());
        if (!stored) {
            return Error {tr("%1: the stored checklist settings are invalid: %2")
                              .arg(where, stored.error().message),
                Error::Code::Corrupt};
        }
        config = *stored;
    }
    const Result<PublicationProfile> profile = articles.publicationProfile();
    if (!profile)
        return profile.error();
    config.wordsPerMinute = profile->wordsPerMinute;
    config.headlineMaxLength = profile->headlineMaxLength;
    config.wordTargets = profile->wordTargets;
    return config;
}

Result<QList<ChecklistFinding>> WorkflowSteps::check(
    const ArticleStore &articles, qint64 id, const Result<ChecklistConfig> &config)
{
    const Result<ArticleRecord> record = articles.load(id);
    if (!record)
        return record.error();
    if (!config)
        return config.error();
    return Checklist::run(record->article, *config);
}

Result<QList<FieldChange>> WorkflowSteps::changesSinceReview(
    const ArticleStore &articles, qint64 id, int reviewedRevision)
{
    if (reviewedRevision == 0)
        return Error {tr("article %1 has not been reviewed yet").arg(id), Error::Code::NotFound};
    Result<Article> reviewed = articles.revision(id, reviewedRevision);
    if (!reviewed)
        return reviewed.error();
    const Result<ArticleRecord> current = articles.load(id);
    if (!current)
        return current.error();
    // Status and owner are workflow state, not changes to review.
    reviewed->status = current->article.status;
    reviewed->owner = current->article.owner;
    return diffArticles(*reviewed, current->article);
}

} // namespace Copydesk
