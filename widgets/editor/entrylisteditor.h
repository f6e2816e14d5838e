#pragma once

#include "article.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace Copydesk {

class ArticleDocument;

/// The common frame of the editors for a structured part's entries (list items, quotes, FAQ
/// pairs, references): one row per entry with move and remove buttons, and an "Add" button.
/// Keyboard: Alt+Up / Alt+Down move the entry holding the focus, Ctrl+Shift+Delete removes it,
/// Ctrl+Return adds an entry after it. Every change goes to the ArticleDocument; refresh()
/// shows the document's state.
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

protected:
    void keyPressEvent(QKeyEvent *event) override;

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

    ArticleDocument *m_document;
    QString m_partId;
    QVBoxLayout *m_rowLayout;
    QList<QWidget *> m_rows;
    QList<QWidget *> m_editors;
    QPushButton *m_add;
};

} // namespace Copydesk
