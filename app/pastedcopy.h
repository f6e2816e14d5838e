// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "structurerecogniser.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>

class QMimeData;

namespace Copydesk {

class ArticleEditor;

/// Copy pasted or dropped onto a blank article gets the structure a reader sees in it.
///
/// The copy taker of an ArticleEditor (ArticleEditor::setCopyTaker()): when the open article
/// is blank (Article::isBlank()) and the writer pastes (shortcut or context menu) or drops text
/// of more than one paragraph into any field, the copy is read as an import would read it
/// (ArticleFileReader::readCopy(): HTML when the copy has it, else plain text), and the
/// ImportPreviewDialog shows what was recognised. OK puts the recognised article into the
/// document as one undo step (keeping the article's identity, owner and status); Cancel lets the
/// paste or drop go on as plain text into the field, as it would without this. One line of
/// text, an article with text in it, a read-only article or copy without words are pasted as
/// they are, without a question.
class PastedCopy : public QObject
{
    Q_OBJECT
public:
    /// Becomes `editor`'s copy taker; the editor must outlive this object. `editable` says
    /// whether the article open in the editor's document may be changed now.
    PastedCopy(ArticleEditor *editor, std::function<bool()> editable, QObject *parent);
    ~PastedCopy() override;

    /// Offers the structure of `copy` (see above); true when the article took it, false when
    /// the field should insert it as it is.
    bool offer(const QMimeData *copy);

Q_SIGNALS:
    /// The article got the structure of pasted copy; `message` says so for a status bar.
    /// `copy` is what was read, with the masthead (MastheadProfile) the article leaves out.
    void structured(const QString &message, const Copydesk::ImportResult &copy);

private:
    QPointer<ArticleEditor> m_editor;
    std::function<bool()> m_editable;
};

} // namespace Copydesk
