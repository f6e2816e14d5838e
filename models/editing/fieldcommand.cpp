// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fieldcommand.h"

namespace Copydesk {

FieldCommand::Value FieldCommand::read(const Article &article, Field field)
{
    switch (field) {
    case Field::Headline:
        return article.headline;
    case Field::Dek:
        return article.dek;
    case Field::Bylines:
        return article.bylines;
    case Field::Dateline:
        return article.dateline;
    case Field::Published:
        return article.published;
    case Field::Category:
        return article.category;
    case Field::Tags:
        return article.tags;
    case Field::Language:
        return article.language;
    case Field::Hero:
        return article.hero;
    case Field::Lede:
        return article.lede;
    case Field::Status:
        return article.status;
    case Field::Owner:
        return article.owner;
    case Field::WordTarget:
        return article.wordTarget;
    }
    return {};
}

void FieldCommand::write(Article &article, Field field, const Value &value)
{
    switch (field) {
    case Field::Headline:
        article.headline = std::get<QString>(value);
        break;
    case Field::Dek:
        article.dek = std::get<QString>(value);
        break;
    case Field::Bylines:
        article.bylines = std::get<QList<Byline>>(value);
        break;
    case Field::Dateline:
        article.dateline = std::get<QString>(value);
        break;
    case Field::Published:
        article.published = std::get<QDateTime>(value);
        break;
    case Field::Category:
        article.category = std::get<QString>(value);
        break;
    case Field::Tags:
        article.tags = std::get<QStringList>(value);
        break;
    case Field::Language:
        article.language = std::get<QString>(value);
        break;
    case Field::Hero:
        article.hero = std::get<HeroImage>(value);
        break;
    case Field::Lede:
        article.lede = std::get<QString>(value);
        break;
    case Field::Status:
        article.status = std::get<ArticleStatus>(value);
        break;
    case Field::Owner:
        article.owner = std::get<QString>(value);
        break;
    case Field::WordTarget:
        article.wordTarget = std::get<int>(value);
        break;
    }
}

FieldCommand::FieldCommand(ArticleDocument *document, Field field, Value after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_field(field)
    , m_before(read(document->article(), field))
    , m_after(std::move(after))
{ }

void FieldCommand::undo()
{
    apply(m_before);
}

void FieldCommand::redo()
{
    apply(m_after);
}

bool FieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FieldCommand *>(other);
    if (next->m_field != m_field || m_field == Field::Status)
        return false;
    const auto window = m_document->mergeWindow();
    if (const auto *text = std::get_if<QString>(&m_after)) {
        if (!m_run.join(*text, std::get<QString>(next->m_after), window))
            return false;
    } else if (const auto *hero = std::get_if<HeroImage>(&m_after)) {
        const bool sameImage = std::get<HeroImage>(m_before).data == hero->data
            && hero->data == std::get<HeroImage>(next->m_after).data;
        if (!sameImage || !m_run.join(window))
            return false;
    } else if (!m_run.join(window)) {
        return false;
    }
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void FieldCommand::apply(const Value &value)
{
    write(m_document->mutableArticle(), m_field, value);
    m_document->notifyField(m_field);
}

} // namespace Copydesk
