// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "saveworker.h"

#include "library.h"

#include <QMutexLocker>

namespace Copydesk {

SaveWorker::SaveWorker(Opener opener, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
{
    setObjectName(QStringLiteral("save-worker"));
    m_thread.setObjectName(QStringLiteral("copydesk-save"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
}

SaveWorker::~SaveWorker()
{
    wait();
    // The library's connections belong to the worker's thread: close them there.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_library.reset();
            delete m_context;
            m_context = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

SaveOutcome SaveWorker::perform(ArticleStore &store, const SaveJob &job)
{
    SaveOutcome outcome;
    outcome.id = job.id;
    QObject context;
    QObject::connect(&store, &ArticleStore::returnedToReview, &context,
        [&outcome](qint64, const QString &message) { outcome.notices.append({true, message}); });
    QObject::connect(&store, &ArticleStore::approvalKept, &context,
        [&outcome](qint64, const QString &message) { outcome.notices.append({false, message}); });
    if (job.id == 0) {
        const Result<qint64> created = store.create(job.article, job.options);
        if (!created) {
            outcome.error = created.error();
            return outcome;
        }
        outcome.id = *created;
        outcome.created = true;
        outcome.revision = 1;
    } else {
        const Result<int> saved = store.save(job.id, job.article, job.options);
        if (!saved) {
            outcome.error = saved.error();
            return outcome;
        }
        outcome.revision = *saved;
    }
    outcome.version = store.knownVersion(outcome.id);
    return outcome;
}

void SaveWorker::start(const SaveJob &job)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    QMetaObject::invokeMethod(m_context, [this, job] { run(job); });
}

std::optional<SaveOutcome> SaveWorker::wait()
{
    if (!m_busy)
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    while (!m_outcome)
        m_done.wait(&m_mutex);
    std::optional<SaveOutcome> outcome = std::exchange(m_outcome, std::nullopt);
    m_busy = false;
    return outcome;
}

void SaveWorker::run(const SaveJob &job)
{
    SaveOutcome outcome;
    if (!m_library) {
        Result<std::unique_ptr<Library>> opened = m_opener();
        if (opened)
            m_library = std::move(opened).value();
        else
            outcome.error = opened.error();
    }
    if (m_library)
        outcome = perform(*m_library->articles(), job);
    else
        outcome.id = job.id;
    {
        const QMutexLocker lock(&m_mutex);
        m_outcome = std::move(outcome);
        m_done.wakeAll();
    }
    QMetaObject::invokeMethod(this, &SaveWorker::deliver, Qt::QueuedConnection);
}

void SaveWorker::deliver()
{
    if (!m_busy)
        return; // wait() took it.
    std::optional<SaveOutcome> outcome;
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_outcome)
            return; // A later save that is still running; its own delivery follows.
        outcome = std::exchange(m_outcome, std::nullopt);
    }
    m_busy = false;
    Q_EMIT finished(*outcome);
}

} // namespace Copydesk
