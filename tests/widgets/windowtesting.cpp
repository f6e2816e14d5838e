// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "windowtesting.h"

#include "articleeditor.h"
#include "library.h"
#include "libraryopener.h"
#include "linefieldeditor.h"
#include "mainwindow.h"
#include "paragraphlineedit.h"
#include "peopledialog.h"
#include "printcontroller.h"
#include "workflowcontroller.h"

#include <QAction>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Copydesk::Testing {

std::unique_ptr<MainWindow> startedWindow(const QString &path, Settings *settings,
    const QString &user, const std::function<void(MainWindow *)> &beforeShow)
{
    auto store = LibraryOpener::open(path, LibraryOpener::Mode::CreateIfMissing);
    if (!store)
        qFatal("cannot open the test library: %s", qPrintable(store.error().message));
    auto window = std::make_unique<MainWindow>(std::move(store).value(), settings, user);
    if (beforeShow)
        beforeShow(window.get());
    window->show();
    if (!QTest::qWaitFor([&] { return window->isStarted(); }))
        qFatal("the window did not start");
    return window;
}

void addPeopleThroughTheWindow(MainWindow *window)
{
    WorkflowController *workflow = window->workflow();
    QVERIFY(workflow->library()->people()->addPerson({u"Ada"_s, Role::Admin}, u"Ada"_s).ok());
    workflow->setCurrentUser(u"Ada"_s);
    QVERIFY(workflow->peopleAction()->isEnabled());
    bool seen = false;
    driveNextDialog<PeopleDialog>(
        [](PeopleDialog *dialog) {
            QVERIFY(dialog->addPerson(u"Rita"_s, u"reporter"_s));
            QVERIFY(dialog->addPerson(u"Ed"_s, u"editor"_s));
            QVERIFY(!dialog->addPerson(u"Zed"_s, u"chief"_s));
            QVERIFY(!dialog->lastError().isEmpty());
            QCOMPARE(dialog->peopleList()->topLevelItemCount(), 3);
            dialog->accept();
        },
        &seen);
    workflow->peopleAction()->trigger();
    QVERIFY(seen);
    const auto people = workflow->library()->people()->people();
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 3);
}

qint64 submittedByRita(MainWindow *window, const Article &article)
{
    const auto id = window->store()->create(article, {u"Rita"_s, {}, true});
    if (!id)
        qFatal("cannot store the article: %s", qPrintable(id.error().message));
    const auto submitted
        = window->workflow()->library()->workflow()->apply(*id, WorkflowAction::Submit, u"Rita"_s);
    if (!submitted)
        qFatal("cannot submit the article: %s", qPrintable(submitted.error().message));
    return *id;
}

ArticleStatus statusOf(MainWindow *window)
{
    const auto state = window->workflow()->library()->workflow()->state(window->shownArticle());
    return state ? state->status : ArticleStatus::Spiked;
}

ParagraphLineEdit *headlineEdit(MainWindow *window)
{
    return window->editor()->lineField(ArticleDocument::Field::Headline)->input();
}

void pressKeys(QWidget *window, QKeyCombination keys)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, keys.key(), keys.keyboardModifiers());
    QApplication::processEvents();
}

bool printFromPreview(MainWindow *window, const std::function<void(QPrinter *)> &choose)
{
    bool printed = false;
    // The preview appears once the PDF is made, which runs an event loop of its own.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview)
            return;
        poll.stop();
        choose(preview->printer());
        QAction *print = nullptr;
        for (QAction *action : preview->findChildren<QAction *>()) {
            if (action->text() == QLatin1String("Print"))
                print = action;
        }
        QVERIFY2(print, "the preview has no Print button");
        driveNextDialog<QPrintDialog>([](QPrintDialog *dialog) { dialog->accept(); }, &printed);
        print->trigger();
    });
    poll.start(50);
    window->printer()->previewAction()->trigger();
    return printed;
}

bool focusIsIn(MainWindow *window, const QWidget *widget)
{
    const QWidget *focus = window->focusWidget();
    return widget && focus && (focus == widget || widget->isAncestorOf(focus));
}

} // namespace Copydesk::Testing
