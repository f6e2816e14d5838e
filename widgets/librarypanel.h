// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "queues.h"
#include "searchresultsmodel.h"

#include <QTimer>
#include <QWidget>
#include <optional>

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
class ColumnFitter;
class LibraryModel;

/// The library browser: a search box (search as you type, searched off the GUI thread by
/// SearchResultsModel), status/author/category filters, a "show trash" toggle and the article
/// table (or the search hits while a search is typed). With a workflow, a view chooser above
/// restricts both to "Awaiting my review", "Changes requested", "Approved" or "Mine".
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

    /// `searchStore` opens the store the search worker uses (Library::reader()); without one,
    /// searches run on the GUI thread.
    explicit LibraryPanel(ArticleStore *store, SearchResultsModel::StoreOpener searchStore = {},
        QWidget *parent = nullptr);

    /// The article current in the visible list; 0 when none.
    qint64 currentArticle() const;
    /// Makes the article current in the table (leaving a search and the trash view as they are).
    /// Returns false when the article is not in the table with the current filters.
    bool selectArticle(qint64 id);

    bool showsTrash() const;
    void setShowTrash(bool show);
    /// Starts a search for `text` at once, as if typed and the delay had passed; the hits
    /// follow when found (SearchResultsModel::searchFinished()).
    void setSearchText(const QString &text);

    /// The library's queues and the person using the panel, for the workflow views. Null
    /// (the default) hides the view chooser and shows all articles. The queues are not owned
    /// and must outlive the panel (or be replaced with null first).
    void setWorkflow(Queues *workflow, const QString &person);
    /// The workflow view shown; nullopt for "All articles" (always without a workflow).
    std::optional<Queues::View> workflowView() const;
    /// Shows a workflow view, or all articles for nullopt. Ignored without a workflow.
    void setWorkflowView(std::optional<Queues::View> view);
    /// Re-reads the list, the search hits and the articles of the workflow view now. The panel
    /// also does this by itself (through the event loop) when the store reports a change.
    void refresh();
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
    /// The ids of the workflow view shown; nullopt when none is (all articles).
    std::optional<QList<qint64>> viewIds();
    void runSearch();
    void showBestHit();
    void updateActions();
    void updateFooter();
    void onCurrentChanged(const QModelIndex &current);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);

    ArticleStore *m_store;
    LibraryModel *m_libraryModel;
    SearchResultsModel *m_searchModel;
    QLineEdit *m_search;
    Queues *m_workflow = nullptr;
    QString m_person;
    QWidget *m_viewRow; ///< The view chooser and its label, shown with a workflow.
    QComboBox *m_viewChooser;
    QComboBox *m_statusFilter;
    QComboBox *m_authorFilter;
    QComboBox *m_categoryFilter;
    QToolButton *m_trashButton;
    QStackedWidget *m_stack;
    QTreeView *m_table;
    ColumnFitter *m_columns;
    QListView *m_results;
    QLabel *m_footer;
    QAction *m_newAction;
    QAction *m_duplicateAction;
    QAction *m_trashAction;
    QAction *m_restoreAction;
    QAction *m_showTrashAction;
    QTimer m_searchTimer;
    QTimer m_choicesTimer;
    QTimer m_viewTimer; ///< Refreshes the workflow view after the store reports a change.
    bool m_showBestHit = false; ///< Return was pressed: focus the best hit once found.
    qint64 m_currentId = 0; ///< The id last announced with articleActivated().
    qint64 m_restoreId = 0; ///< The table's current article across a model reset.
};

} // namespace Copydesk
