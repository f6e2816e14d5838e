// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "entrylisteditor.h"

namespace Copydesk {

/// The question/answer pairs of an FAQ part; answers are Markdown.
class FaqEditor : public EntryListEditor
{
    Q_OBJECT

public:
    FaqEditor(ArticleDocument *document, const QString &partId, QWidget *parent = nullptr);

protected:
    int entryCount(const ArticlePart &part) const override { return int(part.faq.size()); }
    QWidget *createRowEditor(int index) override;
    void updateRowEditor(QWidget *editor, const ArticlePart &part, int index) override;
    void insertEntry(int index) override;
    void removeEntry(int index) override;
    void moveEntry(int from, int to) override;
    QString addText() const override;
    QString rowName(int index) const override;

private:
    /// The entry in the document as it is now; a default one when out of range.
    FaqEntry entry(int index) const;
};

} // namespace Copydesk
