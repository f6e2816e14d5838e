#pragma once

#include <QLabel>

namespace Copydesk {

class AutosaveController;

/// The status bar's save state: "Saved 12:04", "Saving…", "Unsaved" (with the error as tool
/// tip) or "Read-only", following an AutosaveController (not owned; must outlive the label).
class SaveStateLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SaveStateLabel(AutosaveController *autosave, QWidget *parent = nullptr);

    /// Shows the controller's current state; called on its changes.
    void refresh();

private:
    AutosaveController *m_autosave;
};

} // namespace Copydesk
