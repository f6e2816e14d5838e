// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

class QWidget;

namespace Copydesk {

/// Keyboard focus helpers shared by the editor's fields.
namespace FocusNavigation {

/// Moves the keyboard focus from `from` to the next (or, with `forward` false, the previous)
/// widget in the window's Tab order that takes Tab focus, is visible and enabled, skipping
/// `from`'s own children. Returns false when there is none.
bool moveFocus(QWidget *from, bool forward);

/// Puts the keyboard focus on `container` when it takes Tab focus, else on the first widget
/// inside it that does. Returns false, moving nothing, when there is none.
bool focusFirstIn(QWidget *container);

/// Makes Tab and Shift+Tab leave `edit` in one step. A QDateTimeEdit walks its sections (day,
/// month, year) with Tab, and one showing a special value ("Unknown") never leaves at all: a
/// keyboard trap. Sections stay reachable with the arrow keys and by typing a separator.
void tabLeavesInOneStep(QWidget *edit);

} // namespace FocusNavigation

} // namespace Copydesk
