// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "writelock.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace Copydesk::Testing {

WriteLock::WriteLock(const QString &path, int maxMs)
{
    m_thread = std::thread([this, path, maxMs] {
        const QString name = QStringLiteral("writelock-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                m_held = true;
                QElapsedTimer clock;
                clock.start();
                while (!m_release && clock.elapsed() < maxMs)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            }
            m_held = false;
            m_done = true;
        }
        QSqlDatabase::removeDatabase(name);
    });
    while (!m_held && !m_done)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

WriteLock::~WriteLock()
{
    release();
    m_thread.join();
}

} // namespace Copydesk::Testing
