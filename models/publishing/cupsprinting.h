// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace Copydesk {

/// CUPS job options by their IPP/CUPS names ("copies", "sides", "page-ranges", a PPD option…),
/// in order: a later value for a name replaces an earlier one.
using CupsOptions = QList<std::pair<QString, QString>>;

/// Hands a PDF to a CUPS print queue as it is, so the printer receives the exported document
/// itself (text as text, fonts embedded) rather than page images. The server is the one libcups
/// finds: CUPS_SERVER, ~/.cups/client.conf, /etc/cups/client.conf, or the local scheduler.
///
/// Blocks while the job is sent (a local scheduler takes milliseconds; a remote one as long as
/// the network needs). Call from one thread at a time.
class CupsPrinting
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::CupsPrinting)

public:
    /// Sends `pdf` to the queue `printer` ("name" or "name/instance") as one job titled `title`,
    /// with the queue's own defaults (lpoptions) overridden by `options`. Returns the job id the
    /// server gave. Fails, naming the printer and the server's reason, when the server cannot be
    /// reached, has no such queue, or refuses the job or the document; a refused document's
    /// job is cancelled, so nothing half-sent prints.
    static Result<int> print(const QByteArray &pdf, const QString &printer, const QString &title,
        const CupsOptions &options);
};

} // namespace Copydesk
