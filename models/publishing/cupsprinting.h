// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <utility>

namespace Copydesk {

/// CUPS job options by their IPP/CUPS names ("copies", "sides", "page-ranges", a PPD option…),
/// in order: a later value for a name replaces an earlier one.
using CupsOptions = QList<std::pair<QString, QString>>;

/// Hands a PDF to a CUPS print queue as it is, so the printer receives the exported document
/// itself (text as text, fonts embedded) rather than page images. The server is the one libcups
/// finds for the calling thread: cupsSetServer(), CUPS_SERVER, ~/.cups/client.conf,
/// /etc/cups/client.conf, or the local scheduler.
///
/// A server that does not answer cannot hold a job for ever: connecting may take
/// ConnectTimeoutMs, each answer AnswerTimeoutMs; then the job fails (and is cancelled when the
/// server had made it).
class CupsPrinting
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::CupsPrinting)

public:
    static constexpr int ConnectTimeoutMs = 10'000;
    static constexpr int AnswerTimeoutMs = 30'000;

    /// Sends `pdf` to the queue `printer` ("name" or "name/instance") as one job titled `title`,
    /// with the queue's own defaults (lpoptions) overridden by `options`. Returns the job id the
    /// server gave. Fails, naming the printer and the server's reason, when the server cannot be
    /// reached or stops answering, has no such queue, or refuses the job or the document; a
    /// refused document's job is cancelled, so nothing half-sent prints.
    ///
    /// Blocks while the job is sent: a local scheduler takes milliseconds, a remote one as long
    /// as the network needs, up to the timeouts. Any thread may call it.
    static Result<int> print(const QByteArray &pdf, const QString &printer, const QString &title,
        const CupsOptions &options);

    /// print() on a worker thread, to the server the calling thread's libcups uses (libcups
    /// keeps the server per thread): the future gives print()'s result. The job holds copies of
    /// its arguments only, so the caller may go away while it runs; it still ends (sent, refused
    /// or timed out), and the application waits for it at exit rather than cut a job off.
    static QFuture<Result<int>> printInBackground(const QByteArray &pdf, const QString &printer,
        const QString &title, const CupsOptions &options);
};

} // namespace Copydesk
