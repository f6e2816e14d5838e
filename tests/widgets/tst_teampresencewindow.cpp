// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The window on a team library when someone else has the article open: read-only with a notice
// naming them, editable once they leave, and read-only again with the note when an editor takes
// the article over.
#include "articlesession.h"
#include "backendlibrary.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "paragraphlineedit.h"
#include "presence.h"
#include "settings.h"
#include "takeoverbar.h"
#include "windowtesting.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// Who else is editing article `id`, as the window's library list shows it.
QString listedHolder(MainWindow *window, qint64 id)
{
    LibraryModel *model = window->libraryPanel()->libraryModel();
    const int row = model->rowOf(id);
    return row < 0
        ? u"(not listed)"_s
        : model->index(row, LibraryModel::HeadlineColumn).data(LibraryModel::HolderRole).toString();
}

QLabel *readOnlyNotice(MainWindow *window)
{
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleName() == QLatin1String("Read-only notice"))
            return label;
    }
    return nullptr;
}

} // namespace

class tst_TeamPresenceWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!BackendLibrary::isPostgres())
            QSKIP("a team library test: runs as tst_teampresencewindow_postgres");
        if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void init()
    {
        m_team = std::make_unique<BackendLibrary>();
        QVERIFY2(m_team->isValid(), qPrintable(m_team->error()));
        QVERIFY2(m_team->addPeople({{u"ada"_s, Role::Admin, u"Ada Admin"_s},
                     {u"rita"_s, Role::Reporter, u"Rita Reyes"_s},
                     {u"ed"_s, Role::Editor, u"Ed Eder"_s}}),
            qPrintable(m_team->error()));
        Article draft;
        draft.headline = u"Harbour vote"_s;
        const Result<qint64> id
            = m_team->as(u"rita"_s)->articles()->create(draft, {u"rita"_s, {}, true});
        QVERIFY(id);
        m_id = *id;
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"copydeskrc"_s), nullptr);
    }

    void cleanup()
    {
        m_settings.reset();
        m_team.reset();
    }

    void heldArticleOpensReadOnlyUntilItsHolderLeaves()
    {
        Presence *rita = m_team->as(u"rita"_s)->presence();
        QVERIFY(rita->claim(m_id)->here);
        auto window = startedWindow(m_team->as(u"ed"_s)->location(), m_settings.get(), u"ed"_s);
        window->showArticle(m_id);
        QVERIFY(window->session()->isReadOnly());
        QVERIFY(!headlineEdit(window.get())->isEnabled());
        QLabel *notice = readOnlyNotice(window.get());
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(u"Rita Reyes is editing this article, since"_s),
            qPrintable(notice->text()));
        TakeOverBar *bar = window->findChild<TakeOverBar *>();
        QVERIFY(bar && bar->isVisible()); // Ed is an editor
        QTRY_COMPARE(listedHolder(window.get(), m_id), u"Rita Reyes"_s);
        LibraryModel *model = window->libraryPanel()->libraryModel();
        const QModelIndex headline = model->index(model->rowOf(m_id), LibraryModel::HeadlineColumn);
        QCOMPARE(headline.data().toString(), u"Harbour vote — editing: Rita Reyes"_s);
        QVERIFY(headline.data(Qt::ToolTipRole).toString().contains(u"Rita Reyes is editing"_s));

        // Rita closes her window: Ed's becomes editable within moments.
        QVERIFY(rita->release(m_id));
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isReadOnly(), 5000);
        QVERIFY(headlineEdit(window.get())->isEnabled());
        QVERIFY(!bar->isVisible());
        QTRY_COMPARE(listedHolder(window.get(), m_id), QString()); // Ed's own claim is no marker
        QVERIFY(!rita->claim(m_id)->here);
    }

    // Rita's connection drops without a release: Ed's window, waiting for the article, becomes
    // editable within moments, long before its next heartbeat (10 s).
    void droppedHolderFreesTheArticleWithinMoments()
    {
        Presence *rita = m_team->as(u"rita"_s)->presence();
        QVERIFY(rita->claim(m_id)->here);
        auto window = startedWindow(m_team->as(u"ed"_s)->location(), m_settings.get(), u"ed"_s);
        window->showArticle(m_id);
        QVERIFY(window->session()->isReadOnly());
        const QString database = m_team->raw(u"SELECT current_database()"_s).toString();
        QCOMPARE(m_team
                     ->rawOnServer(u"SELECT count(pg_terminate_backend(pid)) FROM "
                                   "pg_stat_activity WHERE usename = 'rita' AND datname = "
                                   "'%1'"_s.arg(database))
                     .toInt(),
            1);
        // The window's heartbeat comes 10 s after it started: this is the announcement.
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->isReadOnly(), 5000);
        QVERIFY(headlineEdit(window.get())->isEnabled());
        QTRY_COMPARE(listedHolder(window.get(), m_id), QString());
    }

    void takenOverArticleTurnsReadOnlyWithTheNote()
    {
        auto window = startedWindow(m_team->as(u"rita"_s)->location(), m_settings.get(), u"rita"_s);
        window->showArticle(m_id);
        QVERIFY(!window->session()->isReadOnly());

        const Result<ArticleHolder> taken
            = m_team->as(u"ed"_s)->presence()->takeOver(m_id, u"Breaking news, I finish it"_s);
        QVERIFY(taken && taken->here);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->isReadOnly(), 5000);
        QLabel *notice = readOnlyNotice(window.get());
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(u"Ed Eder took over this article at"_s),
            qPrintable(notice->text()));
        QVERIFY2(
            notice->text().contains(u"Breaking news, I finish it"_s), qPrintable(notice->text()));
        QVERIFY(!window->findChild<TakeOverBar *>()->isVisible()); // Rita is a reporter
        QTRY_COMPARE(listedHolder(window.get(), m_id), u"Ed Eder"_s);
    }

private:
    std::unique_ptr<BackendLibrary> m_team;
    std::unique_ptr<Settings> m_settings;
    QTemporaryDir m_dir;
    qint64 m_id = 0;
};

QTEST_MAIN(tst_TeamPresenceWindow)
#include "tst_teampresencewindow.moc"
