// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

class QObject;
class QWidget;

namespace Copydesk {

/// Status values for assistive technology. A status label (the save state, the word count,
/// the checklist's summary, a field's character counter) shows its value as text but is named
/// for its purpose, and screen readers read the name: so the name carries the value as well
/// ("Save state: Saved 23:24"), and setting it sends QAccessible::NameChanged.
///
/// announce() has a message spoken once, politely by default (Qt 6.8's
/// QAccessibleAnnouncementEvent): for what a writer must hear without moving the focus (a
/// failed save, the checklist starting or ceasing to block submission, a banner). Callers
/// announce changes of state, never every keystroke.
namespace AccessibleStatus {

/// Names `widget` "purpose: value" (just "purpose" for an empty value).
void setValue(QWidget *widget, const QString &purpose, const QString &value);

enum class Urgency
{
    Polite,
    Assertive
};

/// Speaks `message` through the screen reader, on behalf of `source`.
void announce(QObject *source, const QString &message, Urgency urgency = Urgency::Polite);

} // namespace AccessibleStatus

} // namespace Copydesk
