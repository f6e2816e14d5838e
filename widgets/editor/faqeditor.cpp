// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "faqeditor.h"

#include "articledocument.h"
#include "markdowneditor.h"

#include <QFormLayout>
#include <QLineEdit>

namespace Copydesk {

FaqEditor::FaqEditor(ArticleDocument *document, const QString &partId, QWidget *parent)
    : EntryListEditor(document, partId, parent)
{
    refresh();
}

FaqEntry FaqEditor::entry(int index) const
{
    return part() ? part()->faq.value(index) : FaqEntry();
}

QWidget *FaqEditor::createRowEditor(int index)
{
    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    auto *question = new QLineEdit(editor);
    auto *answer = new MarkdownEditor(editor);
    question->setObjectName(QStringLiteral("question"));
    answer->setObjectName(QStringLiteral("answer"));
    question->setAccessibleName(tr("Question %1").arg(index + 1));
    answer->setAccessibleName(tr("Answer %1").arg(index + 1));
    form->addRow(tr("Question:"), question);
    form->addRow(tr("Answer:"), answer);
    editor->setFocusProxy(question);
    connect(question, &QLineEdit::textEdited, this, [this, index](const QString &value) {
        FaqEntry faq = entry(index);
        faq.question = value;
        document()->setFaqEntry(partId(), index, faq);
    });
    connect(answer, &MarkdownEditor::textEdited, this, [this, index](const QString &value) {
        FaqEntry faq = entry(index);
        faq.answer = value;
        document()->setFaqEntry(partId(), index, faq);
    });
    return editor;
}

void FaqEditor::updateRowEditor(QWidget *editor, const ArticlePart &part, int index)
{
    const FaqEntry &faq = part.faq.at(index);
    auto *question = editor->findChild<QLineEdit *>(QStringLiteral("question"));
    if (question->text() != faq.question)
        question->setText(faq.question);
    editor->findChild<MarkdownEditor *>(QStringLiteral("answer"))->setText(faq.answer);
}

void FaqEditor::insertEntry(int index)
{
    document()->insertFaqEntry(partId(), index, {});
}

void FaqEditor::removeEntry(int index)
{
    document()->removeFaqEntry(partId(), index);
}

void FaqEditor::moveEntry(int from, int to)
{
    document()->moveFaqEntry(partId(), from, to);
}

QString FaqEditor::addText() const
{
    return tr("Add Question");
}

QString FaqEditor::rowName(int index) const
{
    return tr("Question and answer %1").arg(index + 1);
}

} // namespace Copydesk
