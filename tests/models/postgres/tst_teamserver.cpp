// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The PostgreSQL server ./dev test starts for the team library's tests: reachable through Qt's
// QPSQL driver with the URI it exports, PostgreSQL 17 with fsync on, on a Unix socket only, and
// any role it holds may log in over that socket (two logins stand for two machines).
#include "postgreslocation.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// One value from the server; a null QVariant when the query fails.
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestTeamServer : public QObject
{
    Q_OBJECT

private:
    QString m_uri;

    /// A connection named `name` to the test server as `login`, through PostgresLocation.
    QSqlDatabase connect(const QString &name, const QString &login)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        QString uri = m_uri;
        uri.replace(QRegularExpression(u"([?&])user=[^&]*"_s), u"\\1user="_s + login);
        const auto location = Copydesk::PostgresLocation::parse(uri);
        if (!location)
            qFatal("%s", qPrintable(location.error().message));
        location->applyTo(db);
        db.open();
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_uri = QProcessEnvironment::systemEnvironment().value(u"COPYDESK_TEST_POSTGRES"_s);
        if (m_uri.isEmpty())
            QSKIP("no test server: ./dev test starts one and sets COPYDESK_TEST_POSTGRES");
        QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
            "Qt's PostgreSQL driver is missing (Debian: libqt6sql6-psql)");
        QVERIFY(m_uri.startsWith(u"postgresql://"_s));
        QVERIFY(m_uri.contains(u"user="_s));
    }

    void serverAsTheTestsNeedIt()
    {
        {
            QSqlDatabase db = connect(u"admin"_s, u"postgres"_s);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QVERIFY(scalar(db, u"SHOW server_version_num"_s).toInt() >= 170000);
            QCOMPARE(scalar(db, u"SHOW fsync"_s).toString(), u"on"_s);
            // No TCP: the only way in is the socket in the server's own folder.
            QCOMPARE(scalar(db, u"SHOW listen_addresses"_s).toString(), QString());
            QCOMPARE(scalar(db, u"SELECT current_database()"_s).toString(), u"copydesk"_s);
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
    }

    void everyRoleLogsInOverTheSocket()
    {
        {
            QSqlDatabase admin = connect(u"admin"_s, u"postgres"_s);
            QVERIFY(admin.isOpen());
            QSqlQuery query(admin);
            QVERIFY2(query.exec(u"CREATE ROLE teamserver_rita LOGIN"_s),
                qPrintable(query.lastError().text()));
            {
                QSqlDatabase rita = connect(u"rita"_s, u"teamserver_rita"_s);
                QVERIFY2(rita.isOpen(), qPrintable(rita.lastError().text()));
                QCOMPARE(scalar(rita, u"SELECT session_user"_s).toString(), u"teamserver_rita"_s);
                // Not a superuser: what she may do is up to the grants.
                QCOMPARE(scalar(rita,
                             u"SELECT rolsuper FROM pg_roles WHERE rolname = "
                             "session_user"_s)
                             .toBool(),
                    false);
            }
            QSqlDatabase::removeDatabase(u"rita"_s);
            QVERIFY(query.exec(u"DROP ROLE teamserver_rita"_s));
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
    }

    void unknownLoginIsRefused()
    {
        {
            QSqlDatabase db = connect(u"nobody"_s, u"teamserver_nobody"_s);
            QVERIFY(!db.isOpen());
            QVERIFY2(db.lastError().text().contains(u"teamserver_nobody"_s),
                qPrintable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"nobody"_s);
    }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
