// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "publicationprofile.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestPublicationProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        const PublicationProfile profile;
        QVERIFY(!profile.name.isEmpty());
        QCOMPARE(profile.wordsPerMinute, 230);
        QCOMPARE(profile.language, u"en"_s);
        QCOMPARE(profile.pageSize, PublicationProfile::PageSize::A4);
        QVERIFY(PublicationProfile::isValidColor(profile.accentColor));
        QVERIFY(profile.logo.isEmpty());
        QVERIFY(profile.categoryUrlPattern.isEmpty());
        QVERIFY(profile.hasDefaultName());
        QCOMPARE(profile.headlineMaxLength, 110);
        QCOMPARE(profile.dekMaxLength, 250);
    }

    void lengthLimits_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("headline");
        QTest::addColumn<int>("dek");
        // Profiles stored before the limits existed get the defaults.
        QTest::newRow("absent") << QByteArray(R"({"name": "Herald"})") << 110 << 250;
        QTest::newRow("no limit") << QByteArray(R"({"headlineMaxLength": 0, "dekMaxLength": 0})")
                                  << 0 << 0;
        QTest::newRow("set") << QByteArray(R"({"headlineMaxLength": 72})") << 72 << 250;
    }

    void lengthLimits()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, headline);
        QFETCH(int, dek);
        const auto profile = PublicationProfile::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(profile.ok());
        QCOMPARE(profile->headlineMaxLength, headline);
        QCOMPARE(profile->dekMaxLength, dek);
        QCOMPARE(PublicationProfile::fromJson(profile->toJson()).value(), *profile);
    }

    void roundTrip()
    {
        PublicationProfile profile;
        profile.name = u"The Harbour Herald"_s;
        profile.tagline = u"News from the coast"_s;
        profile.logo = QByteArray("\x89PNG\r\n\x1a\n\0\1\2", 11);
        profile.logoMimeType = u"image/png"_s;
        profile.accentColor = u"#0a5c8f"_s;
        profile.language = u"de-CH"_s;
        profile.wordsPerMinute = 200;
        profile.pageSize = PublicationProfile::PageSize::Letter;
        profile.categoryUrlPattern = u"https://herald.example/section/{category}"_s;
        profile.articleUrlPattern = u"https://herald.example/{yyyy}/{slug}"_s;
        profile.templateDirectory = u"/srv/herald/templates"_s;
        profile.siteUrl = u"https://herald.example/"_s;
        profile.headlineMaxLength = 90;
        profile.dekMaxLength = 240;

        const QJsonObject json = profile.toJson();
        QCOMPARE(json.value(u"pageSize"_s).toString(), u"Letter"_s);
        QCOMPARE(json.value(u"headlineMaxLength"_s).toInt(), 90);
        QCOMPARE(json.value(u"logo"_s).toString(), QString::fromLatin1(profile.logo.toBase64()));
        const auto read = PublicationProfile::fromJson(json);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(*read, profile);

        // Through text too, as it is stored.
        const QByteArray text = QJsonDocument(json).toJson();
        const auto again = PublicationProfile::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(again.ok());
        QCOMPARE(*again, profile);
    }

    void missingMembersKeepDefaults()
    {
        const auto read = PublicationProfile::fromJson(QJsonObject {{u"name"_s, u"Gazette"_s}});
        QVERIFY(read.ok());
        PublicationProfile expected;
        expected.name = u"Gazette"_s;
        QCOMPARE(*read, expected);
    }

    void earlierCategoryBaseUrl()
    {
        // Profiles stored before URL patterns had a base URL that the slug followed.
        const auto read = PublicationProfile::fromJson(
            QJsonObject {{u"categoryBaseUrl"_s, u"https://herald.example/section/"_s}});
        QVERIFY(read.ok());
        QCOMPARE(read->categoryUrlPattern, u"https://herald.example/section/{category}"_s);
        QVERIFY(!read->toJson().contains(u"categoryBaseUrl"_s));
        // A pattern, when there is one, wins.
        const auto both = PublicationProfile::fromJson(
            QJsonObject {{u"categoryBaseUrl"_s, u"https://old.example/"_s},
                {u"categoryUrlPattern"_s, u"https://new.example/{category}/"_s}});
        QVERIFY(both.ok());
        QCOMPARE(both->categoryUrlPattern, u"https://new.example/{category}/"_s);
    }

    void defaultName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isDefault");
        QTest::newRow("default") << PublicationProfile::defaultName() << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces around default") << u" Copydesk "_s << true;
        QTest::newRow("own name") << u"The Harbour Herald"_s << false;
    }

    void defaultName()
    {
        QFETCH(QString, name);
        QFETCH(bool, isDefault);
        PublicationProfile profile;
        profile.name = name;
        QCOMPARE(profile.hasDefaultName(), isDefault);
    }

    void invalid_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("member");
        QTest::newRow("name not text") << QJsonObject {{u"name"_s, 3}} << u"name"_s;
        QTest::newRow("colour word")
            << QJsonObject {{u"accentColor"_s, u"red"_s}} << u"accentColor"_s;
        QTest::newRow("colour short")
            << QJsonObject {{u"accentColor"_s, u"#abc"_s}} << u"accentColor"_s;
        QTest::newRow("colour injection")
            << QJsonObject {{u"accentColor"_s, u"#000000;}</style>"_s}} << u"accentColor"_s;
        QTest::newRow("words zero")
            << QJsonObject {{u"wordsPerMinute"_s, 0}} << u"wordsPerMinute"_s;
        QTest::newRow("words text")
            << QJsonObject {{u"wordsPerMinute"_s, u"fast"_s}} << u"wordsPerMinute"_s;
        QTest::newRow("page size") << QJsonObject {{u"pageSize"_s, u"A3"_s}} << u"pageSize"_s;
        QTest::newRow("headline limit negative")
            << QJsonObject {{u"headlineMaxLength"_s, -1}} << u"headlineMaxLength"_s;
        QTest::newRow("dek limit text")
            << QJsonObject {{u"dekMaxLength"_s, u"long"_s}} << u"dekMaxLength"_s;
        QTest::newRow("logo not base64") << QJsonObject {{u"logo"_s, u"!!!"_s}} << u"logo"_s;
    }

    void invalid()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, member);
        const auto read = PublicationProfile::fromJson(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::InvalidInput);
        QVERIFY2(
            read.error().message.contains(u'"' + member + u'"'), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPublicationProfile)
#include "tst_publicationprofile.moc"
