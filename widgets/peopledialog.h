// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Copydesk {

class People;

/// Workflow ▸ People: the library's people and their roles, where an admin adds people and
/// changes roles. Changes are stored at once (People::addPerson); a refusal is shown
/// in the dialog.
class PeopleDialog : public QDialog
{
    Q_OBJECT
public:
    /// `workflow` is not owned and must outlive the dialog; `actor` is the admin making changes.
    PeopleDialog(People *people, const QString &actor, QWidget *parent = nullptr);

    /// Adds `name` with the role `roleName()` names, or changes their role. False (and the
    /// reason shown in the dialog) when refused.
    bool addPerson(const QString &name, const QString &roleName);
    /// The message of the last refusal; empty after a success.
    QString lastError() const;
    /// One row per person: name, role label.
    QTreeWidget *peopleList() const { return m_list; }

private:
    void load();
    void addFromFields();

    People *m_people;
    QString m_actor;
    QTreeWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_role;
    QPushButton *m_add;
    QLabel *m_error;
};

} // namespace Copydesk
