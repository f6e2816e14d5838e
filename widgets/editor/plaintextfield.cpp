// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "plaintextfield.h"

#include "articleeditor.h"

#include <QAbstractTextDocumentLayout>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QtMath>

namespace Copydesk {

int fittedHeight(const QPlainTextEdit *edit, int minimumLines)
{
    const QTextDocument *document = edit->document();
    qreal content = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        content += document->documentLayout()->blockBoundingRect(block).height();
    const int minimum = minimumLines * edit->fontMetrics().lineSpacing();
    const int margins = qCeil(document->documentMargin() * 2) + edit->frameWidth() * 2;
    // Two pixels more: a height rounded down would scroll the last line by one.
    return qMax(minimum, qCeil(content)) + margins + 2;
}

QString typedText(const QPlainTextEdit *edit)
{
    QString raw = edit->document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n');
    return raw;
}

bool takeTypedText(const QPlainTextEdit *edit, QString &last)
{
    QString current = typedText(edit);
    if (current == last)
        return false;
    last = std::move(current);
    return true;
}

bool takenByEditor(const QWidget *field, const QMimeData *copy)
{
    for (const QWidget *widget = field; widget; widget = widget->parentWidget()) {
        if (const auto *editor = qobject_cast<const ArticleEditor *>(widget))
            return editor->takesCopy(copy);
    }
    return false;
}

} // namespace Copydesk
