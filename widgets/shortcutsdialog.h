// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Copydesk {

/// Help ▸ Keyboard Shortcuts: every menu command with its keys, grouped by menu, read from the
/// menu bar itself (so it cannot fall out of date), followed by the editor's own keys, which
/// no menu shows. A filter field narrows the list by command or key.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `editorKeys`: pairs of (keys, what they do), e.g. ArticleEditor::keyboardHelp().
    ShortcutsDialog(const QMenuBar *menus, const QList<std::pair<QString, QString>> &editorKeys,
        QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace Copydesk
