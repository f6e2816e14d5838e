// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

class QAbstractButton;
class QWidget;

namespace Copydesk {

/// Buttons that act on something else: a row's ↑ ↓ × act on the row, a part's on the part.
/// Their names already say so ("Remove fact 3"); the relation lets a screen reader go from the
/// button to that item too. A button marked here gets an accessible interface of its own: the
/// button's name, role, states and Press action, plus a "controller for" relation (Qt's
/// QAccessible::Controlled pair, AT-SPI's CONTROLLER_FOR) pointing at `target`.
namespace ActsOnAccessible {

/// Marks `button` as acting on `target` (not owned; the relation lapses when it is gone).
/// Call right after making the button: its first accessibility event (setText(), setIcon())
/// makes and caches an interface, and the relation needs this one.
void set(QAbstractButton *button, QWidget *target);

/// What `button` acts on; nullptr when unmarked or when the target is gone.
QWidget *target(const QAbstractButton *button);

} // namespace ActsOnAccessible

} // namespace Copydesk
