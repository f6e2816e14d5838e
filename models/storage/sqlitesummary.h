// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <QSqlQuery>

namespace Copydesk {

/// The listing columns of `articles` (aliased `a`) and how an ArticleSummary is read back.
class SqliteSummary
{
public:
    /// "a.id, a.uuid, …" for a SELECT list.
    static QString columns();
    static constexpr int ColumnCount = 13;

    /// The summary in the current row of `query`, whose columns from `first` on are columns().
    static ArticleSummary read(const QSqlQuery &query, int first = 0);
};

} // namespace Copydesk
