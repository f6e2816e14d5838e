// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitesummary.h"

#include "sqlitecodec.h"

#include <QVariant>

namespace Copydesk {

QString SqliteSummary::columns()
{
    return QStringLiteral("a.id, a.uuid, a.headline, a.dek, a.status, a.owner, a.authors, "
                          "a.category, a.created, a.modified, a.published, a.word_count, "
                          "a.trashed_at");
}

ArticleSummary SqliteSummary::read(const QSqlQuery &query, int first)
{
    auto at = [&](int column) {
        return query.value(first + column);
    };
    ArticleSummary summary;
    summary.id = at(0).toLongLong();
    summary.uuid = at(1).toString();
    summary.headline = at(2).toString();
    summary.dek = at(3).toString();
    summary.status = statusFromName(at(4).toString(), nullptr);
    summary.owner = at(5).toString();
    summary.authors = SqliteCodec::namesFromJson(at(6).toByteArray());
    summary.category = at(7).toString();
    summary.created = SqliteCodec::fromColumn(at(8));
    summary.modified = SqliteCodec::fromColumn(at(9));
    summary.published = SqliteCodec::fromColumn(at(10));
    summary.wordCount = at(11).toInt();
    summary.trashed = !at(12).isNull();
    return summary;
}

} // namespace Copydesk
