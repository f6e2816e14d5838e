// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articledocument.h"

#include "fieldcommand.h"
#include "parteditcommand.h"
#include "partinsertcommand.h"
#include "partmovecommand.h"

#include <QTimeZone>
#include <QUndoCommand>
#include <QUndoStack>

namespace Copydesk {

namespace {

QString entryText(const QString &item)
{
    return item;
}

QString entryText(const Quote &quote)
{
    return quote.text + u'\n' + quote.speaker + u'\n' + quote.role;
}

QString entryText(const FaqEntry &entry)
{
    return entry.question + u'\n' + entry.answer;
}

QString entryText(const Reference &reference)
{
    return reference.title + u'\n' + reference.url + u'\n' + reference.publisher;
}

} // namespace

/// Swaps the whole article (ArticleDocument::replace()).
class ArticleReplaceCommand : public QUndoCommand
{
public:
    ArticleReplaceCommand(ArticleDocument *document, const Article &after, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(document->article())
        , m_after(after)
    { }
    void undo() override { m_document->replaceContent(m_before); }
    void redo() override { m_document->replaceContent(m_after); }

private:
    ArticleDocument *m_document;
    Article m_before;
    Article m_after;
};

ArticleDocument::ArticleDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ArticleDocument::~ArticleDocument() = default;

void ArticleDocument::replace(const Article &article, const QString &text)
{
    Article after = article;
    after.ensureIds();
    m_undoStack->push(new ArticleReplaceCommand(this, after, text));
}

void ArticleDocument::replaceContent(const Article &article)
{
    m_article = article;
    Q_EMIT documentReset();
    Q_EMIT changed();
}

void ArticleDocument::reset(const Article &article)
{
    m_undoStack->clear();
    m_article = article;
    m_article.ensureIds();
    m_undoStack->setClean();
    Q_EMIT documentReset();
    Q_EMIT changed();
}

bool ArticleDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ArticleDocument::setClean()
{
    m_undoStack->setClean();
}

QString ArticleDocument::fieldLabel(Field field)
{
    switch (field) {
    case Field::Headline:
        return tr("Headline");
    case Field::Dek:
        return tr("Dek");
    case Field::Bylines:
        return tr("Bylines");
    case Field::Dateline:
        return tr("Dateline");
    case Field::Published:
        return tr("Publication date");
    case Field::Category:
        return tr("Category");
    case Field::Tags:
        return tr("Tags");
    case Field::Language:
        return tr("Language");
    case Field::Hero:
        return tr("Hero image");
    case Field::Lede:
        return tr("Lede");
    case Field::Status:
        return tr("Status");
    case Field::Owner:
        return tr("Owner");
    case Field::WordTarget:
        return tr("Word target");
    }
    return {};
}

bool ArticleDocument::setText(Field field, const QString &text)
{
    switch (field) {
    case Field::Headline:
    case Field::Dek:
    case Field::Dateline:
    case Field::Category:
    case Field::Language:
    case Field::Lede:
    case Field::Owner:
        break;
    default:
        return false;
    }
    if (std::get<QString>(FieldCommand::read(m_article, field)) != text)
        m_undoStack->push(
            new FieldCommand(this, field, text, tr("Edit %1").arg(fieldLabel(field))));
    return true;
}

void ArticleDocument::setPublished(const QDateTime &published)
{
    // QDateTime compares instants; a change of time zone alone is still an edit.
    if (m_article.published == published && m_article.published.timeZone() == published.timeZone())
        return;
    m_undoStack->push(new FieldCommand(
        this, Field::Published, published, tr("Edit %1").arg(fieldLabel(Field::Published))));
}

void ArticleDocument::setTags(const QStringList &tags)
{
    if (m_article.tags != tags)
        m_undoStack->push(
            new FieldCommand(this, Field::Tags, tags, tr("Edit %1").arg(fieldLabel(Field::Tags))));
}

void ArticleDocument::setBylines(const QList<Byline> &bylines)
{
    if (m_article.bylines != bylines)
        m_undoStack->push(new FieldCommand(
            this, Field::Bylines, bylines, tr("Edit %1").arg(fieldLabel(Field::Bylines))));
}

void ArticleDocument::setHero(const HeroImage &hero)
{
    if (m_article.hero == hero)
        return;
    const QString text = m_article.hero.data != hero.data
        ? tr("Change hero image")
        : tr("Edit %1").arg(fieldLabel(Field::Hero));
    m_undoStack->push(new FieldCommand(this, Field::Hero, hero, text));
}

void ArticleDocument::setStatus(ArticleStatus status)
{
    if (m_article.status != status)
        m_undoStack->push(new FieldCommand(this, Field::Status, status, tr("Change status")));
}

void ArticleDocument::setWordTarget(int words)
{
    if (m_article.wordTarget != words)
        m_undoStack->push(new FieldCommand(
            this, Field::WordTarget, words, tr("Edit %1").arg(fieldLabel(Field::WordTarget))));
}

void ArticleDocument::setWorkflowState(ArticleStatus status, const QString &owner)
{
    const bool statusChanged = m_article.status != status;
    const bool ownerChanged = m_article.owner != owner;
    m_article.status = status;
    m_article.owner = owner;
    if (statusChanged)
        Q_EMIT fieldChanged(Field::Status);
    if (ownerChanged)
        Q_EMIT fieldChanged(Field::Owner);
    if (statusChanged || ownerChanged)
        Q_EMIT changed();
}

QString ArticleDocument::insertPart(qsizetype index, ArticlePart part)
{
    if (part.id.isEmpty() || m_article.partIndex(part.id) >= 0)
        part.id = ArticlePart::make(part.kind).id;
    index = std::clamp<qsizetype>(index, 0, m_article.parts.size());
    const QString id = part.id;
    m_undoStack->push(new PartInsertCommand(this, index, std::move(part), true, tr("Add part")));
    return id;
}

bool ArticleDocument::removePart(const QString &partId)
{
    const qsizetype index = m_article.partIndex(partId);
    if (index < 0)
        return false;
    m_undoStack->push(
        new PartInsertCommand(this, index, m_article.parts.at(index), false, tr("Remove part")));
    return true;
}

bool ArticleDocument::movePart(const QString &partId, qsizetype toIndex)
{
    const qsizetype from = m_article.partIndex(partId);
    if (from < 0)
        return false;
    toIndex = std::clamp<qsizetype>(toIndex, 0, m_article.parts.size() - 1);
    if (toIndex != from)
        m_undoStack->push(new PartMoveCommand(this, from, toIndex, tr("Move part")));
    return true;
}

bool ArticleDocument::pushPartEdit(
    const ArticlePart &after, const QString &mergeKey, const QString &text)
{
    const qsizetype index = m_article.partIndex(after.id);
    if (index < 0)
        return false;
    const ArticlePart &before = m_article.parts.at(index);
    if (before == after)
        return true;
    QString typed;
    if (mergeKey == u"heading")
        typed = after.heading;
    else if (mergeKey == u"body")
        typed = after.body;
    m_undoStack->push(new PartEditCommand(this, before, after, mergeKey, typed, text));
    return true;
}

bool ArticleDocument::setTexts(const QList<ArticleTextField> &edits, const QString &text)
{
    Article after = m_article;
    for (const ArticleTextField &edit : edits) {
        if (!ArticleTextFields::set(after, edit.path, edit.text))
            return false;
    }
    if (after == m_article)
        return true;
    m_undoStack->beginMacro(text);
    // Each pushes only when its value differs; an empty merge key keeps the part edits apart.
    for (Field field : {Field::Headline, Field::Dek, Field::Dateline, Field::Category, Field::Lede})
        setText(field, std::get<QString>(FieldCommand::read(after, field)));
    setHero(after.hero);
    for (const ArticlePart &part : std::as_const(after.parts))
        pushPartEdit(part, QString(), text);
    m_undoStack->endMacro();
    return true;
}

bool ArticleDocument::setPartHeading(const QString &partId, const QString &heading)
{
    const qsizetype index = m_article.partIndex(partId);
    if (index < 0)
        return false;
    ArticlePart part = m_article.parts.at(index);
    part.heading = heading;
    return pushPartEdit(part, QStringLiteral("heading"), tr("Edit heading"));
}

bool ArticleDocument::setPartBody(const QString &partId, const QString &body)
{
    const qsizetype index = m_article.partIndex(partId);
    if (index < 0)
        return false;
    ArticlePart part = m_article.parts.at(index);
    part.body = body;
    return pushPartEdit(part, QStringLiteral("body"), tr("Edit section"));
}

template<typename T>
bool ArticleDocument::insertEntry(const QString &partId, QList<T> ArticlePart::*list,
    qsizetype index, const T &value, const QString &text)
{
    const qsizetype partIndex = m_article.partIndex(partId);
    if (partIndex < 0)
        return false;
    ArticlePart part = m_article.parts.at(partIndex);
    QList<T> &entries = part.*list;
    entries.insert(std::clamp<qsizetype>(index, 0, entries.size()), value);
    return pushPartEdit(part, {}, text);
}

template<typename T>
bool ArticleDocument::removeEntry(
    const QString &partId, QList<T> ArticlePart::*list, qsizetype index, const QString &text)
{
    const qsizetype partIndex = m_article.partIndex(partId);
    if (partIndex < 0)
        return false;
    ArticlePart part = m_article.parts.at(partIndex);
    QList<T> &entries = part.*list;
    if (index < 0 || index >= entries.size())
        return false;
    entries.removeAt(index);
    return pushPartEdit(part, {}, text);
}

template<typename T>
bool ArticleDocument::moveEntry(const QString &partId, QList<T> ArticlePart::*list, qsizetype from,
    qsizetype to, const QString &text)
{
    const qsizetype partIndex = m_article.partIndex(partId);
    if (partIndex < 0)
        return false;
    ArticlePart part = m_article.parts.at(partIndex);
    QList<T> &entries = part.*list;
    if (from < 0 || from >= entries.size() || to < 0 || to >= entries.size())
        return false;
    entries.move(from, to);
    return pushPartEdit(part, {}, text);
}

template<typename T>
bool ArticleDocument::setEntry(const QString &partId, QList<T> ArticlePart::*list, qsizetype index,
    const T &value, const QString &key, const QString &text)
{
    const qsizetype partIndex = m_article.partIndex(partId);
    if (partIndex < 0)
        return false;
    const ArticlePart &current = m_article.parts.at(partIndex);
    if (index < 0 || index >= (current.*list).size())
        return false;
    if ((current.*list).at(index) == value)
        return true;
    ArticlePart part = current;
    (part.*list)[index] = value;
    m_undoStack->push(new PartEditCommand(
        this, current, part, key + u':' + QString::number(index), entryText(value), text));
    return true;
}

bool ArticleDocument::insertItem(const QString &partId, qsizetype index, const QString &text)
{
    return insertEntry(partId, &ArticlePart::items, index, text, tr("Add item"));
}

bool ArticleDocument::removeItem(const QString &partId, qsizetype index)
{
    return removeEntry(partId, &ArticlePart::items, index, tr("Remove item"));
}

bool ArticleDocument::moveItem(const QString &partId, qsizetype from, qsizetype to)
{
    return moveEntry(partId, &ArticlePart::items, from, to, tr("Move item"));
}

bool ArticleDocument::setItem(const QString &partId, qsizetype index, const QString &text)
{
    return setEntry(
        partId, &ArticlePart::items, index, text, QStringLiteral("item"), tr("Edit item"));
}

bool ArticleDocument::insertQuote(const QString &partId, qsizetype index, const Quote &quote)
{
    return insertEntry(partId, &ArticlePart::quotes, index, quote, tr("Add quote"));
}

bool ArticleDocument::removeQuote(const QString &partId, qsizetype index)
{
    return removeEntry(partId, &ArticlePart::quotes, index, tr("Remove quote"));
}

bool ArticleDocument::moveQuote(const QString &partId, qsizetype from, qsizetype to)
{
    return moveEntry(partId, &ArticlePart::quotes, from, to, tr("Move quote"));
}

bool ArticleDocument::setQuote(const QString &partId, qsizetype index, const Quote &quote)
{
    return setEntry(
        partId, &ArticlePart::quotes, index, quote, QStringLiteral("quote"), tr("Edit quote"));
}

bool ArticleDocument::insertFaqEntry(const QString &partId, qsizetype index, const FaqEntry &entry)
{
    return insertEntry(partId, &ArticlePart::faq, index, entry, tr("Add question"));
}

bool ArticleDocument::removeFaqEntry(const QString &partId, qsizetype index)
{
    return removeEntry(partId, &ArticlePart::faq, index, tr("Remove question"));
}

bool ArticleDocument::moveFaqEntry(const QString &partId, qsizetype from, qsizetype to)
{
    return moveEntry(partId, &ArticlePart::faq, from, to, tr("Move question"));
}

bool ArticleDocument::setFaqEntry(const QString &partId, qsizetype index, const FaqEntry &entry)
{
    return setEntry(
        partId, &ArticlePart::faq, index, entry, QStringLiteral("faq"), tr("Edit question"));
}

bool ArticleDocument::insertReference(
    const QString &partId, qsizetype index, const Reference &reference)
{
    return insertEntry(partId, &ArticlePart::references, index, reference, tr("Add reference"));
}

bool ArticleDocument::removeReference(const QString &partId, qsizetype index)
{
    return removeEntry(partId, &ArticlePart::references, index, tr("Remove reference"));
}

bool ArticleDocument::moveReference(const QString &partId, qsizetype from, qsizetype to)
{
    return moveEntry(partId, &ArticlePart::references, from, to, tr("Move reference"));
}

bool ArticleDocument::setReference(
    const QString &partId, qsizetype index, const Reference &reference)
{
    return setEntry(partId, &ArticlePart::references, index, reference, QStringLiteral("reference"),
        tr("Edit reference"));
}

void ArticleDocument::notifyField(Field field)
{
    Q_EMIT fieldChanged(field);
    Q_EMIT changed();
}

void ArticleDocument::notifyPart(const QString &partId)
{
    Q_EMIT partChanged(partId);
    Q_EMIT changed();
}

void ArticleDocument::notifyInserted(const QString &partId, qsizetype index)
{
    Q_EMIT partInserted(partId, index);
    Q_EMIT changed();
}

void ArticleDocument::notifyRemoved(const QString &partId)
{
    Q_EMIT partRemoved(partId);
    Q_EMIT changed();
}

void ArticleDocument::notifyReordered()
{
    Q_EMIT partsReordered();
    Q_EMIT changed();
}

} // namespace Copydesk
