// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cupsprinting.h"

#include <cerrno>
#include <cstring>
#include <cups/cups.h>

namespace Copydesk {

namespace {

/// libcups' sentence for its last failure, in the user's language where libcups has it.
QString lastError()
{
    return QString::fromUtf8(cupsLastErrorString());
}

Error refused(const QString &printer, const QString &reason)
{
    return Error {
        CupsPrinting::tr("The printer “%1” did not take the article: %2").arg(printer, reason),
        Error::Code::Unavailable};
}

/// The queue's destination with the user's saved defaults; nullptr when there is none.
cups_dest_t *destination(const QString &printer)
{
    const QByteArray name = printer.section(u'/', 0, 0).toUtf8();
    const QByteArray instance = printer.section(u'/', 1).toUtf8();
    return cupsGetNamedDest(
        CUPS_HTTP_DEFAULT, name.constData(), instance.isEmpty() ? nullptr : instance.constData());
}

/// Why the print server cannot be reached; empty when it can.
QString serverUnreachable()
{
    http_t *http = httpConnect2(
        cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1, 10000, nullptr);
    if (!http)
        return QString::fromLocal8Bit(strerror(errno));
    httpClose(http);
    return {};
}

} // namespace

Result<int> CupsPrinting::print(
    const QByteArray &pdf, const QString &printer, const QString &title, const CupsOptions &options)
{
    cups_dest_t *dest = destination(printer);
    if (!dest) {
        // libcups answers "no such printer" also when it reached no server at all.
        if (const QString unreachable = serverUnreachable(); !unreachable.isEmpty())
            return refused(printer,
                tr("the print server “%1” cannot be reached (%2).")
                    .arg(QString::fromUtf8(cupsServer()), unreachable));
        if (cupsLastError() == IPP_STATUS_OK || cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND)
            return refused(printer, tr("the print server has no such printer."));
        return refused(printer, lastError());
    }
    cups_option_t *all = nullptr;
    int count = 0;
    for (int i = 0; i < dest->num_options; ++i)
        count = cupsAddOption(dest->options[i].name, dest->options[i].value, count, &all);
    for (const auto &[name, value] : options)
        count = cupsAddOption(name.toUtf8().constData(), value.toUtf8().constData(), count, &all);
    const QByteArray queue = QByteArray(dest->name);
    cupsFreeDests(1, dest);

    const QByteArray jobTitle = title.toUtf8();
    const int job
        = cupsCreateJob(CUPS_HTTP_DEFAULT, queue.constData(), jobTitle.constData(), count, all);
    cupsFreeOptions(count, all);
    if (job == 0)
        return refused(printer, lastError());

    if (cupsStartDocument(
            CUPS_HTTP_DEFAULT, queue.constData(), job, jobTitle.constData(), CUPS_FORMAT_PDF, 1)
        != HTTP_STATUS_CONTINUE) {
        const QString reason = lastError();
        cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.constData(), job, 0);
        return refused(printer, reason);
    }
    const bool written
        = cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf.constData(), size_t(pdf.size()))
        == HTTP_STATUS_CONTINUE;
    // Read the server's answer in any case: it says why a write broke off.
    const ipp_status_t finished = cupsFinishDocument(CUPS_HTTP_DEFAULT, queue.constData());
    if (!written || finished > IPP_STATUS_OK_EVENTS_COMPLETE) {
        const QString reason = lastError();
        cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.constData(), job, 0);
        return refused(printer, reason);
    }
    return job;
}

} // namespace Copydesk
