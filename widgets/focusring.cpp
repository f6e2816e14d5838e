// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "focusring.h"

#include "contrast.h"

#include <QApplication>
#include <QFocusFrame>
#include <QPainter>
#include <QStyleOption>

namespace Copydesk {

FocusRing::Style::Style(QStyle *base)
    : QProxyStyle(base)
{ }

void FocusRing::Style::drawControl(ControlElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    if (element != CE_FocusFrame) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    // The frame widget is masked to a band around the focused widget: fill the band.
    painter->fillRect(option->rect, Contrast::focusRing(option->palette));
}

FocusRing *FocusRing::install(QApplication *application)
{
    if (auto *existing = application->findChild<FocusRing *>(Qt::FindDirectChildrenOnly))
        return existing;
    return new FocusRing(application);
}

FocusRing::FocusRing(QApplication *application)
    : QObject(application)
{
    connect(application, &QApplication::focusChanged, this,
        [this](QWidget *, QWidget *now) { follow(now); });
    follow(QApplication::focusWidget());
}

QWidget *FocusRing::ringedWidget() const
{
    return m_frame && m_frame->isVisible() ? m_frame->widget() : nullptr;
}

void FocusRing::follow(QWidget *widget)
{
    // Not around windows (nothing outside them to draw on), nor inside a popup menu or list.
    if (!widget || widget->isWindow() || widget->window()->windowType() == Qt::Popup) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    if (!m_frame)
        m_frame = new QFocusFrame(widget);
    m_frame->setWidget(widget);
}

} // namespace Copydesk
