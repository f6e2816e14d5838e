// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The publication profile set by key and moved as a file: every bad value is refused with the
// key and the reason, and leaves the profile as it was.
#include "articlefactory.h"
#include "profilefields.h"
#include "profilefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestProfileFields : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
        QVERIFY(writeFile(m_folder.filePath(u"logo.png"_s), Testing::tinyPng()));
        QVERIFY(writeFile(m_folder.filePath(u"logo.txt"_s), "not a picture\n"));
        QVERIFY(QDir(m_folder.path()).mkdir(u"templates"_s));
    }

    void setGood_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("name") << u"name"_s << u"  The Harbour Herald "_s << u"The Harbour Herald"_s;
        QTest::newRow("tagline") << u"tagline"_s << u"News from the coast"_s
                                 << u"News from the coast"_s;
        QTest::newRow("tagline cleared") << u"tagline"_s << QString() << QString();
        QTest::newRow("site") << u"site-url"_s << u"https://herald.example/"_s
                              << u"https://herald.example/"_s;
        QTest::newRow("article pattern")
            << u"article-url"_s << u"https://herald.example/{category}/{slug}"_s
            << u"https://herald.example/{category}/{slug}"_s;
        QTest::newRow("category pattern")
            << u"category-url"_s << u"https://herald.example/section/{category}"_s
            << u"https://herald.example/section/{category}"_s;
        QTest::newRow("language") << u"language"_s << u"de-CH"_s << u"de-CH"_s;
        QTest::newRow("language cleared") << u"language"_s << QString() << u"en"_s;
        QTest::newRow("colour") << u"accent-color"_s << u"#0A5C8F"_s << u"#0A5C8F"_s;
        QTest::newRow("colour cleared")
            << u"accent-color"_s << QString() << PublicationProfile::defaultAccentColor();
        QTest::newRow("templates cleared") << u"templates"_s << QString() << QString();
    }

    void setGood()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        PublicationProfile profile;
        profile.tagline = u"before"_s;
        const Status set = ProfileFields::set(profile, key, value);
        QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().message));
        QCOMPARE(ProfileFields::value(profile, key), shown);
        QVERIFY(ProfileFields::check(profile).ok());
    }

    void setFilesAndFolders()
    {
        PublicationProfile profile;
        QVERIFY(ProfileFields::set(profile, u"logo"_s, m_folder.filePath(u"logo.png"_s)).ok());
        QCOMPARE(profile.logo, Testing::tinyPng());
        QCOMPARE(profile.logoMimeType, u"image/png"_s);
        QVERIFY(ProfileFields::value(profile, u"logo"_s).startsWith(u"image/png, "_s));

        // A relative folder is stored absolute: the profile is used from elsewhere.
        const QString before = QDir::currentPath();
        QDir::setCurrent(m_folder.path());
        const Status set = ProfileFields::set(profile, u"templates"_s, u"templates"_s);
        QDir::setCurrent(before);
        QVERIFY(set.ok());
        QCOMPARE(profile.templateDirectory, m_folder.filePath(u"templates"_s));

        QVERIFY(ProfileFields::set(profile, u"logo"_s, QString()).ok());
        QVERIFY(profile.logo.isEmpty() && profile.logoMimeType.isEmpty());
    }

    void setBad_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown key")
            << u"colour"_s << u"#000000"_s << u"there is no profile key “colour”"_s;
        QTest::newRow("no name") << u"name"_s << u"  "_s << u"needs a name"_s;
        QTest::newRow("site not http")
            << u"site-url"_s << u"javascript:alert(1)"_s << u"not an http(s) address"_s;
        QTest::newRow("site without host")
            << u"site-url"_s << u"herald.example"_s << u"not an http(s) address"_s;
        QTest::newRow("article pattern without slug")
            << u"article-url"_s << u"https://herald.example/{category}/"_s
            << u"no {slug} or {uuid}"_s;
        QTest::newRow("article pattern with a typo")
            << u"article-url"_s << u"https://herald.example/{slugg}"_s
            << u"{slugg} is not a placeholder"_s;
        QTest::newRow("article pattern not a URL")
            << u"article-url"_s << u"news/{slug}"_s << u"not an http(s) address"_s;
        QTest::newRow("category pattern without category")
            << u"category-url"_s << u"https://herald.example/section/"_s << u"no {category}"_s;
        QTest::newRow("colour word") << u"accent-color"_s << u"red"_s << u"#rrggbb"_s;
        QTest::newRow("colour short") << u"accent-color"_s << u"#abc"_s << u"#rrggbb"_s;
        QTest::newRow("language") << u"language"_s << u"English please"_s
                                  << u"not a language tag"_s;
        QTest::newRow("logo text") << u"logo"_s << u"logo.txt"_s << u"logo"_s;
        QTest::newRow("logo missing") << u"logo"_s << u"nowhere.png"_s << u"logo"_s;
        QTest::newRow("templates missing")
            << u"templates"_s << u"no-such-folder"_s << u"is not a folder"_s;
        QTest::newRow("templates a file")
            << u"templates"_s << u"logo.png"_s << u"is not a folder"_s;
    }

    void setBad()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        if (key == u"logo" || key == u"templates")
            value = m_folder.filePath(value);
        PublicationProfile profile;
        profile.name = u"The Harbour Herald"_s;
        const PublicationProfile before = profile;
        const Status set = ProfileFields::set(profile, key, value);
        QVERIFY(!set.ok());
        QCOMPARE(set.error().code, Error::Code::InvalidInput);
        QVERIFY2(
            set.error().message.contains(u"“"_s + key + u"”"_s), qPrintable(set.error().message));
        QVERIFY2(set.error().message.contains(problem), qPrintable(set.error().message));
        QCOMPARE(profile, before);
    }

    void fileRoundTrip()
    {
        PublicationProfile profile;
        profile.name = u"The Harbour Herald"_s;
        profile.logo = Testing::tinyPng();
        profile.logoMimeType = u"image/png"_s;
        profile.articleUrlPattern = u"https://herald.example/{slug}"_s;
        profile.templateDirectory = m_folder.filePath(u"templates"_s);
        const QString path = m_folder.filePath(u"herald.json"_s);
        QVERIFY(writeFile(path, ProfileFile::bytes(profile)));
        const auto read = ProfileFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, profile);
    }

    void fileNotAProfile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("problem");
        QTest::newRow("text") << QByteArray("name: Herald\n") << u"is not a publication profile"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QTest::newRow("empty object") << QByteArray("{}") << u"is not a publication profile"_s;
        QTest::newRow("an article")
            << QByteArray("{\"headline\": \"Storm\", \"parts\": []}") << u"a profile has no “"_s;
        QTest::newRow("a typo") << QByteArray(
            "{\"name\": \"Herald\", \"accentColour\": \"#000000\"}")
                                << u"accentColour"_s;
        QTest::newRow("bad colour")
            << QByteArray("{\"name\": \"Herald\", \"accentColor\": \"red\"}") << u"accentColor"_s;
        QTest::newRow("bad site") << QByteArray("{\"name\": \"Herald\", \"siteUrl\": \"ftp://x\"}")
                                  << u"“site-url”"_s;
        QTest::newRow("logo not a picture") << QByteArray(
            "{\"name\": \"Herald\", \"logo\": \"aGVsbG8=\", \"logoMimeType\": \"image/png\"}")
                                            << u"“logo”"_s;
        QTest::newRow("pattern without placeholder")
            << QByteArray("{\"name\": \"Herald\", \"categoryUrlPattern\": \"https://x.example/\"}")
            << u"no {category}"_s;
    }

    void fileNotAProfile()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        const QString path = m_folder.filePath(u"candidate.json"_s);
        QVERIFY(writeFile(path, contents));
        const auto read = ProfileFile::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(problem), qPrintable(read.error().message));
    }

    void fileMissing()
    {
        const auto read = ProfileFile::read(m_folder.filePath(u"nothing.json"_s));
        QVERIFY(!read.ok());
        QVERIFY2(
            read.error().message.contains(u"nothing.json"_s), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestProfileFields)
#include "tst_profilefields.moc"
