// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "viewmodes.h"

#include "articleeditor.h"
#include "focusnavigation.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QToolBar>

namespace Copydesk {

namespace {

/// About 70 characters of body text: a comfortable line for writing.
constexpr int MeasureEms = 48;

} // namespace

ViewModes::ViewModes(QMainWindow *window, QWidget *library, QWidget *editorColumn,
    ArticleEditor *editor, QWidget *preview, const QList<QDockWidget *> &docks)
    : QObject(window)
    , m_window(window)
    , m_library(library)
    , m_editorColumn(editorColumn)
    , m_editor(editor)
    , m_preview(preview)
    , m_docks(docks)
    , m_showLibrary(new QAction(tr("Show &Library"), this))
    , m_showPreview(new QAction(tr("Show &Preview"), this))
    , m_fullScreen(new QAction(
          QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("F&ull Screen"), this))
    , m_distractionFree(new QAction(tr("&Distraction-Free Writing"), this))
    , m_nextPane(new QAction(tr("&Next Pane"), this))
    , m_previousPane(new QAction(tr("Pre&vious Pane"), this))
{
    m_showLibrary->setCheckable(true);
    m_showLibrary->setChecked(true);
    m_showLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_showLibrary->setStatusTip(tr("Show or hide the library beside the editor"));
    connect(m_showLibrary, &QAction::toggled, m_library, &QWidget::setVisible);

    m_showPreview->setCheckable(true);
    m_showPreview->setChecked(true);
    m_showPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_showPreview->setStatusTip(tr("Show or hide the preview beside the editor"));
    connect(m_showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);

    m_fullScreen->setCheckable(true);
    // F11 everywhere, and the platform's own keys (F11 again on X11: bound once).
    QList<QKeySequence> fullScreenKeys {QKeySequence(Qt::Key_F11)};
    // KDE's include Ctrl+Shift+F, which is Edit ▸ Find in Library here.
    const QKeySequence findInLibrary(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    for (const QKeySequence &keys : QKeySequence::keyBindings(QKeySequence::FullScreen)) {
        if (!fullScreenKeys.contains(keys) && keys != findInLibrary)
            fullScreenKeys.append(keys);
    }
    m_fullScreen->setShortcuts(fullScreenKeys);
    m_fullScreen->setStatusTip(tr("Give the window the whole screen"));
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        m_window->setWindowState(on ? m_window->windowState() | Qt::WindowFullScreen
                                    : m_window->windowState() & ~Qt::WindowFullScreen);
    });

    m_distractionFree->setCheckable(true);
    m_distractionFree->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F11));
    m_distractionFree->setStatusTip(tr("Show the editor alone in a centred column"));
    connect(m_distractionFree, &QAction::toggled, this, &ViewModes::setDistractionFree);

    m_nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    m_previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_nextPane->setStatusTip(tr("Move to the next of library, editor, preview and docks"));
    m_previousPane->setStatusTip(tr("Move to the previous of library, editor, preview and docks"));
    connect(m_nextPane, &QAction::triggered, this, [this] { focusNextPane(true); });
    connect(m_previousPane, &QAction::triggered, this, [this] { focusNextPane(false); });

    for (QAction *action : actions()) {
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action); // work with the menu bar hidden too
    }
    m_window->installEventFilter(this);
}

QList<QAction *> ViewModes::actions() const
{
    return {
        m_showLibrary, m_showPreview, m_fullScreen, m_distractionFree, m_nextPane, m_previousPane};
}

void ViewModes::setDistractionFree(bool on)
{
    if (on == m_focusMode)
        return;
    m_focusMode = on;
    m_distractionFree->setChecked(on);
    QWidget *content = m_editor->widget();
    if (on) {
        m_hidden.clear();
        QList<QWidget *> others {m_library, m_preview};
        for (QDockWidget *dock : std::as_const(m_docks))
            others.append(dock);
        for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
            others.append(bar);
        for (QWidget *widget : std::as_const(others)) {
            if (widget->isVisible()) {
                m_hidden.append(widget);
                widget->hide();
            }
        }
        m_editorMaximumWidth = content->maximumWidth();
        content->setMaximumWidth(content->fontMetrics().averageCharWidth() * 2 * MeasureEms);
        m_editor->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    } else {
        for (const QPointer<QWidget> &widget : std::as_const(m_hidden)) {
            if (widget)
                widget->show();
        }
        m_hidden.clear();
        content->setMaximumWidth(m_editorMaximumWidth);
        m_editor->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_showLibrary->setChecked(m_library->isVisibleTo(m_window));
    m_showPreview->setChecked(m_preview->isVisibleTo(m_window));
    focusPane(m_editorColumn);
}

QList<QWidget *> ViewModes::panes() const
{
    QList<QWidget *> panes {m_library, m_editorColumn, m_preview};
    for (QDockWidget *dock : m_docks) {
        // Of docks tabbed together only the one in front can take the focus.
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            panes.append(dock);
    }
    panes.removeIf([this](QWidget *pane) { return !pane->isVisibleTo(m_window); });
    return panes;
}

QWidget *ViewModes::focusNextPane(bool forward)
{
    const QList<QWidget *> visible = panes();
    if (visible.isEmpty())
        return nullptr;
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < visible.size(); ++i) {
        if (visible.at(i) == focus || visible.at(i)->isAncestorOf(focus))
            current = i;
    }
    const qsizetype count = visible.size();
    const qsizetype next
        = current < 0 ? (forward ? 0 : count - 1) : (current + (forward ? 1 : count - 1)) % count;
    focusPane(visible.at(next));
    return visible.at(next);
}

void ViewModes::focusPane(QWidget *pane)
{
    if (pane == m_editorColumn && m_editor->isVisible()) {
        // Back where the writer was, else the headline.
        if (!m_editor->showAnchor(m_editor->currentAnchor()))
            m_editor->focusField(QStringLiteral("headline"));
        return;
    }
    auto *dock = qobject_cast<QDockWidget *>(pane);
    FocusNavigation::focusFirstIn(dock ? dock->widget() : pane);
}

bool ViewModes::eventFilter(QObject *watched, QEvent *event)
{
    // Esc that no input took (line edits and text editors pass it on) ends the mode.
    if (m_focusMode && watched == m_window && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            setDistractionFree(false);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Copydesk
