// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "identitydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Copydesk {

IdentityDialog::IdentityDialog(const QList<Person> &people, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_people(people)
{
    setWindowTitle(tr("Who Are You?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    if (!people.isEmpty()) {
        intro->setText(tr("Choose yourself among the people of this library. Your name goes on "
                          "your revisions and on the workflow's audit log."));
        m_list = new QListWidget(this);
        m_list->setAccessibleName(tr("People"));
        for (const Person &person : people) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(person.name, roleLabel(person.role)), m_list);
            item->setData(Qt::UserRole, person.name);
            if (person.name == current)
                m_list->setCurrentItem(item);
        }
        layout->addWidget(m_list, 1);
        connect(m_list, &QListWidget::currentRowChanged, this, &IdentityDialog::updateOk);
        connect(m_list, &QListWidget::itemActivated, this, [this] {
            if (m_ok->isEnabled())
                accept();
        });
    } else {
        intro->setText(tr("Type your name. It goes on the revisions you save."));
        auto *form = new QFormLayout;
        m_name = new QLineEdit(current, this);
        m_name->setAccessibleName(tr("Your name"));
        form->addRow(tr("&Name:"), m_name);
        layout->addLayout(form);
        m_withWorkflow
            = new QRadioButton(tr("Turn on the &review workflow, with me as the library's admin"));
        m_withWorkflow->setToolTip(tr("Articles then go from draft through review and approval "
                                      "to publication; you add the other people and their roles "
                                      "in Workflow ▸ People."));
        m_withoutWorkflow = new QRadioButton(tr("Continue &without a workflow"));
        m_withoutWorkflow->setChecked(true);
        layout->addWidget(m_withWorkflow);
        layout->addWidget(m_withoutWorkflow);
        connect(m_name, &QLineEdit::textChanged, this, &IdentityDialog::updateOk);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
}

QString IdentityDialog::userName() const
{
    if (m_list) {
        const QListWidgetItem *item = m_list->currentItem();
        return item ? item->data(Qt::UserRole).toString() : QString();
    }
    return m_name->text().trimmed();
}

bool IdentityDialog::enableWorkflow() const
{
    return m_withWorkflow && m_withWorkflow->isChecked();
}

void IdentityDialog::updateOk()
{
    m_ok->setEnabled(!userName().isEmpty());
}

} // namespace Copydesk
