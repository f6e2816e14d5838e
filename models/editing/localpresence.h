// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "presence.h"

#include <QHash>
#include <memory>

namespace Copydesk {

class ArticleLock;
class ArticleStore;

/// Presence on a local library: an ArticleLock per claimed article, so that two windows or two
/// Copydesk processes on this computer do not write the same article. A claim lasts until it
/// is released or its process ends (a crashed process's lock is recognised as stale); there is
/// no heartbeat to miss and nobody to take over from.
///
/// presenceChanged() reaches every LocalPresence of this process; holders() reports the other
/// windows of this process, not other processes (their lock files would have to be read for
/// every listed article).
///
/// Threading: the GUI thread. `store` must outlive it.
class LocalPresence : public Presence
{
    Q_OBJECT
public:
    /// `lockDirectory` overrides ArticleLock::lockDirectory() (tests).
    explicit LocalPresence(
        ArticleStore *store, const QString &lockDirectory = {}, QObject *parent = nullptr);
    ~LocalPresence() override;

    /// The holder of an article locked elsewhere is described by ArticleLock::reason()
    /// ("The article is open in another window."), without a login or a time.
    Result<ArticleHolder> claim(qint64 id) override;
    Status release(qint64 id) override;
    Result<QHash<qint64, ArticleHolder>> holders(const QList<qint64> &ids) const override;
    bool canTakeOver() const override { return false; }
    /// Always refused: on one computer, the other window is closed instead.
    Result<ArticleHolder> takeOver(qint64 id, const QString &note) override;

private:
    ArticleStore *m_store;
    QString m_directory;
    QHash<qint64, std::shared_ptr<ArticleLock>> m_locks;
    QHash<qint64, QDateTime> m_since;
};

} // namespace Copydesk
