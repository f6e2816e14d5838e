#include "searchresultsmodel.h"

namespace Copydesk {

SearchResultsModel::SearchResultsModel(ArticleStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    m_rerunTimer.setSingleShot(true);
    m_rerunTimer.setInterval(0);
    connect(&m_rerunTimer, &QTimer::timeout, this, &SearchResultsModel::run);
    connect(m_store, &ArticleStore::articleChanged, &m_rerunTimer, qOverload<>(&QTimer::start));
    connect(m_store, &ArticleStore::articleRemoved, &m_rerunTimer, qOverload<>(&QTimer::start));
}

void SearchResultsModel::setSearch(const SearchQuery &query)
{
    m_query = query;
    run();
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

void SearchResultsModel::run()
{
    m_rerunTimer.stop();
    QList<SearchHit> hits;
    if (!m_query.text.trimmed().isEmpty()) {
        auto result = m_store->search(m_query);
        if (result) {
            hits = std::move(result).value();
            m_lastError.clear();
        } else {
            m_lastError = result.error().message;
            Q_EMIT errorOccurred(m_lastError);
        }
    } else {
        m_lastError.clear();
    }
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
    Q_EMIT searchFinished();
}

} // namespace Copydesk
