// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Two windows on one team library, as on two machines: Rita (a reporter) and Ed (an editor),
// each with a login of their own. The article goes from draft to approved to exported, and each
// window shows the other person's changes as they happen, without reloading anything.
#include "articledocument.h"
#include "articlefactory.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "backendlibrary.h"
#include "exportcontroller.h"
#include "exportformat.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "settings.h"
#include "windowtesting.h"
#include "workflowbadge.h"
#include "workflowcontroller.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// The status the window's library list shows for `id`; Spiked when it is not listed.
ArticleStatus listedStatus(MainWindow *window, qint64 id)
{
    LibraryModel *model = window->libraryPanel()->libraryModel();
    const int row = model->rowOf(id);
    return row < 0 ? ArticleStatus::Spiked : model->summary(row).status;
}

ArticleStatus documentStatus(MainWindow *window)
{
    return window->session()->document()->article().status;
}

} // namespace

class TestTeamWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!BackendLibrary::isPostgres())
            QSKIP("a team library test: runs as tst_teamwindows_postgres");
        if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void fromDraftToExportOnTwoMachines()
    {
        BackendLibrary team;
        QVERIFY2(team.isValid(), qPrintable(team.error()));
        QVERIFY2(team.addPeople({{u"ada"_s, Role::Admin}, {u"rita"_s, Role::Reporter},
                     {u"ed"_s, Role::Editor}}),
            qPrintable(team.error()));
        QTemporaryDir ritasHome, edsHome;
        Settings ritasSettings(ritasHome.filePath(u"copydeskrc"_s), nullptr);
        Settings edsSettings(edsHome.filePath(u"copydeskrc"_s), nullptr);
        auto rita = startedWindow(team.location(u"rita"_s), &ritasSettings, u"rita"_s);
        auto ed = startedWindow(team.location(u"ed"_s), &edsSettings, u"ed"_s);
        QCOMPARE(rita->workflow()->currentUser(), u"rita"_s);
        QCOMPARE(ed->workflow()->currentUser(), u"ed"_s);
        // A team library saves on the window's own session (its versions and live updates are
        // per session), synchronously: no second connection.
        QVERIFY(!rita->session()->autosave()->savesInBackground());

        // Rita writes an article in her window; it appears in Ed's list.
        Article draft = readyArticle();
        draft.uuid.clear();
        draft.headline = u"Floodgates hold through the night"_s;
        const Result<qint64> id = rita->store()->create(draft, {u"rita"_s});
        QVERIFY(id);
        rita->showArticle(*id);
        QTRY_COMPARE(rita->shownArticle(), *id);
        QTRY_COMPARE(listedStatus(ed.get(), *id), ArticleStatus::Draft);

        // Ed opens it to read along; what Rita types reaches his open copy.
        ed->showArticle(*id);
        QTRY_COMPARE(ed->shownArticle(), *id);
        QVERIFY(rita->session()->document()->setText(
            ArticleDocument::Field::Dek, u"The new barriers held back the swollen river."_s));
        QVERIFY(rita->session()->autosave()->saveNow());
        QTRY_COMPARE(ed->session()->document()->article().dek,
            u"The new barriers held back the swollen river."_s);

        // She submits; Ed's list and open copy show it in review.
        const auto submitted = rita->workflow()->perform(WorkflowAction::Submit);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
        QTRY_COMPARE(listedStatus(ed.get(), *id), ArticleStatus::InReview);
        QTRY_COMPARE(documentStatus(ed.get()), ArticleStatus::InReview);

        // Ed approves; Rita's list, open copy and badge show it.
        const auto approved = ed->workflow()->perform(WorkflowAction::Approve);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
        QTRY_COMPARE(listedStatus(rita.get(), *id), ArticleStatus::Approved);
        QTRY_COMPARE(documentStatus(rita.get()), ArticleStatus::Approved);
        QTRY_VERIFY2(rita->workflow()->badge()->text().contains(u"Approved"_s),
            qPrintable(rita->workflow()->badge()->text()));

        // Rita exports the approved article from her window.
        QTemporaryDir out;
        const QString file = out.filePath(u"floodgates.html"_s);
        rita->exporter()->setFilePathProvider([&](const QString &) { return file; });
        rita->exporter()->exportOpenArticle(ExportFormat::Html);
        QTRY_VERIFY(QFile::exists(file));
        QFile html(file);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(u"Floodgates hold through the night"_s));
        QVERIFY(page.contains(u"The new barriers held back the swollen river."_s));
        QCOMPARE(rita->session()->autosave()->state(), AutosaveController::State::Saved);
        // Ed only read along: Rita had it open first, so his copy was read-only throughout.
        QCOMPARE(ed->session()->autosave()->state(), AutosaveController::State::ReadOnly);
        QVERIFY2(ed->session()->readOnlyReason().contains(u"rita"_s),
            qPrintable(ed->session()->readOnlyReason()));
    }
};

QTEST_MAIN(TestTeamWindows)
#include "tst_teamwindows.moc"
