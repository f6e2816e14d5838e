// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace Copydesk {

class ArticleDocument;

/// The common frame of the editors for a structured part's entries (list items, quotes, FAQ
/// pairs, references): one row per entry with move and remove buttons, and an "Add" button.
///
/// Keyboard, so that a whole list can be typed without the mouse and without losing a word:
/// - Return in a row's last field adds an entry after it and moves there; in an earlier field
///   it moves to the row's next field. Shift+Return breaks the line in a multi-line field (a
///   quote's text, an FAQ answer). Ctrl+Return always adds an entry.
/// - Backspace in an entry whose fields are all empty removes it and moves to the end of the
///   entry before.
/// - Tab goes through the fields of a row, then to the next row's first field; after the last
///   row come the Add button and then the rows' move and remove buttons (tabChain()), so the
///   buttons are reachable but never in the way of typing.
/// - Alt+Up / Alt+Down move the entry holding the focus, Ctrl+Shift+Delete removes it.
///
/// Every change goes to the ArticleDocument (and its undo stack); refresh() shows the
/// document's state. Removing an entry that holds text emits entryRemoved().
class EntryListEditor : public QWidget
{
    Q_OBJECT

public:
    EntryListEditor(ArticleDocument *document, const QString &partId, QWidget *parent = nullptr);

    /// Shows the part's entries: rows are rebuilt when their number changed, otherwise only
    /// the texts that differ are updated (so the cursor stays where the writer types).
    void refresh();
    int rowCount() const { return int(m_rows.size()); }
    /// The editor widget of row `index`; nullptr when out of range.
    QWidget *rowEditor(int index) const;
    /// Moves the keyboard focus into row `index`.
    void focusRow(int index);
    /// Moves the keyboard focus into the first field of entry `index` (the question of an FAQ
    /// pair, a quote's text, a reference's title). Returns false, moving nothing, when there
    /// is no such entry.
    bool focusEntry(int index);
    /// The entry whose row holds `widget` (or one of its children); -1 for none.
    int entryAt(const QWidget *widget) const;
    QPushButton *addButton() const { return m_add; }
    /// The inputs of row `index` in typing order; empty when out of range.
    QList<QWidget *> rowFields(int index) const;
    /// Every focusable widget in Tab order: each row's fields, the Add button, then each row's
    /// move and remove buttons.
    QList<QWidget *> tabChain() const;

Q_SIGNALS:
    /// The rows were made anew (an entry was added or removed): tabChain() changed.
    void rowsRebuilt();
    /// An entry holding text was removed; `name` is its rowName() ("Fact 2").
    void entryRemoved(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    virtual int entryCount(const ArticlePart &part) const = 0;
    /// A new editor for row `index`; it sends the writer's edits to the document itself.
    virtual QWidget *createRowEditor(int index) = 0;
    virtual void updateRowEditor(QWidget *editor, const ArticlePart &part, int index) = 0;
    virtual void insertEntry(int index) = 0;
    virtual void removeEntry(int index) = 0;
    virtual void moveEntry(int from, int to) = 0;
    /// "Add Fact", "Add Question"…
    virtual QString addText() const = 0;
    /// Whether rows are told apart by a line (entries of several fields each).
    virtual bool separateRows() const { return true; }
    /// Accessible name of row `index` ("Fact 2").
    virtual QString rowName(int index) const = 0;

    ArticleDocument *document() const { return m_document; }
    const QString &partId() const { return m_partId; }
    /// The part in the document; nullptr once it is gone.
    const ArticlePart *part() const;

private:
    void rebuild(const ArticlePart &part);
    QWidget *createRow(int index);
    /// The row holding the keyboard focus, or -1.
    int focusedRow() const;
    /// Adds an entry at `index` and puts the cursor into it.
    void addEntryAt(int index);
    /// Removes entry `index` (telling entryRemoved() when it held text) and moves the focus to
    /// the end of the entry before it, or to what is left.
    void removeRow(int index);
    /// Handles Return and Backspace in field `field` of row `row`; true when it did.
    bool typingKey(int row, int field, const QKeyEvent *key);

    struct Row
    {
        QWidget *row = nullptr;
        QWidget *editor = nullptr;
        QList<QWidget *> fields;
        QList<QWidget *> buttons;
    };

    ArticleDocument *m_document;
    QString m_partId;
    QVBoxLayout *m_rowLayout;
    QList<Row> m_rows;
    QPushButton *m_add;
};

} // namespace Copydesk
