// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QPlainTextEdit>
#include <QPointer>
#include <optional>

class QMenu;

namespace Copydesk {

class MarkdownHighlighter;
class PersonalDictionary;

/// A plain-text editor for Markdown (lede, section bodies, FAQ answers, quotes): highlighted
/// with KSyntaxHighlighting's Markdown definition in a theme that follows the palette, with
/// spelling marked in prose and, on a misspelled word, suggestions, "Add to Dictionary" and
/// "Ignore" in the context menu. The height follows the content so the editor sits in the
/// scrolling article like a paragraph.
///
/// Writing aids: straight quotes, apostrophes and "--"/"---" become typographic as they are
/// typed (typographicReplacement(), in the quotes of the spelling language); the Undo key right
/// after such a replacement brings back what was typed. Pasted HTML (a browser, a word
/// processor) arrives as clean Markdown (htmlToMarkdown()); Ctrl+Shift+V pastes plain text.
/// Copying puts plain text on the clipboard.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    /// The Markdown as typed (no-break spaces kept, unlike toPlainText()).
    QString text() const;
    /// Shows `text` without emitting textEdited(). The cursor keeps its position (clamped)
    /// when the text changes under it, e.g. on undo.
    void setText(const QString &text);

    /// Spelling language (BCP 47, "en"); empty switches spell checking off. Also picks the
    /// quotation marks typed (QuoteStyle::forLanguage()).
    void setSpellingLanguage(const QString &language);
    QString spellingLanguage() const { return m_language; }
    /// The writer's added and ignored words; nullptr for none (no Add/Ignore in the menu).
    /// Not owned.
    void setPersonalDictionary(PersonalDictionary *dictionary);
    /// Typographic quotes and dashes as you type; on by default.
    void setTypographyEnabled(bool enabled);
    bool isTypographyEnabled() const { return m_typography; }
    /// Whether the Undo key would now take back a typographic replacement (the text and the
    /// cursor are as the replacement left them).
    bool canUndoTypography() const;
    /// Takes back the last typographic replacement when canUndoTypography(); false otherwise.
    bool undoTypography();

    /// Made when first asked for, by the HighlightQueue when the editor's text comes to be
    /// coloured or by the spelling menu: loading the Markdown definition and the spelling
    /// dictionary takes a tenth of a second the first time, which an empty editor (a new
    /// article, a window still starting) need not pay. Text already in the editor then waits
    /// for the queue.
    MarkdownHighlighter *highlighter();
    /// The context menu for a click at `position` (viewport coordinates): the standard one,
    /// with the spelling actions on top for a misspelled word. The caller owns it.
    QMenu *createContextMenu(const QPoint &position);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The writer changed the text (not emitted by setText()).
    void textEdited(const QString &text);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    /// What the last typographic replacement changed, to take it back.
    struct Replacement
    {
        int end = 0; ///< Cursor position after the replacement.
        int length = 0; ///< Length of the inserted text.
        QString typed; ///< What it replaced, as typed.
        QString textAfter;
    };

    void fitHeight();
    bool typeTypographic(const QString &typed);

    MarkdownHighlighter *m_highlighter = nullptr;
    QPointer<PersonalDictionary> m_dictionary;
    bool m_updating = false;
    bool m_typography = true;
    QString m_lastText;
    QString m_language;
    bool m_languageSet = false;
    std::optional<Replacement> m_replacement;
};

} // namespace Copydesk
