// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "role.h"
#include "workflowrules.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace Copydesk {

/// Asks for what a workflow action needs before it is applied: a note for the audit log,
/// optional (Approve, Request changes, Spike…) or required (WorkflowRules::needsNote(): OK stays
/// disabled until there is one), and, for Reassign, the new owner among the library's people.
/// The dialog only asks; the caller applies the action.
class TransitionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `people` fills the owner choice for Reassign (ignored otherwise); `owner` is preselected.
    TransitionDialog(WorkflowAction action, const QString &headline, const QList<Person> &people,
        const QString &owner, QWidget *parent = nullptr);

    WorkflowAction action() const { return m_action; }
    /// The note typed, trimmed; empty when none.
    QString note() const;
    /// Reassign: the person chosen; empty for other actions.
    QString newOwner() const;

    QPlainTextEdit *noteEdit() const { return m_note; }
    /// Null unless the action is Reassign.
    QComboBox *ownerChoice() const { return m_owner; }

private:
    WorkflowAction m_action;
    QPlainTextEdit *m_note;
    QComboBox *m_owner = nullptr;
};

} // namespace Copydesk
