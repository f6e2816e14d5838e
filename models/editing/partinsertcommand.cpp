// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "partinsertcommand.h"

namespace Copydesk {

PartInsertCommand::PartInsertCommand(
    ArticleDocument *document, qsizetype index, ArticlePart part, bool insert, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_index(index)
    , m_part(std::move(part))
    , m_insert(insert)
{ }

void PartInsertCommand::undo()
{
    if (m_insert)
        remove();
    else
        insert();
}

void PartInsertCommand::redo()
{
    if (m_insert)
        insert();
    else
        remove();
}

void PartInsertCommand::insert()
{
    m_document->mutableArticle().parts.insert(m_index, m_part);
    m_document->notifyInserted(m_part.id, m_index);
}

void PartInsertCommand::remove()
{
    Q_ASSERT(m_document->article().parts.value(m_index).id == m_part.id);
    m_document->mutableArticle().parts.removeAt(m_index);
    m_document->notifyRemoved(m_part.id);
}

} // namespace Copydesk
