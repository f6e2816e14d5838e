// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "highlightqueue.h"

#include "markdowneditor.h"
#include "markdownhighlighter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <limits>

namespace Copydesk {

HighlightQueue::HighlightQueue(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &HighlightQueue::slice);
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setInterval(MaxHoldMs);
    connect(&m_holdTimer, &QTimer::timeout, this, &HighlightQueue::release);
}

HighlightQueue &HighlightQueue::instance()
{
    // Owned by the application object, so that it goes before the GUI it serves.
    static QPointer<HighlightQueue> queue;
    if (!queue)
        queue = new HighlightQueue(QCoreApplication::instance());
    return *queue;
}

void HighlightQueue::add(MarkdownEditor *editor)
{
    if (!editor || m_waiting.contains(editor))
        return;
    m_waiting.append(editor);
    if (!m_holdTimer.isActive())
        m_timer.start();
}

void HighlightQueue::hold()
{
    m_timer.stop();
    m_holdTimer.start();
}

void HighlightQueue::release()
{
    m_holdTimer.stop();
    if (!m_waiting.isEmpty())
        m_timer.start();
}

bool HighlightQueue::isIdle() const
{
    return m_waiting.isEmpty();
}

void HighlightQueue::finish()
{
    while (!m_waiting.isEmpty()) {
        if (const QPointer<MarkdownEditor> first = m_waiting.takeFirst())
            first->highlighter()->highlightMore(std::numeric_limits<qint64>::max());
    }
    m_timer.stop();
    m_holdTimer.stop();
    Q_EMIT idle();
}

void HighlightQueue::slice()
{
    constexpr qint64 budget = qint64(SliceMs) * 1000 * 1000;
    QElapsedTimer timer;
    timer.start();
    while (!m_waiting.isEmpty() && timer.nsecsElapsed() < budget) {
        const QPointer<MarkdownEditor> first = m_waiting.constFirst();
        if (!first || !first->highlighter()->highlightMore(budget - timer.nsecsElapsed()))
            m_waiting.removeFirst();
    }
    if (m_waiting.isEmpty())
        Q_EMIT idle();
    else
        m_timer.start();
}

} // namespace Copydesk
