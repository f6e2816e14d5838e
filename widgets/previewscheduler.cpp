// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "previewscheduler.h"

#include "articlerenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Copydesk {

PreviewScheduler::PreviewScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PreviewScheduler::start);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PreviewScheduler::finish);
}

PreviewScheduler::~PreviewScheduler()
{
    // The job holds copies only; waiting keeps the pool from outliving our watcher's target.
    m_watcher.waitForFinished();
}

void PreviewScheduler::request(
    const Article &article, const PublicationProfile &profile, const RenderOptions &options)
{
    m_pending = Job {article, profile, options, ++m_sequence};
    schedule();
}

bool PreviewScheduler::isBusy() const
{
    return m_pending.has_value() || m_watcher.isRunning();
}

void PreviewScheduler::schedule()
{
    if (!m_pending || m_watcher.isRunning() || m_timer.isActive())
        return;
    const qint64 since = m_sinceStart.isValid() ? m_sinceStart.elapsed() : m_interval;
    // At once, not on the event loop's next turn: what the caller does next (fill the editor,
    // start the web engine) may hold the GUI thread while the render runs beside it.
    if (since >= m_interval)
        start();
    else
        m_timer.start(m_interval - since);
}

void PreviewScheduler::start()
{
    if (!m_pending || m_watcher.isRunning())
        return;
    Job job = std::move(*m_pending);
    m_pending.reset();
    m_sinceStart.start();
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job)] {
        auto page = ArticleRenderer::render(job.article, job.profile, job.options);
        return page ? Outcome {*page, {}, job.sequence}
                    : Outcome {{}, page.error().message, job.sequence};
    }));
}

void PreviewScheduler::finish()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.error.isEmpty())
        Q_EMIT rendered(outcome.html, outcome.sequence);
    else
        Q_EMIT failed(outcome.error);
    schedule();
}

} // namespace Copydesk
