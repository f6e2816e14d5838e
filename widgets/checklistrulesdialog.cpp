// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "checklistrulesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Copydesk {

ChecklistRulesDialog::ChecklistRulesDialog(const ChecklistConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_ruleIds(ChecklistConfig::ruleIds())
    , m_table(new QTableWidget(int(m_ruleIds.size()), 2, this))
{
    setWindowTitle(tr("Checklist Rules"));
    auto *intro = new QLabel(tr("Required findings block submitting and approving; recommended "
                                "ones only warn. The levels apply to the whole library."),
        this);
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Level")});
    m_table->setAccessibleName(tr("Checklist rules"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes from combo to combo, not from cell to cell.
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    QWidget *previous = nullptr;
    for (int row = 0; row < m_ruleIds.size(); ++row) {
        const QString &id = m_ruleIds.at(row);
        const QString description = ChecklistConfig::description(id);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(id);
        combo->addItem(tr("Off"), int(RuleLevel::Off));
        combo->addItem(tr("Recommended"), int(RuleLevel::Recommended));
        combo->addItem(tr("Required"), int(RuleLevel::Required));
        combo->setCurrentIndex(combo->findData(int(config.level(id))));
        combo->setAccessibleName(tr("Level of “%1”").arg(description));
        combo->setToolTip(id);
        m_table->setCellWidget(row, 1, combo);
        // The rule is the label of its level: a screen reader says what the box is for (on
        // Linux, Qt names a combo box by its current text and leaves the purpose to the label).
        auto *rule = new QLabel(QString(description).replace(u'&', QLatin1String("&&")), m_table);
        rule->setToolTip(id);
        rule->setBuddy(combo);
        rule->setIndent(rule->fontMetrics().averageCharWidth());
        m_table->setCellWidget(row, 0, rule);
        if (previous)
            setTabOrder(previous, combo);
        previous = combo;
    }
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (previous)
        setTabOrder(previous, buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 520);
    if (QComboBox *first = levelCombo(m_ruleIds.value(0)))
        first->setFocus();
}

ChecklistConfig ChecklistRulesDialog::config() const
{
    ChecklistConfig config = m_config;
    for (const QString &id : m_ruleIds) {
        const QComboBox *combo = levelCombo(id);
        config.setLevel(id, static_cast<RuleLevel>(combo->currentData().toInt()));
    }
    return config;
}

QComboBox *ChecklistRulesDialog::levelCombo(const QString &ruleId) const
{
    const int row = int(m_ruleIds.indexOf(ruleId));
    return row < 0 ? nullptr : qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
}

} // namespace Copydesk
