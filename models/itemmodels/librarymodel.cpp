// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "librarymodel.h"

#include "dateformat.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>
#include <algorithm>

namespace Copydesk {

LibraryModel::LibraryModel(ArticleStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &LibraryModel::refresh);
    connect(m_store, &ArticleStore::articleChanged, &m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_store, &ArticleStore::articleRemoved, &m_refreshTimer, qOverload<>(&QTimer::start));
    reload();
}

void LibraryModel::setQuery(const LibraryQuery &query)
{
    m_query = query;
    m_query.after.reset();
    m_query.offset = 0;
    m_query.limit = -1;
    reload();
}

void LibraryModel::updateQuery(const LibraryQuery &query)
{
    m_query = query;
    m_query.after.reset();
    m_query.offset = 0;
    m_query.limit = -1;
    refresh();
}

std::optional<SortKey> LibraryModel::sortKeyForColumn(int column)
{
    switch (column) {
    case HeadlineColumn:
        return SortKey::Headline;
    case StatusColumn:
        return SortKey::Status;
    case AuthorsColumn:
        return SortKey::Author;
    case CategoryColumn:
        return SortKey::Category;
    case ModifiedColumn:
        return SortKey::Modified;
    default:
        return std::nullopt;
    }
}

int LibraryModel::columnForSortKey(SortKey key)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortKeyForColumn(column) == key)
            return column;
    }
    return -1;
}

ArticleSummary LibraryModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ArticleSummary {};
}

int LibraryModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &article = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeadlineColumn: {
            const QString headline = article.headline.isEmpty() ? tr("Untitled") : article.headline;
            const auto holder = m_holders.constFind(article.id);
            return holder == m_holders.cend() ? headline
                                              : tr("%1 — editing: %2").arg(headline, holder->name);
        }
        case StatusColumn:
            return statusLabel(article.status);
        case AuthorsColumn:
            return QLocale().createSeparatedList(article.authors);
        case CategoryColumn:
            return article.category;
        case ModifiedColumn: {
            // Compact: the time for today's changes, the date for older ones.
            const QDateTime local = article.modified.toLocalTime();
            if (local.date() == QDate::currentDate())
                return QLocale().toString(local.time(), QLocale::ShortFormat);
            return DateFormat::toString(local.date());
        }
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (const auto holder = m_holders.constFind(article.id); holder != m_holders.cend())
            lines.append(Presence::describe(*holder));
        if (!article.dek.isEmpty())
            lines.append(article.dek);
        // What the columns say, for a panel too narrow to show them.
        QStringList facts;
        if (!article.authors.isEmpty())
            facts.append(QLocale().createSeparatedList(article.authors));
        if (!article.category.isEmpty())
            facts.append(article.category);
        facts.append(statusLabel(article.status));
        if (article.modified.isValid())
            facts.append(
                tr("changed %1").arg(DateFormat::toString(article.modified.toLocalTime())));
        lines.append(facts.join(QStringLiteral(" · ")));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case HolderRole:
        return m_holders.value(article.id).name;
    case IdRole:
        return article.id;
    case StatusRole:
        return int(article.status);
    case TrashedRole:
        return article.trashed;
    case ModifiedRole:
        return article.modified;
    }
    return {};
}

void LibraryModel::setPresence(Presence *presence)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_presenceConnections))
        disconnect(connection);
    m_presenceConnections.clear();
    m_holderTimer.stop();
    m_presence = presence;
    if (!m_presence) {
        const QList<qint64> shown = m_holders.keys();
        m_holders.clear();
        for (qint64 id : shown) {
            if (const int row = rowOf(id); row >= 0)
                Q_EMIT dataChanged(index(row, HeadlineColumn), index(row, HeadlineColumn));
        }
        return;
    }
    m_presenceConnections = {
        connect(m_presence, &Presence::presenceChanged, this,
            [this](qint64 id) {
                if (m_rowOf.contains(id))
                    updateHolders({id});
            }),
        connect(&m_holderTimer, &QTimer::timeout, this, [this] { updateHolders(fetchedIds()); }),
        connect(
            this, &QAbstractItemModel::modelReset, this, [this] { updateHolders(fetchedIds()); }),
        connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                QList<qint64> ids;
                for (int row = first; row <= last; ++row)
                    ids.append(m_rows.at(row).id);
                updateHolders(ids);
            }),
    };
    m_holderTimer.setInterval(m_presence->heartbeatInterval());
    m_holderTimer.start();
    updateHolders(fetchedIds());
}

QList<qint64> LibraryModel::fetchedIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const ArticleSummary &article : m_rows)
        ids.append(article.id);
    return ids;
}

void LibraryModel::updateHolders(const QList<qint64> &ids)
{
    if (!m_presence || ids.isEmpty())
        return;
    const Result<QHash<qint64, ArticleHolder>> found = m_presence->holders(ids);
    if (!found)
        return; // The server is unreachable: the markers stay until the next heartbeat.
    for (qint64 id : ids) {
        const auto now = found->constFind(id);
        const auto before = m_holders.constFind(id);
        const bool held = now != found->cend();
        const bool was = before != m_holders.cend();
        if (held == was && (!held || (now->name == before->name && now->since == before->since)))
            continue;
        if (held)
            m_holders.insert(id, *now);
        else
            m_holders.remove(id);
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row, HeadlineColumn), index(row, HeadlineColumn));
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case StatusColumn:
        return tr("Status");
    case AuthorsColumn:
        return tr("Authors");
    case CategoryColumn:
        return tr("Category");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_updating && m_read < m_total;
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views and testers may call back into canFetchMore()/fetchMore() from the row signals.
    const QScopedValueRollback<bool> updating(m_updating, true);
    const auto page = read(m_lastRead, int(std::min<qint64>(PageSize, m_total - m_read)));
    if (!page || page->isEmpty()) {
        // The library shrank behind our back (or failed): stop asking until the next refresh.
        m_read = m_total;
        return;
    }
    readUpTo(*page, false);
    QList<ArticleSummary> fresh;
    for (const ArticleSummary &article : *page) {
        if (!m_rowOf.contains(article.id))
            fresh.append(article);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    rebuildRowIndex();
    endInsertRows();
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyForColumn(column);
    if (!key || (m_query.sort == *key && m_query.order == order))
        return;
    m_query.sort = *key;
    m_query.order = order;
    reload();
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(StatusRole, "status");
    names.insert(TrashedRole, "trashed");
    names.insert(ModifiedRole, "modified");
    names.insert(HolderRole, "holder");
    return names;
}

std::optional<QList<ArticleSummary>> LibraryModel::read(
    const std::optional<ArticleSummary> &after, int limit)
{
    LibraryQuery query = m_query;
    query.after = after;
    query.limit = limit;
    auto rows = m_store->list(query);
    if (!rows) {
        fail(rows.error().message);
        return std::nullopt;
    }
    m_lastError.clear();
    return std::move(rows).value();
}

void LibraryModel::reload()
{
    m_refreshTimer.stop();
    const QScopedValueRollback<bool> updating(m_updating, true);
    beginResetModel();
    m_rows.clear();
    readUpTo({}, true);
    const auto total = m_store->count(m_query);
    if (total) {
        m_total = *total;
        if (const auto page = read(std::nullopt, PageSize)) {
            m_rows = *page;
            readUpTo(*page, true);
        }
    } else {
        m_total = 0;
        fail(total.error().message);
    }
    rebuildRowIndex();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

void LibraryModel::refresh()
{
    m_refreshTimer.stop();
    const auto total = m_store->count(m_query);
    if (!total) {
        fail(total.error().message);
        return;
    }
    const auto rows = read(std::nullopt, int(std::max<qsizetype>(m_rows.size(), PageSize)));
    if (!rows)
        return;
    const qint64 previousTotal = m_total;
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        m_total = *total;
        readUpTo(*rows, true);
        applyRows(*rows);
    }
    if (m_total != previousTotal)
        Q_EMIT totalCountChanged(m_total);
}

// Turns the fetched rows into `rows` in three steps views can follow: remove the articles that
// left, append the ones that arrived, then reorder with a layout change that moves persistent
// indexes with their articles.
void LibraryModel::applyRows(const QList<ArticleSummary> &rows)
{
    QHash<qint64, int> target;
    for (int i = 0; i < rows.size(); ++i)
        target.insert(rows.at(i).id, i);

    QList<bool> keep(m_rows.size());
    QSet<qint64> kept;
    for (int i = 0; i < m_rows.size(); ++i) {
        const qint64 id = m_rows.at(i).id;
        keep[i] = target.contains(id) && !kept.contains(id);
        kept.insert(id);
    }
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (keep.at(last)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.at(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        rebuildRowIndex();
        endRemoveRows();
        last = first - 1;
    }

    QList<ArticleSummary> arrived;
    for (const ArticleSummary &article : rows) {
        if (!kept.contains(article.id))
            arrived.append(article);
    }
    if (!arrived.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + arrived.size() - 1));
        m_rows.append(arrived);
        rebuildRowIndex();
        endInsertRows();
    }

    const bool sameOrder = std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin(), rows.cend(),
        [](const ArticleSummary &a, const ArticleSummary &b) { return a.id == b.id; });
    if (!sameOrder) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            const int row = target.value(m_rows.at(index.row()).id, -1);
            to.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
        }
        m_rows = rows;
        changePersistentIndexList(from, to);
        rebuildRowIndex();
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_rows = rows;
        rebuildRowIndex();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void LibraryModel::readUpTo(const QList<ArticleSummary> &rows, bool first)
{
    m_read = (first ? 0 : m_read) + rows.size();
    if (!rows.isEmpty())
        m_lastRead = rows.last();
    else if (first)
        m_lastRead.reset();
}

void LibraryModel::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void LibraryModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

} // namespace Copydesk
