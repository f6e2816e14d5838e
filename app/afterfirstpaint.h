// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace Copydesk {

/// Runs work once a window has painted itself for the first time, so that it appears at once and
/// slower parts (Qt WebEngine, the first article) fill in while the user already sees it.
///
/// The work runs from the event loop right after the first paint event of `window` has been
/// handled (and so flushed to the screen); never when the window is never painted. The object is a
/// child of `window` and deletes itself after the work ran.
class AfterFirstPaint : public QObject
{
    Q_OBJECT
public:
    AfterFirstPaint(QWidget *window, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_work;
};

} // namespace Copydesk
