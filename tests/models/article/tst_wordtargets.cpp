// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// A publication's word targets: the lookup per category with its fallbacks, the status bar's
// text, and the JSON form alone and inside the publication profile.
#include "publicationprofile.h"
#include "wordtargets.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class tst_WordTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void targetFor_data();
    void targetFor();
    void progressText_data();
    void progressText();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
    void inTheProfile();
};

void tst_WordTargets::targetFor_data()
{
    QTest::addColumn<int>("ownTarget");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("defaultWords");
    QTest::addColumn<int>("target");

    QTest::newRow("category") << 0 << u"News"_s << 800 << 600;
    QTest::newRow("category, other case and spaces") << 0 << u"  nEWS "_s << 800 << 600;
    QTest::newRow("another category") << 0 << u"Features"_s << 800 << 1500;
    QTest::newRow("no target of its own: the default") << 0 << u"Sport"_s << 800 << 800;
    QTest::newRow("no category: the default") << 0 << QString() << 800 << 800;
    QTest::newRow("no default") << 0 << u"Sport"_s << 0 << 0;
    QTest::newRow("the article's own wins") << 350 << u"News"_s << 800 << 350;
    QTest::newRow("own target without any other") << 350 << u"Sport"_s << 0 << 350;
}

void tst_WordTargets::targetFor()
{
    QFETCH(int, ownTarget);
    QFETCH(QString, category);
    QFETCH(int, defaultWords);
    QFETCH(int, target);
    WordTargets targets;
    targets.defaultWords = defaultWords;
    targets.byCategory = {{u"News"_s, 600}, {u"Features"_s, 1500}};
    Article article;
    article.wordTarget = ownTarget;
    article.category = category;
    QCOMPARE(targets.targetFor(article), target);
}

void tst_WordTargets::progressText_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("text");
    QTest::newRow("under") << 612 << 800 << u"612 / 800 words"_s;
    QTest::newRow("over") << 950 << 800 << u"950 / 800 words"_s;
    QTest::newRow("none yet") << 0 << 800 << u"0 / 800 words"_s;
    QTest::newRow("no target") << 612 << 0 << u"Words: 612"_s;
}

void tst_WordTargets::progressText()
{
    QFETCH(int, words);
    QFETCH(int, target);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(WordTargets::progressText(words, target), text);
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(WordTargets::progressText(12'500, 15'000), u"12.500 / 15.000 words"_s);
    QLocale::setDefault(QLocale::system());
}

void tst_WordTargets::jsonRoundTrip()
{
    WordTargets targets;
    targets.defaultWords = 700;
    targets.byCategory = {{u"News"_s, 500}, {u"Long reads"_s, 4000}};
    targets.overPercent = 10;
    const QJsonObject json = targets.toJson();
    QCOMPARE(json.value(u"default"_s).toInt(), 700);
    QCOMPARE(json.value(u"categories"_s).toObject().value(u"Long reads"_s).toInt(), 4000);
    const Result<WordTargets> read = WordTargets::fromJson(json);
    QVERIFY(read);
    QCOMPARE(*read, targets);
    const Result<WordTargets> empty = WordTargets::fromJson({});
    QVERIFY(empty);
    QCOMPARE(*empty, WordTargets());
}

void tst_WordTargets::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("member");
    QTest::newRow("negative default") << QByteArray(R"({"default": -1})") << u"default"_s;
    QTest::newRow("fraction") << QByteArray(R"({"default": 1.5})") << u"default"_s;
    QTest::newRow("text percent") << QByteArray(R"({"overPercent": "20"})") << u"overPercent"_s;
    QTest::newRow("categories array") << QByteArray(R"({"categories": [1]})") << u"categories"_s;
    QTest::newRow("category zero")
        << QByteArray(R"({"categories": {"News": 0}})") << u"categories/News"_s;
    QTest::newRow("category text")
        << QByteArray(R"({"categories": {"News": "long"}})") << u"categories/News"_s;
    QTest::newRow("blank category")
        << QByteArray(R"({"categories": {" ": 500}})") << u"categories/ "_s;
    QTest::newRow("too many words") << QByteArray(R"({"default": 1e9})") << u"default"_s;
}

void tst_WordTargets::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, member);
    const Result<WordTargets> read = WordTargets::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::InvalidInput);
    QVERIFY2(read.error().message.contains(u'"' + member + u'"'), qPrintable(read.error().message));
}

void tst_WordTargets::inTheProfile()
{
    PublicationProfile profile;
    QCOMPARE(profile.wordTargets, WordTargets()); // no targets unless a publication sets them
    profile.wordTargets.defaultWords = 900;
    profile.wordTargets.byCategory.insert(u"Opinion"_s, 750);
    const Result<PublicationProfile> read = PublicationProfile::fromJson(profile.toJson());
    QVERIFY(read);
    QCOMPARE(*read, profile);

    // Profiles stored before there were targets read as none.
    QJsonObject older = profile.toJson();
    older.remove(u"wordTargets"_s);
    QCOMPARE(PublicationProfile::fromJson(older)->wordTargets, WordTargets());

    older.insert(u"wordTargets"_s, 800);
    QCOMPARE(PublicationProfile::fromJson(older).error().code, Error::Code::InvalidInput);
    older.insert(u"wordTargets"_s, QJsonObject {{u"default"_s, u"800"_s}});
    QVERIFY(!PublicationProfile::fromJson(older));
}

QTEST_GUILESS_MAIN(tst_WordTargets)
#include "tst_wordtargets.moc"
