// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "spellingdictionary.h"

#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

/// Which hunspell dictionary a publication's or an article's language picks.
class TestSpellingDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void picks_data();
    void picks();
};

void TestSpellingDictionary::picks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("available");
    QTest::addColumn<QString>("expected");

    // What the toolbox installs (hunspell-en-us, hunspell-en-gb, hunspell-de-de).
    const QStringList usual {u"de_DE"_s, u"de_DE_frami"_s, u"en_GB"_s, u"en_US"_s};
    QTest::newRow("en") << u"en"_s << usual << u"en_US"_s;
    QTest::newRow("en-GB") << u"en-GB"_s << usual << u"en_GB"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << usual << u"en_GB"_s;
    QTest::newRow("en-gb lower case") << u"en-gb"_s << usual << u"en_GB"_s;
    QTest::newRow("EN upper case") << u"EN"_s << usual << u"en_US"_s;
    QTest::newRow("en-US") << u"en-US"_s << usual << u"en_US"_s;
    QTest::newRow("en-AU without its dictionary") << u"en-AU"_s << usual << u"en_US"_s;
    QTest::newRow("de") << u"de"_s << usual << u"de_DE"_s;
    QTest::newRow("de-AT without its dictionary") << u"de-AT"_s << usual << u"de_DE"_s;
    QTest::newRow("de-AT with its dictionary")
        << u"de-AT"_s << (usual + QStringList {u"de_AT"_s}) << u"de_AT"_s;
    QTest::newRow("de-CH only Swiss")
        << u"de-CH"_s << QStringList {u"de_CH"_s, u"en_US"_s} << u"de_CH"_s;
    QTest::newRow("de only Swiss") << u"de"_s << QStringList {u"de_CH"_s} << u"de_CH"_s;
    QTest::newRow("en only British") << u"en"_s << QStringList {u"en_GB"_s} << u"en_GB"_s;
    QTest::newRow("en-GB only American") << u"en-GB"_s << QStringList {u"en_US"_s} << u"en_US"_s;
    QTest::newRow("any of the language, alphabetically")
        << u"pt"_s << QStringList {u"pt_BR"_s, u"en_US"_s, u"pt_AO"_s} << u"pt_AO"_s;
    QTest::newRow("language's own country first")
        << u"pt"_s << QStringList {u"pt_BR"_s, u"pt_PT"_s} << u"pt_PT"_s;
    QTest::newRow("bare dictionary name") << u"fr"_s << QStringList {u"fr"_s} << u"fr"_s;
    QTest::newRow("script subtag skipped")
        << u"sr-Latn-RS"_s << QStringList {u"sr_RS"_s, u"sr_ME"_s} << u"sr_RS"_s;
    QTest::newRow("numeric region")
        << u"es-419"_s << QStringList {u"es_419"_s, u"es_ES"_s} << u"es_419"_s;
    QTest::newRow("no dictionary") << u"ar"_s << usual << QString();
    QTest::newRow("prefix is not a language") << u"e"_s << usual << QString();
    QTest::newRow("empty") << QString() << usual << QString();
    QTest::newRow("nothing installed") << u"en"_s << QStringList() << QString();
}

void TestSpellingDictionary::picks()
{
    QFETCH(QString, language);
    QFETCH(QStringList, available);
    QFETCH(QString, expected);
    QCOMPARE(spellingDictionary(language, available), expected);
}

QTEST_GUILESS_MAIN(TestSpellingDictionary)
#include "tst_spellingdictionary.moc"
