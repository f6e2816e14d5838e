// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "commentthreadwidget.h"

#include "dateformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydesk {

CommentThreadWidget::CommentThreadWidget(
    const QList<ReviewComment> &thread, const QString &anchorDescription, QWidget *parent)
    : QFrame(parent)
    , m_first(thread.value(0))
    , m_anchorButton(new QPushButton(this))
    , m_replyBox(new QLineEdit(this))
    , m_replyButton(new QPushButton(tr("Reply"), this))
{
    Q_ASSERT(!thread.isEmpty());
    setFrameShape(QFrame::StyledPanel);
    if (m_first.resolved) {
        // Dimmed: the labels inherit the placeholder colour, the buttons stay readable.
        QPalette dim = palette();
        dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
        setPalette(dim);
    }

    m_anchorButton->setObjectName(QStringLiteral("anchorButton"));
    m_anchorButton->setFlat(true);
    m_anchorButton->setStyleSheet(QStringLiteral("text-align: left"));
    m_anchorButton->setToolTip(tr("Show this part in the editor"));
    // A long quoted range is cut at the dock's edge rather than widening the thread.
    m_anchorButton->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setAnchorDescription(anchorDescription);
    connect(m_anchorButton, &QPushButton::clicked, this,
        [this] { Q_EMIT anchorActivated(m_first.anchor); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_anchorButton);
    for (const ReviewComment &comment : thread)
        layout->addWidget(commentView(comment, comment.parentId != 0));
    if (m_first.resolved) {
        auto *resolvedBy = new QLabel(
            tr("Resolved by %1, %2")
                .arg(m_first.resolvedBy, DateFormat::toString(m_first.resolvedAt.toLocalTime())),
            this);
        resolvedBy->setWordWrap(true);
        layout->addWidget(resolvedBy);
    }

    m_replyBox->setObjectName(QStringLiteral("replyBox"));
    m_replyBox->setPlaceholderText(tr("Reply…"));
    m_replyBox->setAccessibleName(tr("Reply to %1").arg(m_first.author));
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    m_replyButton->setEnabled(false);
    auto *resolveButton = new QPushButton(m_first.resolved ? tr("Reopen") : tr("Resolve"), this);
    resolveButton->setObjectName(QStringLiteral("resolveButton"));
    // The reply box on its own line: the thread stays narrow enough for a side dock.
    layout->addWidget(m_replyBox);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_replyButton);
    actions->addWidget(resolveButton);
    layout->addLayout(actions);

    connect(m_replyBox, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_replyButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_replyBox, &QLineEdit::returnPressed, this, &CommentThreadWidget::sendReply);
    connect(m_replyButton, &QPushButton::clicked, this, &CommentThreadWidget::sendReply);
    connect(resolveButton, &QPushButton::clicked, this,
        [this] { Q_EMIT resolveRequested(m_first.id, !m_first.resolved); });
}

void CommentThreadWidget::setAnchorDescription(const QString &description)
{
    m_anchorButton->setText(description);
    m_anchorButton->setAccessibleName(tr("Go to %1").arg(description));
    setAccessibleName(tr("Comment by %1 on %2").arg(m_first.author, description));
}

QWidget *CommentThreadWidget::commentView(const ReviewComment &comment, bool isReply)
{
    auto *view = new QWidget(this);
    auto *layout = new QVBoxLayout(view);
    const int indent = isReply ? fontMetrics().horizontalAdvance(QStringLiteral("MM")) : 0;
    layout->setContentsMargins(indent, 0, 0, 0);
    layout->setSpacing(2);
    const QString time = DateFormat::toString(comment.created.toLocalTime());
    auto *header = new QLabel(
        QStringLiteral("<b>%1</b> · %2").arg(comment.author.toHtmlEscaped(), time.toHtmlEscaped()),
        view);
    header->setTextFormat(Qt::RichText);
    header->setWordWrap(true);
    auto *text = new QLabel(comment.text, view);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    layout->addWidget(header);
    layout->addWidget(text);
    view->setAccessibleName(
        isReply ? tr("Reply by %1").arg(comment.author) : tr("Comment by %1").arg(comment.author));
    return view;
}

void CommentThreadWidget::sendReply()
{
    const QString text = m_replyBox->text().trimmed();
    if (text.isEmpty())
        return;
    Q_EMIT replyRequested(m_first.id, text);
}

void CommentThreadWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT anchorActivated(m_first.anchor);
    QFrame::mouseReleaseEvent(event);
}

} // namespace Copydesk
