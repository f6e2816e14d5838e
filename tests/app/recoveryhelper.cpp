// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// A Copydesk window driven like a writer would, for tst_recovery. Arguments: library, settings
// file, mode. "type": types into the newest article's headline, prints "STORED" once autosave
// has had its two seconds, then keeps typing until it is killed. "reopen": starts the window as
// copydesk does (its recovery report goes to stderr) and quits cleanly after a moment.
#include "articledocument.h"
#include "articleeditor.h"
#include "articlesession.h"
#include "autosavecontroller.h"
#include "libraryopener.h"
#include "linefieldeditor.h"
#include "mainwindow.h"
#include "paragraphlineedit.h"
#include "settings.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace Copydesk;

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const bool reopen = qstrcmp(argv[3], "reopen") == 0;
    auto store
        = LibraryOpener::open(QString::fromLocal8Bit(argv[1]), LibraryOpener::Mode::OpenExisting);
    if (!store)
        return 3;
    Settings settings(QString::fromLocal8Bit(argv[2]), nullptr);
    MainWindow window(std::move(store).value(), &settings, QStringLiteral("helper"));
    window.show();
    if (!QTest::qWaitFor([&] { return window.isStarted(); }) || !window.session()->isOpen())
        return 4;
    if (reopen) {
        QTest::qWait(500);
        window.close();
        return 0;
    }
    ParagraphLineEdit *headline
        = window.editor()->lineField(ArticleDocument::Field::Headline)->input();
    headline->setFocus();
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Typed before the crash"));
    QTest::qWait(2100); // Autosave's promise: stored within two seconds.
    std::printf("STORED %s\n",
        window.session()->autosave()->state() == AutosaveController::State::Saved ? "saved"
                                                                                  : "pending");
    std::fflush(stdout);
    auto *more = new QTimer(&app);
    QObject::connect(
        more, &QTimer::timeout, headline, [headline] { QTest::keyClick(headline, Qt::Key_X); });
    more->start(50);
    return app.exec();
}
