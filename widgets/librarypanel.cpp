// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "librarypanel.h"

#include "columnfitter.h"
#include "librarymodel.h"
#include "searchresultsmodel.h"
#include "snippetdelegate.h"
#include "statusbadgedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <utility>

namespace Copydesk {

namespace {

constexpr ArticleStatus allStatuses[]
    = {ArticleStatus::Draft, ArticleStatus::InReview, ArticleStatus::ChangesRequested,
        ArticleStatus::Approved, ArticleStatus::Published, ArticleStatus::Spiked};

/// The view chooser's entries after "All articles", in order.
constexpr Queues::View workflowViews[] = {Queues::View::AwaitingMyReview,
    Queues::View::ChangesRequested, Queues::View::Approved, Queues::View::Mine};

/// How far selectArticle() pages through the table looking for an article.
constexpr int MaxRowsFetchedToSelect = 5000;

QComboBox *filterCombo(const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    // Two to a row, sharing the panel's width: never wider than the panel, and wide enough
    // for "Alle Autoren" and most names.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

/// A label naming `combo`'s purpose: its buddy, so that a screen reader says what the box is
/// for (on Linux, Qt names a combo box by its current text and leaves the purpose to the label
/// relation). Created beside the combo box, as the relation wants.
QLabel *comboLabel(const QString &text, QComboBox *combo)
{
    auto *label = new QLabel(text, combo->parentWidget());
    label->setBuddy(combo);
    return label;
}

/// Refills a filter combo with "any" plus `values`, keeping the chosen value when it is still
/// offered. Returns true when the chosen value disappeared (the filter fell back to "any").
bool refill(QComboBox *combo, const QString &anyLabel, const QStringList &values)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyLabel, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(std::max(index, 0));
    return index < 0 && !chosen.isEmpty();
}

} // namespace

LibraryPanel::LibraryPanel(
    ArticleStore *store, SearchResultsModel::StoreOpener searchStore, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_libraryModel(new LibraryModel(store, this))
    , m_searchModel(new SearchResultsModel(store, std::move(searchStore), this))
{
    m_viewRow = new QWidget(this);
    m_viewChooser = filterCombo(tr("Library view"), m_viewRow);
    m_viewChooser->setToolTip(tr("Which articles the list shows"));
    m_viewChooser->addItem(tr("All articles"), -1);
    const QString viewNames[]
        = {tr("Awaiting my review"), tr("Changes requested"), tr("Approved"), tr("Mine")};
    for (std::size_t i = 0; i < std::size(workflowViews); ++i)
        m_viewChooser->addItem(viewNames[i], int(workflowViews[i]));
    auto *viewLayout = new QHBoxLayout(m_viewRow);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addWidget(comboLabel(tr("Show:"), m_viewChooser));
    viewLayout->addWidget(m_viewChooser, 1);
    m_viewRow->setVisible(false);
    connect(m_viewChooser, &QComboBox::currentIndexChanged, this, &LibraryPanel::applyFilters);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search articles…"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setClearButtonEnabled(true);

    auto *filterRow = new QWidget(this);
    buildFilterRow(filterRow);

    m_table = new QTreeView(this);
    m_table->setAccessibleName(tr("Articles"));
    m_table->setModel(m_libraryModel);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(
        LibraryModel::StatusColumn, new StatusBadgeDelegate(LibraryModel::StatusRole, m_table));
    QHeaderView *header = m_table->header();
    header->setAccessibleName(tr("Columns; click to sort"));
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(LibraryModel::ModifiedColumn, Qt::DescendingOrder);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->setMinimumSectionSize(3 * em);
    // Columns as wide as their content; a narrow panel drops them until it is a list of
    // headlines with their status (the tooltip still names authors, section and date).
    m_columns = new ColumnFitter(m_table, LibraryModel::HeadlineColumn, 12 * em);
    m_columns->setMaximumWidth(LibraryModel::AuthorsColumn, 14 * em);
    m_columns->setMaximumWidth(LibraryModel::CategoryColumn, 10 * em);
    m_columns->setOptionalColumns(
        {LibraryModel::CategoryColumn, LibraryModel::AuthorsColumn, LibraryModel::ModifiedColumn});

    m_results = new QListView(this);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_searchModel);
    m_results->setItemDelegate(new SnippetDelegate(SearchResultsModel::SnippetRole, m_results));
    m_results->setResizeMode(QListView::Adjust);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_results);

    m_footer = new QLabel(this);
    m_footer->setAccessibleName(tr("Article count"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    layout->addWidget(m_viewRow);
    layout->addWidget(m_search);
    layout->addWidget(filterRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_footer);

    m_newAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Article"), this);
    m_newAction->setShortcuts(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a new article"));
    m_duplicateAction
        = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Duplicate"), this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setStatusTip(tr("Copy the selected article into a new draft"));
    m_trashAction
        = new QAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("Move to &Trash"), this);
    // The platform's first Delete key only: X11's second one, Ctrl+D, is Duplicate here.
    m_trashAction->setShortcut(QKeySequence::Delete);
    m_trashAction->setStatusTip(tr("Move the selected article to the trash"));
    m_restoreAction = new QAction(
        QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Restore from Trash"), this);
    m_restoreAction->setStatusTip(tr("Return the selected article from the trash to the library"));
    for (QAction *action : articleActions()) {
        m_table->addAction(action);
        m_results->addAction(action);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_results->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_newAction, &QAction::triggered, this, &LibraryPanel::newArticleRequested);
    connect(m_duplicateAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentArticle())
            Q_EMIT duplicateRequested(id);
    });
    connect(m_trashAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentArticle())
            Q_EMIT trashRequested(id);
    });
    connect(m_restoreAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentArticle())
            Q_EMIT restoreRequested(id);
    });

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &LibraryPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_showBestHit = false;
        if (text.trimmed().isEmpty()) {
            m_searchTimer.stop();
            runSearch();
        } else {
            m_searchTimer.start();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const bool shown = !m_searchTimer.isActive() && !m_searchModel->isSearching()
            && m_stack->currentWidget() == m_results
            && m_searchModel->search().text == m_search->text().trimmed();
        if (shown) {
            showBestHit();
            return;
        }
        m_searchTimer.stop();
        runSearch();
        m_showBestHit = true;
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    for (QAbstractItemView *view :
        {static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_results)}) {
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            m_currentId = index.data(LibraryModel::IdRole).toLongLong();
            Q_EMIT articleActivated(m_currentId);
        });
    }
    static_assert(int(LibraryModel::IdRole) == int(SearchResultsModel::IdRole));

    connect(
        header, &QHeaderView::sortIndicatorChanged, this, &LibraryPanel::onSortIndicatorChanged);
    connect(m_libraryModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_restoreId = current.isValid() ? current.data(LibraryModel::IdRole).toLongLong() : 0;
    });
    connect(m_libraryModel, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_restoreId ? m_libraryModel->rowOf(m_restoreId) : -1;
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_libraryModel->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        updateActions();
    });
    connect(m_libraryModel, &LibraryModel::totalCountChanged, this, &LibraryPanel::updateFooter);
    connect(m_searchModel, &SearchResultsModel::searchFinished, this, [this] {
        updateFooter();
        if (std::exchange(m_showBestHit, false))
            showBestHit();
    });
    connect(m_libraryModel, &LibraryModel::errorOccurred, this, &LibraryPanel::errorOccurred);
    connect(m_searchModel, &SearchResultsModel::errorOccurred, this, &LibraryPanel::errorOccurred);

    m_choicesTimer.setSingleShot(true);
    m_choicesTimer.setInterval(300);
    connect(&m_choicesTimer, &QTimer::timeout, this, &LibraryPanel::reloadFilterChoices);
    connect(m_store, &ArticleStore::articleChanged, &m_choicesTimer, qOverload<>(&QTimer::start));
    connect(m_store, &ArticleStore::articleRemoved, &m_choicesTimer, qOverload<>(&QTimer::start));
    // Transitions change which articles a view holds; the model only re-reads its own rows.
    m_viewTimer.setSingleShot(true);
    m_viewTimer.setInterval(0);
    connect(&m_viewTimer, &QTimer::timeout, this, &LibraryPanel::refresh);
    for (auto signal : {&ArticleStore::articleChanged, &ArticleStore::articleRemoved}) {
        connect(m_store, signal, this, [this] {
            if (workflowView())
                m_viewTimer.start();
        });
    }

    setFocusProxy(m_search);
    reloadFilterChoices();
    updateActions();
    updateFooter();
}

void LibraryPanel::buildFilterRow(QWidget *row)
{
    m_statusFilter = filterCombo(tr("Status filter"), row);
    m_statusFilter->addItem(tr("Any status"), -1);
    for (ArticleStatus status : allStatuses)
        m_statusFilter->addItem(statusLabel(status), int(status));
    m_authorFilter = filterCombo(tr("Author filter"), row);
    m_categoryFilter = filterCombo(tr("Category filter"), row);

    m_showTrashAction
        = new QAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("Show T&rash"), this);
    m_showTrashAction->setCheckable(true);
    m_showTrashAction->setToolTip(tr("Show the articles in the trash instead of the library"));
    m_showTrashAction->setStatusTip(m_showTrashAction->toolTip());
    m_trashButton = new QToolButton(row);
    m_trashButton->setDefaultAction(m_showTrashAction);
    m_trashButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_trashButton->setAccessibleName(tr("Show trash"));

    // Two to a row, so that a narrow panel shows every filter whole, each under its label.
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(comboLabel(tr("Status"), m_statusFilter), 0, 0);
    layout->addWidget(comboLabel(tr("Author"), m_authorFilter), 0, 1);
    layout->addWidget(m_statusFilter, 1, 0);
    layout->addWidget(m_authorFilter, 1, 1);
    layout->addWidget(comboLabel(tr("Category"), m_categoryFilter), 2, 0);
    layout->addWidget(m_categoryFilter, 3, 0);
    layout->addWidget(m_trashButton, 3, 1);
    m_trashButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    for (QComboBox *combo : {m_statusFilter, m_authorFilter, m_categoryFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPanel::applyFilters);
    connect(m_showTrashAction, &QAction::toggled, this, &LibraryPanel::applyFilters);
}

qint64 LibraryPanel::currentArticle() const
{
    const auto *view = static_cast<QAbstractItemView *>(m_stack->currentWidget());
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.data(LibraryModel::IdRole).toLongLong() : 0;
}

bool LibraryPanel::selectArticle(qint64 id)
{
    m_search->clear();
    if (m_libraryModel->isRefreshPending())
        m_libraryModel->refresh();
    int row = m_libraryModel->rowOf(id);
    while (row < 0 && m_libraryModel->canFetchMore({})
        && m_libraryModel->rowCount() < MaxRowsFetchedToSelect) {
        m_libraryModel->fetchMore({});
        row = m_libraryModel->rowOf(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_libraryModel->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

bool LibraryPanel::showsTrash() const
{
    return m_showTrashAction->isChecked();
}

void LibraryPanel::setShowTrash(bool show)
{
    m_showTrashAction->setChecked(show);
}

void LibraryPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer.stop();
    runSearch();
}

void LibraryPanel::setWorkflow(Queues *workflow, const QString &person)
{
    m_workflow = workflow;
    m_person = person;
    m_viewRow->setVisible(workflow != nullptr);
    const QSignalBlocker blocker(m_viewChooser);
    if (!workflow)
        m_viewChooser->setCurrentIndex(0);
    applyFilters();
}

std::optional<Queues::View> LibraryPanel::workflowView() const
{
    const int view = m_viewChooser->currentData().toInt();
    if (!m_workflow || view < 0)
        return std::nullopt;
    return static_cast<Queues::View>(view);
}

void LibraryPanel::setWorkflowView(std::optional<Queues::View> view)
{
    if (!m_workflow)
        return;
    m_viewChooser->setCurrentIndex(std::max(m_viewChooser->findData(view ? int(*view) : -1), 0));
}

void LibraryPanel::refresh()
{
    m_viewTimer.stop();
    LibraryQuery query = m_libraryModel->query();
    const auto ids = viewIds();
    if (ids != query.ids) {
        query.ids = ids;
        m_libraryModel->updateQuery(query);
    } else {
        m_libraryModel->refresh();
    }
    if (m_stack->currentWidget() == m_results)
        runSearch();
    updateActions();
    updateFooter();
}

std::optional<QList<qint64>> LibraryPanel::viewIds()
{
    const auto view = workflowView();
    if (!view)
        return std::nullopt;
    auto ids = m_workflow->view(*view, m_person);
    if (!ids) {
        Q_EMIT errorOccurred(ids.error().message);
        return QList<qint64> {};
    }
    return std::move(ids).value();
}

void LibraryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray LibraryPanel::headerState() const
{
    return m_table->header()->saveState();
}

void LibraryPanel::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_table->header();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    m_columns->fit(); // the saved widths were for another panel width
    onSortIndicatorChanged(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

QList<QAction *> LibraryPanel::articleActions() const
{
    return {m_newAction, m_duplicateAction, m_trashAction, m_restoreAction};
}

void LibraryPanel::reloadFilterChoices()
{
    const auto authors = m_store->authors();
    const auto categories = m_store->categories();
    if (!authors || !categories) {
        Q_EMIT errorOccurred(!authors ? authors.error().message : categories.error().message);
        return;
    }
    const bool authorGone = refill(m_authorFilter, tr("Any author"), *authors);
    const bool categoryGone = refill(m_categoryFilter, tr("Any category"), *categories);
    if (authorGone || categoryGone)
        applyFilters();
}

void LibraryPanel::applyFilters()
{
    LibraryQuery query = m_libraryModel->query();
    const int status = m_statusFilter->currentData().toInt();
    query.statuses.clear();
    if (status >= 0)
        query.statuses.append(static_cast<ArticleStatus>(status));
    query.author = m_authorFilter->currentData().toString();
    query.category = m_categoryFilter->currentData().toString();
    query.trash = showsTrash();
    query.ids = viewIds();
    m_libraryModel->setQuery(query);
    if (m_stack->currentWidget() == m_results)
        runSearch();
    updateActions();
    updateFooter();
}

void LibraryPanel::runSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searchModel->clear();
        m_stack->setCurrentWidget(m_table);
    } else {
        SearchQuery query;
        query.text = text;
        query.filter = m_libraryModel->query();
        m_searchModel->setSearch(query);
        m_stack->setCurrentWidget(m_results);
    }
    updateActions();
    updateFooter();
}

void LibraryPanel::showBestHit()
{
    if (m_stack->currentWidget() != m_results || m_searchModel->rowCount() == 0)
        return;
    m_results->setFocus();
    m_results->setCurrentIndex(m_searchModel->index(0));
}

void LibraryPanel::updateActions()
{
    const bool current = currentArticle() != 0;
    const bool trash = showsTrash();
    m_duplicateAction->setEnabled(current && !trash);
    m_trashAction->setEnabled(current && !trash);
    m_restoreAction->setEnabled(current && trash);
}

void LibraryPanel::updateFooter()
{
    if (m_stack->currentWidget() == m_results) {
        const int hits = m_searchModel->rowCount();
        if (m_searchModel->isSearching())
            m_footer->setText(tr("Searching…"));
        else if (hits == 0)
            m_footer->setText(tr("No matches"));
        else if (hits < m_searchModel->search().limit)
            m_footer->setText(tr("Matches: %L1").arg(hits));
        else
            m_footer->setText(tr("The best %L1 matches").arg(hits));
    } else if (showsTrash()) {
        m_footer->setText(tr("In the trash: %L1").arg(m_libraryModel->totalCount()));
    } else {
        m_footer->setText(tr("Articles: %L1").arg(m_libraryModel->totalCount()));
    }
}

void LibraryPanel::onCurrentChanged(const QModelIndex &current)
{
    updateActions();
    if (!current.isValid())
        return;
    const qint64 id = current.data(LibraryModel::IdRole).toLongLong();
    if (id != m_currentId) {
        m_currentId = id;
        Q_EMIT articleActivated(id);
    }
}

void LibraryPanel::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (LibraryModel::sortKeyForColumn(column)) {
        m_libraryModel->sort(column, order);
        return;
    }
    // The store cannot sort by this column: put the indicator back on the real order.
    const LibraryQuery query = m_libraryModel->query();
    const QSignalBlocker blocker(m_table->header());
    m_table->header()->setSortIndicator(LibraryModel::columnForSortKey(query.sort), query.order);
}

} // namespace Copydesk
