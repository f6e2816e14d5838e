// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "instancechannel.h"

#include "libraryopener.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Copydesk {

namespace {

/// The first bytes of a hand-over; a later format gets another one.
constexpr QByteArrayView Magic = "copydesk-hand-over-1";
constexpr QByteArrayView Confirmation = "ok\n";
/// More than any list of files a desktop hands over; a client sending more is cut off.
constexpr qint64 MaxMessageBytes = 4 * 1024 * 1024;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

QString currentUser()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

InstanceChannel::InstanceChannel(const QString &library, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_name(socketName(library, currentUser(),
          directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
                              : directory))
{ }

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::socketName(
    const QString &library, const QString &user, const QString &directory)
{
    const QFileInfo file(library);
    // A team library's address is not a file: it is taken as it is written.
    const QString where = LibraryOpener::isTeamLocation(library) ? library
        : file.exists()                                          ? file.canonicalFilePath()
                        : QDir::cleanPath(file.absoluteFilePath());
    const QByteArray key = QCryptographicHash::hash(
        (user + QLatin1Char('\n') + where).toUtf8(), QCryptographicHash::Sha256)
                               .toHex()
                               .left(32);
    return directory + QStringLiteral("/copydesk-") + QString::fromLatin1(key)
        + QStringLiteral(".socket");
}

bool InstanceChannel::handOver(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    QEventLoop loop;
    QByteArray answer;
    connect(&socket, &QLocalSocket::connected, &loop, [&socket, &files] {
        QByteArray message;
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << Magic.toByteArray() << files;
        socket.write(message);
    });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (answer.size() >= Confirmation.size())
            loop.quit();
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToServer(m_name);
    // No socket file, or one nobody listens on (its process died): refused at once.
    if (socket.state() == QLocalSocket::UnconnectedState)
        return false;
    loop.exec();
    return answer.startsWith(Confirmation);
}

Status InstanceChannel::listen()
{
    Q_ASSERT(!m_server);
    const QString folder = QFileInfo(m_name).absolutePath();
    if (!QDir().mkpath(folder))
        return Error {tr("The folder %1 cannot be created.").arg(folder), Error::Code::Io};
    // Asked first: listening with access options replaces whatever file is there, a live
    // window's socket too.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.state() != QLocalSocket::UnconnectedState && probe.waitForConnected(1000))
        return Error {tr("Another Copydesk window already serves this library on %1.").arg(m_name),
            Error::Code::Busy};
    probe.abort();
    // What is left is a socket of a process that died, or nothing.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->listen(m_name);
    if (!m_server->isListening())
        return Error {tr("Copydesk cannot listen on %1: %2").arg(m_name, m_server->errorString()),
            Error::Code::Io};
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::readClient);
    return Done {};
}

void InstanceChannel::readClient()
{
    while (QLocalSocket *client = m_server->nextPendingConnection()) {
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            QDataStream in(client);
            in.setVersion(StreamVersion);
            in.startTransaction();
            QByteArray magic;
            QStringList files;
            in >> magic >> files;
            if (!in.commitTransaction()) {
                if (client->bytesAvailable() > MaxMessageBytes)
                    client->abort();
                return; // The rest is on its way.
            }
            if (magic != Magic) {
                client->abort();
                return;
            }
            client->write(Confirmation.data(), Confirmation.size());
            client->disconnectFromServer();
            Q_EMIT filesHandedOver(files);
        });
    }
}

} // namespace Copydesk
