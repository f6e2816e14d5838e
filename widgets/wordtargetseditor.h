// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "wordtargets.h"

#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Copydesk {

/// Edits a publication's WordTargets: the target for every category, how far over it an
/// article may run, and a table of categories with targets of their own.
class WordTargetsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit WordTargetsEditor(QWidget *parent = nullptr);

    void setTargets(const WordTargets &targets);
    /// The targets as edited. Rows without a category name are left out; of rows naming the
    /// same category (case and surrounding spaces ignored) the last wins.
    WordTargets targets() const;

    /// Appends a category row and puts the cursor in its name.
    void addCategory(const QString &category = {}, int words = 800);
    /// Removes the row last focused (the current cell); nothing when no row is current.
    void removeCategory();

    QSpinBox *defaultWords() const { return m_default; }
    QSpinBox *overPercent() const { return m_over; }
    QTableWidget *categories() const { return m_categories; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSpinBox *m_default;
    QSpinBox *m_over;
    QTableWidget *m_categories;
    QPushButton *m_remove;
};

} // namespace Copydesk
