// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "reviewcomment.h"

#include <QFrame>

class QLineEdit;
class QPushButton;

namespace Copydesk {

/// One review thread in the ReviewPanel: where it points (a button that jumps there), the
/// first comment, its replies indented, a reply box and Resolve or Reopen. Resolved threads
/// are drawn dimmed. The widget only asks: the panel performs the requests on the workflow.
class CommentThreadWidget : public QFrame
{
    Q_OBJECT
public:
    /// `thread` is a thread's first comment followed by its replies, as
    /// Review::comments() lists them; it must not be empty. `anchorDescription` says
    /// where the thread points, for people.
    CommentThreadWidget(const QList<ReviewComment> &thread, const QString &anchorDescription,
        QWidget *parent = nullptr);

    /// The id of the thread's first comment.
    qint64 threadId() const { return m_first.id; }
    bool isResolved() const { return m_first.resolved; }
    CommentAnchor anchor() const { return m_first.anchor; }
    /// Says anew where the thread points (after the article changed), keeping a typed reply.
    void setAnchorDescription(const QString &description);

Q_SIGNALS:
    /// The thread was clicked, or its anchor button pressed.
    void anchorActivated(const CommentAnchor &anchor);
    void replyRequested(qint64 threadId, const QString &text);
    void resolveRequested(qint64 threadId, bool resolved);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QWidget *commentView(const ReviewComment &comment, bool isReply);
    void sendReply();

    ReviewComment m_first;
    QPushButton *m_anchorButton;
    QLineEdit *m_replyBox;
    QPushButton *m_replyButton;
};

} // namespace Copydesk
