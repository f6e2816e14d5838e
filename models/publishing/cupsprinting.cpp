// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cupsprinting.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <cerrno>
#include <cstring>
#include <cups/cups.h>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Copydesk {

namespace {

/// Jobs wait on print servers, not on the processor: a pool of their own, so that a slow server
/// never holds a thread the previews and searches need. Destroyed at exit, after waiting for
/// the jobs still running.
Q_GLOBAL_STATIC(QThreadPool, printJobs)

/// libcups' sentence for its last failure on this thread, in the user's language where libcups
/// has it.
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

struct HttpClose
{
    void operator()(http_t *http) const { httpClose(http); }
};
using Connection = std::unique_ptr<http_t, HttpClose>;

/// The system's reason why nothing takes a connection at the print server's address.
/// (httpConnect2() cannot tell: it closes its failed connection, which overwrites errno, and
/// httpAddrConnect2() calls every failure "host is down".) A local socket is asked directly.
QString whyUnreachable()
{
    const QByteArray server = cupsServer();
    int error = 0;
    if (server.startsWith('/')) {
        sockaddr_un address {};
        address.sun_family = AF_LOCAL;
        qstrncpy(address.sun_path, server.constData(), sizeof address.sun_path);
        const int fd = socket(AF_LOCAL, SOCK_STREAM, 0);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            error = errno;
        if (fd >= 0)
            close(fd);
    } else {
        const QByteArray port = QByteArray::number(ippPort());
        http_addrlist_t *addresses
            = httpAddrGetList(server.constData(), AF_UNSPEC, port.constData());
        if (!addresses)
            return CupsPrinting::tr("no such host");
        int fd = -1;
        errno = 0;
        if (httpAddrConnect2(addresses, &fd, CupsPrinting::ConnectTimeoutMs, nullptr))
            httpAddrClose(nullptr, fd);
        else
            error = errno;
        httpAddrFreeList(addresses);
    }
    return error == 0 ? CupsPrinting::tr("it does not answer")
                      : QString::fromLocal8Bit(strerror(error));
}

/// A connection to the print server that gives up on an answer after AnswerTimeoutMs; null
/// when the server cannot be reached within ConnectTimeoutMs, `*why` then saying why.
Connection connectToServer(QString *why)
{
    Connection http(httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1,
        CupsPrinting::ConnectTimeoutMs, nullptr));
    if (!http) {
        *why = CupsPrinting::tr("the print server “%1” cannot be reached (%2).")
                   .arg(QString::fromUtf8(cupsServer()), whyUnreachable());
        return nullptr;
    }
    httpSetTimeout(http.get(), CupsPrinting::AnswerTimeoutMs / 1000.0, nullptr, nullptr);
    return http;
}

/// The queue's destination with the user's saved defaults; nullptr when there is none.
cups_dest_t *destination(http_t *http, const QString &printer)
{
    const QByteArray name = printer.section(u'/', 0, 0).toUtf8();
    const QByteArray instance = printer.section(u'/', 1).toUtf8();
    return cupsGetNamedDest(
        http, name.constData(), instance.isEmpty() ? nullptr : instance.constData());
}

} // namespace

Result<int> CupsPrinting::print(
    const QByteArray &pdf, const QString &printer, const QString &title, const CupsOptions &options)
{
    QString unreachable;
    const Connection http = connectToServer(&unreachable);
    if (!http)
        return refused(printer, unreachable);
    cups_dest_t *dest = destination(http.get(), printer);
    if (!dest) {
        // The server may have gone while it was asked (libcups then names no printer).
        if (!connectToServer(&unreachable))
            return refused(printer, unreachable);
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
    const int job = cupsCreateJob(http.get(), queue.constData(), jobTitle.constData(), count, all);
    cupsFreeOptions(count, all);
    if (job == 0)
        return refused(printer, lastError());

    if (cupsStartDocument(
            http.get(), queue.constData(), job, jobTitle.constData(), CUPS_FORMAT_PDF, 1)
        != HTTP_STATUS_CONTINUE) {
        const QString reason = lastError();
        cupsCancelJob2(http.get(), queue.constData(), job, 0);
        return refused(printer, reason);
    }
    const bool written = cupsWriteRequestData(http.get(), pdf.constData(), size_t(pdf.size()))
        == HTTP_STATUS_CONTINUE;
    // Read the server's answer in any case: it says why a write broke off.
    const ipp_status_t finished = cupsFinishDocument(http.get(), queue.constData());
    if (!written || finished > IPP_STATUS_OK_EVENTS_COMPLETE) {
        const QString reason = lastError();
        cupsCancelJob2(http.get(), queue.constData(), job, 0);
        return refused(printer, reason);
    }
    return job;
}

QFuture<Result<int>> CupsPrinting::printInBackground(
    const QByteArray &pdf, const QString &printer, const QString &title, const CupsOptions &options)
{
    const QByteArray server = cupsServer();
    return QtConcurrent::run(printJobs(), [pdf, printer, title, options, server] {
        cupsSetServer(server.constData());
        return print(pdf, printer, title, options);
    });
}

} // namespace Copydesk
