// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlediff.h"

#include <QList>
#include <QString>

namespace Copydesk {

/// Brings together two versions of an article that were edited from the same starting point:
/// `mine` (the copy being edited in this window) and `theirs` (what someone else stored in the
/// meantime), with `base` (the stored version `mine` started from) to tell who changed what.
///
/// The differences between `mine` and `theirs` are grouped into choices, one per thing a
/// person can decide on its own: each article field ("headline", "bylines", "hero.image"…),
/// a part added on one side only ("parts/<id>"), a part's heading ("parts/<id>/heading"), a
/// part's content with its kind ("parts/<id>/content") and the order of the parts ("parts").
/// Each choice starts on the side that changed it: theirs when only they changed it since
/// `base`, mine otherwise (also when both did: the person deciding sees it first).
///
/// The status and owner always come from `theirs`: the library's workflow decides them.
class ArticleMerge
{
public:
    struct Choice
    {
        QString key; ///< "headline", "parts/<id>", "parts/<id>/heading", "parts/<id>/content"…
        QString label; ///< Translated: "Headline", "Section “Background”: text"…
        /// The differences from mine to theirs that this choice settles (usually one).
        QList<FieldChange> changes;
        bool changedByMe = false; ///< Differs between `base` and `mine`.
        bool changedByThem = false; ///< Differs between `base` and `theirs`.
        bool takeTheirs = false;
    };

    ArticleMerge(const Article &base, const Article &mine, const Article &theirs);

    const QList<Choice> &choices() const { return m_choices; }
    /// Whether someone else changed anything a reader sees (a status change alone is not).
    bool theyChangedContent() const;
    /// Whether some choice was changed on both sides since `base`.
    bool hasOverlap() const;

    void setTakeTheirs(qsizetype choice, bool takeTheirs);
    void setAllTheirs(bool takeTheirs);

    /// `mine` with every choice marked takeTheirs taken from `theirs`, and theirs' status and
    /// owner. Parts added by the other side go after the part that precedes them there.
    Article result() const;

    /// The choice key a difference belongs to (see the class description).
    static QString choiceKey(const FieldChange &change);

private:
    Article m_mine;
    Article m_theirs;
    QList<Choice> m_choices;
};

} // namespace Copydesk
