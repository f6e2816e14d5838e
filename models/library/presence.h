// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Copydesk {

/// Who has an article open for editing.
struct ArticleHolder
{
    QString login; ///< The holder's login (team library) or person; empty on a local library.
    QString name; ///< What to show: the display name, or a sentence when the login is unknown.
    QDateTime since; ///< UTC; null when unknown (a local library's other window).
    bool here = false; ///< True when this object holds it (the caller may write).
    /// After a take-over: who held it before (display name) and the note the taker left.
    QString takenFrom;
    QString note;
};

/// Presence: who has which article open for editing, so that a second person opening it sees
/// who is writing and reads instead of overwriting their work.
///
/// A window claims the article it opens and, while it has it open, claims it again every
/// heartbeatInterval() milliseconds; closing releases it. On a team library the claim is a
/// lease on the server that lapses when its heartbeat stops for 30 seconds or its connection
/// drops; on a local library it is a lock file on this computer that lasts until released or
/// until its process ends.
///
/// presenceChanged() is emitted when a claim, a release or a take-over changes who holds an
/// article (for this object's own changes and, on a team library, for other people's changes
/// as they are announced). A team library also announces, within about a second, a lease
/// that lapsed because its connection dropped or its heartbeat stopped; a local library does
/// not: whoever shows a holder should ask again every heartbeatInterval().
///
/// Threading: the thread that made it.
class Presence : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Presence() override;

    /// Claims article `id` for this object or renews the claim. Returns its holder afterwards:
    /// `here` when this object holds it, else who does. NotFound for a missing article; Io
    /// when the server cannot be reached (the caller keeps its copy and tries again).
    virtual Result<ArticleHolder> claim(qint64 id) = 0;
    /// Ends this object's claim on `id`; nothing when it holds none.
    virtual Status release(qint64 id) = 0;
    /// The holders of the given articles that are not this object; articles nobody else holds
    /// are left out.
    virtual Result<QHash<qint64, ArticleHolder>> holders(const QList<qint64> &ids) const = 0;
    /// Whether takeOver() is possible for this user (editors and admins on a team library).
    virtual bool canTakeOver() const = 0;
    /// Takes `id` over from whoever holds it, with a note for them (required); audited.
    /// Refused (InvalidInput) for reporters and without a note.
    virtual Result<ArticleHolder> takeOver(qint64 id, const QString &note) = 0;
    /// How often a holder renews its claims, in milliseconds.
    virtual int heartbeatInterval() const { return 10'000; }

    /// A sentence for the user about `holder`, who is not this object: "Rita Reyes is editing
    /// this article, since 10:42.", after a take-over from this user "Ed Eder took over this
    /// article at 10:45: “note”". A holder without a login (a local library) is its name.
    static QString describe(const ArticleHolder &holder, bool takenFromMe = false);

Q_SIGNALS:
    void presenceChanged(qint64 articleId);
};

} // namespace Copydesk
