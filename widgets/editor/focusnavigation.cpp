// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "focusnavigation.h"

#include <QKeyEvent>
#include <QWidget>

namespace Copydesk::FocusNavigation {

namespace {

bool takesTabFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled()
        && !widget->focusProxy();
}

// Sits on the widget that receives the keys (a date edit's inner line edit, its focus proxy)
// and moves on from the whole field.
class TabLeaves : public QObject
{
public:
    explicit TabLeaves(QWidget *field)
        : QObject(field)
        , m_field(field)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (mods != Qt::NoModifier || (key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab))
            return false;
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        Q_UNUSED(watched);
        moveFocus(m_field, forward);
        return true;
    }

private:
    QWidget *m_field;
};

} // namespace

bool moveFocus(QWidget *from, bool forward)
{
    for (QWidget *w = forward ? from->nextInFocusChain() : from->previousInFocusChain();
        w && w != from; w = forward ? w->nextInFocusChain() : w->previousInFocusChain()) {
        if (from->isAncestorOf(w) || !takesTabFocus(w))
            continue;
        w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return false;
}

bool focusFirstIn(QWidget *container)
{
    QWidget *target = takesTabFocus(container) ? container : nullptr;
    for (QWidget *w = container->nextInFocusChain(); !target && w && w != container;
        w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && takesTabFocus(w))
            target = w;
    }
    if (!target)
        return false;
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void tabLeavesInOneStep(QWidget *edit)
{
    auto *filter = new TabLeaves(edit);
    edit->installEventFilter(filter);
    if (edit->focusProxy())
        edit->focusProxy()->installEventFilter(filter);
}

} // namespace Copydesk::FocusNavigation
