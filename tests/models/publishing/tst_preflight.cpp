// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "checklist.h"
#include "preflight.h"

#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;
using Severity = PreflightFinding::Severity;

// Preflight, the checklist with its preflight configuration: each rule on an otherwise clean
// article, one row per rule.
class TestPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanArticleHasNoFindings()
    {
        // A reference without an address (a printed report) is fine: it is not linked.
        Article article = Testing::fullArticle();
        article.hero.data = Testing::solidPng(1200, 675); // wide enough for a social card
        article.parts[7].references[0].url.clear();
        const QList<PreflightFinding> findings = Preflight::check(article);
        QStringList text;
        for (const PreflightFinding &finding : findings)
            text << Preflight::format(finding);
        QVERIFY2(findings.isEmpty(), qPrintable(text.join(u'\n')));
        QVERIFY(!Preflight::hasErrors(findings));
    }

    void rules_data()
    {
        QTest::addColumn<Article>("article");
        QTest::addColumn<QString>("field");
        QTest::addColumn<Severity>("severity");
        Article base = Testing::fullArticle();
        base.hero.data = Testing::solidPng(1200, 675);
        const auto row = [&base](const char *name, const QString &field, Severity severity,
                             const std::function<void(Article &)> &change) {
            Article article = base;
            change(article);
            QTest::newRow(name) << article << field << severity;
        };
        row("no headline", u"headline"_s, Severity::Error,
            [](Article &a) { a.headline = u" \n"_s; });
        row("no byline", u"bylines"_s, Severity::Error, [](Article &a) { a.bylines.clear(); });
        row("byline without name", u"bylines"_s, Severity::Error,
            [](Article &a) { a.bylines[1].name.clear(); });
        row("no date", u"published"_s, Severity::Error, [](Article &a) { a.published = {}; });
        row("hero without alt", u"hero.altText"_s, Severity::Error,
            [](Article &a) { a.hero.altText = u"  "_s; });
        row("empty section", u"parts[0]"_s, Severity::Warning,
            [](Article &a) { a.parts[0].body = u"\n\n"_s; });
        row("empty key facts", u"parts[2]"_s, Severity::Warning,
            [](Article &a) { a.parts[2].items = {u" "_s}; });
        row("empty quotes", u"parts[3]"_s, Severity::Warning,
            [](Article &a) { a.parts[3].quotes.clear(); });
        row("empty takeaways", u"parts[5]"_s, Severity::Warning,
            [](Article &a) { a.parts[5].items.clear(); });
        row("empty faq", u"parts[6]"_s, Severity::Warning,
            [](Article &a) { a.parts[6].faq.clear(); });
        row("no references", u"parts[7]"_s, Severity::Warning,
            [](Article &a) { a.parts[7].references.clear(); });
        row("reference url without scheme", u"parts[7].references[0]"_s, Severity::Error,
            [](Article &a) { a.parts[7].references[0].url = u"www.example.com/report"_s; });
        row("reference url javascript", u"parts[7].references[0]"_s, Severity::Error,
            [](Article &a) { a.parts[7].references[0].url = u"javascript:alert(1)"_s; });
        row("reference url without host", u"parts[7].references[0]"_s, Severity::Error,
            [](Article &a) { a.parts[7].references[0].url = u"https://"_s; });
        row("reference without title", u"parts[7].references[0]"_s, Severity::Warning,
            [](Article &a) { a.parts[7].references[0].title.clear(); });
    }

    void rules()
    {
        QFETCH(Article, article);
        QFETCH(QString, field);
        QFETCH(Severity, severity);
        const QList<PreflightFinding> findings = Preflight::check(article);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().field, field);
        QCOMPARE(findings.first().severity, severity);
        QVERIFY(!findings.first().message.isEmpty());
        QCOMPARE(Preflight::hasErrors(findings), severity == Severity::Error);
        QVERIFY(Preflight::format(findings.first()).contains(findings.first().place));
        QVERIFY(!findings.first().place.contains(u'/'));
        QVERIFY(!findings.first().place.contains(u'['));
    }

    void sameFindingsAsTheChecklist()
    {
        // One engine: each preflight finding is the checklist's, word for word.
        Article article = Testing::fullArticle();
        article.hero.data = Testing::solidPng(1200, 675); // wide enough for a social card
        article.headline.clear();
        article.parts[2].items.clear();
        article.parts[7].references[0].url = u"javascript:alert(1)"_s;
        const QList<PreflightFinding> preflight = Preflight::check(article);
        const QList<ChecklistFinding> checklist
            = Checklist::run(article, ChecklistConfig::preflight());
        QCOMPARE(preflight.size(), checklist.size());
        QCOMPARE(preflight.size(), 3);
        for (qsizetype i = 0; i < preflight.size(); ++i)
            QCOMPARE(preflight.at(i).message, checklist.at(i).message);
    }

    void emptyArticleReportsEverythingInOrder()
    {
        Article article;
        article.hero.data = Testing::tinyPng(); // Also too small for the page.
        article.parts = {ArticlePart::make(ArticlePart::Kind::KeyFacts)};
        QStringList fields;
        for (const PreflightFinding &finding : Preflight::check(article))
            fields << finding.field;
        QCOMPARE(fields,
            QStringList({u"headline"_s, u"bylines"_s, u"published"_s, u"hero.altText"_s, u"hero"_s,
                u"parts[0]"_s}));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
