// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "wordtargetseditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

constexpr int MaxWords = 1'000'000;

} // namespace

WordTargetsEditor::WordTargetsEditor(QWidget *parent)
    : QWidget(parent)
    , m_default(new QSpinBox(this))
    , m_over(new QSpinBox(this))
    , m_categories(new QTableWidget(0, 2, this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    m_default->setObjectName(QStringLiteral("defaultWordTarget"));
    m_default->setAccessibleName(tr("Word target for every category"));
    m_default->setRange(0, MaxWords);
    m_default->setSingleStep(50);
    m_default->setSpecialValueText(tr("None"));
    m_default->setSuffix(tr(" words"));
    m_over->setObjectName(QStringLiteral("wordTargetOverPercent"));
    m_over->setAccessibleName(tr("Longest over the target, in percent"));
    m_over->setRange(0, 1000);
    m_over->setSpecialValueText(tr("No limit"));
    m_over->setSuffix(tr(" % over"));
    m_over->setToolTip(tr("The checklist recommends shortening an article that is more than "
                          "this much longer than its target."));

    m_categories->setObjectName(QStringLiteral("categoryWordTargets"));
    m_categories->setAccessibleName(tr("Word targets by category"));
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Words")});
    m_categories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->verticalHeader()->hide();
    m_categories->setMaximumHeight(m_categories->horizontalHeader()->sizeHint().height()
        + 3 * m_categories->verticalHeader()->defaultSectionSize() + 4);
    auto *add = new QPushButton(tr("Add &Category"), this);
    add->setObjectName(QStringLiteral("addCategoryWordTarget"));
    m_remove->setObjectName(QStringLiteral("removeCategoryWordTarget"));
    m_remove->setAccessibleName(tr("Remove the category's word target"));

    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_default, 1);
    numbers->addWidget(m_over, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *table = new QHBoxLayout;
    table->addWidget(m_categories, 1);
    table->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(numbers);
    layout->addLayout(table);

    connect(add, &QPushButton::clicked, this, [this] { addCategory(); });
    connect(m_remove, &QPushButton::clicked, this, &WordTargetsEditor::removeCategory);
}

void WordTargetsEditor::setTargets(const WordTargets &targets)
{
    m_default->setValue(targets.defaultWords);
    m_over->setValue(targets.overPercent);
    m_categories->setRowCount(0);
    for (auto it = targets.byCategory.constBegin(); it != targets.byCategory.constEnd(); ++it)
        addCategory(it.key(), it.value());
}

WordTargets WordTargetsEditor::targets() const
{
    WordTargets targets;
    targets.defaultWords = m_default->value();
    targets.overPercent = m_over->value();
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const auto *name = qobject_cast<QLineEdit *>(m_categories->cellWidget(row, 0));
        const auto *words = qobject_cast<QSpinBox *>(m_categories->cellWidget(row, 1));
        const QString category = name ? name->text().trimmed() : QString();
        if (category.isEmpty() || !words)
            continue;
        // The last row naming a category wins, under the name it gives.
        for (auto it = targets.byCategory.begin(); it != targets.byCategory.end();) {
            if (it.key().compare(category, Qt::CaseInsensitive) == 0)
                it = targets.byCategory.erase(it);
            else
                ++it;
        }
        targets.byCategory.insert(category, words->value());
    }
    return targets;
}

void WordTargetsEditor::addCategory(const QString &category, int words)
{
    const int row = m_categories->rowCount();
    m_categories->insertRow(row);
    auto *name = new QLineEdit(category);
    name->setAccessibleName(tr("Category"));
    name->setFrame(false);
    auto *count = new QSpinBox;
    count->setAccessibleName(tr("Words"));
    count->setRange(1, MaxWords);
    count->setSingleStep(50);
    count->setValue(words);
    count->setFrame(false);
    m_categories->setCellWidget(row, 0, name);
    m_categories->setCellWidget(row, 1, count);
    name->installEventFilter(this);
    count->installEventFilter(this);
    if (category.isEmpty()) {
        m_categories->setCurrentCell(row, 0);
        name->setFocus();
    }
}

void WordTargetsEditor::removeCategory()
{
    if (const int row = m_categories->currentRow(); row >= 0)
        m_categories->removeRow(row);
}

bool WordTargetsEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The cells are editors of their own: focusing one makes its row current, so that Remove
    // (which takes the focus when clicked) knows the row.
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_categories->rowCount(); ++row) {
            for (int column = 0; column < 2; ++column) {
                if (m_categories->cellWidget(row, column) == watched)
                    m_categories->setCurrentCell(row, column);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Copydesk
