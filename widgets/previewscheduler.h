// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"
#include "renderoptions.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <optional>

namespace Copydesk {

/// Turns a stream of article edits into as few renders as possible without adding latency.
///
/// request() never blocks: ArticleRenderer::render runs on the global thread pool. A request
/// made while idle starts at once unless a render started less than interval() ago, in which
/// case a single-shot timer starts it when the interval is over. Requests arriving while a
/// render is in flight are coalesced: only the newest is kept and rendered when the running one
/// finishes. So steady typing costs one render per keystroke, and a burst never queues more than
/// one render behind the running one.
class PreviewScheduler : public QObject
{
    Q_OBJECT
public:
    explicit PreviewScheduler(QObject *parent = nullptr);
    ~PreviewScheduler() override;

    /// Minimum time between the starts of two renders; 30 ms by default.
    int interval() const { return m_interval; }
    void setInterval(int ms) { m_interval = ms; }

    /// Renders `article` with ArticleRenderer::render(article, profile, options): the same
    /// call, and so the same bytes, as an HTML export with these options.
    void request(const Article &article, const PublicationProfile &profile,
        const RenderOptions &options = {});
    /// True while a render runs or one is waiting.
    bool isBusy() const;

Q_SIGNALS:
    /// The page for the newest article rendered so far. `sequence` counts requests; a page
    /// for request n is never delivered after one for a later request.
    void rendered(const QByteArray &html, quint64 sequence);
    /// The renderer refused (a broken newsroom template); the message is for the user.
    void failed(const QString &message);

private:
    struct Job
    {
        Article article;
        PublicationProfile profile;
        RenderOptions options;
        quint64 sequence = 0;
    };
    struct Outcome
    {
        QByteArray html;
        QString error;
        quint64 sequence = 0;
    };

    void schedule();
    void start();
    void finish();

    int m_interval = 30;
    quint64 m_sequence = 0;
    std::optional<Job> m_pending;
    QTimer m_timer;
    QElapsedTimer m_sinceStart;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Copydesk
