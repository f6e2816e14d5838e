// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "textsearch.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Copydesk {

class ArticleEditor;

/// Find and replace in the open article, across every text field (ArticleTextFields) in
/// document order: a bar under the editor with the search text, the match count ("3 of 12"),
/// Previous/Next, Match case, Whole words and, when opened for replacing, the replacement with
/// Replace and Replace All.
///
/// Keys: the actions (Ctrl+F, Ctrl+H, F3, Shift+F3) work window-wide; Return / Shift+Return in
/// the search field go to the next / previous match and leave the focus there; Return in the
/// replacement field replaces; Esc closes the bar and puts the focus into the field holding the
/// current match (else back where it was).
///
/// The count follows typing in the search field and every change of the article. A replacement
/// is an undo step of the document (ArticleDocument::setTexts()), Replace All one step for every
/// match; neither changes a read-only article (the editor's fields disabled).
class FindBar : public QWidget
{
    Q_OBJECT

public:
    /// `editor` must outlive the bar.
    explicit FindBar(ArticleEditor *editor, QWidget *parent = nullptr);

    /// The bar's own keys, which no menu shows: pairs of (keys, what they do), translated.
    static QList<std::pair<QString, QString>> keyboardHelp();

    /// Find…, Replace…, Find Next, Find Previous, for the Edit menu.
    QList<QAction *> menuActions() const;
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QLabel *countLabel() const { return m_count; }

    qsizetype matchCount() const { return m_matches.size(); }
    /// The index of the match shown in the editor; -1 for none.
    qsizetype currentMatch() const { return m_current; }

    /// Shows the bar (with the replacement row when `replace`), with the focus in the search
    /// field, its text selected; a selection on one line in the editor becomes the search text.
    void open(bool replace);
    /// Selects the next (previous) match in the editor, wrapping around; with `focusEditor` the
    /// field holding it takes the focus.
    void findNext(bool focusEditor);
    void findPrevious(bool focusEditor);
    /// Replaces the current match and selects the next one; without a current match, selects
    /// the next one first.
    void replaceCurrent();
    /// Replaces every match, as one undo step, and says how many in statusMessage().
    void replaceAll();

Q_SIGNALS:
    /// Something for the status bar ("Replacements made: 12.").
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    TextSearchOptions options() const;
    /// Searches the article again, keeping the current match where it still is.
    void search();
    void updateCount();
    void step(int direction, bool focusEditor);
    /// The match a first Find Next (direction 1) or Find Previous (-1) goes to: the first at or
    /// after the writer's cursor, or the last before it, in the article's field order; wrapping
    /// around the article's end.
    qsizetype firstFromCursor(int direction) const;
    /// Whether the writer moved the cursor elsewhere since the current match was shown.
    bool writerMovedOn() const;
    void showCurrent(bool focusEditor);
    void closeBar();
    bool editable();

    ArticleEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QLabel *m_count;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QWidget *m_replaceRow;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QStringList m_paths; ///< The path of each text searched, as in ArticleTextFields::list().
    QList<TextMatch> m_matches;
    qsizetype m_current = -1;
    QPointer<QWidget> m_returnFocus;
    /// Where showCurrent() put the match, and the input that had the focus before it.
    QPointer<QWidget> m_shownInput;
    QPointer<QWidget> m_focusAtShow;
};

} // namespace Copydesk
