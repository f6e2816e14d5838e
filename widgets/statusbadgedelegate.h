// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace Copydesk {

/// Paints an article's status as a coloured pill with the status label, so the states are told
/// apart at a glance. Reads the ArticleStatus (as int) from `statusRole` and the label from
/// Qt::DisplayRole.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusBadgeDelegate(int statusRole, QObject *parent = nullptr);

    /// The badge colour of a status; text on it is drawn white.
    static QColor badgeColor(ArticleStatus status);

    /// A column width that fits the widest status badge drawn with `font`.
    static int widthFor(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};

} // namespace Copydesk
