// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QLabel>

namespace Copydesk {

/// The grip at the top left of a part: dragging it with the mouse starts a drag carrying the
/// part's id as mimeType() data, which ArticleEditor accepts to reorder parts.
class DragHandle : public QLabel
{
    Q_OBJECT

public:
    explicit DragHandle(const QString &partId, QWidget *parent = nullptr);

    static QString mimeType() { return QStringLiteral("application/x-copydesk-part-id"); }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QString m_partId;
    QPoint m_pressPosition;
};

} // namespace Copydesk
