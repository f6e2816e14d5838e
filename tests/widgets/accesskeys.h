// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QStringList>

class QWidget;

/// Checks of the labels and Alt+letter access keys a window or dialog shows, shared by the widget
/// tests.
namespace Copydesk::Testing {

/// The access keys that two controls visible in `root` claim: its menu bar's menus, labels
/// with a buddy and buttons (dialog buttons included). One "x: “A” and “B”" entry per clash;
/// empty when every key is unique.
QStringList accessKeyClashes(const QWidget *root);

/// The visible labels in `root` that would show an "&" as text: an access key with no buddy
/// to give the focus to. Empty when there is none.
QStringList strayAmpersands(const QWidget *root);

/// The combo boxes in `root`, shown or not, that no label names: on Linux, Qt gives a combo box
/// its current text as its accessible name, so its purpose reaches a screen reader only through
/// a label relation (QAccessible::Label: a QLabel whose buddy it is, beside it). One entry per
/// combo box, naming it by its class, object name, accessible name and current text; empty when
/// every one has a label with a non-empty name.
QStringList unlabelledComboBoxes(const QWidget *root);

} // namespace Copydesk::Testing
