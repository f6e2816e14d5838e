// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitedurability.h"

#include "sqliteconnection.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace Copydesk {

namespace {

/// The worker of one library file: a thread, its connection and its timer.
struct Worker
{
    QString path;
    QString connection;
    QThread thread;
    QObject *context = nullptr; ///< Lives in `thread`; parent of the timer.
    QTimer *timer = nullptr;
    std::atomic<int> checkpoints {0};
    int users = 0;

    ~Worker()
    {
        // Only when a connection was never removed (a process ending without closing its
        // library): the thread must not outlive its QThread.
        if (thread.isRunning()) {
            thread.quit();
            thread.wait();
        }
    }

    /// On the worker's thread: a passive checkpoint, which syncs the WAL first. Retried after
    /// the delay when a reader kept it from taking in the whole WAL.
    bool checkpoint()
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        const bool ran = query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        ++checkpoints;
        if (!ran || !query.next())
            return false;
        const bool complete = query.value(0).toInt() == 0
            && query.value(2).toLongLong() >= query.value(1).toLongLong();
        if (!complete)
            timer->start();
        return complete;
    }

    void start()
    {
        thread.setObjectName(QStringLiteral("copydesk-durability"));
        thread.start();
        context = new QObject;
        context->moveToThread(&thread);
        QMetaObject::invokeMethod(
            context,
            [this] {
                QSqlDatabase db = SqliteConnection::addWriter(path, connection);
                if (db.open())
                    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
                timer = new QTimer(context);
                timer->setSingleShot(true);
                timer->setInterval(SqliteDurability::syncDelay);
                QObject::connect(timer, &QTimer::timeout, context, [this] { checkpoint(); });
            },
            Qt::BlockingQueuedConnection);
    }

    bool flush()
    {
        bool done = false;
        QMetaObject::invokeMethod(
            context,
            [this, &done] {
                timer->stop();
                done = checkpoint();
            },
            Qt::BlockingQueuedConnection);
        return done;
    }

    void stop()
    {
        flush();
        QMetaObject::invokeMethod(
            context,
            [this] {
                delete context; // and the timer
                context = nullptr;
                SqliteConnection::remove(connection);
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

QMutex registryMutex;
QHash<QString, std::shared_ptr<Worker>> byPath; // guarded by registryMutex
QHash<QString, std::shared_ptr<Worker>> byConnection; // guarded by registryMutex

QString key(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

std::shared_ptr<Worker> workerOf(const QString &connectionName)
{
    const QMutexLocker lock(&registryMutex);
    return byConnection.value(connectionName);
}

} // namespace

void SqliteDurability::attach(const QString &connectionName, const QString &path)
{
    const QMutexLocker lock(&registryMutex);
    std::shared_ptr<Worker> worker = byPath.value(key(path));
    if (!worker) {
        worker = std::make_shared<Worker>();
        worker->path = path;
        worker->connection = SqliteConnection::uniqueName();
        worker->start();
        byPath.insert(key(path), worker);
    }
    ++worker->users;
    byConnection.insert(connectionName, worker);
}

void SqliteDurability::detach(const QString &connectionName)
{
    std::shared_ptr<Worker> last;
    {
        const QMutexLocker lock(&registryMutex);
        const std::shared_ptr<Worker> worker = byConnection.take(connectionName);
        if (!worker || --worker->users > 0)
            return;
        byPath.remove(key(worker->path));
        last = worker;
    }
    last->stop(); // Outside the lock: it waits for the disk.
}

void SqliteDurability::committed(const QString &connectionName)
{
    const std::shared_ptr<Worker> worker = workerOf(connectionName);
    if (!worker)
        return;
    // The first commit of a burst starts the timer; later ones ride along.
    QMetaObject::invokeMethod(worker->context, [w = worker.get()] {
        if (!w->timer->isActive())
            w->timer->start();
    });
}

bool SqliteDurability::flush(const QString &path)
{
    std::shared_ptr<Worker> worker;
    {
        const QMutexLocker lock(&registryMutex);
        worker = byPath.value(key(path));
    }
    return worker && worker->flush();
}

int SqliteDurability::checkpoints(const QString &path)
{
    const QMutexLocker lock(&registryMutex);
    const std::shared_ptr<Worker> worker = byPath.value(key(path));
    return worker ? worker->checkpoints.load() : -1;
}

} // namespace Copydesk
