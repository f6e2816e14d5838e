// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articledocument.h"
#include "typingrun.h"

#include <QUndoCommand>

namespace Copydesk {

/// Replaces the content of one part (found by id) with an edited copy: heading, body or one
/// list entry. Edits with the same non-empty merge key ("body", "item:3"…) coalesce as typing;
/// `typed` is the text being typed after the edit, which the word-boundary rule looks at.
/// Structural changes inside a part (insert, remove or move an entry) pass an empty key and
/// never merge.
class PartEditCommand : public QUndoCommand
{
public:
    PartEditCommand(ArticleDocument *document, ArticlePart before, ArticlePart after,
        QString mergeKey, QString typed, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const ArticlePart &part);

    ArticleDocument *m_document;
    ArticlePart m_before;
    ArticlePart m_after;
    QString m_mergeKey;
    QString m_typed;
    TypingRun m_run;
};

} // namespace Copydesk
