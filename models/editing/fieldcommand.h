// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articledocument.h"
#include "typingrun.h"

#include <QUndoCommand>
#include <variant>

namespace Copydesk {

/// Sets one of the article's own members (ArticleDocument::Field). Text edits merge as typing;
/// status changes and new hero image bytes never merge.
class FieldCommand : public QUndoCommand
{
public:
    using Field = ArticleDocument::Field;
    using Value = std::variant<QString, QDateTime, QStringList, QList<Byline>, HeroImage,
        ArticleStatus, int>;

    static Value read(const Article &article, Field field);
    static void write(Article &article, Field field, const Value &value);

    FieldCommand(ArticleDocument *document, Field field, Value after, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Value &value);

    ArticleDocument *m_document;
    Field m_field;
    Value m_before;
    Value m_after;
    TypingRun m_run;
};

} // namespace Copydesk
