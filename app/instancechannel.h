// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Copydesk {

/// One window per library and user session: a second `copydesk` on a library whose window is
/// already open hands its files to that window instead of opening a second, read-only copy.
///
/// The running window listen()s on a local socket in the user's runtime folder
/// (XDG_RUNTIME_DIR, which only that user can enter), named after a hash of the user id and the
/// library's canonical location. A later launch calls handOver(): when a window answers, it has
/// the files and the launch ends. Another user has another runtime folder and another name, and
/// a socket left by a crashed process refuses connections: both start as before.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    /// The channel of `library` (a file path or a team library's address). `directory` replaces
    /// the runtime folder (tests).
    explicit InstanceChannel(
        const QString &library, const QString &directory = {}, QObject *parent = nullptr);
    ~InstanceChannel() override;

    /// The socket's full path for `library` and the user with id `user`: the same for every
    /// spelling of one file (relative, through a symbolic link) once it exists.
    static QString socketName(
        const QString &library, const QString &user, const QString &directory);
    QString socketName() const { return m_name; }

    /// Hands `files` to the window listening on this library and waits (running the event loop)
    /// up to `timeoutMs` for it to confirm. True: the window has them and will come to the front.
    /// False: no window listens (no socket, a stale one, or one that did not answer in time).
    /// The wait is long because a window that is still starting (a launcher clicked twice)
    /// answers only once its start-up work is done; a dead one is refused at once.
    bool handOver(const QStringList &files, int timeoutMs = 20000);

    /// Listens for later launches; a stale socket (its process died) is replaced. Fails when
    /// another live window already listens on it, or when the socket cannot be made.
    Status listen();

Q_SIGNALS:
    /// A later launch handed over `files` (absolute paths; may be empty: just come to the front).
    void filesHandedOver(const QStringList &files);

private:
    void readClient();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Copydesk
