// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "markdowneditor.h"

#include "highlightqueue.h"
#include "htmlmarkdown.h"
#include "markdownhighlighter.h"
#include "personaldictionary.h"
#include "plaintextfield.h"
#include "typography.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QTextBlock>
#include <QtMath>

namespace Copydesk {

namespace {

/// Ctrl+Shift+V: paste as plain text.
bool isPlainPaste(const QKeyEvent *key)
{
    return key->key() == Qt::Key_V && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier);
}

constexpr int MaxSuggestions = 5;

} // namespace

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
        if (!m_highlighter && !document()->isEmpty())
            HighlightQueue::instance().add(this);
        if (!m_updating && takeTypedText(this, m_lastText))
            Q_EMIT textEdited(m_lastText);
    });
    fitHeight();
}

QString MarkdownEditor::text() const
{
    return typedText(this);
}

void MarkdownEditor::setText(const QString &text)
{
    if (m_lastText == text && this->text() == text)
        return;
    // Shown at once, coloured moments later a slice at a time (HighlightQueue): a long article
    // would otherwise wait for its spelling and Markdown before anything else could happen.
    if (!text.isEmpty()) {
        if (m_highlighter)
            m_highlighter->deferFrom(0);
        HighlightQueue::instance().add(this);
    }
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

void MarkdownEditor::setPersonalDictionary(PersonalDictionary *dictionary)
{
    m_dictionary = dictionary;
    if (m_highlighter)
        m_highlighter->setPersonalDictionary(dictionary);
}

void MarkdownEditor::setTypographyEnabled(bool enabled)
{
    m_typography = enabled;
    m_replacement.reset();
}

MarkdownHighlighter *MarkdownEditor::highlighter()
{
    if (!m_highlighter) {
        // Text already there waits for the queue rather than being highlighted in one piece.
        const bool waiting = !document()->isEmpty();
        m_highlighter = new MarkdownHighlighter(document(), palette(), m_language,
            waiting ? MarkdownHighlighter::Start::Waiting : MarkdownHighlighter::Start::Now);
        m_highlighter->setPersonalDictionary(m_dictionary);
        if (waiting)
            HighlightQueue::instance().add(this);
    }
    return m_highlighter;
}

bool MarkdownEditor::canUndoTypography() const
{
    return m_replacement && !textCursor().hasSelection()
        && textCursor().position() == m_replacement->end && text() == m_replacement->textAfter;
}

bool MarkdownEditor::undoTypography()
{
    if (!canUndoTypography()) {
        m_replacement.reset();
        return false;
    }
    QTextCursor cursor = textCursor();
    cursor.setPosition(m_replacement->end - m_replacement->length);
    cursor.setPosition(m_replacement->end, QTextCursor::KeepAnchor);
    cursor.insertText(m_replacement->typed);
    setTextCursor(cursor);
    m_replacement.reset();
    return true;
}

bool MarkdownEditor::typeTypographic(const QString &typed)
{
    QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    const auto replacement = typographicReplacement(
        text().left(start), typed.at(0), QuoteStyle::forLanguage(m_language));
    if (!replacement)
        return false;
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    cursor.setPosition(start - replacement->replaced);
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    const QString original = cursor.selectedText() + typed;
    cursor.insertText(replacement->text);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    m_replacement
        = Replacement {cursor.position(), int(replacement->text.size()), original, text()};
    return true;
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

bool MarkdownEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Before a window action with the same keys: these are the editor's.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) && canUndoTypography()) || isPlainPaste(key)) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) && undoTypography()) {
        event->accept();
        return;
    }
    if (isPlainPaste(event)) {
        if (!isReadOnly())
            insertPlainText(QApplication::clipboard()->text());
        event->accept();
        return;
    }
    const QString typed = event->text();
    if (m_typography && !isReadOnly() && typed.size() == 1
        && typographyMayReplace(typed.at(0), QuoteStyle::forLanguage(m_language))
        && !(event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier))
        && typeTypographic(typed)) {
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText() || source->hasHtml();
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    if (takenByEditor(this, source))
        return;
    if (source->hasHtml()) {
        const QString markdown = htmlToMarkdown(source->html());
        if (!markdown.isEmpty() || !source->hasText()) {
            QTextCursor cursor = textCursor();
            cursor.insertText(markdown);
            setTextCursor(cursor);
            ensureCursorVisible();
            return;
        }
    }
    if (source->hasText())
        insertPlainText(source->text());
}

QMimeData *MarkdownEditor::createMimeDataFromSelection() const
{
    // Markdown is text: no HTML of its highlighting for the next paste to convert.
    auto *data = new QMimeData;
    data->setText(textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n'));
    return data;
}

QMenu *MarkdownEditor::createContextMenu(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    const QTextCursor at = cursorForPosition(position);
    const QTextBlock block = at.block();
    const auto [start, length] = MarkdownHighlighter::wordAt(block.text(), at.positionInBlock());
    if (start < 0 || isReadOnly())
        return menu;
    QTextCursor word(document());
    word.setPosition(block.position() + start);
    word.setPosition(block.position() + start + length, QTextCursor::KeepAnchor);
    const QString misspelled = word.selectedText();
    if (misspelled.size() < 2 || !highlighter()->isMisspelled(misspelled))
        return menu;

    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_highlighter->suggestions(misspelled).mid(0, MaxSuggestions);
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
            setTextCursor(replace);
        });
        menu->insertAction(first, action);
    }
    if (m_dictionary) {
        menu->insertSeparator(first);
        QAction *add = new QAction(tr("Add “%1” to Dictionary").arg(misspelled), menu);
        add->setObjectName(QStringLiteral("addToDictionary"));
        connect(add, &QAction::triggered, this, [this, misspelled] {
            if (!m_dictionary)
                return;
            if (const Status added = m_dictionary->add(misspelled); !added)
                QMessageBox::warning(this, tr("Add to Dictionary"), added.error().message);
        });
        QAction *ignore = new QAction(tr("Ignore “%1”").arg(misspelled), menu);
        ignore->setObjectName(QStringLiteral("ignoreWord"));
        ignore->setToolTip(tr("Not marked again until Copydesk quits"));
        connect(ignore, &QAction::triggered, this, [this, misspelled] {
            if (m_dictionary)
                m_dictionary->ignore(misspelled);
        });
        menu->insertAction(first, add);
        menu->insertAction(first, ignore);
    }
    menu->insertSeparator(first);
    return menu;
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->exec(event->globalPos());
    delete menu;
}

void MarkdownEditor::fitHeight()
{
    // Grows with the text, from two lines up; the surrounding scroll area scrolls.
    const int wanted = fittedHeight(this, 2);
    if (height() != wanted) {
        setFixedHeight(wanted);
        updateGeometry();
    }
}

} // namespace Copydesk
