// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Article::isBlank(): what counts as "nothing written yet" (pasted copy may then structure it).
#include "article.h"

#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isBlank_data()
    {
        QTest::addColumn<Article>("article");
        QTest::addColumn<bool>("blank");
        const auto with = [](const std::function<void(Article &)> &change) {
            Article article;
            article.owner = u"rita"_s; // bookkeeping, not text
            article.status = ArticleStatus::InReview;
            change(article);
            return article;
        };
        QTest::newRow("new") << with([](Article &) { }) << true;
        QTest::newRow("whitespace") << with([](Article &a) {
            a.headline = u"  \t"_s;
            a.lede = u"\n\n"_s;
            a.bylines = {Byline {u" "_s, {}}};
        }) << true;
        QTest::newRow("empty parts with headings") << with([](Article &a) {
            a.parts = {ArticlePart::make(ArticlePart::Kind::Section, u"Background"_s),
                ArticlePart::make(ArticlePart::Kind::KeyFacts)};
            a.parts[1].items = {u" "_s};
        }) << true;
        QTest::newRow("headline") << with([](Article &a) { a.headline = u"Ferry"_s; }) << false;
        QTest::newRow("dek") << with([](Article &a) { a.dek = u"Ferry"_s; }) << false;
        QTest::newRow("byline") << with([](Article &a) { a.bylines = {Byline {u"Jo"_s, {}}}; })
                                << false;
        QTest::newRow("dateline") << with([](Article &a) { a.dateline = u"OSLO"_s; }) << false;
        QTest::newRow("category") << with([](Article &a) { a.category = u"News"_s; }) << false;
        QTest::newRow("tag") << with([](Article &a) { a.tags = {u"ferry"_s}; }) << false;
        QTest::newRow("lede") << with([](Article &a) { a.lede = u"It sails."_s; }) << false;
        QTest::newRow("hero caption")
            << with([](Article &a) { a.hero.caption = u"The quay"_s; }) << false;
        QTest::newRow("hero image") << with([](Article &a) { a.hero.data = "\x89PNG"; }) << false;
        QTest::newRow("key fact") << with([](Article &a) {
            a.parts = {ArticlePart::make(ArticlePart::Kind::KeyFacts)};
            a.parts[0].items = {u"80 years"_s};
        }) << false;
    }

    void isBlank()
    {
        QFETCH(Article, article);
        QFETCH(bool, blank);
        QCOMPARE(article.isBlank(), blank);
    }
};

QTEST_GUILESS_MAIN(TestArticle)
#include "tst_article.moc"
