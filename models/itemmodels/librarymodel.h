// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "presence.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace Copydesk {

/// The library as a table for views: one row per article matching a LibraryQuery.
///
/// Filtering and sorting happen in the store (SQL), never in the model. Rows are fetched
/// lazily in pages of PageSize: the first page when the query is set, the next ones when a
/// view calls fetchMore() (views do that while scrolling), so a library of 100,000 articles
/// costs a COUNT and one page to show. A next page continues after the last row read
/// (LibraryQuery::after), so it costs the same far down the list as near its top.
/// totalCount() tells how many articles match.
///
/// The model follows the store: articleChanged()/articleRemoved() schedule a refresh (coalesced,
/// run from the event loop) that re-reads as many rows as were fetched and turns the difference
/// into row removals, insertions and a layout change, so selections and persistent indexes
/// follow their articles. Store errors leave the model empty and are reported through
/// errorOccurred().
///
/// The store is not owned and must outlive the model. GUI thread only (like the store).
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        HeadlineColumn,
        StatusColumn,
        AuthorsColumn,
        CategoryColumn,
        ModifiedColumn
    };
    static constexpr int ColumnCount = ModifiedColumn + 1;
    static constexpr int PageSize = 200;

    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< qint64, the article's row id in the store.
        StatusRole, ///< ArticleStatus as int.
        TrashedRole, ///< bool.
        ModifiedRole, ///< QDateTime (UTC), for sorting or formatting elsewhere.
        HolderRole, ///< QString: who else is editing the article (setPresence()); empty if nobody.
    };

    explicit LibraryModel(ArticleStore *store, QObject *parent = nullptr);

    /// Shows the articles matching `query`. Its after, offset and limit are ignored (the model
    /// pages); its sort and order are what sort() sets. Resets the model.
    void setQuery(const LibraryQuery &query);
    LibraryQuery query() const { return m_query; }
    /// Like setQuery(), but turns the difference into row removals, insertions and moves like
    /// refresh() instead of resetting, so selections follow their articles (for a query that
    /// changes a little, e.g. the ids of a workflow view after a transition).
    void updateQuery(const LibraryQuery &query);

    /// Shows who else is editing the listed articles: the headline gets an "editing: Rita"
    /// marker and its tooltip says since when. Follows presenceChanged() and asks again every
    /// heartbeat (a lapsed lease is not announced). `presence` is not owned and must outlive
    /// the model, or be unset (nullptr) first.
    void setPresence(Presence *presence);

    /// How many articles match the query, fetched or not.
    qint64 totalCount() const { return m_total; }

    /// The store's sort key for a column; nullopt for columns the store cannot sort by (those
    /// keep the current order when sort() is asked to sort by them).
    static std::optional<SortKey> sortKeyForColumn(int column);
    /// The column showing a sort key; -1 when no column shows it.
    static int columnForSortKey(SortKey key);

    /// DisplayRole: the headline ("Untitled" when empty), the translated status label, the
    /// byline names as a list, the category, and the modification time (today) or date
    /// (earlier, as DateFormat shows dates). ToolTipRole: the dek, then what the columns say.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The summary shown in `row`; a default ArticleSummary (id 0) for rows out of range.
    ArticleSummary summary(int row) const;
    /// The row of the article with `id` among the fetched rows; -1 when not fetched (or absent).
    int rowOf(qint64 id) const;

    /// Re-reads the fetched rows now instead of waiting for the scheduled refresh.
    void refresh();
    bool isRefreshPending() const { return m_refreshTimer.isActive(); }

    /// The message of the last store error; empty when the last query succeeded.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// Emitted after a refresh or a new query changed totalCount().
    void totalCountChanged(qint64 count);

private:
    /// Reads `limit` rows after `after` (from the start if nullopt); nullopt (and
    /// errorOccurred) on failure.
    std::optional<QList<ArticleSummary>> read(
        const std::optional<ArticleSummary> &after, int limit);
    /// Notes where the next page starts: after the last of `rows`, the rows read last, which
    /// continue the rows read so far. Resets the count read when `first`.
    void readUpTo(const QList<ArticleSummary> &rows, bool first);
    void reload();
    void applyRows(const QList<ArticleSummary> &rows);
    void rebuildRowIndex();
    void fail(const QString &message);
    /// Asks the presence who holds the articles with `ids` and updates the rows that changed.
    void updateHolders(const QList<qint64> &ids);
    QList<qint64> fetchedIds() const;

    ArticleStore *m_store;
    LibraryQuery m_query;
    QList<ArticleSummary> m_rows;
    QHash<qint64, int> m_rowOf;
    qint64 m_total = 0;
    qint64 m_read = 0; ///< How many rows of the store's listing were read.
    std::optional<ArticleSummary> m_lastRead; ///< The next page starts after it.
    bool m_updating = false; ///< No fetchMore() while a refresh rearranges rows.
    QString m_lastError;
    QTimer m_refreshTimer;
    QPointer<Presence> m_presence;
    QHash<qint64, ArticleHolder> m_holders; ///< Fetched articles someone else is editing.
    QTimer m_holderTimer;
    QList<QMetaObject::Connection> m_presenceConnections;
};

} // namespace Copydesk
