#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Copydesk {

class ArticleStore;
class LibraryModel;
class SearchResultsModel;

/// The library browser: a search box (search as you type), status/author/category filters, a
/// "show trash" toggle and the article table (or the search hits while a search is typed).
///
/// The panel only shows and selects; everything that changes the library is requested through
/// signals that the window carries out (newArticleRequested(), duplicateRequested()…). The store
/// is not owned and must outlive the panel.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    /// How long typing must pause before the search runs.
    static constexpr int SearchDelayMs = 150;

    explicit LibraryPanel(ArticleStore *store, QWidget *parent = nullptr);

    /// The article current in the visible list; 0 when none.
    qint64 currentArticle() const;
    /// Makes the article current in the table (leaving a search and the trash view as they are).
    /// Returns false when the article is not in the table with the current filters.
    bool selectArticle(qint64 id);

    bool showsTrash() const;
    void setShowTrash(bool show);
    /// Starts a search for `text` at once, as if typed and the delay had passed.
    void setSearchText(const QString &text);
    void focusSearch();

    /// QHeaderView state of the table (column widths and sort), for Settings.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    /// New, Duplicate, Move to Trash, Restore from Trash: for the window's Edit menu. They
    /// emit the request signals below and are enabled as the selection allows.
    QList<QAction *> articleActions() const;
    /// The checkable "Show Trash" action, for the window's View menu.
    QAction *showTrashAction() const { return m_showTrashAction; }

    LibraryModel *libraryModel() const { return m_libraryModel; }
    SearchResultsModel *searchModel() const { return m_searchModel; }

Q_SIGNALS:
    /// The user made an article current (clicked, moved to, or activated it in either list).
    void articleActivated(qint64 id);
    void newArticleRequested();
    void duplicateRequested(qint64 id);
    void trashRequested(qint64 id);
    void restoreRequested(qint64 id);
    /// A store error while listing or searching; a sentence for the user.
    void errorOccurred(const QString &message);

private:
    void buildFilterRow(QWidget *row);
    void reloadFilterChoices();
    void applyFilters();
    void runSearch();
    void updateActions();
    void updateFooter();
    void onCurrentChanged(const QModelIndex &current);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);

    ArticleStore *m_store;
    LibraryModel *m_libraryModel;
    SearchResultsModel *m_searchModel;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_authorFilter;
    QComboBox *m_categoryFilter;
    QToolButton *m_trashButton;
    QStackedWidget *m_stack;
    QTreeView *m_table;
    QListView *m_results;
    QLabel *m_footer;
    QAction *m_newAction;
    QAction *m_duplicateAction;
    QAction *m_trashAction;
    QAction *m_restoreAction;
    QAction *m_showTrashAction;
    QTimer m_searchTimer;
    QTimer m_choicesTimer;
    qint64 m_currentId = 0; ///< The id last announced with articleActivated().
    qint64 m_restoreId = 0; ///< The table's current article across a model reset.
};

} // namespace Copydesk
