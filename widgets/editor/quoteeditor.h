// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "entrylisteditor.h"

namespace Copydesk {

/// The quotes of an Expert Insights part: text (Markdown), speaker and role of each.
class QuoteEditor : public EntryListEditor
{
    Q_OBJECT

public:
    QuoteEditor(ArticleDocument *document, const QString &partId, QWidget *parent = nullptr);

protected:
    int entryCount(const ArticlePart &part) const override { return int(part.quotes.size()); }
    QWidget *createRowEditor(int index) override;
    void updateRowEditor(QWidget *editor, const ArticlePart &part, int index) override;
    void insertEntry(int index) override;
    void removeEntry(int index) override;
    void moveEntry(int from, int to) override;
    QString addText() const override;
    QString rowName(int index) const override;

private:
    /// The entry in the document as it is now; a default one when out of range.
    Quote entry(int index) const;
};

} // namespace Copydesk
