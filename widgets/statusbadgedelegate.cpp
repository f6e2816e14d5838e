// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "statusbadgedelegate.h"

#include <QApplication>
#include <QPainter>

namespace Copydesk {

namespace {

constexpr int HorizontalPadding = 8;
constexpr int VerticalMargin = 3;

QFont badgeFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
{ }

QColor StatusBadgeDelegate::badgeColor(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QColor(0x6b, 0x72, 0x80);
    case ArticleStatus::InReview:
        return QColor(0x25, 0x63, 0xeb);
    case ArticleStatus::ChangesRequested:
        return QColor(0xc2, 0x41, 0x0c);
    case ArticleStatus::Approved:
        return QColor(0x0f, 0x76, 0x6e);
    case ArticleStatus::Published:
        return QColor(0x15, 0x80, 0x3d);
    case ArticleStatus::Spiked:
        return QColor(0xb9, 0x1c, 0x1c);
    }
    return Qt::gray;
}

int StatusBadgeDelegate::widthFor(const QFont &font)
{
    const QFontMetrics metrics(badgeFont(font));
    int widest = 0;
    for (ArticleStatus status :
        {ArticleStatus::Draft, ArticleStatus::InReview, ArticleStatus::ChangesRequested,
            ArticleStatus::Approved, ArticleStatus::Published, ArticleStatus::Spiked})
        widest = std::max(widest, metrics.horizontalAdvance(statusLabel(status)));
    return widest + 2 * HorizontalPadding + 12;
}

void StatusBadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant status = index.data(m_statusRole);
    if (!status.isValid() || label.isEmpty())
        return;
    const QFont font = badgeFont(opt.font);
    const QFontMetrics metrics(font);
    const int height = std::min(metrics.height() + 2, opt.rect.height() - 2 * VerticalMargin);
    const int width
        = std::min(metrics.horizontalAdvance(label) + 2 * HorizontalPadding, opt.rect.width() - 4);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(static_cast<ArticleStatus>(status.toInt())));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(Qt::white);
    const int room = width - 2 * HorizontalPadding;
    painter->drawText(badge.adjusted(HorizontalPadding, 0, -HorizontalPadding, 0), Qt::AlignCenter,
        metrics.horizontalAdvance(label) <= room ? label
                                                 : metrics.elidedText(label, Qt::ElideRight, room));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(badgeFont(opt.font));
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(metrics.horizontalAdvance(opt.text) + 2 * HorizontalPadding + 8,
        std::max(base.height(), metrics.height() + 2 + 2 * VerticalMargin));
}

} // namespace Copydesk
