// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// PostgresLocation: libpq's URI syntax taken apart for Qt's QPSQL driver, passwords never shown,
// and a clear message for what cannot be used.
#include "postgreslocation.h"

#include <QSqlDatabase>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestPostgresLocation : public QObject
{
    Q_OBJECT

private:
    /// Sets libpq's PGUSER, PGHOST, PGPORT and PGDATABASE to `values`; those not named are unset.
    static void setDefaults(const QHash<QByteArray, QByteArray> &values)
    {
        for (const char *name : {"PGUSER", "PGHOST", "PGPORT", "PGDATABASE"}) {
            if (values.contains(name))
                qputenv(name, values.value(name));
            else
                qunsetenv(name);
        }
    }

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("display");

        QTest::newRow("host and TLS")
            << u"postgresql://db.example.org/copydesk?sslmode=verify-full"_s << u"db.example.org"_s
            << -1 << u"copydesk"_s << QString() << QString()
            << QStringList {u"sslmode=verify-full"_s}
            << u"postgresql://db.example.org/copydesk?sslmode=verify-full"_s;
        QTest::newRow("socket folder as a query")
            << u"postgresql:///copydesk?host=/run/postgresql"_s << u"/run/postgresql"_s << -1
            << u"copydesk"_s << QString() << QString() << QStringList {}
            << u"postgresql:///copydesk?host=/run/postgresql"_s;
        QTest::newRow("user, password, port")
            << u"postgres://rita:s%40cret@10.0.0.5:6432/news"_s << u"10.0.0.5"_s << 6432
            << u"news"_s << u"rita"_s << u"s@cret"_s << QStringList {}
            << u"postgres://rita@10.0.0.5:6432/news"_s;
        QTest::newRow("query overrides, password hidden")
            << u"postgresql://x/y?dbname=z&user=ed&password=pw&port=5433&connect_timeout=5"_s
            << u"x"_s << 5433 << u"z"_s << u"ed"_s << u"pw"_s
            << QStringList {u"connect_timeout=5"_s}
            << u"postgresql://x/y?dbname=z&user=ed&port=5433&connect_timeout=5"_s;
        QTest::newRow("IPv6 and an encoded database")
            << u"postgresql://[::1]:5432/caf%C3%A9"_s << u"::1"_s << 5432 << u"café"_s << QString()
            << QString() << QStringList {} << u"postgresql://[::1]:5432/café"_s;
    }

    // The keyring entry's name: the same for URIs that reach one login on one server and
    // database, with libpq's defaults filled in; TLS and other options play no part.
    void credentialKey_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("key");
        QTest::newRow("all given")
            << u"postgresql://rita:pw@db.example.org:6432/news?sslmode=verify-full"_s
            << u"rita@db.example.org:6432/news"_s;
        QTest::newRow("TLS makes no difference") << u"postgresql://rita@db.example.org:6432/news"_s
                                                 << u"rita@db.example.org:6432/news"_s;
        QTest::newRow("query overrides")
            << u"postgresql://x/y?user=ed&host=/run/postgresql&port=5433&dbname=z"_s
            << u"ed@/run/postgresql:5433/z"_s;
        QTest::newRow("defaults from the environment")
            << u"postgresql://"_s << u"pguser@pghost:5499/pgdb"_s;
        QTest::newRow("a service") << u"postgresql://ed@/news?service=newsroom"_s
                                   << u"ed@pghost:5499/news?service=newsroom"_s;
    }

    void credentialKey()
    {
        QFETCH(QString, uri);
        const Result<PostgresLocation> location = PostgresLocation::parse(uri);
        QVERIFY2(location, location ? "" : qPrintable(location.error().message));
        setDefaults({{"PGUSER", "pguser"}, {"PGHOST", "pghost"}, {"PGPORT", "5499"},
            {"PGDATABASE", "pgdb"}});
        const QString key = location->credentialKey();
        setDefaults({});
        QTEST(key, "key");
    }

    void loginDefaultsToTheDatabaseName()
    {
        setDefaults({});
        const Result<PostgresLocation> location = PostgresLocation::parse(u"postgresql://h"_s);
        QVERIFY(location);
        QVERIFY(!location->login().isEmpty());
        QCOMPARE(location->credentialKey(), location->login() + u"@h:5432/"_s + location->login());
    }

    void parses()
    {
        QFETCH(QString, uri);
        const Result<PostgresLocation> location = PostgresLocation::parse(uri);
        QVERIFY2(location, location ? "" : qPrintable(location.error().message));
        QTEST(location->host, "host");
        QTEST(location->port, "port");
        QTEST(location->database, "database");
        QTEST(location->user, "user");
        QTEST(location->password, "password");
        QTEST(location->options, "options");
        QTEST(location->display(), "display");
        QVERIFY(PostgresLocation::isUri(uri));
    }

    void givesQpsqlItsPieces()
    {
        const auto location = PostgresLocation::parse(
            u"postgresql://ed:pw@db:6000/news?sslmode=require&application_name=copydesk"_s);
        QVERIFY(location);
        QCOMPARE(location->sslMode(), u"require"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pieces"_s);
            location->applyTo(db);
            QCOMPARE(db.hostName(), u"db"_s);
            QCOMPARE(db.port(), 6000);
            QCOMPARE(db.databaseName(), u"news"_s);
            QCOMPARE(db.userName(), u"ed"_s);
            QCOMPARE(db.password(), u"pw"_s);
            QCOMPARE(db.connectOptions(), u"sslmode=require;application_name=copydesk"_s);
        }
        QSqlDatabase::removeDatabase(u"pieces"_s);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a file path")
            << u"/home/rita/library.copydesk"_s << u"it must start with postgresql://"_s;
        QTest::newRow("several hosts")
            << u"postgresql://a,b/copydesk"_s << u"several hosts are not supported"_s;
        QTest::newRow("bad port") << u"postgresql://db/x?port=99999"_s
                                  << u"the port “99999” is not a number from 1 to 65535"_s;
        QTest::newRow("space in an option")
            << u"postgresql://db/x?options=-c%20search_path%3Dx"_s
            << u"the option “options” may not contain spaces or semicolons"_s;
        QTest::newRow("not a URI")
            << u"postgresql://ed:pw@[db/x"_s << u"it is not a well-formed URI"_s;
        QTest::newRow("slash in the database")
            << u"postgresql://db/a/b"_s << u"the database name “a/b” contains a slash"_s;
    }

    void refuses()
    {
        QFETCH(QString, uri);
        QFETCH(QString, problem);
        const Result<PostgresLocation> location = PostgresLocation::parse(uri);
        QVERIFY(!location);
        QCOMPARE(location.error().code, Error::Code::InvalidInput);
        QVERIFY2(location.error().message.endsWith(problem), qPrintable(location.error().message));
    }

    void passwordNeverInMessages()
    {
        const auto location = PostgresLocation::parse(u"postgresql://ed:hunter2@db/a/b"_s);
        QVERIFY(!location);
        QVERIFY2(
            !location.error().message.contains(u"hunter2"_s), qPrintable(location.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPostgresLocation)
#include "tst_postgreslocation.moc"
