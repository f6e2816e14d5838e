// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "entrylisteditor.h"

#include "actsonaccessible.h"
#include "articledocument.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Copydesk {

namespace {

bool isReturn(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

/// Whether an input shows nothing typed: empty text, or a date at its "Unknown" special value.
bool fieldIsEmpty(const QWidget *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text().trimmed().isEmpty();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->toPlainText().trimmed().isEmpty();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(field))
        return !spin->specialValueText().isEmpty() && spin->text() == spin->specialValueText();
    return true;
}

/// Puts the cursor at the end of a text field; other inputs just take the focus.
void focusAtEnd(QWidget *field)
{
    field->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->end(false);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        text->moveCursor(QTextCursor::End);
}

/// The widget that receives the keys typed into `field` (a date edit's inner line edit).
QWidget *keyReceiver(QWidget *field)
{
    return field->focusProxy() ? field->focusProxy() : field;
}

} // namespace

EntryListEditor::EntryListEditor(ArticleDocument *document, const QString &partId, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_partId(partId)
    , m_rowLayout(new QVBoxLayout)
    , m_add(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowLayout);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    layout->addLayout(addRow);
    connect(m_document, &ArticleDocument::partChanged, this, [this](const QString &changed) {
        if (changed == m_partId)
            refresh();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addEntryAt(rowCount()); });
}

const ArticlePart *EntryListEditor::part() const
{
    const qsizetype index = m_document->article().partIndex(m_partId);
    return index < 0 ? nullptr : &m_document->article().parts.at(index);
}

void EntryListEditor::refresh()
{
    m_add->setText(addText());
    m_add->setAccessibleName(addText());
    const ArticlePart *current = part();
    if (!current)
        return;
    if (entryCount(*current) != rowCount())
        rebuild(*current);
    for (int i = 0; i < rowCount(); ++i)
        updateRowEditor(m_rows.at(i).editor, *current, i);
}

QWidget *EntryListEditor::rowEditor(int index) const
{
    return index >= 0 && index < rowCount() ? m_rows.at(index).editor : nullptr;
}

QList<QWidget *> EntryListEditor::rowFields(int index) const
{
    return index >= 0 && index < rowCount() ? m_rows.at(index).fields : QList<QWidget *>();
}

QList<QWidget *> EntryListEditor::tabChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain += row.fields;
    chain.append(m_add);
    for (const Row &row : m_rows)
        chain += row.buttons;
    return chain;
}

void EntryListEditor::focusRow(int index)
{
    focusEntry(index);
}

bool EntryListEditor::focusEntry(int index)
{
    const QList<QWidget *> fields = rowFields(index);
    if (fields.isEmpty())
        return false;
    fields.first()->setFocus(Qt::OtherFocusReason);
    return true;
}

int EntryListEditor::entryAt(const QWidget *widget) const
{
    for (int i = 0; widget && i < rowCount(); ++i) {
        if (m_rows.at(i).row == widget || m_rows.at(i).row->isAncestorOf(widget))
            return i;
    }
    return -1;
}

void EntryListEditor::rebuild(const ArticlePart &part)
{
    const int focused = focusedRow();
    // Rows go later: the click that led here may come from a button inside one.
    for (const Row &row : std::as_const(m_rows)) {
        row.row->hide();
        m_rowLayout->removeWidget(row.row);
        row.row->deleteLater();
    }
    m_rows.clear();
    for (int i = 0; i < entryCount(part); ++i) {
        QWidget *row = createRow(i);
        m_rowLayout->addWidget(row);
    }
    Q_EMIT rowsRebuilt();
    if (focused >= 0)
        focusRow(qMin(focused, rowCount() - 1));
}

QWidget *EntryListEditor::createRow(int index)
{
    Row entry;
    entry.row = new QWidget(this);
    entry.row->setAccessibleName(rowName(index));
    auto *outer = new QVBoxLayout(entry.row);
    outer->setContentsMargins(0, 0, 0, 0);
    if (index > 0 && separateRows()) {
        auto *line = new QFrame(entry.row);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        outer->addWidget(line);
    }
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    entry.editor = createRowEditor(index);
    layout->addWidget(entry.editor, 1);
    // The inputs, in the order they were made (the order they are drawn).
    if (entry.editor->focusPolicy() & Qt::TabFocus)
        entry.fields.append(entry.editor);
    else
        entry.fields = entry.editor->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    entry.fields.removeIf([](const QWidget *w) { return !(w->focusPolicy() & Qt::TabFocus); });
    for (QWidget *field : std::as_const(entry.fields))
        keyReceiver(field)->installEventFilter(this);

    const auto button = [&entry, layout](const QString &icon, const QString &text) {
        auto *b = new QToolButton(entry.row);
        ActsOnAccessible::set(b, entry.row); // before anything makes Qt's interface
        b->setIcon(QIcon::fromTheme(icon));
        b->setText(text);
        b->setToolTip(text);
        b->setAccessibleName(text);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
        layout->addWidget(b, 0, Qt::AlignTop);
        entry.buttons.append(b);
        return b;
    };
    QToolButton *up = button(QStringLiteral("go-up"), tr("Move Up (Alt+Up)"));
    QToolButton *down = button(QStringLiteral("go-down"), tr("Move Down (Alt+Down)"));
    QToolButton *remove = button(QStringLiteral("list-remove"), tr("Remove (Ctrl+Shift+Delete)"));
    up->setText(QStringLiteral("↑"));
    down->setText(QStringLiteral("↓"));
    remove->setText(QStringLiteral("✕"));
    // Screen readers hear which entry a button acts on; the tooltip keeps the keys.
    const QString name = rowName(index);
    up->setAccessibleName(tr("Move %1 up").arg(name));
    down->setAccessibleName(tr("Move %1 down").arg(name));
    remove->setAccessibleName(tr("Remove %1").arg(name));
    for (QToolButton *b : {up, down, remove})
        b->setAccessibleDescription(b->toolTip());
    connect(up, &QToolButton::clicked, this, [this, index] { moveEntry(index, index - 1); });
    connect(down, &QToolButton::clicked, this, [this, index] { moveEntry(index, index + 1); });
    connect(remove, &QToolButton::clicked, this, [this, index] { removeRow(index); });
    m_rows.append(entry);
    return entry.row;
}

int EntryListEditor::focusedRow() const
{
    return entryAt(QApplication::focusWidget());
}

void EntryListEditor::addEntryAt(int index)
{
    insertEntry(index);
    focusRow(index);
}

void EntryListEditor::removeRow(int index)
{
    if (index < 0 || index >= rowCount())
        return;
    const QList<QWidget *> fields = rowFields(index);
    const bool heldText = !std::all_of(fields.begin(), fields.end(), fieldIsEmpty);
    const QString name = rowName(index);
    removeEntry(index);
    if (heldText)
        Q_EMIT entryRemoved(name);
    if (index > 0 && !rowFields(index - 1).isEmpty())
        focusAtEnd(rowFields(index - 1).constLast());
    else if (rowCount() > 0)
        focusRow(0);
    else
        m_add->setFocus(Qt::OtherFocusReason);
}

bool EntryListEditor::typingKey(int row, int field, const QKeyEvent *key)
{
    const QList<QWidget *> fields = rowFields(row);
    const auto mods = key->modifiers() & ~Qt::KeypadModifier;
    QWidget *input = fields.at(field);
    auto *multiline = qobject_cast<QPlainTextEdit *>(input);
    if (isReturn(key) && mods == Qt::ShiftModifier && multiline) {
        multiline->textCursor().insertText(QStringLiteral("\n"));
        return true;
    }
    if (isReturn(key) && (mods == Qt::NoModifier || mods == Qt::ShiftModifier)) {
        if (field + 1 < fields.size())
            fields.at(field + 1)->setFocus(Qt::TabFocusReason);
        else
            addEntryAt(row + 1);
        return true;
    }
    if (isReturn(key) && mods == Qt::ControlModifier) {
        addEntryAt(row + 1);
        return true;
    }
    if (key->key() == Qt::Key_Backspace && mods == Qt::NoModifier
        && std::all_of(fields.begin(), fields.end(), fieldIsEmpty)) {
        removeRow(row);
        return true;
    }
    return false;
}

bool EntryListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    for (int row = 0; row < rowCount(); ++row) {
        const QList<QWidget *> &fields = m_rows.at(row).fields;
        for (int field = 0; field < fields.size(); ++field) {
            if (keyReceiver(fields.at(field)) == watched)
                return typingKey(row, field, key);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntryListEditor::keyPressEvent(QKeyEvent *event)
{
    const int row = focusedRow();
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    if (row >= 0 && mods == Qt::AltModifier
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const int to = event->key() == Qt::Key_Up ? row - 1 : row + 1;
        if (to >= 0 && to < rowCount()) {
            moveEntry(row, to);
            focusRow(to);
        }
        event->accept();
        return;
    }
    if (row >= 0 && mods == (Qt::ControlModifier | Qt::ShiftModifier)
        && event->key() == Qt::Key_Delete) {
        removeRow(row);
        event->accept();
        return;
    }
    if (mods == Qt::ControlModifier && isReturn(event)) {
        addEntryAt(row >= 0 ? row + 1 : rowCount());
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Copydesk
