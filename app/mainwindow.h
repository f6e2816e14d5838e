#pragma once

#include "articlestore.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QSplitter;

namespace Copydesk {

class ArticleView;
class LibraryPanel;
class Settings;

/// The Copydesk window: the library panel beside the article, the menus, and the few actions
/// that change the library (new, duplicate, trash, restore, import). It wires objects together;
/// rules live in the models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Shows the library in `store` (owned by the window). `settings` is not owned and must
    /// outlive the window; `author` is the name recorded on the revisions the window saves.
    MainWindow(std::unique_ptr<ArticleStore> store, Settings *settings, const QString &author,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    ArticleStore *store() const { return m_store.get(); }
    LibraryPanel *libraryPanel() const { return m_panel; }
    ArticleView *articleView() const { return m_view; }
    /// The id of the article shown; 0 when none.
    qint64 shownArticle() const { return m_shownId; }

    /// Loads and shows the article; reports a store error in the status bar.
    void showArticle(qint64 id);
    /// On an empty library that was never offered it, asks whether to add the sample article.
    void offerSampleArticle();
    /// Adds the sample article bundled with Copydesk and selects it. Returns its id.
    Result<qint64> addSampleArticle();
    /// Imports JSON and Markdown (*.md, *.markdown) files, all or nothing, and selects the first.
    /// Returns the new ids; the error names the file that failed.
    Result<QList<qint64>> importFiles(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void newArticle();
    void duplicateArticle(qint64 id);
    void trashArticle(qint64 id);
    void restoreArticle(qint64 id);
    void chooseFilesToImport();
    void about();
    void reportError(const QString &action, const Error &error);
    void updateStatus(const Article &article);
    SaveOptions saveOptions(const QString &note) const;

    std::unique_ptr<ArticleStore> m_store;
    Settings *m_settings;
    QString m_author;
    LibraryPanel *m_panel;
    ArticleView *m_view;
    QSplitter *m_splitter;
    QLabel *m_wordCount;
    qint64 m_shownId = 0;
};

} // namespace Copydesk
