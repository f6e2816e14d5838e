// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "checklistconfig.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace Copydesk {

/// Edits the level (Off, Recommended, Required) of every checklist rule: one row per
/// ChecklistConfig::ruleIds() entry, in that order, with the rule's description and a combo.
/// It only edits a copy; storing it (and who may) is the caller's business.
class ChecklistRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChecklistRulesDialog(const ChecklistConfig &config, QWidget *parent = nullptr);

    /// The config given to the constructor with the levels as chosen; the other members
    /// (limits from the publication profile) are kept as given.
    ChecklistConfig config() const;

    QTableWidget *ruleTable() const { return m_table; }
    /// The level combo of `ruleId`'s row; nullptr for unknown ids.
    QComboBox *levelCombo(const QString &ruleId) const;

private:
    ChecklistConfig m_config;
    QStringList m_ruleIds;
    QTableWidget *m_table;
};

} // namespace Copydesk
