// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "localpresence.h"

#include "articlelock.h"
#include "articlestore.h"

#include <QPointer>

namespace Copydesk {

namespace {

/// Tells every LocalPresence of the process about a claim or a release in any of them.
class Relay : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void changed(const QString &location, qint64 id);
};

Relay &relay()
{
    static Relay instance;
    return instance;
}

/// Who in this process holds what: (library location, article id) → its holder.
QHash<QPair<QString, qint64>, QPointer<LocalPresence>> &heldInProcess()
{
    static QHash<QPair<QString, qint64>, QPointer<LocalPresence>> held;
    return held;
}

} // namespace

LocalPresence::LocalPresence(ArticleStore *store, const QString &lockDirectory, QObject *parent)
    : Presence(parent)
    , m_store(store)
    , m_directory(lockDirectory)
{
    connect(&relay(), &Relay::changed, this, [this](const QString &location, qint64 id) {
        if (location == m_store->location())
            Q_EMIT presenceChanged(id);
    });
}

LocalPresence::~LocalPresence()
{
    const QList<qint64> held = m_locks.keys();
    for (qint64 id : held)
        release(id);
}

Result<ArticleHolder> LocalPresence::claim(qint64 id)
{
    ArticleHolder holder;
    if (m_locks.contains(id)) {
        holder.here = true;
        holder.since = m_since.value(id);
        return holder;
    }
    const Result<ArticleRecord> record = m_store->load(id);
    if (!record)
        return record.error();
    auto lock
        = std::make_shared<ArticleLock>(m_store->location(), record->article.uuid, m_directory);
    if (!lock->isLocked()) {
        holder.name = lock->reason();
        return holder;
    }
    m_locks.insert(id, lock);
    m_since.insert(id, QDateTime::currentDateTimeUtc());
    heldInProcess().insert({m_store->location(), id}, this);
    holder.here = true;
    holder.since = m_since.value(id);
    Q_EMIT relay().changed(m_store->location(), id);
    return holder;
}

Status LocalPresence::release(qint64 id)
{
    if (!m_locks.remove(id))
        return Done {};
    m_since.remove(id);
    heldInProcess().remove({m_store->location(), id});
    Q_EMIT relay().changed(m_store->location(), id);
    return Done {};
}

Result<QHash<qint64, ArticleHolder>> LocalPresence::holders(const QList<qint64> &ids) const
{
    QHash<qint64, ArticleHolder> found;
    const QString location = m_store->location();
    for (qint64 id : ids) {
        const QPointer<LocalPresence> other = heldInProcess().value({location, id});
        if (!other || other == this)
            continue;
        ArticleHolder holder;
        holder.name = tr("another window");
        holder.since = other->m_since.value(id);
        found.insert(id, holder);
    }
    return found;
}

Result<ArticleHolder> LocalPresence::takeOver(qint64, const QString &)
{
    return Error {tr("Taking over is for team libraries: close the article in the other window "
                     "instead."),
        Error::Code::InvalidInput};
}

} // namespace Copydesk

#include "localpresence.moc"
