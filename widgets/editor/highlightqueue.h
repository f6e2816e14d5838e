// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Copydesk {

class MarkdownEditor;

/// Colours texts after they are shown. An article's Markdown editors queue here when they are
/// filled, and the queue makes each one's highlighter (MarkdownEditor::highlighter(), which
/// starts with every block waiting) and highlights the waiting blocks in slices of a few
/// milliseconds, first come first served: the editor fills its parts from the top, so the text
/// on screen is coloured first. Between slices the event loop runs, so that the window, typing
/// and the preview's web engine (whose browser side shares the GUI thread) are not held up.
/// Before, opening a 20,000-word article spent some 800 ms of the GUI thread on spelling and
/// Markdown before the preview could even be asked for, 200 ms for 1,500 words (loading the
/// Markdown definition and the dictionary, once, and a highlighter per text).
///
/// hold() keeps the slices back while something more urgent runs (the window holds them until
/// the preview has painted a newly opened article), at most MaxHoldMs.
///
/// One queue per program (instance()), living on the GUI thread. An editor deleted while it
/// waits is dropped.
class HighlightQueue : public QObject
{
    Q_OBJECT

public:
    /// The longest a slice highlights before the event loop runs again.
    static constexpr int SliceMs = 8;

    /// The longest hold() keeps the slices back.
    static constexpr int MaxHoldMs = 1500;

    static HighlightQueue &instance();

    /// Highlights `editor`'s waiting blocks in coming slices, after those queued before it.
    void add(MarkdownEditor *editor);
    /// Keeps the slices back until release(), or MaxHoldMs from now.
    void hold();
    /// Lets the slices go on.
    void release();
    /// Highlights everything still waiting now, in one piece (tests; a print of the editor).
    void finish();
    /// Whether nothing waits.
    bool isIdle() const;

Q_SIGNALS:
    /// Every queued highlighter has highlighted its last waiting block.
    void idle();

private:
    explicit HighlightQueue(QObject *parent);
    void slice();

    QList<QPointer<MarkdownEditor>> m_waiting;
    QTimer m_timer;
    QTimer m_holdTimer;
};

} // namespace Copydesk
