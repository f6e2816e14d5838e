// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlestore.h"

namespace Copydesk {

ArticleStore::~ArticleStore() = default;

Status ArticleStore::ensureWritable()
{
    const QString reason = readOnlyReason();
    if (reason.isEmpty())
        return Done {};
    return Error {tr("the library %1 is read-only (%2); nothing was written")
                      .arg(QStringLiteral("“%1”").arg(location()), reason),
        Error::Code::Io};
}

std::optional<qint64> ArticleStore::knownVersion(qint64) const
{
    return std::nullopt;
}

} // namespace Copydesk
