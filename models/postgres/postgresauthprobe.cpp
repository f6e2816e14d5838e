// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgresauthprobe.h"

#include <QByteArrayList>
#include <QDeadlineTimer>
#include <libpq-fe.h>
#include <memory>
#include <poll.h>
#include <vector>

namespace Copydesk {

bool PostgresAuthProbe::passwordRefused(const PostgresLocation &location, int timeoutMs)
{
    // What PostgresLocation::applyTo() gives QPSQL, as libpq's keywords.
    QByteArrayList keys, values;
    const auto add = [&keys, &values](const QString &key, const QString &value) {
        if (value.isEmpty())
            return;
        keys.append(key.toUtf8());
        values.append(value.toUtf8());
    };
    add(QStringLiteral("host"), location.host);
    if (location.port > 0)
        add(QStringLiteral("port"), QString::number(location.port));
    add(QStringLiteral("dbname"), location.database);
    add(QStringLiteral("user"), location.user);
    add(QStringLiteral("password"), location.password);
    for (const QString &option : location.options)
        add(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    std::vector<const char *> keywords, settings;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keywords.push_back(keys.at(i).constData());
        settings.push_back(values.at(i).constData());
    }
    keywords.push_back(nullptr);
    settings.push_back(nullptr);

    const std::unique_ptr<PGconn, decltype(&PQfinish)> conn(
        PQconnectStartParams(keywords.data(), settings.data(), 0), &PQfinish);
    if (!conn || PQstatus(conn.get()) == CONNECTION_BAD)
        return false;
    // The server's errors read "FATAL:  28P01" from here on, whatever its language.
    PQsetErrorVerbosity(conn.get(), PQERRORS_SQLSTATE);
    // libpq's own loop, with a deadline (connect_timeout does not apply to it).
    const QDeadlineTimer deadline(timeoutMs);
    PostgresPollingStatusType polled = PGRES_POLLING_WRITING;
    while (polled != PGRES_POLLING_OK && polled != PGRES_POLLING_FAILED) {
        pollfd socket {
            PQsocket(conn.get()), short(polled == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const qint64 left = deadline.remainingTime();
        if (socket.fd < 0 || left == 0 || ::poll(&socket, 1, int(left)) <= 0)
            return false;
        polled = PQconnectPoll(conn.get());
    }
    if (polled == PGRES_POLLING_OK)
        return false;
    return PQconnectionNeedsPassword(conn.get())
        || QByteArray(PQerrorMessage(conn.get())).contains(":  28P01");
}

} // namespace Copydesk
