// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articledocument.h"

#include <QUndoCommand>

namespace Copydesk {

/// Inserts a part at an index, or (with `insert` false) removes the part found at that index;
/// undo does the opposite.
class PartInsertCommand : public QUndoCommand
{
public:
    PartInsertCommand(ArticleDocument *document, qsizetype index, ArticlePart part, bool insert,
        const QString &text);

    void undo() override;
    void redo() override;

private:
    void insert();
    void remove();

    ArticleDocument *m_document;
    qsizetype m_index;
    ArticlePart m_part;
    bool m_insert;
};

} // namespace Copydesk
