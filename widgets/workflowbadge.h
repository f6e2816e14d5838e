// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QLabel>

namespace Copydesk {

/// The open article's workflow status as a coloured pill (the colours of the library's
/// StatusBadgeDelegate) followed by its owner: "In review · Rita".
class WorkflowBadge : public QLabel
{
    Q_OBJECT
public:
    explicit WorkflowBadge(QWidget *parent = nullptr);

    /// Shows `status` and `owner` (no owner part when empty).
    void setState(ArticleStatus status, const QString &owner);
    /// Shows nothing (no article open, or a new one not stored yet).
    void clearState();

    /// The status shown; Draft when none.
    ArticleStatus status() const { return m_status; }
    bool hasState() const { return m_hasState; }

private:
    ArticleStatus m_status = ArticleStatus::Draft;
    bool m_hasState = false;
};

} // namespace Copydesk
