// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "findbar.h"

#include "accessiblestatus.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "articletextfields.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace Copydesk {

namespace {

/// The selection [start, end) in a line or text input; both the cursor without one.
std::pair<qsizetype, qsizetype> selectionIn(const QWidget *input)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(input)) {
        if (!line->hasSelectedText())
            return {line->cursorPosition(), line->cursorPosition()};
        return {line->selectionStart(), line->selectionEnd()};
    }
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(input))
        return {plain->textCursor().selectionStart(), plain->textCursor().selectionEnd()};
    return {0, 0};
}

} // namespace

FindBar::FindBar(ArticleEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_wholeWords(new QCheckBox(tr("Whole words"), this))
    , m_replaceRow(new QWidget(this))
    , m_findAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this))
    , m_replaceAction(
          new QAction(QIcon::fromTheme(QStringLiteral("edit-find-replace")), tr("R&eplace…"), this))
    , m_nextAction(new QAction(tr("Find &Next"), this))
    , m_previousAction(new QAction(tr("Find Pre&vious"), this))
{
    setAccessibleName(tr("Find and replace"));
    m_find->setPlaceholderText(tr("Find in the article"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(tr("%L1 of %L2").arg(999).arg(999)));

    auto *previous = new QToolButton(this);
    previous->setDefaultAction(m_previousAction);
    previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    auto *next = new QToolButton(this);
    next->setDefaultAction(m_nextAction);
    next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    for (QToolButton *button : {previous, next}) {
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        if (button->icon().isNull())
            button->setArrowType(button == previous ? Qt::UpArrow : Qt::DownArrow);
    }
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close the find bar (Esc)"));
    closeButton->setAutoRaise(true);
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace All"), m_replaceRow);
    replaceOne->setObjectName(QStringLiteral("replace"));
    replaceEvery->setObjectName(QStringLiteral("replaceAll"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(m_count, 0, 1);
    grid->addWidget(previous, 0, 2);
    grid->addWidget(next, 0, 3);
    grid->addWidget(m_matchCase, 0, 4);
    grid->addWidget(m_wholeWords, 0, 5);
    grid->addWidget(closeButton, 0, 6);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    grid->addWidget(m_replaceRow, 1, 0, 1, 7);
    grid->setColumnStretch(0, 1);
    setTabOrder(m_find, m_replace);

    m_findAction->setShortcuts(QKeySequence::Find);
    m_replaceAction->setShortcuts(QKeySequence::Replace);
    m_nextAction->setShortcuts(QKeySequence::FindNext);
    m_previousAction->setShortcuts(QKeySequence::FindPrevious);
    m_findAction->setStatusTip(tr("Find text in the open article"));
    m_replaceAction->setStatusTip(tr("Find text in the open article and replace it"));
    m_nextAction->setStatusTip(tr("Go to the next match"));
    m_previousAction->setStatusTip(tr("Go to the previous match"));
    connect(m_findAction, &QAction::triggered, this, [this] { open(false); });
    connect(m_replaceAction, &QAction::triggered, this, [this] { open(true); });
    connect(m_nextAction, &QAction::triggered, this,
        [this] { findNext(!isAncestorOf(QApplication::focusWidget())); });
    connect(m_previousAction, &QAction::triggered, this,
        [this] { findPrevious(!isAncestorOf(QApplication::focusWidget())); });
    connect(closeButton, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_find, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_wholeWords, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_editor->document(), &ArticleDocument::changed, this, [this] {
        if (isVisible())
            search();
    });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    hide();
}

QList<QAction *> FindBar::menuActions() const
{
    return {m_findAction, m_replaceAction, m_nextAction, m_previousAction};
}

QList<std::pair<QString, QString>> FindBar::keyboardHelp()
{
    return {
        {tr("Return / Shift+Return"),
            tr("In the find bar: next / previous match; in its replacement: replace")},
        {tr("Esc"), tr("Close the find bar, leaving the cursor at the match")},
    };
}

TextSearchOptions FindBar::options() const
{
    return {m_matchCase->isChecked(), m_wholeWords->isChecked()};
}

void FindBar::open(bool replace)
{
    QWidget *focused = QApplication::focusWidget();
    if (!isAncestorOf(focused))
        m_returnFocus = focused;
    // A selection on one line is what the writer wants to find.
    QString selected;
    if (const auto *line = qobject_cast<const QLineEdit *>(focused);
        line && m_editor->isAncestorOf(line))
        selected = line->selectedText();
    else if (const auto *text = qobject_cast<const QPlainTextEdit *>(focused);
        text && m_editor->isAncestorOf(text))
        selected = text->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replaceRow->setVisible(replace);
    show();
    search();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindBar::search()
{
    const QString path = m_current >= 0 ? m_paths.value(m_matches.at(m_current).text) : QString();
    const qsizetype start = m_current >= 0 ? m_matches.at(m_current).start : -1;
    QStringList texts;
    m_paths.clear();
    for (const ArticleTextField &field : ArticleTextFields::list(m_editor->document()->article())) {
        m_paths << field.path;
        texts << field.text;
    }
    m_matches = TextSearch::findAll(texts, m_find->text(), options());
    m_current = -1;
    for (qsizetype i = 0; i < m_matches.size() && !path.isEmpty(); ++i) {
        if (m_paths.at(m_matches.at(i).text) == path && m_matches.at(i).start == start)
            m_current = i;
    }
    updateCount();
}

void FindBar::updateCount()
{
    QString text;
    if (m_find->text().isEmpty())
        text.clear();
    else if (m_matches.isEmpty())
        text = tr("No matches");
    else if (m_current < 0)
        text = tr("%L1 found").arg(m_matches.size());
    else
        text = tr("%L1 of %L2").arg(m_current + 1).arg(m_matches.size());
    m_count->setText(text);
    AccessibleStatus::setValue(m_count, tr("Matches"), text);
    // Red text for a search that finds nothing, as in Kate.
    QPalette palette = m_find->palette();
    palette.setColor(QPalette::Text,
        !m_find->text().isEmpty() && m_matches.isEmpty()
            ? QColor(Qt::red)
            : QApplication::palette().color(QPalette::Text));
    m_find->setPalette(palette);
}

void FindBar::findNext(bool focusEditor)
{
    step(1, focusEditor);
}

void FindBar::findPrevious(bool focusEditor)
{
    step(-1, focusEditor);
}

void FindBar::step(int direction, bool focusEditor)
{
    if (m_find->text().isEmpty()) {
        open(false);
        return;
    }
    search();
    if (m_matches.isEmpty())
        return;
    const qsizetype count = m_matches.size();
    if (m_current >= 0 && writerMovedOn())
        m_current = -1;
    if (m_current < 0)
        m_current = firstFromCursor(direction);
    else
        m_current = (m_current + direction + count) % count;
    updateCount();
    showCurrent(focusEditor);
}

bool FindBar::writerMovedOn() const
{
    // Since the current match was shown: another input took the focus, or the selection in the
    // match's own input is no longer the match (a click, typing).
    const QWidget *last = m_editor->lastInput();
    if (last && last != m_shownInput && last != m_focusAtShow)
        return true;
    const TextMatch &match = m_matches.at(m_current);
    return !m_shownInput || m_editor->textInput(m_paths.at(match.text)) != m_shownInput
        || selectionIn(m_shownInput) != std::pair {match.start, match.start + match.length};
}

qsizetype FindBar::firstFromCursor(int direction) const
{
    // Where the writer is: the text of the input last focused, and the cursor in it (the start
    // of a selection, so that a selected word is the first match).
    const QWidget *input = m_editor->lastInput();
    qsizetype text = -1;
    for (qsizetype i = 0; input && i < m_paths.size() && text < 0; ++i) {
        if (m_editor->textInput(m_paths.at(i)) == input)
            text = i;
    }
    const qsizetype offset = selectionIn(input).first;
    const auto beforeCursor = [&](const TextMatch &match) {
        return match.text < text || (match.text == text && match.start < offset);
    };
    const qsizetype count = m_matches.size();
    if (direction > 0) {
        for (qsizetype i = 0; i < count; ++i) {
            if (!beforeCursor(m_matches.at(i)))
                return i;
        }
        return 0;
    }
    for (qsizetype i = count - 1; i >= 0; --i) {
        if (beforeCursor(m_matches.at(i)))
            return i;
    }
    return count - 1;
}

void FindBar::showCurrent(bool focusEditor)
{
    if (m_current < 0)
        return;
    const TextMatch &match = m_matches.at(m_current);
    m_focusAtShow = m_editor->lastInput();
    m_editor->selectText(
        m_paths.at(match.text), int(match.start), int(match.start + match.length), focusEditor);
    m_shownInput = m_editor->textInput(m_paths.at(match.text));
}

bool FindBar::editable()
{
    if (m_editor->widget() && m_editor->widget()->isEnabled())
        return true;
    Q_EMIT statusMessage(tr("The article is read-only; nothing was replaced."));
    return false;
}

void FindBar::replaceCurrent()
{
    search();
    if (m_current < 0) {
        findNext(false);
        return;
    }
    if (!editable())
        return;
    const TextMatch match = m_matches.at(m_current);
    const QString path = m_paths.at(match.text);
    const auto edit = TextSearch::replaceAt(
        m_editor->document()->article(), path, match.start, match.length, m_replace->text());
    if (!edit)
        return;
    m_editor->document()->setTexts({*edit}, tr("Replace “%1”").arg(m_find->text()));
    search();
    // On to the first match after the replacement, which may itself contain the search text.
    const qsizetype after = match.start + m_replace->text().size();
    m_current = m_matches.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        const TextMatch &candidate = m_matches.at(i);
        if (candidate.text > match.text
            || (candidate.text == match.text && candidate.start >= after)) {
            m_current = i;
            break;
        }
    }
    updateCount();
    showCurrent(false);
}

void FindBar::replaceAll()
{
    if (m_find->text().isEmpty() || !editable())
        return;
    qsizetype count = 0;
    const QList<ArticleTextField> edits = TextSearch::replaceAll(
        m_editor->document()->article(), m_find->text(), m_replace->text(), options(), &count);
    if (count == 0) {
        Q_EMIT statusMessage(tr("“%1” was not found; nothing was replaced.").arg(m_find->text()));
        return;
    }
    m_editor->document()->setTexts(edits, tr("Replace All “%1”").arg(m_find->text()));
    Q_EMIT statusMessage(tr("Replacements made: %L1.").arg(count));
}

void FindBar::closeBar()
{
    hide();
    if (m_current >= 0 && m_editor->isVisible())
        showCurrent(true);
    else if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else
                step(key->modifiers() & Qt::ShiftModifier ? -1 : 1, false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        closeBar();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Copydesk
