// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The publication profile in a SQLite file: one row of library_settings, and a damaged value
// there reported as such. Storing, replacing and refusing profiles on both backends:
// tests/models/library/tst_librarystore.
#include "temporarylibrary.h"

#include <QSqlError>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class tst_SqlitePublicationProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_library.emplace();
        QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
    }
    void cleanup() { m_library.reset(); }

    void storedInOneSettingsRow();
    void damagedValueIsReported_data();
    void damagedValueIsReported();

private:
    std::optional<TemporaryLibrary> m_library;
};

void tst_SqlitePublicationProfile::storedInOneSettingsRow()
{
    SqliteArticleStore *store = m_library->store();
    QCOMPARE(store->publicationProfile().value(), PublicationProfile {});
    QCOMPARE(m_library->rowCount(u"SELECT count(*) FROM library_settings"_s), 0);
    PublicationProfile herald;
    herald.name = u"The Harbour Herald"_s;
    QVERIFY(store->setPublicationProfile(herald));
    PublicationProfile gazette;
    gazette.name = u"Gazette"_s;
    QVERIFY(store->setPublicationProfile(gazette));
    QCOMPARE(m_library->rowCount(u"SELECT count(*) FROM library_settings"_s), 1);
}

void tst_SqlitePublicationProfile::damagedValueIsReported_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("not JSON") << u"{name"_s;
    QTest::newRow("array") << u"[1, 2]"_s;
    QTest::newRow("bad colour") << u"{\"accentColor\": \"blue\"}"_s;
}

void tst_SqlitePublicationProfile::damagedValueIsReported()
{
    QFETCH(QString, value);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(m_library->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare(
            u"INSERT INTO library_settings (key, value) VALUES ('publicationProfile', ?)"_s));
        query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    const Result<PublicationProfile> profile = m_library->store()->publicationProfile();
    QVERIFY(!profile);
    QCOMPARE(profile.error().code, Error::Code::Corrupt);
    QVERIFY2(
        profile.error().message.contains(m_library->path()), qPrintable(profile.error().message));
}

QTEST_GUILESS_MAIN(tst_SqlitePublicationProfile)
#include "tst_sqlitepublicationprofile.moc"
