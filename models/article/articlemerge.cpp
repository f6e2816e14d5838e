// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlemerge.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Differences the workflow settles, never the person merging.
bool isWorkflowPath(const QString &path)
{
    return path == "uuid"_L1 || path == "status"_L1 || path == "owner"_L1;
}

QSet<QString> changedKeys(const Article &from, const Article &to)
{
    QSet<QString> keys;
    for (const FieldChange &change : diffArticles(from, to)) {
        if (!isWorkflowPath(change.path))
            keys.insert(ArticleMerge::choiceKey(change));
    }
    return keys;
}

/// Whether `keys` holds `key` or, for a whole part ("parts/<id>"), anything inside that part:
/// a part one side removed while the other edited it was changed by both.
bool touches(const QSet<QString> &keys, const QString &key)
{
    if (keys.contains(key))
        return true;
    if (!key.startsWith("parts/"_L1) || key.indexOf(u'/', 6) >= 0)
        return false;
    const QString inside = key + u'/';
    return std::any_of(
        keys.cbegin(), keys.cend(), [&](const QString &k) { return k.startsWith(inside); });
}

void copyField(Article &to, const Article &from, const QString &key)
{
    if (key == "headline"_L1)
        to.headline = from.headline;
    else if (key == "dek"_L1)
        to.dek = from.dek;
    else if (key == "bylines"_L1)
        to.bylines = from.bylines;
    else if (key == "dateline"_L1)
        to.dateline = from.dateline;
    else if (key == "published"_L1)
        to.published = from.published;
    else if (key == "category"_L1)
        to.category = from.category;
    else if (key == "tags"_L1)
        to.tags = from.tags;
    else if (key == "language"_L1)
        to.language = from.language;
    else if (key == "hero.image"_L1) {
        to.hero.data = from.hero.data;
        to.hero.mimeType = from.hero.mimeType;
        to.hero.fileName = from.hero.fileName;
    } else if (key == "hero.caption"_L1)
        to.hero.caption = from.hero.caption;
    else if (key == "hero.altText"_L1)
        to.hero.altText = from.hero.altText;
    else if (key == "hero.credit"_L1)
        to.hero.credit = from.hero.credit;
    else if (key == "lede"_L1)
        to.lede = from.lede;
    else if (key == "wordTarget"_L1)
        to.wordTarget = from.wordTarget;
}

void copyContent(ArticlePart &to, const ArticlePart &from)
{
    to.kind = from.kind;
    to.body = from.body;
    to.items = from.items;
    to.quotes = from.quotes;
    to.faq = from.faq;
    to.references = from.references;
}

/// Puts the parts of `parts` that `order` also has into `order`'s sequence, each into a slot
/// one of them held; the others stay where they are.
void followOrder(QList<ArticlePart> &parts, const QList<ArticlePart> &order)
{
    auto rank = [&](const ArticlePart &part) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (order.at(i).id == part.id)
                return i;
        }
        return qsizetype(-1);
    };
    QList<qsizetype> slots;
    QList<ArticlePart> shared;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (rank(parts.at(i)) >= 0) {
            slots.append(i);
            shared.append(parts.at(i));
        }
    }
    std::stable_sort(shared.begin(), shared.end(),
        [&](const ArticlePart &a, const ArticlePart &b) { return rank(a) < rank(b); });
    for (qsizetype i = 0; i < slots.size(); ++i)
        parts[slots.at(i)] = shared.at(i);
}

} // namespace

ArticleMerge::ArticleMerge(const Article &base, const Article &mine, const Article &theirs)
    : m_mine(mine)
    , m_theirs(theirs)
{
    const QSet<QString> mineChanged = changedKeys(base, mine);
    const QSet<QString> theirsChanged = changedKeys(base, theirs);
    for (const FieldChange &change : diffArticles(mine, theirs)) {
        if (isWorkflowPath(change.path))
            continue;
        const QString key = choiceKey(change);
        auto found = std::find_if(m_choices.begin(), m_choices.end(),
            [&](const Choice &choice) { return choice.key == key; });
        if (found == m_choices.end()) {
            Choice choice;
            choice.key = key;
            choice.label = change.label;
            choice.changedByMe = touches(mineChanged, key);
            choice.changedByThem = touches(theirsChanged, key);
            choice.takeTheirs = choice.changedByThem && !choice.changedByMe;
            m_choices.append(choice);
            found = m_choices.end() - 1;
        }
        found->changes.append(change);
    }
}

QString ArticleMerge::choiceKey(const FieldChange &change)
{
    if (!change.path.startsWith("parts/"_L1))
        return change.path;
    const qsizetype slash = change.path.indexOf(u'/', 6);
    if (slash < 0 || change.path.mid(slash + 1) == "heading"_L1)
        return change.path;
    return change.path.left(slash) + "/content"_L1;
}

bool ArticleMerge::theyChangedContent() const
{
    return std::any_of(m_choices.cbegin(), m_choices.cend(),
        [](const Choice &choice) { return choice.changedByThem; });
}

bool ArticleMerge::hasOverlap() const
{
    return std::any_of(m_choices.cbegin(), m_choices.cend(),
        [](const Choice &choice) { return choice.changedByThem && choice.changedByMe; });
}

void ArticleMerge::setTakeTheirs(qsizetype choice, bool takeTheirs)
{
    if (choice >= 0 && choice < m_choices.size())
        m_choices[choice].takeTheirs = takeTheirs;
}

void ArticleMerge::setAllTheirs(bool takeTheirs)
{
    for (Choice &choice : m_choices)
        choice.takeTheirs = takeTheirs;
}

Article ArticleMerge::result() const
{
    Article out = m_mine;
    out.status = m_theirs.status;
    out.owner = m_theirs.owner;
    QSet<QString> taken;
    for (const Choice &choice : m_choices) {
        if (choice.takeTheirs)
            taken.insert(choice.key);
    }

    // Whole parts first: theirs' additions in their order, then the parts they do not have.
    for (qsizetype t = 0; t < m_theirs.parts.size(); ++t) {
        const ArticlePart &part = m_theirs.parts.at(t);
        if (!taken.contains("parts/"_L1 + part.id) || out.partIndex(part.id) >= 0)
            continue;
        qsizetype at = 0;
        for (qsizetype before = t - 1; before >= 0; --before) {
            if (const qsizetype i = out.partIndex(m_theirs.parts.at(before).id); i >= 0) {
                at = i + 1;
                break;
            }
        }
        out.parts.insert(at, part);
    }
    out.parts.removeIf([&](const ArticlePart &part) {
        return taken.contains("parts/"_L1 + part.id) && m_theirs.partIndex(part.id) < 0;
    });

    for (const QString &key : std::as_const(taken)) {
        if (!key.startsWith("parts/"_L1)) {
            copyField(out, m_theirs, key);
            continue;
        }
        const qsizetype slash = key.indexOf(u'/', 6);
        if (slash < 0)
            continue;
        const QString id = key.mid(6, slash - 6);
        const qsizetype mine = out.partIndex(id);
        const qsizetype theirs = m_theirs.partIndex(id);
        if (mine < 0 || theirs < 0)
            continue;
        if (key.mid(slash + 1) == "heading"_L1)
            out.parts[mine].heading = m_theirs.parts.at(theirs).heading;
        else
            copyContent(out.parts[mine], m_theirs.parts.at(theirs));
    }
    if (taken.contains("parts"_L1))
        followOrder(out.parts, m_theirs.parts);
    return out;
}

} // namespace Copydesk
