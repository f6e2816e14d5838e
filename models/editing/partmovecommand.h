// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articledocument.h"

#include <QUndoCommand>

namespace Copydesk {

/// Moves one part from one position to another; undo moves it back.
class PartMoveCommand : public QUndoCommand
{
public:
    PartMoveCommand(ArticleDocument *document, qsizetype from, qsizetype to, const QString &text);

    void undo() override;
    void redo() override;

private:
    void move(qsizetype from, qsizetype to);

    ArticleDocument *m_document;
    qsizetype m_from;
    qsizetype m_to;
};

} // namespace Copydesk
