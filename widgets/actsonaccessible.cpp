// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "actsonaccessible.h"

#include <QAbstractButton>
#include <QAccessibleWidget>
#include <QPointer>

namespace Copydesk {

namespace {

constexpr char targetProperty[] = "copydeskActsOn";

/// QAccessibleButton is private to Qt: the little of it a tool button needs, and the relation.
class ActsOnButton : public QAccessibleWidget
{
public:
    explicit ActsOnButton(QAbstractButton *button)
        : QAccessibleWidget(button, QAccessible::Button)
    { }

    QAbstractButton *button() const { return static_cast<QAbstractButton *>(object()); }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        if (button()->isDown())
            state.pressed = true;
        if (button()->isCheckable()) {
            state.checkable = true;
            state.checked = button()->isChecked();
        }
        return state;
    }

    QString text(QAccessible::Text kind) const override
    {
        QString text = QAccessibleWidget::text(kind);
        if (kind == QAccessible::Name && text.isEmpty())
            text = button()->text();
        return text;
    }

    QList<std::pair<QAccessibleInterface *, QAccessible::Relation>> relations(
        QAccessible::Relation match) const override
    {
        // Qt would name whoever receives clicked() (the list, the editor): the item is what a
        // reader wants.
        auto relations = QAccessibleWidget::relations(match & ~QAccessible::Controlled);
        if (match & QAccessible::Controlled) {
            if (QWidget *target = ActsOnAccessible::target(button())) {
                if (QAccessibleInterface *item = QAccessible::queryAccessibleInterface(target))
                    relations.append({item, QAccessible::Controlled});
            }
        }
        return relations;
    }

    QStringList actionNames() const override
    {
        return QStringList {pressAction()} + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &action) override
    {
        if (action == pressAction() && widget()->isEnabled())
            button()->animateClick();
        else
            QAccessibleWidget::doAction(action);
    }
};

QAccessibleInterface *actsOnFactory(const QString &, QObject *object)
{
    auto *button = qobject_cast<QAbstractButton *>(object);
    if (button && button->property(targetProperty).isValid())
        return new ActsOnButton(button);
    return nullptr;
}

} // namespace

void ActsOnAccessible::set(QAbstractButton *button, QWidget *target)
{
    // Factories installed later are asked first: this one comes after the application's.
    static const bool installed = [] {
        QAccessible::installFactory(actsOnFactory);
        return true;
    }();
    Q_UNUSED(installed);
    button->setProperty(targetProperty, QVariant::fromValue(QPointer<QWidget>(target)));
}

QWidget *ActsOnAccessible::target(const QAbstractButton *button)
{
    return button->property(targetProperty).value<QPointer<QWidget>>();
}

} // namespace Copydesk
