// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "conflictdialog.h"

#include "articlemerge.h"
#include "revisionhistorydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

QString changedBy(const ArticleMerge::Choice &choice)
{
    if (choice.changedByMe && choice.changedByThem)
        return ConflictDialog::tr("both of you");
    if (choice.changedByThem)
        return ConflictDialog::tr("them");
    return ConflictDialog::tr("you");
}

} // namespace

ConflictDialog::ConflictDialog(
    ArticleMerge *merge, const QString &who, const QString &when, QWidget *parent)
    : QDialog(parent)
    , m_merge(merge)
    , m_list(new QTreeWidget(this))
    , m_diff(new QTextBrowser(this))
{
    setWindowTitle(tr("Changed Elsewhere"));
    auto *intro = new QLabel(
        tr("%1 saved this article at %2 while you were editing. Nothing has been overwritten. "
           "Choose which version to keep for each difference; ticked rows take their version. "
           "The result is saved as a new revision, and both earlier versions stay in the "
           "history.")
            .arg(who, when),
        this);
    intro->setWordWrap(true);

    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Use their version"), tr("Changed by")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Differences"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_diff->setAccessibleName(tr("Your version and theirs"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_diff);
    split->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save
        = buttons->addButton(tr("&Save Merged Version"), QDialogButtonBox::AcceptRole);
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    QPushButton *mine = buttons->addButton(tr("Keep All &Mine"), QDialogButtonBox::ResetRole);
    QPushButton *theirs = buttons->addButton(tr("Take All &Theirs"), QDialogButtonBox::ResetRole);
    save->setDefault(true);
    later->setToolTip(tr("Your text stays in the window, unsaved, until you decide."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mine, &QPushButton::clicked, this, [this] {
        m_merge->setAllTheirs(false);
        fill();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_merge->setAllTheirs(true);
        fill();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictDialog::showSelected);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0)
            m_merge->setTakeTheirs(
                m_list->indexOfTopLevelItem(item), item->checkState(0) == Qt::Checked);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    fill();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    resize(760, 560);
}

void ConflictDialog::fill()
{
    const int current
        = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ArticleMerge::Choice &choice : m_merge->choices()) {
        auto *item = new QTreeWidgetItem(m_list, {choice.label, changedBy(choice)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, choice.takeTheirs ? Qt::Checked : Qt::Unchecked);
    }
    blocker.unblock();
    if (QTreeWidgetItem *item = m_list->topLevelItem(current))
        m_list->setCurrentItem(item);
    showSelected();
}

void ConflictDialog::showSelected()
{
    const qsizetype row
        = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_merge->choices().size()) {
        m_diff->clear();
        return;
    }
    // From the user's text to theirs: deletions are what only the user has.
    m_diff->setHtml(RevisionHistoryDialog::changesToHtml(m_merge->choices().at(row).changes));
}

QString ConflictDialog::differenceText() const
{
    return m_diff->toPlainText();
}

} // namespace Copydesk
