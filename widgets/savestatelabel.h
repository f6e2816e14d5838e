// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QLabel>

namespace Copydesk {

class AutosaveController;

/// The status bar's save state: "Saved 12:04", "Saving…", "Unsaved" (with the error as tool
/// tip) or "Read-only", following an AutosaveController (not owned; must outlive the label).
/// Screen readers get the state in the label's name, and hear a failed save, a conflict and
/// the first save after either as they happen (not every autosave while typing).
class SaveStateLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SaveStateLabel(AutosaveController *autosave, QWidget *parent = nullptr);

    /// Shows the controller's current state; called on its changes.
    void refresh();

private:
    /// What a screen reader is told now that the state changed; empty for nothing.
    QString announcement();

    AutosaveController *m_autosave;
    int m_shown = -1;
    /// A save failed or conflicted, and none succeeded since.
    bool m_troubled = false;
};

} // namespace Copydesk
