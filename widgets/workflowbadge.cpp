// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "workflowbadge.h"

#include "statusbadgedelegate.h"

namespace Copydesk {

WorkflowBadge::WorkflowBadge(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Workflow status"));
    setTextFormat(Qt::PlainText);
    clearState();
}

void WorkflowBadge::setState(ArticleStatus status, const QString &owner)
{
    m_status = status;
    m_hasState = true;
    const QString label = statusLabel(status);
    setText(owner.isEmpty() ? label : tr("%1 · %2").arg(label, owner));
    setToolTip(owner.isEmpty() ? tr("Status: %1").arg(label)
                               : tr("Status: %1, owned by %2").arg(label, owner));
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 9px;"
                                 " padding: 2px 9px; font-weight: 600; }")
            .arg(StatusBadgeDelegate::badgeColor(status).name()));
    show();
}

void WorkflowBadge::clearState()
{
    m_hasState = false;
    m_status = ArticleStatus::Draft;
    clear();
    setToolTip({});
    setStyleSheet({});
}

} // namespace Copydesk
