// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "snippetdelegate.h"

#include "articlestore.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <cmath>

namespace Copydesk {

namespace {

constexpr int Margin = 6;

int availableWidth(const QStyleOptionViewItem &option)
{
    if (option.rect.width() > 0)
        return option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return 400;
}

} // namespace

SnippetDelegate::SnippetDelegate(int snippetRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_snippetRole(snippetRole)
{ }

QString SnippetDelegate::snippetToHtml(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    bool open = false;
    qsizetype start = 0;
    const auto flush = [&](qsizetype end) {
        html += snippet.mid(start, end - start).toHtmlEscaped();
    };
    for (qsizetype i = 0; i < snippet.size(); ++i) {
        const QChar c = snippet.at(i);
        if (c != SnippetOpen && c != SnippetClose)
            continue;
        flush(i);
        start = i + 1;
        if (c == SnippetOpen && !open)
            html += QLatin1String("<b>");
        else if (c == SnippetClose && open)
            html += QLatin1String("</b>");
        else
            continue;
        open = !open;
    }
    flush(snippet.size());
    if (open)
        html += QLatin1String("</b>");
    return html;
}

void SnippetDelegate::layout(QTextDocument &document, const QStyleOptionViewItem &option,
    const QModelIndex &index, int width) const
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    const QString snippet = index.data(m_snippetRole).toString();
    QString html = QLatin1String("<div><b>")
        + index.data(Qt::DisplayRole).toString().toHtmlEscaped() + QLatin1String("</b></div>");
    if (!snippet.isEmpty())
        html += QLatin1String("<div style=\"margin-top: 2px\">") + snippetToHtml(snippet)
            + QLatin1String("</div>");
    document.setHtml(html);
    document.setTextWidth(std::max(50, width - 2 * Margin));
}

void SnippetDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    layout(document, opt, index, opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(Margin, Margin));
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size() - QSize(2 * Margin, 2 * Margin)));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = availableWidth(opt);
    QTextDocument document;
    layout(document, opt, index, width);
    return QSize(width, int(std::ceil(document.size().height())) + 2 * Margin);
}

} // namespace Copydesk
