// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "peopledialog.h"

#include "people.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Copydesk {

PeopleDialog::PeopleDialog(People *people, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_people(people)
    , m_actor(actor)
{
    Q_ASSERT(m_people);
    setWindowTitle(tr("People"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("People of the library"));
    m_list->setHeaderLabels({tr("Name"), tr("Role")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("Name"));
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    for (Role role : {Role::Reporter, Role::Editor, Role::Admin})
        m_role->addItem(roleLabel(role), roleName(role));
    m_add = new QPushButton(tr("&Add or Change Role"), this);
    m_add->setEnabled(false);
    auto *nameCaption = new QLabel(tr("&Name:"), this);
    nameCaption->setBuddy(m_name);
    auto *roleCaption = new QLabel(tr("&Role:"), this);
    roleCaption->setBuddy(m_role);
    row->addWidget(nameCaption);
    row->addWidget(m_name, 1);
    row->addWidget(roleCaption);
    row->addWidget(m_role);
    row->addWidget(m_add);
    layout->addLayout(row);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_name, &QLineEdit::returnPressed, this, &PeopleDialog::addFromFields);
    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::addFromFields);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_name->setText(item->text(0));
        m_role->setCurrentIndex(m_role->findData(item->data(1, Qt::UserRole)));
    });
    load();
}

bool PeopleDialog::addPerson(const QString &name, const QString &role)
{
    bool known = false;
    const Person person {name.trimmed(), roleFromName(role, &known)};
    const Status added = known
        ? m_people->addPerson(person, m_actor)
        : Status(Error {tr("“%1” is not a role.").arg(role), Error::Code::InvalidInput});
    m_error->setVisible(!added);
    m_error->setText(added ? QString() : added.error().message);
    if (added) {
        load();
        m_name->clear();
    }
    return added.ok();
}

QString PeopleDialog::lastError() const
{
    return m_error->text();
}

void PeopleDialog::load()
{
    m_list->clear();
    const auto people = m_people->people();
    if (!people) {
        m_error->setText(people.error().message);
        m_error->show();
        return;
    }
    for (const Person &person : *people) {
        auto *item = new QTreeWidgetItem(m_list, {person.name, roleLabel(person.role)});
        item->setData(1, Qt::UserRole, roleName(person.role));
    }
}

void PeopleDialog::addFromFields()
{
    if (!m_name->text().trimmed().isEmpty())
        addPerson(m_name->text(), m_role->currentData().toString());
}

} // namespace Copydesk
