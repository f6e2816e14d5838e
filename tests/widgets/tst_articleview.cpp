// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlestats.h"
#include "articleview.h"
#include "dateformat.h"

#include <QTest>

using namespace Copydesk;

class TestArticleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAHintWithoutAnArticle();
    void showsEveryPart();
    void showsReadingTimeAndDate();
    void escapesPlainTextFields_data();
    void escapesPlainTextFields();
    void namesUntitledArticles();
    void embedsTheHeroImage();
};

void TestArticleView::showsAHintWithoutAnArticle()
{
    ArticleView view;
    QVERIFY(!view.hasArticle());
    QVERIFY(view.plainText().contains(QLatin1String("Select an article")));
    view.setArticle(Testing::fullArticle());
    QVERIFY(view.hasArticle());
    QCOMPARE(view.article(), Testing::fullArticle());
    view.clearArticle();
    QVERIFY(!view.hasArticle());
    QVERIFY(view.plainText().contains(QLatin1String("Select an article")));
}

void TestArticleView::showsEveryPart()
{
    const Article article = Testing::fullArticle();
    ArticleView view;
    view.setArticle(article);
    const QString text = view.plainText();
    QVERIFY(text.contains(article.headline));
    QVERIFY(text.contains(article.dek));
    QVERIFY(text.contains(article.dateline));
    for (const Byline &byline : article.bylines)
        QVERIFY2(text.contains(byline.name), qPrintable(byline.name));
    QSet<ArticlePart::Kind> kinds;
    for (const ArticlePart &part : article.parts) {
        kinds.insert(part.kind);
        const QString heading
            = part.heading.isEmpty() ? ArticlePart::defaultHeading(part.kind) : part.heading;
        QVERIFY2(text.contains(heading), qPrintable(heading));
        for (const Quote &quote : part.quotes) {
            QVERIFY2(text.contains(quote.speaker), qPrintable(quote.speaker));
            QVERIFY2(text.contains(quote.text.left(30)), qPrintable(quote.text));
        }
        for (const FaqEntry &entry : part.faq)
            QVERIFY2(text.contains(entry.question), qPrintable(entry.question));
        for (const Reference &reference : part.references)
            QVERIFY2(text.contains(reference.title), qPrintable(reference.title));
    }
    QCOMPARE(kinds.size(), 6); // the fixture has every kind, and so does the view
    for (const QString &tag : article.tags)
        QVERIFY2(text.contains(tag), qPrintable(tag));
}

void TestArticleView::showsReadingTimeAndDate()
{
    Article article = Testing::fullArticle();
    ArticleView view;
    view.setArticle(article);
    const int minutes = ArticleStats::readingMinutes(article);
    QVERIFY(view.plainText().contains(QStringLiteral("%1 min read").arg(minutes)));
    QVERIFY(view.plainText().contains(DateFormat::toString(article.published)));

    article.published = {};
    view.setArticle(article);
    QVERIFY(view.plainText().contains(QLatin1String("Not published")));
}

void TestArticleView::escapesPlainTextFields_data()
{
    QTest::addColumn<QString>("headline");
    QTest::newRow("emphasis") << QStringLiteral("Rates *rise* again, _slowly_");
    QTest::newRow("heading mark") << QStringLiteral("# 1 in the charts");
    QTest::newRow("link syntax") << QStringLiteral("[Breaking](http://example.com) news");
    QTest::newRow("html") << QStringLiteral("<b>bold</b> & <script>x</script>");
    QTest::newRow("list mark") << QStringLiteral("- not a list");
    QTest::newRow("numbered") << QStringLiteral("1. not a list either");
    QTest::newRow("backslash") << QStringLiteral("C:\\Users\\ana");
}

void TestArticleView::escapesPlainTextFields()
{
    QFETCH(QString, headline);
    Article article;
    article.headline = headline;
    article.dek = headline;
    article.bylines = {{headline, {}}};
    ArticleView view;
    view.setArticle(article);
    QCOMPARE(view.plainText().count(headline), 3);
}

void TestArticleView::namesUntitledArticles()
{
    ArticleView view;
    view.setArticle(Article {});
    QVERIFY(view.plainText().startsWith(QLatin1String("Untitled")));
}

void TestArticleView::embedsTheHeroImage()
{
    Article article = Testing::fullArticle();
    QVERIFY(!article.hero.isEmpty());
    QVERIFY(ArticleView::toMarkdown(article).contains(QLatin1String("](copydesk:hero)")));
    article.hero = {};
    QVERIFY(!ArticleView::toMarkdown(article).contains(QLatin1String("copydesk:hero")));
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
