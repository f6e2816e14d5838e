// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "languagetag.h"
#include "slug.h"

#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

// LanguageTag and Slug: the small text rules behind a page's lang, dir and category links.
class TestLanguageTag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void direction_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("checked");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("en") << u"en"_s << u"en"_s << false;
        QTest::newRow("de-CH") << u"de-CH"_s << u"de-CH"_s << false;
        QTest::newRow("ar") << u"ar"_s << u"ar"_s << true;
        QTest::newRow("ar-EG") << u"ar-EG"_s << u"ar-EG"_s << true;
        QTest::newRow("he") << u"he"_s << u"he"_s << true;
        QTest::newRow("fa-IR") << u"fa-IR"_s << u"fa-IR"_s << true;
        QTest::newRow("ur") << u"ur"_s << u"ur"_s << true;
        QTest::newRow("upper case") << u"AR"_s << u"AR"_s << true;
        QTest::newRow("latin script wins") << u"ku-Latn"_s << u"ku-Latn"_s << false;
        QTest::newRow("arabic script wins") << u"pa-Arab"_s << u"pa-Arab"_s << true;
        QTest::newRow("trimmed") << u" fa "_s << u"fa"_s << true;
        QTest::newRow("injection") << u"en\" onload=\"x"_s << QString() << false;
        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("underscore") << u"en_US"_s << QString() << false;
    }

    void direction()
    {
        QFETCH(QString, tag);
        QFETCH(QString, checked);
        QFETCH(bool, rightToLeft);
        QCOMPARE(LanguageTag::checked(tag), checked);
        QCOMPARE(LanguageTag::isRightToLeft(tag), rightToLeft);
    }

    void slug_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("words") << u"World News"_s << u"world-news"_s;
        QTest::newRow("accents") << u"Économie & Société"_s << u"economie-societe"_s;
        QTest::newRow("punctuation runs") << u"  --Science / Tech!! "_s << u"science-tech"_s;
        QTest::newRow("digits") << u"COP 29"_s << u"cop-29"_s;
        QTest::newRow("arabic") << u"الشرق الأوسط"_s << u"الشرق-الأوسط"_s;
        QTest::newRow("devanagari marks kept") << u"हिन्दी समाचार"_s << u"हिन्दी-समाचार"_s;
        QTest::newRow("cjk") << u"国际 新闻"_s << u"国际-新闻"_s;
        QTest::newRow("nothing") << u"!!!"_s << QString();
    }

    void slug()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(Slug::fromText(text), slug);
    }
};

QTEST_GUILESS_MAIN(TestLanguageTag)
#include "tst_languagetag.moc"
