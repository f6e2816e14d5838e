// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace Copydesk {

/// The work lists of a newsroom: what waits for whom.
class Queues
{
public:
    enum class View
    {
        AwaitingMyReview, ///< In review, and `person` is an editor who is not an author.
        ChangesRequested, ///< Sent back, and `person` owns it or sent it back.
        Approved, ///< Approved, anyone's.
        Mine, ///< Owned by `person`, any status.
    };

    virtual ~Queues();

    /// Row ids of live (untrashed) articles, most recently modified first.
    virtual Result<QList<qint64>> view(View view, const QString &person) const = 0;
};

} // namespace Copydesk
