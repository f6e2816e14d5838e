#include "markdowneditor.h"

#include "markdownhighlighter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>
#include <QtMath>

namespace Copydesk {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The article's QUndoStack is the only undo history.
    setUndoRedoEnabled(false);
    // textChanged also follows highlighting (format) changes: only a new text is an edit.
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        if (!m_highlighter && !document()->isEmpty()) // Not while the document is changing.
            QMetaObject::invokeMethod(this, &MarkdownEditor::highlighter, Qt::QueuedConnection);
        if (m_updating)
            return;
        QString current = text();
        if (current != m_lastText) {
            m_lastText = std::move(current);
            Q_EMIT textEdited(m_lastText);
        }
    });
    fitHeight();
}

QString MarkdownEditor::text() const
{
    // toPlainText() would turn no-break spaces into spaces; the article keeps them.
    QString raw = document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n');
    return raw;
}

void MarkdownEditor::setText(const QString &text)
{
    if (m_lastText == text && this->text() == text)
        return;
    if (!text.isEmpty())
        highlighter();
    const int position = textCursor().position();
    m_updating = true;
    setPlainText(text);
    m_lastText = this->text();
    m_updating = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    setTextCursor(cursor);
}

void MarkdownEditor::setSpellingLanguage(const QString &language)
{
    if (language == m_language && m_languageSet)
        return;
    m_language = language;
    m_languageSet = true;
    if (m_highlighter)
        m_highlighter->setSpellingLanguage(language);
}

MarkdownHighlighter *MarkdownEditor::highlighter()
{
    if (!m_highlighter) {
        m_highlighter = new MarkdownHighlighter(document(), palette(), m_language);
    }
    return m_highlighter;
}

QSize MarkdownEditor::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), height()};
}

QSize MarkdownEditor::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), height()};
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->followPalette(palette());
    if (event->type() == QEvent::FontChange)
        fitHeight();
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight();
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    QTextCursor word = cursorForPosition(event->pos());
    word.select(QTextCursor::WordUnderCursor);
    const QString misspelled = word.selectedText();
    if (!misspelled.isEmpty() && highlighter()->isMisspelled(misspelled)) {
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = m_highlighter->suggestions(misspelled).mid(0, 8);
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("No spelling suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        for (const QString &suggestion : suggestions) {
            QAction *action = new QAction(suggestion, menu);
            connect(action, &QAction::triggered, this, [this, word, suggestion] {
                QTextCursor replace = word;
                replace.insertText(suggestion);
            });
            menu->insertAction(first, action);
        }
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
    delete menu;
}

void MarkdownEditor::fitHeight()
{
    // Grows with the text, from two lines up; the surrounding scroll area scrolls.
    qreal content = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        content += document()->documentLayout()->blockBoundingRect(block).height();
    const int minimum = 2 * fontMetrics().lineSpacing();
    const int margins = int(document()->documentMargin() * 2) + frameWidth() * 2;
    const int wanted = qMax(minimum, qCeil(content)) + margins + 2;
    if (height() != wanted) {
        setFixedHeight(wanted);
        updateGeometry();
    }
}

} // namespace Copydesk
