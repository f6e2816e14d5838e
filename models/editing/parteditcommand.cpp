// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "parteditcommand.h"

namespace Copydesk {

PartEditCommand::PartEditCommand(ArticleDocument *document, ArticlePart before, ArticlePart after,
    QString mergeKey, QString typed, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
    , m_typed(std::move(typed))
{ }

void PartEditCommand::undo()
{
    apply(m_before);
}

void PartEditCommand::redo()
{
    apply(m_after);
}

bool PartEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PartEditCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || next->m_after.id != m_after.id)
        return false;
    if (!m_run.join(m_typed, next->m_typed, m_document->mergeWindow()))
        return false;
    m_after = next->m_after;
    m_typed = next->m_typed;
    setObsolete(m_after == m_before);
    return true;
}

void PartEditCommand::apply(const ArticlePart &part)
{
    Article &article = m_document->mutableArticle();
    const qsizetype index = article.partIndex(part.id);
    Q_ASSERT(index >= 0);
    if (index < 0)
        return;
    article.parts[index] = part;
    m_document->notifyPart(part.id);
}

} // namespace Copydesk
