// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "role.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Copydesk {

/// "Who are you?": asked on first run and by Switch User. In a library with people, the user
/// picks one of them (name and role); in a library without people, the user types a name and
/// chooses between turning on the review workflow (as the library's first person, an admin)
/// and working without it (the name then only goes on revisions). The dialog only asks; the
/// caller adds the person.
class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    /// `people` empty: the library has no workflow yet. `current` is preselected (or typed in).
    IdentityDialog(const QList<Person> &people, const QString &current, QWidget *parent = nullptr);

    /// The chosen or typed name, trimmed.
    QString userName() const;
    /// In a library without people: whether the user chose to turn on the workflow. Always
    /// false in a library with people.
    bool enableWorkflow() const;

    /// For tests and accessibility: the list of people (null without people), the name field
    /// (null with people) and the two choices (null with people).
    QListWidget *peopleList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *workflowChoice() const { return m_withWorkflow; }
    QRadioButton *plainChoice() const { return m_withoutWorkflow; }

private:
    void updateOk();

    QList<Person> m_people;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_withWorkflow = nullptr;
    QRadioButton *m_withoutWorkflow = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Copydesk
