// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace Copydesk {

/// Paints a search hit as two blocks: the headline (Qt::DisplayRole) in bold, and the snippet
/// from `snippetRole` with the matched terms in bold. The snippet is plain text with
/// SnippetOpen/SnippetClose markers; nothing in it is interpreted as markup.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SnippetDelegate(int snippetRole, QObject *parent = nullptr);

    /// HTML for a marked snippet: the text escaped, the marked terms in <b>…</b>. Unbalanced
    /// markers are closed at the end.
    static QString snippetToHtml(const QString &snippet);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layout(QTextDocument &document, const QStyleOptionViewItem &option,
        const QModelIndex &index, int width) const;

    int m_snippetRole;
};

} // namespace Copydesk
