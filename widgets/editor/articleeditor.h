// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articledocument.h"
#include "reviewcomment.h"

#include <QHash>
#include <QPointer>
#include <QScrollArea>
#include <functional>

class QMimeData;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace Copydesk {

class HeroImageEditor;
class LineFieldEditor;
class MarkdownEditor;
class PartFrame;
class PersonalDictionary;
class PublishedEditor;

/// The structured editor for one ArticleDocument, in a scroll area: the article's fields, then
/// one PartFrame per part, then an "Add Part" menu. Edits go to the document (and so to its
/// undo stack); document changes from anywhere (undo, redo, reset) show here.
///
/// Field paths, used by fieldFocused() and focusField(): "headline", "dek", "bylines",
/// "dateline", "published", "category", "tags", "language", "hero", "lede". focusPath() and
/// currentAnchor() speak CommentAnchor's fuller path syntax, which also names the hero's
/// fields, parts and their entries (and is what checklist findings carry).
///
/// Undo and redo keys (QKeySequence::Undo/Redo) typed in any field go to the document's undo
/// stack, never to a line edit's own history: a window action with those shortcuts wins;
/// without one the editor undoes itself.
class ArticleEditor : public QScrollArea
{
    Q_OBJECT

public:
    /// `document` must outlive the editor.
    explicit ArticleEditor(ArticleDocument *document, QWidget *parent = nullptr);
    ~ArticleEditor() override;

    ArticleDocument *document() const { return m_document; }

    /// The length limit shown for a single-line field (Headline, Dek, Bylines, Dateline,
    /// Category, Tags); 0 for none. Defaults: PublicationProfile's (headline 110, dek 250),
    /// others none.
    void setLengthLimit(ArticleDocument::Field field, int limit);
    /// The spelling language used when the article names none (the publication's, "en" by
    /// default). Empty switches spell checking off.
    void setDefaultLanguage(const QString &language);
    /// The writer's added and ignored words for every Markdown field; not owned, nullptr for
    /// none.
    void setPersonalDictionary(PersonalDictionary *dictionary);
    /// Typographic quotes and dashes as you type in every Markdown field (on by default).
    void setTypographyEnabled(bool enabled);
    /// Who may take copy pasted or dropped into any field of the editor as a whole, before the
    /// field inserts it: `taker` returns true when it took the copy (the field then inserts
    /// nothing). None by default.
    void setCopyTaker(std::function<bool(const QMimeData *)> taker);
    /// Asks the copy taker about `copy`; false without one. For the fields (takenByEditor()).
    bool takesCopy(const QMimeData *copy) const;

    /// Puts the cursor into the part and scrolls to it. Returns false for an unknown id.
    bool focusPart(const QString &partId);
    /// Puts the cursor into the field (see the paths above). Returns false for an unknown path.
    bool focusField(const QString &path);
    /// Puts the cursor into the input that `path` names and scrolls it into view. Takes every
    /// CommentAnchor and ChecklistFinding path: the fields above, "hero.caption",
    /// "hero.altText", "hero.credit", "parts" (the Add Part button), "parts/<id>" (as
    /// focusPart()), "parts/<id>/heading", "parts/<id>/body" (sections only),
    /// "parts/<id>/items|quotes|faq|references/<n>" (the entry's first field; the member must
    /// match the part's kind), and the same without "/<n>" (the first entry, or the part's Add
    /// button when it has none). Returns false, moving nothing, for paths that name nothing.
    bool focusPath(const QString &path);
    /// Where the writer is: the path of the input that has, or last had, the keyboard focus
    /// inside the editor, in CommentAnchor syntax. For a Markdown text with a selection (lede,
    /// section body, quote text, FAQ answer) the selection is the range [start, end). The path
    /// is empty when nothing in the editor was focused yet, or when the input last focused is
    /// gone and its path names nothing in the article any more.
    CommentAnchor currentAnchor() const;
    /// The input that has, or last had, the keyboard focus inside the editor (the one
    /// currentAnchor() names); nullptr before any had it, or when it is gone.
    QWidget *lastInput() const { return m_lastInput; }
    /// Shows where `anchor` points: focusPath(anchor.path) and, when the anchor has a range in a
    /// Markdown text, selects that range (clamped to the text). Returns false, moving nothing,
    /// when the path names nothing.
    bool showAnchor(const CommentAnchor &anchor);

    /// The input showing the text field at `path` (ArticleTextFields' paths, which also name
    /// the member of an entry: "parts/<id>/quotes/<n>/speaker"): a QLineEdit or a
    /// QPlainTextEdit. nullptr when the path names no input.
    QWidget *textInput(const QString &path) const;
    /// Selects the characters [start, end) of the text field at `path` (clamped to its text)
    /// and scrolls them into view; with `focus` the input also takes the keyboard focus.
    /// Returns false, changing nothing, when the path names no input.
    bool selectText(const QString &path, int start, int end, bool focus);

    /// The frame of a part; nullptr for an unknown id.
    PartFrame *partFrame(const QString &partId) const;
    /// The editor of a single-line field; nullptr for fields without one.
    LineFieldEditor *lineField(ArticleDocument::Field field) const;
    MarkdownEditor *ledeEditor() const { return m_lede; }
    PublishedEditor *publishedEditor() const { return m_published; }
    QSpinBox *wordTargetEditor() const { return m_wordTarget; }
    HeroImageEditor *heroEditor() const { return m_hero; }
    QToolButton *addPartButton() const { return m_addPart; }
    /// The widget holding the part frames; it accepts DragHandle drops.
    QWidget *partsArea() const { return m_partsArea; }

    /// The editor's own keys, which no menu shows: pairs of (keys, what they do), translated.
    static QList<std::pair<QString, QString>> keyboardHelp();

    /// Moves the part with `partId` to where a drop at `position` (in partsArea() coordinates)
    /// points: before the first frame whose middle is below it. What a drop does.
    bool dropPart(const QString &partId, const QPoint &position);

Q_SIGNALS:
    /// The keyboard focus entered a part (emitted once per change of part).
    void partFocused(const QString &partId);
    /// The keyboard focus entered one of the article's fields.
    void fieldFocused(const QString &path);
    /// currentAnchor() may have changed: the focus moved to another input in the editor, or
    /// the selection in the focused Markdown text changed.
    void anchorChanged();
    /// Something for the status bar: a part or entry holding text was removed (and how to get
    /// it back).
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFields(QVBoxLayout *layout);
    void showField(ArticleDocument::Field field);
    void showAllFields();
    void syncParts();
    void addPart(ArticlePart::Kind kind);
    /// Opens the Add Part menu under the button, or under the field with the cursor when the
    /// button is scrolled out of view.
    void showAddPartMenu();
    /// Orders Tab as drawn: the lede, each part's tabChain(), then the Add Part button.
    void applyTabOrder();
    void routeUndoKeys(QWidget *root);
    /// Sets the spelling language, personal dictionary and typography of the Markdown editors
    /// under `root` (default: all).
    void applyWritingAids(QWidget *root = nullptr);
    void onFocusChanged(QWidget *now);
    /// Focuses `target` and scrolls to it; false for nullptr.
    bool focusInput(QWidget *target);
    bool focusPartPath(const QStringList &segments);
    /// The CommentAnchor path of the input `widget` belongs to; empty for none.
    QString pathOf(const QWidget *widget) const;

    ArticleDocument *m_document;
    std::function<bool(const QMimeData *)> m_copyTaker;
    QWidget *m_partsArea;
    QVBoxLayout *m_partsLayout;
    QToolButton *m_addPart;
    QHash<ArticleDocument::Field, LineFieldEditor *> m_lineFields;
    PublishedEditor *m_published;
    QSpinBox *m_wordTarget;
    HeroImageEditor *m_hero;
    MarkdownEditor *m_lede;
    QHash<QString, PartFrame *> m_frames;
    QString m_defaultLanguage = QStringLiteral("en");
    QPointer<PersonalDictionary> m_dictionary;
    bool m_typography = true;
    QString m_focusedPart;
    QString m_focusedField;
    QPointer<QWidget> m_lastInput;
    QString m_lastPath;
    QMetaObject::Connection m_selectionConnection;
};

} // namespace Copydesk
