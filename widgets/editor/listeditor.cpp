// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "listeditor.h"

#include "articledocument.h"

#include <QLineEdit>

namespace Copydesk {

ListEditor::ListEditor(ArticleDocument *document, const QString &partId, QWidget *parent)
    : EntryListEditor(document, partId, parent)
{
    refresh();
}

QWidget *ListEditor::createRowEditor(int index)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(rowName(index));
    connect(edit, &QLineEdit::textEdited, this,
        [this, index](const QString &text) { document()->setItem(partId(), index, text); });
    return edit;
}

void ListEditor::updateRowEditor(QWidget *editor, const ArticlePart &part, int index)
{
    auto *edit = static_cast<QLineEdit *>(editor);
    if (edit->text() != part.items.at(index))
        edit->setText(part.items.at(index));
}

void ListEditor::insertEntry(int index)
{
    document()->insertItem(partId(), index, QString());
}

void ListEditor::removeEntry(int index)
{
    document()->removeItem(partId(), index);
}

void ListEditor::moveEntry(int from, int to)
{
    document()->moveItem(partId(), from, to);
}

QString ListEditor::addText() const
{
    return part() && part()->kind == ArticlePart::Kind::KeyTakeaways ? tr("Add Takeaway")
                                                                     : tr("Add Fact");
}

QString ListEditor::rowName(int index) const
{
    return part() && part()->kind == ArticlePart::Kind::KeyTakeaways
        ? tr("Takeaway %1").arg(index + 1)
        : tr("Fact %1").arg(index + 1);
}

} // namespace Copydesk
