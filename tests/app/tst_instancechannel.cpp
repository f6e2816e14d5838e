// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "instancechannel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Copydesk;

/// The channel between a running window and a later launch on the same library, with a real
/// server and client (real local sockets) in this process.
class TestInstanceChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void handsFilesToTheListeningWindow();
    void noWindowNoHandOver();
    void staleSocketIsReplaced();
    void secondListenerIsRefused();
    void otherLibraryOrUserHasAnotherSocket();
    void sameFileAnySpellingSameSocket();

private:
    QTemporaryDir m_dir;
    QString m_library;
    QString m_runtime;
};

namespace {

/// Leaves a socket file at `path` that nobody listens on, as a process killed with -9 does.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (size_t(name.size()) >= sizeof(address.sun_path)) {
        ::close(fd);
        return false;
    }
    std::copy(name.begin(), name.end(), address.sun_path);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::listen(fd, 1) == 0;
    ::close(fd);
    return bound && QFile::exists(path);
}

} // namespace

void TestInstanceChannel::init()
{
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("desk.copydesk"));
    QFile file(m_library);
    QVERIFY(file.open(QIODevice::WriteOnly));
    m_runtime = m_dir.filePath(QStringLiteral("run"));
}

void TestInstanceChannel::handsFilesToTheListeningWindow()
{
    InstanceChannel running(m_library, m_runtime);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &InstanceChannel::filesHandedOver);

    const QStringList files {QStringLiteral("/news/a.json"), QStringLiteral("/news/ü b.md")};
    InstanceChannel launched(m_library, m_runtime);
    QCOMPARE(launched.socketName(), running.socketName());
    QVERIFY(launched.handOver(files));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), files);

    // Nothing to open: the launch still goes to the running window, which comes to the front.
    QVERIFY(InstanceChannel(m_library, m_runtime).handOver({}));
    QCOMPARE(received.size(), 2);
    QVERIFY(received.last().first().toStringList().isEmpty());
}

void TestInstanceChannel::noWindowNoHandOver()
{
    InstanceChannel launched(m_library, m_runtime);
    QVERIFY(!QFile::exists(launched.socketName()));
    QVERIFY(!launched.handOver({QStringLiteral("/news/a.json")}));

    // Once the window closes, its socket goes with it.
    {
        InstanceChannel running(m_library, m_runtime);
        QVERIFY(running.listen());
        QVERIFY(QFile::exists(running.socketName()));
    }
    QVERIFY(!QFile::exists(launched.socketName()));
    QVERIFY(!launched.handOver({}));
}

void TestInstanceChannel::staleSocketIsReplaced()
{
    InstanceChannel launched(m_library, m_runtime);
    QVERIFY(QDir().mkpath(m_runtime));
    QVERIFY(makeStaleSocket(launched.socketName()));

    // A crashed window's socket: the launch starts a window of its own, quickly.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!launched.handOver({QStringLiteral("/news/a.json")}));
    QCOMPARE_LT(timer.elapsed(), 1000);

    // That window takes the socket over and later launches reach it.
    QVERIFY2(launched.listen(), "the stale socket was not replaced");
    QSignalSpy received(&launched, &InstanceChannel::filesHandedOver);
    QVERIFY(InstanceChannel(m_library, m_runtime).handOver({QStringLiteral("/news/b.json")}));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), QStringList {QStringLiteral("/news/b.json")});
}

void TestInstanceChannel::secondListenerIsRefused()
{
    InstanceChannel first(m_library, m_runtime);
    QVERIFY(first.listen());
    InstanceChannel second(m_library, m_runtime);
    const Status listening = second.listen();
    QVERIFY(!listening);
    QCOMPARE(listening.error().code, Error::Code::Busy);
    // The first window still gets the launches.
    QSignalSpy received(&first, &InstanceChannel::filesHandedOver);
    QVERIFY(InstanceChannel(m_library, m_runtime).handOver({}));
    QCOMPARE(received.size(), 1);
}

void TestInstanceChannel::otherLibraryOrUserHasAnotherSocket()
{
    const QString other = m_dir.filePath(QStringLiteral("other.copydesk"));
    QCOMPARE_NE(InstanceChannel::socketName(m_library, QStringLiteral("1000"), m_runtime),
        InstanceChannel::socketName(other, QStringLiteral("1000"), m_runtime));
    QCOMPARE_NE(InstanceChannel::socketName(m_library, QStringLiteral("1000"), m_runtime),
        InstanceChannel::socketName(m_library, QStringLiteral("1001"), m_runtime));

    // A window on another library does not take this library's launches.
    InstanceChannel running(other, m_runtime);
    QVERIFY(running.listen());
    QVERIFY(!InstanceChannel(m_library, m_runtime).handOver({}));
}

void TestInstanceChannel::sameFileAnySpellingSameSocket()
{
    const QString user = QStringLiteral("1000");
    const QString name = InstanceChannel::socketName(m_library, user, m_runtime);
    QVERIFY(name.startsWith(m_runtime + QLatin1Char('/')));
    const QString link = m_dir.filePath(QStringLiteral("link.copydesk"));
    QVERIFY(QFile::link(m_library, link));
    QCOMPARE(InstanceChannel::socketName(link, user, m_runtime), name);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    QCOMPARE(InstanceChannel::socketName(
                 m_dir.filePath(QStringLiteral("sub/../desk.copydesk")), user, m_runtime),
        name);
    const QString team = QStringLiteral("postgresql://db.example/news?user=ann");
    QCOMPARE(InstanceChannel::socketName(team, user, m_runtime),
        InstanceChannel::socketName(team, user, m_runtime));
    QCOMPARE_NE(InstanceChannel::socketName(team, user, m_runtime), name);
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
