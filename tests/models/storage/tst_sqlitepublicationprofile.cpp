#include "temporarylibrary.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

PublicationProfile herald()
{
    PublicationProfile profile;
    profile.name = u"The Harbour Herald"_s;
    profile.tagline = u"News from the coast — täglich"_s;
    profile.logo = QByteArray("\x89PNG\r\n\x1a\n\0\1\2", 11);
    profile.logoMimeType = u"image/png"_s;
    profile.accentColor = u"#0a5c8f"_s;
    profile.language = u"de-CH"_s;
    profile.wordsPerMinute = 200;
    profile.pageSize = PublicationProfile::PageSize::Letter;
    profile.categoryBaseUrl = u"https://herald.example/section/"_s;
    profile.siteUrl = u"https://herald.example/"_s;
    return profile;
}

} // namespace

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

    void defaultWhenNoneStored();
    void storedProfileSurvivesReopening();
    void replacesTheStoredProfile();
    void refusesInvalidProfile_data();
    void refusesInvalidProfile();
    void damagedValueIsReported_data();
    void damagedValueIsReported();

private:
    std::optional<TemporaryLibrary> m_library;
};

void tst_SqlitePublicationProfile::defaultWhenNoneStored()
{
    const Result<PublicationProfile> profile = m_library->store()->publicationProfile();
    QVERIFY2(profile, profile ? "" : qPrintable(profile.error().message));
    QCOMPARE(*profile, PublicationProfile {});
    QCOMPARE(m_library->rowCount(u"SELECT count(*) FROM library_settings"_s), 0);
}

void tst_SqlitePublicationProfile::storedProfileSurvivesReopening()
{
    SqliteArticleStore *store = m_library->store();
    QSignalSpy changed(store, &ArticleStore::publicationProfileChanged);
    const Status stored = store->setPublicationProfile(herald());
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store->publicationProfile().value(), herald());

    const QString path = m_library->path();
    m_library->close();
    auto reopened = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::OpenExisting);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
    QCOMPARE(reopened.value()->publicationProfile().value(), herald());
    const Result<QStringList> problems = reopened.value()->checkIntegrity();
    QVERIFY(problems && problems->isEmpty());
}

void tst_SqlitePublicationProfile::replacesTheStoredProfile()
{
    SqliteArticleStore *store = m_library->store();
    QVERIFY(store->setPublicationProfile(herald()));
    PublicationProfile gazette;
    gazette.name = u"Gazette"_s;
    QVERIFY(store->setPublicationProfile(gazette));
    QCOMPARE(store->publicationProfile().value(), gazette);
    QCOMPARE(m_library->rowCount(u"SELECT count(*) FROM library_settings"_s), 1);
}

void tst_SqlitePublicationProfile::refusesInvalidProfile_data()
{
    QTest::addColumn<PublicationProfile>("profile");
    QTest::addColumn<QString>("member");
    PublicationProfile profile = herald();
    profile.accentColor = u"red"_s;
    QTest::newRow("colour") << profile << u"accentColor"_s;
    profile = herald();
    profile.wordsPerMinute = 0;
    QTest::newRow("reading speed") << profile << u"wordsPerMinute"_s;
}

void tst_SqlitePublicationProfile::refusesInvalidProfile()
{
    QFETCH(PublicationProfile, profile);
    QFETCH(QString, member);
    SqliteArticleStore *store = m_library->store();
    QVERIFY(store->setPublicationProfile(herald()));
    QSignalSpy changed(store, &ArticleStore::publicationProfileChanged);
    const Status stored = store->setPublicationProfile(profile);
    QVERIFY(!stored);
    QCOMPARE(stored.error().code, Error::Code::InvalidInput);
    QVERIFY2(stored.error().message.contains(member), qPrintable(stored.error().message));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store->publicationProfile().value(), herald());
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
