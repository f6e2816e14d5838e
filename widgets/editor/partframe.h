// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QFrame>

class QLabel;

namespace Copydesk {

class ArticleDocument;
class DragHandle;
class EntryListEditor;
class LineFieldEditor;
class MarkdownEditor;

/// One part of the article in the editor: a drag handle, the kind, the heading field, buttons
/// to move and remove the part, and the editor for its content (a Markdown body for sections,
/// an entry list for structured parts). Alt+Up / Alt+Down move the part, Ctrl+Shift+Delete
/// removes it. Edits go to the ArticleDocument; refresh() shows its state.
///
/// Tab order (tabChain()): the heading, the body or the entries, and only then the part's move
/// and remove buttons, so that Tab and Shift+Tab between heading and text never land on them.
class PartFrame : public QFrame
{
    Q_OBJECT

public:
    PartFrame(ArticleDocument *document, const QString &partId, QWidget *parent = nullptr);

    const QString &partId() const { return m_partId; }
    void refresh();
    /// Puts the cursor into the part: the body of a section, else the heading.
    void focusContent();

    LineFieldEditor *headingEditor() const { return m_heading; }
    /// The section body; nullptr for structured parts.
    MarkdownEditor *bodyEditor() const { return m_body; }
    /// The entries' editor; nullptr for sections.
    EntryListEditor *entryEditor() const { return m_entries; }
    /// Every focusable widget of the part in Tab order.
    QList<QWidget *> tabChain() const;
    /// Puts the cursor into the part's first field: a section's heading, the first entry of a
    /// structured part (its heading when it has no entries).
    void focusFirstField();
    /// What the status bar calls the part: “Background”, Key Facts…
    QString displayName() const;

Q_SIGNALS:
    /// tabChain() changed (entries were added or removed).
    void tabChainChanged();
    /// Something holding text was removed, by this frame's button or key; `what` names it
    /// (“section “Background””, “Fact 3 of Key Facts”). The removal is one undo step.
    void contentRemoved(const QString &what);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// Names the part buttons after the part ("Move section “Background” up").
    void nameButtons();
    void move(int delta);
    void remove();

    ArticleDocument *m_document;
    QString m_partId;
    DragHandle *m_handle;
    QLabel *m_kind;
    LineFieldEditor *m_heading;
    QList<QWidget *> m_buttons; ///< up, down, remove
    MarkdownEditor *m_body = nullptr;
    EntryListEditor *m_entries = nullptr;
};

} // namespace Copydesk
