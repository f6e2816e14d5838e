// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "importpreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Copydesk {

ImportPreviewDialog::ImportPreviewDialog(
    const QList<std::pair<QString, ImportReport>> &reports, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Import: Check the Structure"));
    auto *intro
        = new QLabel(tr("This is what was recognised. Nothing is stored until you confirm."), this);
    intro->setWordWrap(true);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Part"), tr("Count"), tr("Begins with")});
    m_tree->setRootIsDecorated(reports.size() > 1);
    m_tree->setAccessibleName(tr("Recognised structure"));
    QStringList notes;
    for (const auto &[file, report] : reports) {
        QTreeWidgetItem *group = nullptr;
        if (reports.size() > 1) {
            group = new QTreeWidgetItem(m_tree, {file});
            group->setExpanded(true);
        }
        for (const ImportReport::Entry &entry : report.entries) {
            const QStringList columns {entry.part,
                entry.count == 0 ? tr("empty") : QLocale().toString(entry.count), entry.preview};
            if (group)
                new QTreeWidgetItem(group, columns);
            else
                new QTreeWidgetItem(m_tree, columns);
        }
        for (const QString &note : report.notes)
            notes << (reports.size() > 1 ? file + QStringLiteral(": ") + note : note);
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *noteLabel = new QLabel(notes.join(QLatin1Char('\n')), this);
    noteLabel->setWordWrap(true);
    noteLabel->setTextFormat(Qt::PlainText);
    noteLabel->setVisible(!notes.isEmpty());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(noteLabel);
    layout->addWidget(m_buttons);
    resize(640, 480);
}

} // namespace Copydesk
