// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "linefieldeditor.h"

#include "accessiblestatus.h"
#include "contrast.h"
#include "paragraphlineedit.h"
#include "typography.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>

namespace Copydesk {

LineFieldEditor::LineFieldEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ParagraphLineEdit(this))
    , m_counter(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_counter);
    m_counter->setMinimumWidth(
        m_counter->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000")));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);
    connect(m_edit, &ParagraphLineEdit::textEdited, this, [this](const QString &text) {
        updateCounter();
        Q_EMIT textEdited(text);
    });
    updateCounter();
}

QString LineFieldEditor::text() const
{
    return m_edit->text();
}

void LineFieldEditor::setText(const QString &text)
{
    if (m_edit->text() == text)
        return;
    m_edit->setText(text);
    updateCounter();
}

void LineFieldEditor::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void LineFieldEditor::setLengthLimit(int limit)
{
    m_limit = qMax(0, limit);
    updateCounter();
}

bool LineFieldEditor::isOverLimit() const
{
    return m_limit > 0 && m_edit->text().size() > m_limit;
}

void LineFieldEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateCounter(); // the warning colour depends on the theme
}

void LineFieldEditor::setTypography(bool enabled, const QString &language)
{
    m_typography = enabled;
    m_language = language;
    m_replacement.reset();
}

bool LineFieldEditor::canUndoTypography() const
{
    return m_replacement && m_edit->text() == m_replacement->after
        && m_edit->cursorPosition() == m_replacement->afterCursor && !m_edit->hasSelectedText();
}

bool LineFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit
        || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo) && canUndoTypography()) {
        if (event->type() == QEvent::KeyPress) {
            const Replacement undone = *m_replacement;
            m_replacement.reset();
            edit(undone.before, undone.beforeCursor);
        }
        event->accept();
        return true;
    }
    const QString typed = key->text();
    if (event->type() != QEvent::KeyPress || !m_typography || m_edit->isReadOnly()
        || typed.size() != 1
        || !typographyMayReplace(typed.at(0), QuoteStyle::forLanguage(m_language))
        || (key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier)))
        return false;
    const QString text = m_edit->text();
    const int start
        = m_edit->hasSelectedText() ? m_edit->selectionStart() : m_edit->cursorPosition();
    const int end = start + int(m_edit->selectedText().size());
    const auto replacement = typographicReplacement(
        text.left(start), typed.at(0), QuoteStyle::forLanguage(m_language));
    if (!replacement)
        return false;
    const int from = start - replacement->replaced;
    const QString after = text.left(from) + replacement->text + text.mid(end);
    const int cursor = from + int(replacement->text.size());
    m_replacement = Replacement {
        text.left(start) + typed + text.mid(end), start + int(typed.size()), after, cursor};
    edit(after, cursor);
    return true;
}

void LineFieldEditor::edit(const QString &text, int cursor)
{
    m_edit->setText(text);
    m_edit->setCursorPosition(cursor);
    updateCounter();
    Q_EMIT textEdited(text);
}

void LineFieldEditor::updateCounter()
{
    const qsizetype length = m_edit->text().size();
    if (m_limit > 0) {
        m_counter->setText(tr("%1 / %2").arg(length).arg(m_limit));
        m_counter->setToolTip(isOverLimit()
                ? tr("%n character(s) over the limit", nullptr, int(length - m_limit))
                : tr("Limit: %n character(s)", nullptr, m_limit));
    } else {
        m_counter->setText(QString::number(length));
        m_counter->setToolTip({});
    }
    const bool over = isOverLimit();
    const QString count = m_limit > 0 ? tr("%1 of %2 characters").arg(length).arg(m_limit)
                                      : tr("%n character(s)", nullptr, int(length));
    AccessibleStatus::setValue(m_counter, tr("Character count"), count);
    m_edit->setAccessibleDescription(over ? m_counter->toolTip() : count);
    if (over != m_edit->property("overLimit").toBool() && m_edit->hasFocus())
        AccessibleStatus::announce(m_edit, over ? m_counter->toolTip() : tr("Within the limit."));
    QPalette palette = this->palette();
    if (over)
        palette.setColor(QPalette::WindowText, Contrast::warningText(palette));
    m_counter->setPalette(palette);
    QFont font = m_counter->font();
    font.setBold(over);
    m_counter->setFont(font);
    m_edit->setProperty("overLimit", over);
}

} // namespace Copydesk
