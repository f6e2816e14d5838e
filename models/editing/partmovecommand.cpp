// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "partmovecommand.h"

namespace Copydesk {

PartMoveCommand::PartMoveCommand(
    ArticleDocument *document, qsizetype from, qsizetype to, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{ }

void PartMoveCommand::undo()
{
    move(m_to, m_from);
}

void PartMoveCommand::redo()
{
    move(m_from, m_to);
}

void PartMoveCommand::move(qsizetype from, qsizetype to)
{
    m_document->mutableArticle().parts.move(from, to);
    m_document->notifyReordered();
}

} // namespace Copydesk
