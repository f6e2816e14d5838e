// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "quoteeditor.h"

#include "articledocument.h"
#include "markdowneditor.h"

#include <QFormLayout>
#include <QLineEdit>

namespace Copydesk {

QuoteEditor::QuoteEditor(ArticleDocument *document, const QString &partId, QWidget *parent)
    : EntryListEditor(document, partId, parent)
{
    refresh();
}

Quote QuoteEditor::entry(int index) const
{
    return part() ? part()->quotes.value(index) : Quote();
}

QWidget *QuoteEditor::createRowEditor(int index)
{
    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    auto *text = new MarkdownEditor(editor);
    auto *speaker = new QLineEdit(editor);
    auto *role = new QLineEdit(editor);
    text->setObjectName(QStringLiteral("text"));
    speaker->setObjectName(QStringLiteral("speaker"));
    role->setObjectName(QStringLiteral("role"));
    text->setAccessibleName(tr("Quote %1 text").arg(index + 1));
    speaker->setAccessibleName(tr("Quote %1 speaker").arg(index + 1));
    role->setAccessibleName(tr("Quote %1 speaker's role").arg(index + 1));
    form->addRow(tr("Quote:"), text);
    form->addRow(tr("Speaker:"), speaker);
    form->addRow(tr("Role:"), role);
    editor->setFocusProxy(text);
    connect(text, &MarkdownEditor::textEdited, this, [this, index](const QString &value) {
        Quote quote = entry(index);
        quote.text = value;
        document()->setQuote(partId(), index, quote);
    });
    connect(speaker, &QLineEdit::textEdited, this, [this, index](const QString &value) {
        Quote quote = entry(index);
        quote.speaker = value;
        document()->setQuote(partId(), index, quote);
    });
    connect(role, &QLineEdit::textEdited, this, [this, index](const QString &value) {
        Quote quote = entry(index);
        quote.role = value;
        document()->setQuote(partId(), index, quote);
    });
    return editor;
}

void QuoteEditor::updateRowEditor(QWidget *editor, const ArticlePart &part, int index)
{
    const Quote &quote = part.quotes.at(index);
    editor->findChild<MarkdownEditor *>(QStringLiteral("text"))->setText(quote.text);
    auto *speaker = editor->findChild<QLineEdit *>(QStringLiteral("speaker"));
    if (speaker->text() != quote.speaker)
        speaker->setText(quote.speaker);
    auto *role = editor->findChild<QLineEdit *>(QStringLiteral("role"));
    if (role->text() != quote.role)
        role->setText(quote.role);
}

void QuoteEditor::insertEntry(int index)
{
    document()->insertQuote(partId(), index, {});
}

void QuoteEditor::removeEntry(int index)
{
    document()->removeQuote(partId(), index);
}

void QuoteEditor::moveEntry(int from, int to)
{
    document()->moveQuote(partId(), from, to);
}

QString QuoteEditor::addText() const
{
    return tr("Add Quote");
}

QString QuoteEditor::rowName(int index) const
{
    return tr("Quote %1").arg(index + 1);
}

} // namespace Copydesk
