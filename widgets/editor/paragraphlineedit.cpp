// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "paragraphlineedit.h"

#include "plaintextfield.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

// Line breaks, and the spaces around them, become one space; at the ends they go: pasted
// paragraphs read as one line without doubled or trailing spaces.
QString oneLine(QString text)
{
    static const QRegularExpression atEnds(
        u"^\\s*[\\r\\n\\x{2028}\\x{2029}]+\\s*|\\s*[\\r\\n\\x{2028}\\x{2029}]+\\s*$"_s);
    static const QRegularExpression inside(u"\\s*[\\r\\n\\x{2028}\\x{2029}]+\\s*"_s);
    text.remove(atEnds);
    text.replace(inside, u" "_s);
    return text;
}

} // namespace

ParagraphLineEdit::ParagraphLineEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(2);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        if (!m_updating && takeTypedText(this, m_lastText))
            Q_EMIT textEdited(m_lastText);
    });
    fitHeight();
}

QString ParagraphLineEdit::text() const
{
    return typedText(this);
}

void ParagraphLineEdit::setText(const QString &text)
{
    if (text == this->text())
        return;
    const QScopedValueRollback updating(m_updating, true);
    const int position = cursorPosition();
    setPlainText(text);
    m_lastText = this->text();
    setCursorPosition(hasFocus() ? position : 0); // show the start, not the end
}

int ParagraphLineEdit::cursorPosition() const
{
    return textCursor().position();
}

void ParagraphLineEdit::setCursorPosition(int position)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(qBound(0, position, document()->characterCount() - 1));
    setTextCursor(cursor);
}

bool ParagraphLineEdit::hasSelectedText() const
{
    return textCursor().hasSelection();
}

QString ParagraphLineEdit::selectedText() const
{
    return textCursor().selectedText();
}

int ParagraphLineEdit::selectionStart() const
{
    return hasSelectedText() ? textCursor().selectionStart() : -1;
}

void ParagraphLineEdit::setSelection(int start, int length)
{
    const int last = document()->characterCount() - 1;
    QTextCursor cursor = textCursor();
    cursor.setPosition(qBound(0, start, last));
    cursor.setPosition(qBound(0, start + length, last), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

QSize ParagraphLineEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), height()};
}

QSize ParagraphLineEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), height()};
}

void ParagraphLineEdit::keyPressEvent(QKeyEvent *event)
{
    // A line takes no line breaks: Return belongs to the form (a dialog's default button, the
    // editor's own navigation), as it does for QLineEdit.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->ignore();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ParagraphLineEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source || isReadOnly() || takenByEditor(this, source))
        return;
    if (source->hasText())
        textCursor().insertText(oneLine(source->text()));
}

void ParagraphLineEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeight();
}

void ParagraphLineEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight();
}

void ParagraphLineEdit::fitHeight()
{
    // As tall as the wrapped text, from one line up: the article around it scrolls.
    const int wanted = fittedHeight(this, 1);
    if (height() != wanted) {
        setFixedHeight(wanted);
        updateGeometry();
        // The whole text is shown: never leave it scrolled by a line after a resize.
        verticalScrollBar()->setValue(0);
    }
}

} // namespace Copydesk
