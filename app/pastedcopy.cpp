// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "pastedcopy.h"

#include "articledocument.h"
#include "articleeditor.h"
#include "articlefilereader.h"
#include "importpreviewdialog.h"

#include <QDialogButtonBox>
#include <QMimeData>
#include <QPushButton>

namespace Copydesk {

namespace {

// More than one paragraph: a line pasted into a field is just typing.
bool hasParagraphs(const QMimeData *copy)
{
    if (!copy || copy->hasUrls() || !copy->hasText())
        return false;
    const QString text = copy->text();
    int paragraphs = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (!line.trimmed().isEmpty() && ++paragraphs > 1)
            return true;
    }
    return false;
}

} // namespace

PastedCopy::PastedCopy(ArticleEditor *editor, std::function<bool()> editable, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_editable(std::move(editable))
{
    editor->setCopyTaker([this](const QMimeData *copy) { return offer(copy); });
}

PastedCopy::~PastedCopy()
{
    if (m_editor)
        m_editor->setCopyTaker({});
}

bool PastedCopy::offer(const QMimeData *copy)
{
    if (!m_editor || !hasParagraphs(copy) || !m_editor->document()->article().isBlank()
        || !m_editable())
        return false;
    const QString source = tr("Pasted text");
    const auto read = ArticleFileReader::readCopy(
        copy->hasHtml() ? copy->html() : QString(), copy->text(), source);
    if (!read)
        return false; // No words to place: pasted as it is.
    ImportPreviewDialog preview({{source, read->report}}, m_editor);
    preview.setWindowTitle(tr("Structure of the Pasted Text"));
    preview.buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Use the Structure"));
    preview.buttons()->button(QDialogButtonBox::Cancel)->setText(tr("Paste as &Text"));
    const bool accepted = preview.exec() == QDialog::Accepted;
    if (!accepted || !m_editor->document()->article().isBlank())
        return false;
    const Article &open = m_editor->document()->article();
    Article article = read->article;
    article.uuid = open.uuid;
    article.owner = open.owner;
    article.status = open.status;
    article.wordTarget = open.wordTarget;
    if (article.language.isEmpty())
        article.language = open.language;
    m_editor->document()->replace(article, tr("Paste with Structure"));
    Q_EMIT structured(tr("The pasted text was placed as headline, lede and parts; Undo puts "
                         "the blank article back."),
        *read);
    return true;
}

} // namespace Copydesk
