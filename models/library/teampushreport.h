// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QHash>
#include <QString>

namespace Copydesk {

/// How people of a local library are named in a team library when its articles are pushed
/// there: local name → team login, for names that neither equal a login nor a team person's
/// display name.
using PeopleMap = QHash<QString, QString>;

/// What `copydesk team push` copied into a team library.
struct TeamPushReport
{
    int pushed = 0; ///< Articles copied with their history.
    int alreadyThere = 0; ///< Articles whose newest text the team library has already.
    int revisions = 0; ///< Of the pushed articles.
    int comments = 0;
    int auditEntries = 0;
};

} // namespace Copydesk
