// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QPlainTextEdit>

namespace Copydesk {

/// A one-paragraph text field that wraps instead of scrolling sideways: a long headline or
/// byline grows to a second line in a narrow window, like a heading on paper. It takes no line
/// breaks (Return is left to the form around it; pasted or dropped line breaks become spaces)
/// and Tab moves the focus. The API follows QLineEdit's where the editor needs it, so that
/// callers treat it as a line.
///
/// Undo is the caller's (the article's QUndoStack): the widget keeps no history of its own.
class ParagraphLineEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ParagraphLineEdit(QWidget *parent = nullptr);

    /// The text as typed (no-break spaces kept, unlike toPlainText()).
    QString text() const;
    /// Shows `text` without emitting textEdited(); the cursor keeps its position, clamped.
    void setText(const QString &text);

    int cursorPosition() const;
    void setCursorPosition(int position);
    bool hasSelectedText() const;
    QString selectedText() const;
    /// The start of the selection, or -1 without one (as QLineEdit).
    int selectionStart() const;
    void setSelection(int start, int length);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The writer changed the text (not emitted by setText()).
    void textEdited(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    bool m_updating = false;
    QString m_lastText;
};

} // namespace Copydesk
