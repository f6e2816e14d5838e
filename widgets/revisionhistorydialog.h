// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlediff.h"
#include "articlestore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace Copydesk {

class Workflow;

/// The revisions of one article: who kept each and when, the changes between any two, field by
/// field with word-level marks, and restoring one (as a new revision, so nothing is lost).
/// Given the library's workflow, a second tab shows the article's audit log, read-only.
class RevisionHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    /// `store` is not owned and must outlive the dialog; `author` is recorded on a restore.
    RevisionHistoryDialog(
        ArticleStore *store, qint64 articleId, const QString &author, QWidget *parent = nullptr);

    /// Shows the article's workflow audit log (Workflow::audit()) in a "Workflow log" tab;
    /// nullptr hides the tab. `workflow` is not owned and must outlive the dialog.
    void setWorkflow(Workflow *workflow);

    /// The number of the revision restored; 0 when none was.
    int restoredRevision() const { return m_restored; }
    /// Selects the revisions to compare (by number) and shows their differences.
    void compare(int from, int to);
    /// The differences shown, as plain text (tests, accessibility).
    QString differencesText() const;

    /// The changes as HTML: one heading per field, word-level deletions and insertions marked.
    static QString changesToHtml(const Article &from, const Article &to);
    /// The same for changes already computed (diffArticles(), changes since a review).
    static QString changesToHtml(const QList<FieldChange> &changes);

private:
    void load();
    void showDifferences();
    void restoreSelected();
    void loadAudit();

    ArticleStore *m_store;
    qint64 m_id;
    QString m_author;
    Workflow *m_workflow = nullptr;
    QTabWidget *m_tabs;
    QTreeWidget *m_list;
    QComboBox *m_from;
    QComboBox *m_to;
    QTextBrowser *m_diff;
    QTreeWidget *m_audit;
    int m_restored = 0;
};

} // namespace Copydesk
