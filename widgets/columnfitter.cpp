// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTimer>
#include <QTreeView>

namespace Copydesk {

namespace {

/// How many rows around the visible ones a content width is measured over.
constexpr int ContentRows = 200;

} // namespace

ColumnFitter::ColumnFitter(QTreeView *view, int stretchColumn, int minimumStretchWidth)
    : QObject(view)
    , m_view(view)
    , m_stretchColumn(stretchColumn)
    , m_minimumStretchWidth(minimumStretchWidth)
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideRight);
    header->setResizeContentsPrecision(ContentRows);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::scheduleFit);
    }
}

void ColumnFitter::setMaximumWidth(int column, int maximumWidth)
{
    m_maximumWidths.insert(column, maximumWidth);
    scheduleFit();
}

void ColumnFitter::setOptionalColumns(const QList<int> &hideFirst)
{
    m_optional = hideFirst;
    scheduleFit();
}

int ColumnFitter::naturalWidth(int column) const
{
    QHeaderView *header = m_view->header();
    // As QHeaderView measures a section (its own hint is 0 for a hidden one): the title with
    // the style's margins, and room for the sort arrow.
    QStyleOptionHeader option;
    option.initFrom(header);
    option.section = column;
    option.text = m_view->model()->headerData(column, Qt::Horizontal).toString();
    option.sortIndicator = QStyleOptionHeader::SortDown;
    QSize title = header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, {}, header);
    if (header->isSortIndicatorShown())
        title.rwidth() += title.height()
            + header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
    int width = title.width();
    // sizeHintForColumn() measures only the rows near the visible ones (the header's
    // resizeContentsPrecision()), so a library of 100,000 articles costs no more than a page.
    const QAbstractItemView *view = m_view; // QTreeView makes the override protected
    width = std::max(width, view->sizeHintForColumn(column));
    const auto maximum = m_maximumWidths.constFind(column);
    if (maximum != m_maximumWidths.cend())
        width = std::min(width, *maximum);
    return std::max(width, header->minimumSectionSize());
}

void ColumnFitter::fit()
{
    m_scheduled = false;
    QHeaderView *header = m_view->header();
    const int columns = header->count();
    if (columns == 0)
        return;
    int available = m_view->viewport()->width();
    // Keep room for the vertical scroll bar even while it is hidden, so that the layout does
    // not flip between two states as rows come and go.
    if (!m_view->verticalScrollBar()->isVisible())
        available -= m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);

    QList<int> widths(columns, 0);
    int needed = m_minimumStretchWidth;
    for (int column = 0; column < columns; ++column) {
        if (column == m_stretchColumn)
            continue;
        widths[column] = naturalWidth(column);
        needed += widths.at(column);
    }
    QList<bool> hidden(columns, false);
    for (int column : std::as_const(m_optional)) {
        if (needed <= available)
            break;
        if (column < 0 || column >= columns || column == m_stretchColumn)
            continue;
        hidden[column] = true;
        needed -= widths.at(column);
    }
    for (int column = 0; column < columns; ++column) {
        if (column == m_stretchColumn)
            continue;
        header->setSectionHidden(column, hidden.at(column));
        if (!hidden.at(column) && header->sectionSize(column) != widths.at(column))
            header->resizeSection(column, widths.at(column));
    }
    header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::scheduleFit()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &ColumnFitter::fit);
}

} // namespace Copydesk
