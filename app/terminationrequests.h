// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>

class QSocketNotifier;

namespace Copydesk {

/// SIGTERM, SIGINT and SIGHUP (a logout, `kill`, Ctrl+C in the terminal that started Copydesk)
/// as a request to quit the way the window's Quit does, not as death: the signal handler only
/// writes the signal's number to a socket pair, and the event loop emits requested() for it.
/// The window then closes as usual (the article is stored, settings written, leases released),
/// so that the next start is a clean one. Only one instance may exist.
class TerminationRequests : public QObject
{
    Q_OBJECT
public:
    /// Installs the handlers; false (with the handlers left as they were) when the socket pair
    /// cannot be made.
    explicit TerminationRequests(QObject *parent = nullptr);
    ~TerminationRequests() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /// `signal` arrived (SIGTERM, SIGINT or SIGHUP).
    void requested(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

/// Closes every top-level window as the user would (each may keep itself open, as a window
/// with an export running does) and quits when none is left open.
void closeWindowsAndQuit();

} // namespace Copydesk
