// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "accessiblestatus.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QWidget>

namespace Copydesk::AccessibleStatus {

void setValue(QWidget *widget, const QString &purpose, const QString &value)
{
    const QString name = value.isEmpty()
        ? purpose
        : QCoreApplication::translate("Copydesk::AccessibleStatus", "%1: %2").arg(purpose, value);
    if (widget->accessibleName() != name)
        widget->setAccessibleName(name);
}

void announce(QObject *source, const QString &message, Urgency urgency)
{
    if (message.isEmpty())
        return;
    QAccessibleAnnouncementEvent event(source, message);
    event.setPoliteness(urgency == Urgency::Assertive
            ? QAccessible::AnnouncementPoliteness::Assertive
            : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
}

} // namespace Copydesk::AccessibleStatus
