// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "entrylisteditor.h"

namespace Copydesk {

/// The items of a Key Facts or Key Takeaways part, one line of inline Markdown each.
class ListEditor : public EntryListEditor
{
    Q_OBJECT

public:
    ListEditor(ArticleDocument *document, const QString &partId, QWidget *parent = nullptr);

protected:
    int entryCount(const ArticlePart &part) const override { return int(part.items.size()); }
    QWidget *createRowEditor(int index) override;
    void updateRowEditor(QWidget *editor, const ArticlePart &part, int index) override;
    void insertEntry(int index) override;
    void removeEntry(int index) override;
    void moveEntry(int from, int to) override;
    QString addText() const override;
    QString rowName(int index) const override;
    bool separateRows() const override { return false; }
};

} // namespace Copydesk
