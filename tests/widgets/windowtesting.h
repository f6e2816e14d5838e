// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QApplication>
#include <QString>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace Copydesk {
class MainWindow;
class ParagraphLineEdit;
class Settings;
} // namespace Copydesk

/// Driving the real MainWindow in widget tests: opening it on a library file, the people of a
/// workflow library, and the modal dialogs it asks with.
namespace Copydesk::Testing {

/// Opens (creating it if needed) the library at `path` in a shown MainWindow acting as `user`
/// and waits until it has started (MainWindow::isStarted()). `beforeShow` runs on the window
/// before it is shown. A library that cannot be opened is a fatal error.
std::unique_ptr<Copydesk::MainWindow> startedWindow(const QString &path,
    Copydesk::Settings *settings, const QString &user,
    const std::function<void(Copydesk::MainWindow *)> &beforeShow = {});

/// Ada (admin) adds Rita (reporter) and Ed (editor) through the window's People dialog; Ada is
/// the current user afterwards. Failures are recorded as test failures.
void addPeopleThroughTheWindow(Copydesk::MainWindow *window);

/// Rita's article with `article`'s content, stored and submitted for review by her.
qint64 submittedByRita(Copydesk::MainWindow *window, const Copydesk::Article &article);

/// The shown article's status in the workflow; Spiked when it has none.
Copydesk::ArticleStatus statusOf(Copydesk::MainWindow *window);

Copydesk::ParagraphLineEdit *headlineEdit(Copydesk::MainWindow *window);

/// Presses `keys` on the widget with the keyboard focus (`window` when none has it) and lets
/// the events they cause through.
void pressKeys(QWidget *window, QKeyCombination keys);

/// Whether the window's keyboard focus is in `widget` or one of its children.
bool focusIsIn(Copydesk::MainWindow *window, const QWidget *widget);

/// Opens File ▸ Print Preview…; once it shows, lets `choose` set up the preview's printer (what
/// its print dialog then shows), presses the preview's Print button and accepts that print
/// dialog. True when every step happened (failures are recorded as test failures).
bool printFromPreview(Copydesk::MainWindow *window, const std::function<void(QPrinter *)> &choose);

/// Runs `drive` on the modal dialog of type T once it is shown (the caller then opens it) and
/// sets *seen.
template<typename T> void driveNextDialog(std::function<void(T *)> drive, bool *seen)
{
    QTimer::singleShot(0, qApp, [drive, seen] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        *seen = true;
        drive(dialog);
    });
}

} // namespace Copydesk::Testing
