// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "transitiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Copydesk {

TransitionDialog::TransitionDialog(WorkflowAction action, const QString &headline,
    const QList<Person> &people, const QString &owner, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setWindowTitle(actionLabel(action));
    auto *form = new QFormLayout(this);
    auto *article = new QLabel(headline.isEmpty() ? tr("(no headline)") : headline, this);
    article->setWordWrap(true);
    form->addRow(tr("Article:"), article);
    if (action == WorkflowAction::Reassign) {
        m_owner = new QComboBox(this);
        m_owner->setAccessibleName(tr("New owner"));
        for (const Person &person : people) {
            m_owner->addItem(tr("%1 (%2)").arg(person.name, roleLabel(person.role)), person.name);
            if (person.name == owner)
                m_owner->setCurrentIndex(m_owner->count() - 1);
        }
        form->addRow(tr("New &owner:"), m_owner);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    const bool required = WorkflowRules::needsNote(action);
    m_note->setPlaceholderText(required ? tr("Required: why you approve instead of an editor")
            : action == WorkflowAction::RequestChanges ? tr("What needs to change (optional)")
                                                       : tr("Optional; kept in the audit log"));
    form->addRow(tr("&Note:"), m_note);
    if (required) {
        auto *why = new QLabel(tr("The audit log records this approval as an admin's override, "
                                  "with your note."),
            this);
        why->setWordWrap(true);
        form->addRow(why);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(actionLabel(action));
    if (required) {
        ok->setEnabled(false);
        connect(m_note, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!note().isEmpty()); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_note->setFocus();
}

QString TransitionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString TransitionDialog::newOwner() const
{
    return m_owner ? m_owner->currentData().toString() : QString();
}

} // namespace Copydesk
