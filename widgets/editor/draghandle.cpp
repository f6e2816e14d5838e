// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "draghandle.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace Copydesk {

DragHandle::DragHandle(const QString &partId, QWidget *parent)
    : QLabel(QStringLiteral("⠿"), parent)
    , m_partId(partId)
{
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag to move this part (or Alt+Up / Alt+Down)"));
    setAccessibleName(tr("Drag handle"));
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    setFont(bigger);
}

void DragHandle::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPosition = event->position().toPoint();
    QLabel::mousePressEvent(event);
}

void DragHandle::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPosition).manhattanLength()
            < QApplication::startDragDistance()) {
        QLabel::mouseMoveEvent(event);
        return;
    }
    auto *mime = new QMimeData;
    mime->setData(mimeType(), m_partId.toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    if (QWidget *frame = parentWidget())
        drag->setPixmap(
            frame->grab().scaledToWidth(qMin(frame->width(), 320), Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction);
}

} // namespace Copydesk
