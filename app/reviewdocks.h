// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "reviewcomment.h"

#include <QObject>

class QAction;
class QDockWidget;
class QKeySequence;
class QMainWindow;
class QToolButton;

namespace Copydesk {

class ArticleEditor;
class ChecklistPanel;
class LibraryPanel;
class ReviewPanel;
class Library;
class WorkflowController;

/// The editorial workflow's panels in the window: the "Checklist" and "Review" docks, tabified
/// in the right dock area, the status bar's count of required checklist fixes, and the library
/// panel's workflow views.
///
/// It follows the WorkflowController: the checklist checks the document the window gives it
/// (checklist()->setDocument(), none while no article is open) live with the library's
/// checklist configuration (the house default when the library has no workflow);
/// the review panel shows the open article's comments, written as the current user, and is
/// refreshed after saves, transitions and user changes. Activating a finding or a comment
/// thread shows the place in the editor. Without people in the library the review panel and
/// the library views say there is no workflow.
///
/// Everything it makes is a child of `window`; the others must outlive it.
class ReviewDocks : public QObject
{
    Q_OBJECT
public:
    ReviewDocks(QMainWindow *window, WorkflowController *workflow, ArticleEditor *editor,
        LibraryPanel *library);
    ~ReviewDocks() override;

    ChecklistPanel *checklist() const { return m_checklist; }
    ReviewPanel *review() const { return m_review; }
    QDockWidget *checklistDock() const { return m_checklistDock; }
    QDockWidget *reviewDock() const { return m_reviewDock; }
    /// For the View menu: the docks' show/hide actions, then Go to Checklist (Ctrl+Alt+K) and
    /// Go to Review (Ctrl+Alt+R), which show a dock, bring it in front of the other and move
    /// the keyboard focus into it.
    QList<QAction *> viewActions() const;
    /// The Checklist and Review docks.
    QList<QDockWidget *> docks() const;
    /// "2 required fixes" for the status bar; hidden when there are none. Clicking it shows
    /// the first required finding.
    QToolButton *requiredFixesButton() const { return m_requiredFixes; }

    /// Raises the Checklist dock and puts the cursor where `path` points.
    void showFinding(const QString &path);
    /// Puts the cursor where a comment's `anchor` points and selects its range.
    void showAnchor(const CommentAnchor &anchor);

private:
    /// Follows the workflow controller: workflow and user of the panels, checklist config.
    void followWorkflow();
    void articleContentChanged();
    void updateRequiredFixes(int required);
    QAction *goToAction(
        QDockWidget *dock, const QString &text, const QKeySequence &keys, const QString &tip);

    QMainWindow *m_window;
    WorkflowController *m_workflow;
    ArticleEditor *m_editor;
    LibraryPanel *m_library;
    ChecklistPanel *m_checklist;
    ReviewPanel *m_review;
    QDockWidget *m_checklistDock;
    QDockWidget *m_reviewDock;
    QToolButton *m_requiredFixes;
    QAction *m_goToChecklist = nullptr;
    QAction *m_goToReview = nullptr;
    Library *m_shownLibrary = nullptr; ///< What the panels were given last (with people).
    QString m_shownUser;
    qint64 m_shownArticle = -1;
};

} // namespace Copydesk
