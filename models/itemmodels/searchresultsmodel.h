// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <memory>

namespace Copydesk {

/// Full-text search results as a list, best hit first, for search-as-you-type.
///
/// setSearch() starts the search at once (callers debounce typing) on a worker thread that has
/// its own store on the same library (see setStoreOpener()); the results replace the shown ones
/// when they arrive, followed by searchFinished(). Requests coalesce: while a search runs, only
/// the newest request waits, and a result for anything but the newest request is dropped, so an
/// older query's hits never replace a newer one's. An empty or blank text is not an error: it
/// clears the results at once. The model re-runs the current search when the store reports a
/// change (coalesced through the event loop), so trashed articles leave and edited ones move.
/// Store errors leave the model empty and are reported through errorOccurred().
///
/// The store is not owned and must outlive the model. GUI thread only; destroying the model
/// waits for a running search to finish.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< qint64, the article's row id in the store.
        /// QString: plain text with SnippetOpen/SnippetClose around matched terms.
        SnippetRole,
        StatusRole, ///< ArticleStatus as int.
        RankRole, ///< double, the store's rank (lower is better).
    };

    /// Opens the store a worker thread searches: called once, on that thread, which alone uses
    /// (and destroys) what it returns.
    using StoreOpener = std::function<Result<std::unique_ptr<ArticleStore>>()>;

    /// Searches run on a worker thread with the store `opener` opens (Library::reader()), or on
    /// the GUI thread without one (see setStoreOpener()).
    explicit SearchResultsModel(
        ArticleStore *store, StoreOpener opener = {}, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    /// Searches from now on run on a worker thread with the store `opener` opens; a null opener
    /// searches `store` on the GUI thread. A search running when this is called still reports.
    void setStoreOpener(StoreOpener opener);

    /// Shows the hits for `query` once found; query.text empty or blank clears the results.
    void setSearch(const SearchQuery &query);
    /// True from setSearch() (or a re-run) until its results are shown.
    bool isSearching() const { return m_running || m_rerunPending; }
    SearchQuery search() const { return m_query; }
    void clear();

    /// The hit shown in `row`; a default SearchHit (summary.id 0) for rows out of range.
    SearchHit hit(int row) const;

    /// The message of the last store error; empty when the last search succeeded.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole is the headline, ToolTipRole the dek.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// Emitted after every search, successful or not (results may be empty).
    void searchFinished();

private:
    struct Outcome;
    class Worker;

    void rerun();
    void run();
    void start();
    void finished();
    void show(QList<SearchHit> hits, const QString &error);

    ArticleStore *m_store;
    std::shared_ptr<Worker> m_worker; ///< Null: search on the GUI thread.
    QThreadPool m_pool; ///< One thread that never expires, so the worker's store stays on it.
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    quint64 m_generation = 0; ///< Counts requests; only the newest one's result is shown.
    bool m_running = false;
    bool m_rerunPending = false;
    SearchQuery m_query;
    QList<SearchHit> m_hits;
    QString m_lastError;
    QTimer m_rerunTimer;
};

} // namespace Copydesk
