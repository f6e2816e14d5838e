// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace Copydesk {

class ArticleEditor;

/// How the window shows its panes, and how the keyboard moves between them:
/// - F6 / Shift+F6 put the focus into the next / previous visible pane (library, editor,
///   preview, then each open dock), as in KDE applications; in the editor it returns to the
///   input last used.
/// - Ctrl+Shift+L shows or hides the library, Ctrl+Shift+P the preview.
/// - F11 switches to full screen and back.
/// - Ctrl+Shift+F11 is distraction-free writing: the editor alone, centred at a comfortable
///   measure, with the status bar; the preview comes back on demand (Ctrl+Shift+P). Leaving
///   the mode (the same keys, or Esc) restores every pane as it was.
class ViewModes : public QObject
{
    Q_OBJECT

public:
    /// `editorColumn` holds `editor` and its banners; `docks` are the window's dock widgets.
    ViewModes(QMainWindow *window, QWidget *library, QWidget *editorColumn, ArticleEditor *editor,
        QWidget *preview, const QList<QDockWidget *> &docks);

    /// For the View menu, in order: Show Library, Show Preview, Full Screen, Distraction-Free
    /// Writing, Next Pane, Previous Pane.
    QList<QAction *> actions() const;
    bool isDistractionFree() const { return m_focusMode; }
    void setDistractionFree(bool on);
    /// Moves the focus to the next (or previous) visible pane. Returns the pane focused.
    QWidget *focusNextPane(bool forward);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QWidget *> panes() const;
    void focusPane(QWidget *pane);

    QMainWindow *m_window;
    QWidget *m_library;
    QWidget *m_editorColumn;
    ArticleEditor *m_editor;
    QWidget *m_preview;
    QList<QDockWidget *> m_docks;
    QAction *m_showLibrary;
    QAction *m_showPreview;
    QAction *m_fullScreen;
    QAction *m_distractionFree;
    QAction *m_nextPane;
    QAction *m_previousPane;
    bool m_focusMode = false;
    /// What distraction-free writing hid, to show again when it ends.
    QList<QPointer<QWidget>> m_hidden;
    int m_editorMaximumWidth = 0;
};

} // namespace Copydesk
