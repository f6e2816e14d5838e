// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "importreport.h"

#include <QDialog>

class QDialogButtonBox;
class QTreeWidget;

namespace Copydesk {

/// Shows what an import of unstructured copy recognised, file by file (part, count, first
/// words, and the notes that need an editor's eye), for a quick confirmation before anything is
/// stored: OK stores, Cancel stores nothing.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// `reports` pairs each file's name with its report.
    ImportPreviewDialog(const QList<std::pair<QString, ImportReport>> &reports, QWidget *parent);

    QTreeWidget *tree() const { return m_tree; }
    /// Ok and Cancel; a caller may name them for what they do there.
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
};

} // namespace Copydesk
