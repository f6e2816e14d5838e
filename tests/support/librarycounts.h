// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <QString>

namespace Copydesk::Testing {

/// Where count() and list() disagree, for the live articles and for the trash, with any status,
/// each status and two together: a sentence naming the first disagreement, empty when they all
/// agree.
inline QString countsDisagree(const ArticleStore &store)
{
    QList<QList<ArticleStatus>> filters = {{}, {ArticleStatus::Draft, ArticleStatus::Published}};
    for (int status = 0; status <= int(ArticleStatus::Spiked); ++status)
        filters.append({ArticleStatus(status)});
    for (const bool trash : {false, true}) {
        for (const QList<ArticleStatus> &statuses : std::as_const(filters)) {
            LibraryQuery query;
            query.trash = trash;
            query.statuses = statuses;
            const Result<qint64> counted = store.count(query);
            const Result<QList<ArticleSummary>> listed = store.list(query);
            if (!counted || !listed)
                return !counted ? counted.error().message : listed.error().message;
            if (*counted != listed->size()) {
                QStringList names;
                for (ArticleStatus status : statuses)
                    names.append(statusName(status));
                return QStringLiteral("%1, statuses [%2]: %3 counted, %4 listed")
                    .arg(
                        trash ? QStringLiteral("trash") : QStringLiteral("live"), names.join(u", "))
                    .arg(*counted)
                    .arg(listed->size());
            }
        }
    }
    return {};
}

} // namespace Copydesk::Testing
