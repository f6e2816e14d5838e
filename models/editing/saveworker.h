// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>
#include <functional>
#include <memory>
#include <optional>

namespace Copydesk {

class Library;

/// One save of an article as AutosaveController asks for it: a snapshot of the text, taken on
/// the GUI thread.
struct SaveJob
{
    qint64 id = 0; ///< 0: the article is not stored yet and is created.
    Article article;
    SaveOptions options;
};

/// What came of a SaveJob.
struct SaveOutcome
{
    /// What a store said while saving (ArticleStore::returnedToReview / approvalKept).
    struct Notice
    {
        bool returnedToReview = false; ///< False: the approval was kept.
        QString message;
    };

    std::optional<Error> error; ///< Set when nothing was stored.
    qint64 id = 0; ///< The article's row id (the new one after a create).
    /// The newest revision number afterwards (1 after a create).
    int revision = 0;
    bool created = false;
    std::optional<qint64> version; ///< ArticleStore::knownVersion() afterwards.
    QList<Notice> notices;
};

/// Stores articles on a thread of its own, through a library of its own (`opener` is called on
/// that thread, once, before the first save), so that the GUI thread does not wait for the
/// library while someone types. One save runs at a time.
///
/// Meant for a library that more than one connection of the same process may write without
/// harm: the SQLite library (WAL). A team library keeps its saves on its own connection (the
/// versions it bases saves on and its live updates are per session), so AutosaveController
/// saves it synchronously, without a worker.
///
/// The worker lives on (and is used from) the thread that made it; finished() is delivered
/// there, queued. The destructor waits for a running save and closes the worker's library on its
/// thread.
class SaveWorker : public QObject
{
    Q_OBJECT
public:
    using Opener = std::function<Result<std::unique_ptr<Library>>()>;

    explicit SaveWorker(Opener opener, QObject *parent = nullptr);
    ~SaveWorker() override;

    /// Stores `job` through `store` on the calling thread: the one way both a worker and a
    /// synchronous save write (create() for id 0, save() otherwise).
    static SaveOutcome perform(ArticleStore &store, const SaveJob &job);

    /// Starts `job` on the worker's thread; finished() follows. Only while !isBusy().
    void start(const SaveJob &job);
    /// Whether a save started by start() has not been taken yet (by finished() or wait()).
    bool isBusy() const { return m_busy; }
    /// Blocks until the running save is done and takes its outcome, which finished() then no
    /// longer reports; nullopt when none is running.
    std::optional<SaveOutcome> wait();

Q_SIGNALS:
    /// A save started by start() is done (unless wait() took its outcome first).
    void finished(const Copydesk::SaveOutcome &outcome);

private:
    void run(const SaveJob &job); ///< On the worker's thread.
    void deliver(); ///< Queued to the owner's thread after run().

    Opener m_opener;
    QThread m_thread;
    QObject *m_context = nullptr; ///< Lives on m_thread.
    std::unique_ptr<Library> m_library; ///< Used on m_thread only.
    bool m_busy = false; ///< Owner's thread only.
    QMutex m_mutex;
    QWaitCondition m_done;
    std::optional<SaveOutcome> m_outcome; ///< Guarded by m_mutex.
};

} // namespace Copydesk
