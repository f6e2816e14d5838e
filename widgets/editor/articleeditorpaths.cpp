// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// ArticleEditor, part two: finding, focusing and selecting inputs by their path ("headline",
// "hero.caption", "parts/<id>/faq/2/answer"), as review comments, the checklist, the preview
// and find and replace name them, and the path of the input that has the focus.

#include "articleeditor.h"
#include "articleeditor_p.h"
#include "entrylisteditor.h"
#include "heroimageeditor.h"
#include "linefieldeditor.h"
#include "markdowneditor.h"
#include "paragraphlineedit.h"
#include "partframe.h"
#include "publishededitor.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace Copydesk {

using namespace ArticleEditorDetail;

bool ArticleEditor::focusPart(const QString &partId)
{
    PartFrame *frame = m_frames.value(partId);
    if (!frame)
        return false;
    frame->focusContent();
    ensureWidgetVisible(frame, 0, 0);
    return true;
}

bool ArticleEditor::focusField(const QString &path)
{
    QWidget *target = nullptr;
    for (const LineFieldSpec &spec : lineFieldSpecs) {
        if (path == QLatin1String(spec.path))
            target = m_lineFields.value(spec.field);
    }
    if (path == u"published")
        target = m_published;
    else if (path == u"hero")
        target = m_hero->captionEdit();
    else if (path == u"lede")
        target = m_lede;
    if (!target)
        return false;
    target->setFocus(Qt::OtherFocusReason);
    ensureWidgetVisible(target);
    return true;
}

bool ArticleEditor::focusPath(const QString &path)
{
    if (path == u"hero.caption")
        return focusInput(m_hero->captionEdit());
    if (path == u"hero.altText")
        return focusInput(m_hero->altTextEdit());
    if (path == u"hero.credit")
        return focusInput(m_hero->creditEdit());
    if (path == u"parts")
        return focusInput(m_addPart);
    if (path.startsWith(u"parts/"))
        return focusPartPath(path.split(u'/'));
    return focusField(path);
}

bool ArticleEditor::focusPartPath(const QStringList &segments)
{
    PartFrame *frame = m_frames.value(segments.value(1));
    if (!frame || segments.size() > 4)
        return false;
    if (segments.size() == 2)
        return focusPart(frame->partId());
    const QString &member = segments.at(2);
    if (segments.size() == 3 && member == u"heading")
        return focusInput(frame->headingEditor());
    if (segments.size() == 3 && member == u"body")
        return focusInput(frame->bodyEditor());
    EntryListEditor *entries = frame->entryEditor();
    const qsizetype index = m_document->article().partIndex(frame->partId());
    if (!entries || index < 0 || member != entryMember(m_document->article().parts[index].kind))
        return false;
    if (segments.size() == 3) {
        if (entries->rowCount() == 0)
            return focusInput(entries->addButton());
        return focusPartPath(segments + QStringList {QStringLiteral("0")});
    }
    bool ok = false;
    const int entry = segments.at(3).toInt(&ok);
    if (!ok || !entries->focusEntry(entry))
        return false;
    ensureWidgetVisible(entries->rowEditor(entry));
    return true;
}

bool ArticleEditor::focusInput(QWidget *target)
{
    if (!target)
        return false;
    target->setFocus(Qt::OtherFocusReason);
    ensureWidgetVisible(target);
    return true;
}

QWidget *ArticleEditor::textInput(const QString &path) const
{
    const QStringList segments = path.split(u'/');
    if (segments.first() != u"parts") {
        for (const LineFieldSpec &spec : lineFieldSpecs) {
            if (path == QLatin1String(spec.path))
                return m_lineFields.value(spec.field)->input();
        }
        if (path == u"hero.caption")
            return m_hero->captionEdit();
        if (path == u"hero.altText")
            return m_hero->altTextEdit();
        if (path == u"hero.credit")
            return m_hero->creditEdit();
        return path == u"lede" ? m_lede : nullptr;
    }
    const PartFrame *frame = m_frames.value(segments.value(1));
    if (!frame || segments.size() < 3)
        return nullptr;
    if (segments.size() == 3 && segments.at(2) == u"heading")
        return frame->headingEditor()->input();
    if (segments.size() == 3 && segments.at(2) == u"body")
        return frame->bodyEditor();
    const EntryListEditor *entries = frame->entryEditor();
    bool ok = false;
    const int entry = segments.value(3).toInt(&ok);
    QWidget *row = entries && ok ? entries->rowEditor(entry) : nullptr;
    if (!row || segments.size() > 5)
        return nullptr;
    // A list item's row is its line edit; the other rows name their inputs after the members.
    QWidget *input = segments.size() == 5 ? row->findChild<QWidget *>(segments.at(4)) : row;
    return qobject_cast<QLineEdit *>(input) || qobject_cast<QPlainTextEdit *>(input) ? input
                                                                                     : nullptr;
}

bool ArticleEditor::selectText(const QString &path, int start, int end, bool focus)
{
    QWidget *input = textInput(path);
    if (!input)
        return false;
    if (focus)
        input->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        const int length = int(line->text().size());
        line->setSelection(
            qBound(0, start, length), qBound(0, end, length) - qBound(0, start, length));
        ensureWidgetVisible(line);
        return true;
    }
    auto *text = static_cast<QPlainTextEdit *>(input);
    const int length = text->document()->characterCount() - 1;
    QTextCursor cursor = text->textCursor();
    cursor.setPosition(qBound(0, start, length));
    cursor.setPosition(qBound(0, end, length), QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    // Scroll the article to the selection itself, which may be far down a long body.
    const QRect rectangle = text->cursorRect(cursor);
    const QPoint centre = text->viewport()->mapTo(widget(), rectangle.center());
    ensureVisible(centre.x(), centre.y(), 50, rectangle.height() + 50);
    return true;
}

CommentAnchor ArticleEditor::currentAnchor() const
{
    CommentAnchor anchor;
    if (m_lastInput && isAncestorOf(m_lastInput) && m_lastInput->isVisibleTo(this)) {
        anchor.path = pathOf(m_lastInput);
        const auto *markdown = qobject_cast<const MarkdownEditor *>(m_lastInput.data());
        if (markdown && markdown->textCursor().hasSelection()) {
            anchor.start = markdown->textCursor().selectionStart();
            anchor.end = markdown->textCursor().selectionEnd();
        }
    } else if (CommentAnchor {m_lastPath}.validate(m_document->article()).isEmpty()) {
        anchor.path = m_lastPath;
    }
    return anchor;
}

bool ArticleEditor::showAnchor(const CommentAnchor &anchor)
{
    if (!focusPath(anchor.path))
        return false;
    auto *markdown = qobject_cast<MarkdownEditor *>(widget() ? widget()->focusWidget() : nullptr);
    if (markdown && anchor.end > anchor.start) {
        const int length = markdown->document()->characterCount() - 1;
        QTextCursor cursor = markdown->textCursor();
        cursor.setPosition(qBound(0, anchor.start, length));
        cursor.setPosition(qBound(0, anchor.end, length), QTextCursor::KeepAnchor);
        markdown->setTextCursor(cursor);
        markdown->ensureCursorVisible();
    }
    return true;
}

QString ArticleEditor::pathOf(const QWidget *widget) const
{
    if (within(widget, m_addPart))
        return QStringLiteral("parts");
    if (within(widget, m_hero)) {
        if (within(widget, m_hero->captionEdit()))
            return QStringLiteral("hero.caption");
        if (within(widget, m_hero->altTextEdit()))
            return QStringLiteral("hero.altText");
        if (within(widget, m_hero->creditEdit()))
            return QStringLiteral("hero.credit");
        return QStringLiteral("hero");
    }
    for (const QWidget *w = widget; w && w != this; w = w->parentWidget()) {
        if (const auto *frame = qobject_cast<const PartFrame *>(w)) {
            const QString part = QStringLiteral("parts/") + frame->partId();
            if (within(widget, frame->headingEditor()))
                return part + QStringLiteral("/heading");
            if (within(widget, frame->bodyEditor()))
                return part + QStringLiteral("/body");
            const qsizetype index = m_document->article().partIndex(frame->partId());
            const int entry = frame->entryEditor() ? frame->entryEditor()->entryAt(widget) : -1;
            if (index < 0 || entry < 0)
                return part;
            return part + u'/' + entryMember(m_document->article().parts.at(index).kind) + u'/'
                + QString::number(entry);
        }
        if (w->parentWidget() && w->parentWidget() == this->widget() && !w->objectName().isEmpty())
            return w->objectName();
    }
    return {};
}

} // namespace Copydesk
