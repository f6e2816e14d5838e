// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "entrylisteditor.h"

namespace Copydesk {

/// The references of a References part: title, URL (checked as you type: a URL that is not an
/// absolute http(s) URL with a host, as the renderer would link it, gets a visible mark),
/// publisher and date accessed.
class ReferenceEditor : public EntryListEditor
{
    Q_OBJECT

public:
    ReferenceEditor(ArticleDocument *document, const QString &partId, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    int entryCount(const ArticlePart &part) const override { return int(part.references.size()); }
    QWidget *createRowEditor(int index) override;
    void updateRowEditor(QWidget *editor, const ArticlePart &part, int index) override;
    void insertEntry(int index) override;
    void removeEntry(int index) override;
    void moveEntry(int from, int to) override;
    QString addText() const override;
    QString rowName(int index) const override;

private:
    /// The entry in the document as it is now; a default one when out of range.
    Reference entry(int index) const;
};

} // namespace Copydesk
