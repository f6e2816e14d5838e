// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "searchresultsmodel.h"

#include <QtConcurrentRun>

namespace Copydesk {

struct SearchResultsModel::Outcome
{
    quint64 generation = 0;
    QList<SearchHit> hits;
    QString error; ///< Empty on success.
};

/// The worker thread's side: its store, opened there on first use. Only the pool's one thread
/// touches m_store.
class SearchResultsModel::Worker
{
public:
    explicit Worker(StoreOpener opener)
        : m_opener(std::move(opener))
    { }

    std::shared_ptr<Outcome> search(const SearchQuery &query, quint64 generation)
    {
        auto outcome = std::make_shared<Outcome>();
        outcome->generation = generation;
        if (!m_store) {
            auto opened = m_opener();
            if (!opened) {
                outcome->error = opened.error().message;
                return outcome;
            }
            m_store = std::move(opened).value();
        }
        auto hits = m_store->search(query);
        if (hits)
            outcome->hits = std::move(hits).value();
        else
            outcome->error = hits.error().message;
        return outcome;
    }

    void close() { m_store.reset(); }

private:
    StoreOpener m_opener;
    std::unique_ptr<ArticleStore> m_store;
};

SearchResultsModel::SearchResultsModel(ArticleStore *store, StoreOpener opener, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_rerunTimer.setSingleShot(true);
    m_rerunTimer.setInterval(0);
    connect(&m_rerunTimer, &QTimer::timeout, this, &SearchResultsModel::rerun);
    connect(m_store, &ArticleStore::articleChanged, &m_rerunTimer, qOverload<>(&QTimer::start));
    connect(m_store, &ArticleStore::articleRemoved, &m_rerunTimer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SearchResultsModel::finished);
    setStoreOpener(std::move(opener));
}

SearchResultsModel::~SearchResultsModel()
{
    m_watcher.disconnect(this);
    setStoreOpener({});
    m_pool.waitForDone();
}

void SearchResultsModel::setStoreOpener(StoreOpener opener)
{
    if (m_worker) {
        // The old store is closed on its own thread, after any search still running there.
        (void)QtConcurrent::run(&m_pool, [worker = m_worker] { worker->close(); });
    }
    m_worker = opener ? std::make_shared<Worker>(std::move(opener)) : nullptr;
}

void SearchResultsModel::setSearch(const SearchQuery &query)
{
    m_query = query;
    rerun();
}

void SearchResultsModel::clear()
{
    setSearch({});
}

SearchHit SearchResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row) : SearchHit {};
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.summary.headline.isEmpty() ? tr("Untitled") : hit.summary.headline;
    case Qt::ToolTipRole:
        return hit.summary.dek.isEmpty() ? QVariant() : QVariant(hit.summary.dek);
    case IdRole:
        return hit.summary.id;
    case SnippetRole:
        return hit.snippet;
    case StatusRole:
        return int(hit.summary.status);
    case RankRole:
        return hit.rank;
    }
    return {};
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(SnippetRole, "snippet");
    names.insert(StatusRole, "status");
    names.insert(RankRole, "rank");
    return names;
}

void SearchResultsModel::rerun()
{
    ++m_generation; // whatever is running now answers an older request
    run();
}

void SearchResultsModel::run()
{
    m_rerunTimer.stop();
    if (m_query.text.trimmed().isEmpty()) {
        m_rerunPending = false;
        show({}, {});
        return;
    }
    if (!m_worker) {
        auto result = m_store->search(m_query);
        if (result)
            show(std::move(result).value(), {});
        else
            show({}, result.error().message);
        return;
    }
    if (m_running) {
        m_rerunPending = true; // the newest request waits; any before it are forgotten
        return;
    }
    start();
}

void SearchResultsModel::start()
{
    m_rerunPending = false;
    m_running = true;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [worker = m_worker, query = m_query, generation = m_generation] {
            return worker->search(query, generation);
        }));
}

void SearchResultsModel::finished()
{
    m_running = false;
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    if (m_rerunPending) {
        m_rerunPending = false;
        run();
        return;
    }
    if (!outcome || outcome->generation != m_generation)
        return; // stale: a newer request was answered (or cleared) already
    show(std::move(outcome->hits), outcome->error);
}

void SearchResultsModel::show(QList<SearchHit> hits, const QString &error)
{
    m_lastError = error;
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    Q_EMIT searchFinished();
}

} // namespace Copydesk
