// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "articletextfields.h"

#include <QObject>
#include <chrono>

class QUndoStack;

namespace Copydesk {

/// One open article and its undo history: the model every editor widget edits and the preview
/// reads. Every edit goes through a method here, which pushes a small QUndoCommand on
/// undoStack(); the commands act on this document, never on widgets, so undo works the same
/// whichever widget made the change.
///
/// Typing coalesces: consecutive edits of the same text (the same field, the same part's
/// heading or body, the same list item, quote, FAQ entry or reference) merge into one undo step
/// until either the writer pauses for longer than mergeWindow() (1.5 s by default) since the
/// previous keystroke, or, once a step holds 20 or more edits, the writer types whitespace (so
/// a long burst of typing undoes a phrase at a time). Structural edits (insert, remove or move a
/// part, list item, quote, FAQ entry or reference) are always single steps and never merge.
///
/// Edits that change nothing push nothing. Edits naming an unknown part id or an index out of
/// range push nothing and return false.
///
/// GUI thread only (like QUndoStack). Signals are emitted after the article has changed, on
/// do, undo and redo alike; changed() follows every finer signal.
class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    /// The article's own members, excluding uuid and parts.
    enum class Field
    {
        Headline,
        Dek,
        Bylines,
        Dateline,
        Published,
        Category,
        Tags,
        Language,
        Hero,
        Lede,
        Status,
        Owner,
        WordTarget,
    };
    Q_ENUM(Field)

    explicit ArticleDocument(QObject *parent = nullptr);
    ~ArticleDocument() override;

    const Article &article() const { return m_article; }
    /// Owned by the document; lives as long as it does.
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Replaces the article, clears the undo history and marks the document clean. Parts
    /// without an id are given one (Article::ensureIds()). Emits documentReset() then changed().
    void reset(const Article &article);

    /// Replaces the whole article as one undo step named `text` (a merge with someone else's
    /// version): unlike reset(), the undo history stays and the document is modified until
    /// saved. Emits documentReset() then changed(), also on undo and redo.
    void replace(const Article &article, const QString &text);

    /// Whether the article differs from the last clean point (reset() or setClean()); follows
    /// the undo stack's clean index, so undoing back to the clean point clears it.
    bool isModified() const;
    /// Marks the current state as saved.
    void setClean();

    /// How long a pause ends a merged typing step. Tests shorten it.
    std::chrono::milliseconds mergeWindow() const { return m_mergeWindow; }
    void setMergeWindow(std::chrono::milliseconds window) { m_mergeWindow = window; }

    /// Sets a text field: Headline, Dek, Dateline, Category, Language, Lede or Owner. Returns
    /// false (and does nothing) for other fields.
    bool setText(Field field, const QString &text);
    void setPublished(const QDateTime &published);
    void setTags(const QStringList &tags);
    void setBylines(const QList<Byline> &bylines);
    /// A change of the image bytes is its own undo step; caption, alt text and credit edits merge
    /// like typing.
    void setHero(const HeroImage &hero);
    void setStatus(ArticleStatus status);
    /// Article::wordTarget; 0 for the publication's target. Typing in a spin box merges.
    void setWordTarget(int words);
    /// Takes the status and owner the library's workflow decided (a transition, an approved text
    /// returned to review). Not an edit: no undo step, the undo history and isModified() stay as
    /// they are. Emits fieldChanged() for each that changed, then changed(); nothing when
    /// neither did.
    void setWorkflowState(ArticleStatus status, const QString &owner);

    /// Inserts `part` before position `index` (clamped to 0…parts count), giving it a fresh id
    /// when it has none or one already used. Returns the part's id.
    QString insertPart(qsizetype index, ArticlePart part);
    bool removePart(const QString &partId);
    /// Moves the part so that it ends up at position `toIndex` (clamped).
    bool movePart(const QString &partId, qsizetype toIndex);
    bool setPartHeading(const QString &partId, const QString &heading);
    /// Sets a section's Markdown body.
    bool setPartBody(const QString &partId, const QString &body);

    /// Key Facts / Key Takeaways items. Insert indexes are clamped; move targets are the final
    /// position of the moved entry.
    bool insertItem(const QString &partId, qsizetype index, const QString &text);
    bool removeItem(const QString &partId, qsizetype index);
    bool moveItem(const QString &partId, qsizetype from, qsizetype to);
    bool setItem(const QString &partId, qsizetype index, const QString &text);

    bool insertQuote(const QString &partId, qsizetype index, const Quote &quote);
    bool removeQuote(const QString &partId, qsizetype index);
    bool moveQuote(const QString &partId, qsizetype from, qsizetype to);
    bool setQuote(const QString &partId, qsizetype index, const Quote &quote);

    bool insertFaqEntry(const QString &partId, qsizetype index, const FaqEntry &entry);
    bool removeFaqEntry(const QString &partId, qsizetype index);
    bool moveFaqEntry(const QString &partId, qsizetype from, qsizetype to);
    bool setFaqEntry(const QString &partId, qsizetype index, const FaqEntry &entry);

    bool insertReference(const QString &partId, qsizetype index, const Reference &reference);
    bool removeReference(const QString &partId, qsizetype index);
    bool moveReference(const QString &partId, qsizetype from, qsizetype to);
    bool setReference(const QString &partId, qsizetype index, const Reference &reference);

    /// Sets several text fields at once (ArticleTextFields' paths), as one undo step named
    /// `text`: a macro of the field and part edits it takes, so that only what changed is
    /// shown anew (fieldChanged(), partChanged(), never documentReset()). What a Replace All
    /// does. Returns false, pushing nothing, when a path names no text field; true (pushing
    /// nothing) when no text changes.
    bool setTexts(const QList<ArticleTextField> &edits, const QString &text);

    /// A translated name for the field ("Headline"), as used in undo step texts.
    static QString fieldLabel(Field field);

Q_SIGNALS:
    /// After any change of the article, including reset().
    void changed();
    void fieldChanged(Copydesk::ArticleDocument::Field field);
    /// The content of one part (heading, body, entries) changed.
    void partChanged(const QString &partId);
    void partInserted(const QString &partId, qsizetype index);
    void partRemoved(const QString &partId);
    void partsReordered();
    /// The whole article was replaced by reset().
    void documentReset();
    void modifiedChanged(bool modified);

private:
    friend class FieldCommand;
    friend class PartEditCommand;
    friend class PartInsertCommand;
    friend class PartMoveCommand;
    friend class ArticleReplaceCommand;

    Article &mutableArticle() { return m_article; }
    void notifyField(Field field);
    void notifyPart(const QString &partId);
    void notifyInserted(const QString &partId, qsizetype index);
    void notifyRemoved(const QString &partId);
    void notifyReordered();
    void replaceContent(const Article &article);

    template<typename T>
    bool insertEntry(const QString &partId, QList<T> ArticlePart::*list, qsizetype index,
        const T &value, const QString &text);
    template<typename T>
    bool removeEntry(
        const QString &partId, QList<T> ArticlePart::*list, qsizetype index, const QString &text);
    template<typename T>
    bool moveEntry(const QString &partId, QList<T> ArticlePart::*list, qsizetype from, qsizetype to,
        const QString &text);
    template<typename T>
    bool setEntry(const QString &partId, QList<T> ArticlePart::*list, qsizetype index,
        const T &value, const QString &key, const QString &text);
    bool pushPartEdit(const ArticlePart &after, const QString &mergeKey, const QString &text);

    Article m_article;
    QUndoStack *m_undoStack;
    std::chrono::milliseconds m_mergeWindow {1500};
};

} // namespace Copydesk
