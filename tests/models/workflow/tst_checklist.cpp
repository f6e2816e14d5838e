// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Every default checklist rule with passing and failing cases, levels and the config's JSON.
#include "articlefactory.h"
#include "articlestats.h"
#include "checklist.h"
#include "findingplace.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace Copydesk;
using namespace Qt::StringLiterals;

using Edit = std::function<void(Article &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

using Kind = ArticlePart::Kind;

ArticlePart part(Kind kind, const QString &id, const QString &heading = {})
{
    ArticlePart p;
    p.kind = kind;
    p.id = id;
    p.heading = heading;
    return p;
}

/// An article that passes every rule.
Article goodArticle()
{
    Article a;
    a.uuid = u"4f0c3c55-4e4c-4b4e-9a37-2f0b1c2d3e4f"_s;
    a.headline = u"Ferry service resumes after storm"_s;
    a.dek = u"Crossings restart at dawn."_s;
    a.bylines = {{u"Ann Reporter"_s, {}}};
    a.published = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
    a.hero.data = Testing::solidPng(1200, 675);
    a.hero.mimeType = u"image/png"_s;
    a.hero.fileName = u"ferry.png"_s;
    a.hero.caption = u"The morning ferry"_s;
    a.hero.altText = u"A white ferry leaves the harbour under grey clouds"_s;
    a.lede = u"The ferry runs again."_s;
    ArticlePart section = part(Kind::Section, u"s1"_s, u"Background"_s);
    section.body = u"The storm closed the port for three days."_s;
    ArticlePart facts = part(Kind::KeyFacts, u"kf"_s);
    facts.items = {u"Three days closed"_s};
    ArticlePart takeaways = part(Kind::KeyTakeaways, u"kt"_s);
    takeaways.items = {u"Service is back"_s};
    ArticlePart faq = part(Kind::Faq, u"faq"_s);
    faq.faq = {{u"When is the first crossing?"_s, u"At six."_s}};
    ArticlePart refs = part(Kind::References, u"refs"_s);
    refs.references = {{u"Port notice"_s, u"https://port.example/notice"_s, {}, {}}};
    a.parts = {section, facts, takeaways, faq, refs};
    return a;
}

ChecklistConfig allRequired()
{
    ChecklistConfig config;
    for (const QString &id : ChecklistConfig::ruleIds())
        config.setLevel(id, RuleLevel::Required);
    return config;
}

using Expected = QList<std::pair<QString, QString>>; // rule id, path

} // namespace

class tst_Checklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rules_data();
    void rules();
    void everyRuleHasAFailingRow();
    void offRulesAreSilent();
    void levelsAndDefaults();
    void configJson();
    void headlineLimit_data();
    void headlineLimit();
    void wordTarget_data();
    void wordTarget();
    void configJsonErrors_data();
    void configJsonErrors();
    void statedReadingMinutes_data();
    void statedReadingMinutes();
    void places_data();
    void places();

private:
    QSet<QString> m_failedRules;
};

void tst_Checklist::rules_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Expected>("expected");

    const auto row = [](const char *name, Edit edit, Expected expected) {
        QTest::newRow(name) << edit << expected;
    };
    const auto partAt = [](Article &a, const QString &id) -> ArticlePart & {
        return a.parts[a.partIndex(id)];
    };

    row("good article passes", [](Article &) { }, {});

    row("headline missing", [](Article &a) { a.headline = u"  "_s; },
        {{u"headline.present"_s, u"headline"_s}});
    row("headline at the limit", [](Article &a) { a.headline = QString(110, u'x'); }, {});
    row("headline too long", [](Article &a) { a.headline = QString(111, u'x'); },
        {{u"headline.length"_s, u"headline"_s}});
    row("dek missing", [](Article &a) { a.dek.clear(); }, {{u"dek.present"_s, u"dek"_s}});
    row("no bylines", [](Article &a) { a.bylines.clear(); },
        {{u"bylines.present"_s, u"bylines"_s}});
    row("only a blank byline", [](Article &a) { a.bylines = {{u" "_s, u"Staff"_s}}; },
        {{u"bylines.present"_s, u"bylines"_s}});
    row("no date", [](Article &a) { a.published = {}; }, {{u"published.set"_s, u"published"_s}});
    row("no hero image needs no alt text", [](Article &a) { a.hero = {}; }, {});
    row("alt text missing", [](Article &a) { a.hero.altText.clear(); },
        {{u"hero.altText"_s, u"hero.altText"_s}});
    row("alt text is the caption", [](Article &a) { a.hero.altText = u"the morning FERRY"_s; },
        {{u"hero.altText"_s, u"hero.altText"_s}});
    row("alt text is the file name", [](Article &a) { a.hero.altText = u"ferry.png"_s; },
        {{u"hero.altText"_s, u"hero.altText"_s}});
    row("alt text is the file's base name", [](Article &a) { a.hero.altText = u"ferry"_s; },
        {{u"hero.altText"_s, u"hero.altText"_s}});
    row("hero narrower than the column",
        [](Article &a) { a.hero.data = Testing::solidPng(Checklist::pageColumnWidth - 1, 300); },
        {{u"hero.size"_s, u"hero"_s}});
    row("hero fills the column, too small for a social card",
        [](Article &a) { a.hero.data = Testing::solidPng(Checklist::pageColumnWidth, 360); },
        {{u"hero.size"_s, u"hero"_s}});
    row("hero one pixel short of a social card",
        [](Article &a) { a.hero.data = Testing::solidPng(Checklist::socialCardWidth - 1, 630); },
        {{u"hero.size"_s, u"hero"_s}});
    row("hero wide enough for a social card",
        [](Article &a) { a.hero.data = Testing::solidPng(Checklist::socialCardWidth, 630); }, {});
    row("svg hero has no pixel size to judge",
        [](Article &a) {
            a.hero.data = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>";
            a.hero.mimeType = u"image/svg+xml"_s;
        },
        {});
    row("no hero, nothing to judge", [](Article &a) { a.hero = {}; }, {});
    row("no body section", [](Article &a) { a.parts.removeAt(0); },
        {{u"body.sections"_s, u"parts"_s}});
    row("only an empty body section", [partAt](Article &a) { partAt(a, u"s1"_s).body = u"\n "_s; },
        {{u"body.sections"_s, u"parts"_s}, {u"parts.nonEmpty"_s, u"parts/s1"_s}});
    row("an empty quotes part", [](Article &a) { a.parts.append(part(Kind::Quotes, u"q"_s)); },
        {{u"parts.nonEmpty"_s, u"parts/q"_s}});
    row("key facts empty", [partAt](Article &a) { partAt(a, u"kf"_s).items = {u" "_s}; },
        {{u"keyFacts.nonEmpty"_s, u"parts/kf/items"_s}});
    row("key facts absent", [](Article &a) { a.parts.removeAt(a.partIndex(u"kf"_s)); },
        {{u"keyFacts.nonEmpty"_s, u"parts"_s}});
    row("key takeaways empty", [partAt](Article &a) { partAt(a, u"kt"_s).items.clear(); },
        {{u"keyTakeaways.nonEmpty"_s, u"parts/kt/items"_s}});
    row("key takeaways absent", [](Article &a) { a.parts.removeAt(a.partIndex(u"kt"_s)); },
        {{u"keyTakeaways.nonEmpty"_s, u"parts"_s}});
    row("references empty", [partAt](Article &a) { partAt(a, u"refs"_s).references.clear(); },
        {{u"references.nonEmpty"_s, u"parts/refs/items"_s}});
    row("references absent", [](Article &a) { a.parts.removeAt(a.partIndex(u"refs"_s)); },
        {{u"references.nonEmpty"_s, u"parts"_s}});
    row("faq question without question mark",
        [partAt](Article &a) { partAt(a, u"faq"_s).faq[0].question = u"When"_s; },
        {{u"faq.questions"_s, u"parts/faq/faq/0"_s}});
    row("faq question with a full-width question mark",
        [partAt](Article &a) { partAt(a, u"faq"_s).faq[0].question = u"何時？"_s; }, {});
    row("faq answer missing",
        [partAt](Article &a) { partAt(a, u"faq"_s).faq.append({u"Why?"_s, u""_s}); },
        {{u"faq.questions"_s, u"parts/faq/faq/1"_s}});
    row("faq question missing",
        [partAt](Article &a) { partAt(a, u"faq"_s).faq.append({u""_s, u"Because."_s}); },
        {{u"faq.questions"_s, u"parts/faq/faq/1"_s}});
    row("reference url not http",
        [partAt](Article &a) { partAt(a, u"refs"_s).references[0].url = u"ftp://x.example/a"_s; },
        {{u"references.urls"_s, u"parts/refs/references/0"_s}});
    row("reference url malformed",
        [partAt](Article &a) {
            partAt(a, u"refs"_s).references.append({u"B"_s, u"https://exa mple.org"_s, {}, {}});
        },
        {{u"references.urls"_s, u"parts/refs/references/1"_s}});
    row("reference url without host",
        [partAt](Article &a) { partAt(a, u"refs"_s).references[0].url = u"https:///x"_s; },
        {{u"references.urls"_s, u"parts/refs/references/0"_s}});
    row("reference without url is fine",
        [partAt](Article &a) { partAt(a, u"refs"_s).references[0].url.clear(); }, {});
    row("reference without title",
        [partAt](Article &a) { partAt(a, u"refs"_s).references[0].title.clear(); },
        {{u"references.titles"_s, u"parts/refs/references/0"_s}});
    row("duplicate section titles",
        [](Article &a) {
            ArticlePart again = part(Kind::Section, u"s2"_s, u"background "_s);
            again.body = u"More."_s;
            a.parts.insert(1, again);
        },
        {{u"sections.uniqueTitles"_s, u"parts/s2/heading"_s}});
    row("a section named like a structured part",
        [](Article &a) {
            ArticlePart again = part(Kind::Section, u"s2"_s, u"Key Facts"_s);
            again.body = u"More."_s;
            a.parts.append(again);
        },
        {{u"sections.uniqueTitles"_s, u"parts/s2/heading"_s}});
    row("reading time that agrees",
        [](Article &a) { a.dek = u"%1 min read"_s.arg(ArticleStats::readingMinutes(a)); }, {});
    row("reading time that disagrees", [](Article &a) { a.dek = u"A 12-minute read."_s; },
        {{u"readingTime.matches"_s, u"dek"_s}});
    row("reading time in a section",
        [partAt](Article &a) { partAt(a, u"s1"_s).body += u"\n\n5 min read"_s; },
        {{u"readingTime.matches"_s, u"parts/s1/body"_s}});
    // A typed reading time that disagrees is a finding wherever a reader sees it (issue #12:
    // "5 min read" in a byline went out next to the computed "1 min read").
    row("reading time in a byline's role",
        [](Article &a) { a.bylines = {{u"Ann Reporter"_s, u"5 min read"_s}}; },
        {{u"readingTime.matches"_s, u"bylines"_s}});
    row("reading time in a byline's name",
        [](Article &a) { a.bylines.append({u"Ann · 5 min read"_s, {}}); },
        {{u"readingTime.matches"_s, u"bylines"_s}});
    row("reading time in the headline", [](Article &a) { a.headline += u" (7 min read)"_s; },
        {{u"readingTime.matches"_s, u"headline"_s}});
    row("reading time in the hero caption",
        [](Article &a) { a.hero.caption += u" · 4 min read"_s; },
        {{u"readingTime.matches"_s, u"hero.caption"_s}});
    row("reading time in a key fact",
        [partAt](Article &a) { partAt(a, u"kf"_s).items.append(u"A 9-minute read"_s); },
        {{u"readingTime.matches"_s, u"parts/kf/items/1"_s}});
    row("reading time in a quote",
        [](Article &a) {
            ArticlePart quotes = part(Kind::Quotes, u"q"_s);
            quotes.quotes = {{u"Worth it."_s, u"Bo Lee"_s, u"6 min read"_s}};
            a.parts.append(quotes);
        },
        {{u"readingTime.matches"_s, u"parts/q/quotes/0"_s}});
    row("reading time in an FAQ answer",
        [partAt](Article &a) { partAt(a, u"faq"_s).faq[0].answer += u" 3 min read"_s; },
        {{u"readingTime.matches"_s, u"parts/faq/faq/0"_s}});
    row("reading time in German in a section heading",
        [partAt](Article &a) { partAt(a, u"s1"_s).heading = u"Hintergrund – 8 Min. Lesezeit"_s; },
        {{u"readingTime.matches"_s, u"parts/s1/heading"_s}});
    row("under its own word target", [](Article &a) { a.wordTarget = 5000; },
        {{u"words.target"_s, u"parts"_s}});
    row("far over its own word target", [](Article &a) { a.wordTarget = 10; },
        {{u"words.target"_s, u"parts"_s}});
    row("at its own word target", [](Article &a) { a.wordTarget = ArticleStats::wordCount(a); },
        {});
    row("several findings at once",
        [](Article &a) {
            a.published = {};
            a.dek.clear();
        },
        {{u"dek.present"_s, u"dek"_s}, {u"published.set"_s, u"published"_s}});
}

void tst_Checklist::rules()
{
    QFETCH(Edit, edit);
    QFETCH(Expected, expected);

    Article article = goodArticle();
    edit(article);
    const QList<ChecklistFinding> findings = Checklist::run(article, allRequired());
    Expected actual;
    for (const ChecklistFinding &finding : findings) {
        actual.append({finding.ruleId, finding.path});
        QCOMPARE(finding.severity, RuleLevel::Required);
        QVERIFY2(finding.message.size() > 10, qPrintable(finding.message));
        m_failedRules.insert(finding.ruleId);
    }
    QCOMPARE(actual, expected);
    QCOMPARE(Checklist::requiredCount(findings), expected.size());
}

void tst_Checklist::everyRuleHasAFailingRow()
{
    for (const QString &id : ChecklistConfig::ruleIds())
        QVERIFY2(m_failedRules.contains(id), qPrintable(id));
}

void tst_Checklist::offRulesAreSilent()
{
    Article article;
    ChecklistConfig config;
    for (const QString &id : ChecklistConfig::ruleIds())
        config.setLevel(id, RuleLevel::Off);
    QVERIFY(Checklist::run(article, config).isEmpty());
    config.setLevel(u"dek.present"_s, RuleLevel::Recommended);
    const auto findings = Checklist::run(article, config);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().severity, RuleLevel::Recommended);
    QCOMPARE(Checklist::requiredCount(findings), 0);
}

void tst_Checklist::levelsAndDefaults()
{
    ChecklistConfig config;
    QCOMPARE(config.level(u"published.set"_s), RuleLevel::Required);
    QCOMPARE(config.level(u"keyFacts.nonEmpty"_s), RuleLevel::Recommended);
    QVERIFY(!config.setLevel(u"no.such.rule"_s, RuleLevel::Required));
    QCOMPARE(config.level(u"no.such.rule"_s), RuleLevel::Off);
    for (const QString &id : ChecklistConfig::ruleIds())
        QVERIFY(!ChecklistConfig::description(id).isEmpty());
    QCOMPARE(ChecklistConfig::ruleIds().size(), 18);
    // Every default finding on the sample story is at its default level.
    const auto findings = Checklist::run(Article {}, config);
    for (const ChecklistFinding &finding : findings)
        QCOMPARE(finding.severity, ChecklistConfig::defaultLevel(finding.ruleId));
}

void tst_Checklist::configJson()
{
    ChecklistConfig config;
    config.setLevel(u"keyFacts.nonEmpty"_s, RuleLevel::Required);
    config.setLevel(u"dek.present"_s, RuleLevel::Off);
    const auto back = ChecklistConfig::fromJson(config.toJson());
    QVERIFY(back);
    QCOMPARE(*back, config);
    QCOMPARE(back->level(u"keyFacts.nonEmpty"_s), RuleLevel::Required);
    QCOMPARE(ChecklistConfig::fromJson({}).value(), ChecklistConfig {});

    // The limits come from the publication profile: not written, and an old stored limit
    // (even an invalid one) is ignored.
    config.headlineMaxLength = 70;
    QVERIFY(!config.toJson().contains(u"headlineMaxLength"_s));
    QCOMPARE(ChecklistConfig {}.headlineMaxLength, PublicationProfile {}.headlineMaxLength);
    for (const QByteArray &json : {QByteArray(R"({"headlineMaxLength": 80})"),
             QByteArray(R"({"levels": {"dek.present": "off"}, "headlineMaxLength": 0})")}) {
        const auto old = ChecklistConfig::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(old, json.constData());
        QCOMPARE(old->headlineMaxLength, 110);
    }
}

void tst_Checklist::headlineLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("finding");
    QTest::newRow("72 at 72") << 72 << 72 << false;
    QTest::newRow("72 at 73") << 72 << 73 << true;
    QTest::newRow("default at 111") << 110 << 111 << true;
    QTest::newRow("no limit at 1000") << 0 << 1000 << false;
    QTest::newRow("no limit, empty") << 0 << 0 << false;
}

void tst_Checklist::headlineLimit()
{
    QFETCH(int, limit);
    QFETCH(int, length);
    QFETCH(bool, finding);
    ChecklistConfig config;
    config.headlineMaxLength = limit;
    Article article = goodArticle();
    article.headline = QString(length, u'x');
    const auto findings = Checklist::run(article, config);
    const auto found = std::find_if(findings.cbegin(), findings.cend(),
        [](const ChecklistFinding &f) { return f.ruleId == u"headline.length"_s; });
    QCOMPARE(found != findings.cend(), finding);
    if (finding)
        QVERIFY2(found->message.contains(u"%1 at most"_s.arg(limit)), qPrintable(found->message));
}

void tst_Checklist::wordTarget_data()
{
    QTest::addColumn<int>("ownTarget"); // Article::wordTarget
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("overPercent");
    QTest::addColumn<QString>("message"); // %1: the article's words; empty for no finding

    // The profile: 40 words for Sport, 10 for World, 500 for the rest; the article has 22 (below).
    QTest::newRow("category target, under")
        << 0 << u"sport"_s << 25 << u"Under target: %1 of 40 words."_s;
    QTest::newRow("default target, under")
        << 0 << u"Culture"_s << 25 << u"Under target: %1 of 500 words."_s;
    QTest::newRow("own target wins") << 20 << u"Sport"_s << 25 << QString();
    QTest::newRow("category target, over")
        << 0 << u" World "_s << 25
        << u"Over target: %1 of 10 words, more than 25 % over; shorten it."_s;
    QTest::newRow("over, no limit") << 0 << u"World"_s << 0 << QString();
    QTest::newRow("over, within the limit") << 0 << u"World"_s << 200 << QString();
}

void tst_Checklist::wordTarget()
{
    QFETCH(int, ownTarget);
    QFETCH(QString, category);
    QFETCH(int, overPercent);
    QFETCH(QString, message);
    Article article = goodArticle();
    article.parts = article.parts.mid(0, 1);
    article.hero = {};
    article.wordTarget = ownTarget;
    article.category = category;
    const int words = ArticleStats::wordCount(article);
    QCOMPARE(words, 22);

    ChecklistConfig config; // the house default: words.target is Recommended
    config.wordTargets.defaultWords = 500;
    config.wordTargets.byCategory = {{u"Sport"_s, 40}, {u"World"_s, 10}};
    config.wordTargets.overPercent = overPercent;
    QList<ChecklistFinding> findings = Checklist::run(article, config);
    findings.removeIf([](const ChecklistFinding &f) { return f.ruleId != u"words.target"_s; });
    if (message.isEmpty()) {
        QCOMPARE(findings.size(), 0);
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, RuleLevel::Recommended);
    QCOMPARE(findings.at(0).message, message.arg(words));
}

void tst_Checklist::configJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown rule") << QByteArray(R"({"levels": {"x.y": "required"}})")
                                  << u"levels.x.y"_s;
    QTest::newRow("unknown level")
        << QByteArray(R"({"levels": {"dek.present": "must"}})") << u"levels.dek.present"_s;
}

void tst_Checklist::configJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    const auto config = ChecklistConfig::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!config);
    QVERIFY(config.error().message.startsWith(key));
}

void tst_Checklist::statedReadingMinutes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes");
    QTest::newRow("min read") << u"5 min read"_s << 5;
    QTest::newRow("minute read") << u"A 12-minute read."_s << 12;
    QTest::newRow("minutes read") << u"(3 Minutes read)"_s << 3;
    QTest::newRow("german") << u"5 Min. Lesezeit"_s << 5;
    QTest::newRow("german long") << u"Lesedauer: 12 Minuten Lesedauer"_s << 12;
    QTest::newRow("plain duration") << u"within 5 minutes of the bell"_s << -1;
    QTest::newRow("nothing") << u"No time here."_s << -1;
}

void tst_Checklist::statedReadingMinutes()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    QCOMPARE(Checklist::statedReadingMinutes(text), minutes);
}

void tst_Checklist::places_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("place");
    QTest::newRow("headline") << u"headline"_s << u"Headline"_s;
    QTest::newRow("alt text") << u"hero.altText"_s << u"Hero image alt text"_s;
    QTest::newRow("hero") << u"hero"_s << u"Hero image"_s;
    QTest::newRow("whole article") << u"parts"_s << u"Article parts"_s;
    QTest::newRow("structured part") << u"parts/kf/items"_s << u"Key Facts"_s;
    QTest::newRow("faq entry") << u"parts/faq/faq/1"_s << u"FAQ 2"_s;
    QTest::newRow("reference") << u"parts/refs/references/0"_s << u"References 1"_s;
    QTest::newRow("section") << u"parts/s1/body"_s << u"Section “Background”"_s;
    QTest::newRow("untitled section") << u"parts/s2"_s << u"Part 6"_s;
    QTest::newRow("unknown part") << u"parts/gone/body"_s << u"parts/gone/body"_s;
}

void tst_Checklist::places()
{
    QFETCH(QString, path);
    QFETCH(QString, place);
    Article article = goodArticle();
    article.parts.append(part(Kind::Section, u"s2"_s));
    QCOMPARE(FindingPlace::name(article, path), place);
}

QTEST_GUILESS_MAIN(tst_Checklist)
#include "tst_checklist.moc"
