// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The profile's URL patterns filled in for an article and a category.
#include "profileurls.h"
#include "urlpattern.h"

#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestProfileUrls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void articleUrl_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("published");
        QTest::addColumn<QString>("url");
        QTest::newRow("slug") << u"https://herald.example/news/{slug}"_s << true
                              << u"https://herald.example/news/storm-closes-the-harbour"_s;
        QTest::newRow("category, date and slug")
            << u"https://herald.example/{category}/{yyyy}/{mm}/{dd}/{slug}.html"_s << true
            << u"https://herald.example/world-news/2025/03/04/storm-closes-the-harbour.html"_s;
        QTest::newRow("uuid") << u"https://herald.example/a/{uuid}"_s << false
                              << u"https://herald.example/a/5d1c1b7e-0000-4000-8000-00000000000a"_s;
        QTest::newRow("date of an unpublished article")
            << u"https://herald.example/{yyyy}/{slug}"_s << false << QString();
        QTest::newRow("no pattern") << QString() << true << QString();
        QTest::newRow("javascript") << u"javascript:alert(1)//{slug}"_s << true << QString();
    }

    void articleUrl()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, published);
        QFETCH(QString, url);
        Article article;
        article.uuid = u"5d1c1b7e-0000-4000-8000-00000000000a"_s;
        article.headline = u"Storm closes the harbour"_s;
        article.category = u"World News"_s;
        if (published)
            article.published = QDateTime(QDate(2025, 3, 4), QTime(9, 30), QTimeZone::UTC);
        PublicationProfile profile;
        profile.articleUrlPattern = pattern;
        QCOMPARE(ProfileUrls::articleUrl(article, profile), url);
    }

    void categoryUrl_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("url");
        QTest::newRow("end") << u"https://herald.example/section/{category}"_s << u"World News"_s
                             << u"https://herald.example/section/world-news"_s;
        QTest::newRow("middle") << u"https://herald.example/{category}/index.html"_s
                                << u"Économie"_s << u"https://herald.example/economie/index.html"_s;
        QTest::newRow("non-latin") << u"https://herald.example/s/{category}"_s << u"بيئة"_s
                                   << u"https://herald.example/s/%D8%A8%D9%8A%D8%A6%D8%A9"_s;
        QTest::newRow("no category")
            << u"https://herald.example/s/{category}"_s << QString() << QString();
        QTest::newRow("no pattern") << QString() << u"Climate"_s << QString();
    }

    void categoryUrl()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, category);
        QFETCH(QString, url);
        PublicationProfile profile;
        profile.categoryUrlPattern = pattern;
        QCOMPARE(ProfileUrls::categoryUrl(category, profile), url);
    }

    void patternCheck_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("problem"); // Empty: usable.
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("good") << u"https://herald.example/{category}/{slug}"_s << QString();
        QTest::newRow("uuid is enough") << u"http://herald.example/a/{uuid}"_s << QString();
        QTest::newRow("no placeholder")
            << u"https://herald.example/news/"_s << u"no {slug} or {uuid}"_s;
        QTest::newRow("unknown placeholder")
            << u"https://herald.example/{author}/{slug}"_s << u"{author} is not a placeholder"_s;
        QTest::newRow("not http") << u"ftp://herald.example/{slug}"_s << u"http(s)"_s;
        QTest::newRow("no host") << u"https:///{slug}"_s << u"http(s)"_s;
        QTest::newRow("relative") << u"/news/{slug}"_s << u"http(s)"_s;
    }

    void patternCheck()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, problem);
        const Status checked
            = UrlPattern::check(pattern, {QStringLiteral("slug"), QStringLiteral("uuid")});
        QCOMPARE(checked.ok(), problem.isEmpty());
        if (!checked)
            QVERIFY2(
                checked.error().message.contains(problem), qPrintable(checked.error().message));
    }
};

QTEST_GUILESS_MAIN(TestProfileUrls)
#include "tst_profileurls.moc"
