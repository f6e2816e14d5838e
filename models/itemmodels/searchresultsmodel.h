#pragma once

#include "articlestore.h"

#include <QAbstractListModel>
#include <QTimer>

namespace Copydesk {

/// Full-text search results as a list, best hit first, for search-as-you-type.
///
/// setSearch() runs the search at once (callers debounce typing). An empty or blank text is not
/// an error: it clears the results. The model re-runs the current search when the store reports
/// a change (coalesced through the event loop), so trashed articles leave and edited ones move.
/// Store errors leave the model empty and are reported through errorOccurred().
///
/// The store is not owned and must outlive the model. GUI thread only.
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

    explicit SearchResultsModel(ArticleStore *store, QObject *parent = nullptr);

    /// Shows the hits for `query`; query.text empty or blank clears the results.
    void setSearch(const SearchQuery &query);
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
    void run();

    ArticleStore *m_store;
    SearchQuery m_query;
    QList<SearchHit> m_hits;
    QString m_lastError;
    QTimer m_rerunTimer;
};

} // namespace Copydesk
