// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlediff.h"
#include "articlestore.h"
#include "checklist.h"
#include "checklistconfig.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Copydesk {

/// The parts of the workflow that are the same on every backend, given what the backend read:
/// the library's checklist settings, the checklist on an article, the changes since a review.
class WorkflowSteps
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::WorkflowSteps)
public:
    /// The settings stored as `json` (empty: none stored, the house default) with
    /// wordsPerMinute and headlineMaxLength from the library's publication profile. Corrupt,
    /// naming `where` (the library, quoted), when the stored settings are invalid.
    static Result<ChecklistConfig> checklistConfig(
        const QByteArray &json, const ArticleStore &articles, const QString &where);
    /// The checklist on the current content of article `id`.
    static Result<QList<ChecklistFinding>> check(
        const ArticleStore &articles, qint64 id, const Result<ChecklistConfig> &config);
    /// Field-by-field changes from revision `reviewedRevision` to the current content; NotFound
    /// when the article was never reviewed (0).
    static Result<QList<FieldChange>> changesSinceReview(
        const ArticleStore &articles, qint64 id, int reviewedRevision);
};

} // namespace Copydesk
