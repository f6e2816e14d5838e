// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydesk {

PasswordDialog::PasswordDialog(const QString &login, const QString &server, QWidget *parent)
    : QDialog(parent)
    , m_problem(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keyring"), this))
    , m_keyringNote(new QLabel(this))
{
    setWindowTitle(tr("Team Library Password"));
    auto *intro = new QLabel(
        tr("The team library server asks for the password of <b>%1</b> on <b>%2</b>.")
            .arg(login.toHtmlEscaped(),
                // Kept on one line: "host:" and "port/database" apart are hard to read.
                QLatin1String("<nobr>") + server.toHtmlEscaped() + QLatin1String("</nobr>")),
        this);
    intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Copydesk never writes the password into its own settings."));
    m_keyringNote->setWordWrap(true);
    m_keyringNote->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, buttons, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_keyringNote);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_password->setFocus();
}

void PasswordDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PasswordDialog::setRemember(bool remember)
{
    if (m_remember->isEnabled())
        m_remember->setChecked(remember);
}

void PasswordDialog::setKeyringUnavailable(const QString &reason)
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keyringNote->setText(tr("There is no system keyring to remember the password in (%1). "
                              "It serves this session only; ~/.pgpass can keep it instead.")
            .arg(reason));
    m_keyringNote->show();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace Copydesk
