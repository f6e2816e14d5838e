// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDialog>

class QTextBrowser;
class QTreeWidget;

namespace Copydesk {

class ArticleMerge;

/// Shown when the library refused a save because someone else stored the article meanwhile
/// (Error::Code::Conflict): one row per difference between the user's text and the stored one
/// (ArticleMerge::choices()), who changed it, and a check box to use the other version; the
/// selected row's difference is shown with word-level marks. "Keep All Mine" and "Take All
/// Theirs" set every row. Accepting keeps the choices in the merge; the caller stores
/// ArticleMerge::result() as a new revision. Rejecting ("Decide Later") changes nothing.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    /// `merge` is not owned and must outlive the dialog; its choices follow the check boxes.
    /// `who` names the other person, `when` when they saved (already formatted).
    ConflictDialog(
        ArticleMerge *merge, const QString &who, const QString &when, QWidget *parent = nullptr);

    /// The list of differences (tests, accessibility).
    QTreeWidget *choiceList() const { return m_list; }
    /// The selected difference as plain text.
    QString differenceText() const;

private:
    void fill();
    void showSelected();

    ArticleMerge *m_merge;
    QTreeWidget *m_list;
    QTextBrowser *m_diff;
};

} // namespace Copydesk
