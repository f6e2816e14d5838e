#include "entrylisteditor.h"

#include "articledocument.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Copydesk {

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
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int at = rowCount();
        insertEntry(at);
        focusRow(at);
    });
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
        updateRowEditor(m_editors.at(i), *current, i);
}

QWidget *EntryListEditor::rowEditor(int index) const
{
    return m_editors.value(index);
}

void EntryListEditor::focusRow(int index)
{
    focusEntry(index);
}

bool EntryListEditor::focusEntry(int index)
{
    QWidget *editor = rowEditor(index);
    if (!editor)
        return false;
    QWidget *target = editor->focusProxy() ? editor->focusProxy() : editor;
    if (!target->focusPolicy())
        target = target->nextInFocusChain();
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

int EntryListEditor::entryAt(const QWidget *widget) const
{
    for (int i = 0; widget && i < rowCount(); ++i) {
        if (m_rows.at(i) == widget || m_rows.at(i)->isAncestorOf(widget))
            return i;
    }
    return -1;
}

void EntryListEditor::rebuild(const ArticlePart &part)
{
    const int focused = focusedRow();
    // Rows go later: the click that led here may come from a button inside one.
    for (QWidget *row : std::as_const(m_rows)) {
        row->hide();
        m_rowLayout->removeWidget(row);
        row->deleteLater();
    }
    m_rows.clear();
    m_editors.clear();
    for (int i = 0; i < entryCount(part); ++i) {
        QWidget *row = createRow(i);
        m_rows.append(row);
        m_rowLayout->addWidget(row);
    }
    if (focused >= 0)
        focusRow(qMin(focused, rowCount() - 1));
}

QWidget *EntryListEditor::createRow(int index)
{
    auto *row = new QWidget(this);
    row->setAccessibleName(rowName(index));
    auto *outer = new QVBoxLayout(row);
    outer->setContentsMargins(0, 0, 0, 0);
    if (index > 0 && separateRows()) {
        auto *line = new QFrame(row);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        outer->addWidget(line);
    }
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    QWidget *editor = createRowEditor(index);
    m_editors.append(editor);
    layout->addWidget(editor, 1);
    const auto button = [row, layout](const QString &icon, const QString &text) {
        auto *b = new QToolButton(row);
        b->setIcon(QIcon::fromTheme(icon));
        b->setText(text);
        b->setToolTip(text);
        b->setAccessibleName(text);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
        layout->addWidget(b, 0, Qt::AlignTop);
        return b;
    };
    QToolButton *up = button(QStringLiteral("go-up"), tr("Move Up (Alt+Up)"));
    QToolButton *down = button(QStringLiteral("go-down"), tr("Move Down (Alt+Down)"));
    QToolButton *remove = button(QStringLiteral("list-remove"), tr("Remove (Ctrl+Shift+Delete)"));
    up->setText(QStringLiteral("↑"));
    down->setText(QStringLiteral("↓"));
    remove->setText(QStringLiteral("✕"));
    connect(up, &QToolButton::clicked, this, [this, index] { moveEntry(index, index - 1); });
    connect(down, &QToolButton::clicked, this, [this, index] { moveEntry(index, index + 1); });
    connect(remove, &QToolButton::clicked, this, [this, index] { removeEntry(index); });
    return row;
}

int EntryListEditor::focusedRow() const
{
    return entryAt(QApplication::focusWidget());
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
        removeEntry(row);
        focusRow(qMin(row, rowCount() - 1));
        event->accept();
        return;
    }
    if (mods == Qt::ControlModifier
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        const int at = row >= 0 ? row + 1 : rowCount();
        insertEntry(at);
        focusRow(at);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Copydesk
