// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlediff.h"
#include "articlefactory.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString describe(const FieldChange &c)
{
    static const char *const kinds[] = {"Added", "Removed", "Changed", "Moved"};
    return QString::fromLatin1(kinds[int(c.kind)]) + u' ' + c.path + u" | "_s + c.label;
}

QStringList describe(const QList<FieldChange> &changes)
{
    QStringList lines;
    for (const FieldChange &c : changes)
        lines << describe(c);
    return lines;
}

// Part ids of fullArticle(), in order.
const QString Background = u"b7e3a1d2-0c4f-4a8e-9d61-5f2e8c7b3a01"_s;
const QString Facts = u"d5a0f3b8-7e21-4c9d-8b3a-6f4e2d1c0b03"_s;
const QString Quotes = u"e6b1a4c9-8f32-4d0e-9c4b-7a5f3e2d1c04"_s;
const QString Faq = u"19e4d7fc-b265-4031-8f7e-0d8c6b5a4f07"_s;
const QString References = u"2af5e80d-c376-4142-9a8f-1e9d7c6b5a08"_s;

} // namespace

class TestArticleDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void changes_data()
    {
        QTest::addColumn<Article>("to");
        QTest::addColumn<QStringList>("expected");
        const Article a = fullArticle();
        Article b;

        QTest::newRow("identical") << a << QStringList();
        b = a;
        b.headline = u"Spree flood barriers fail"_s;
        QTest::newRow("headline") << b << QStringList {u"Changed headline | Headline"_s};
        b = a;
        b.dek.clear();
        QTest::newRow("dek removed") << b << QStringList {u"Removed dek | Dek"_s};
        b = a;
        b.bylines.append({u"Ada Obi"_s, u"Photographer"_s});
        QTest::newRow("byline added") << b << QStringList {u"Changed bylines | Bylines"_s};
        b = a;
        b.tags.clear();
        QTest::newRow("tags cleared") << b << QStringList {u"Removed tags | Tags"_s};
        b = a;
        b.published = a.published.toTimeZone(QTimeZone("Europe/Paris"));
        QTest::newRow("same instant, other zone")
            << b << QStringList {u"Changed published | Publication time"_s};
        b = a;
        b.published = QDateTime();
        QTest::newRow("unpublished")
            << b << QStringList {u"Removed published | Publication time"_s};
        b = a;
        b.status = ArticleStatus::Approved;
        b.owner = u"editor"_s;
        QTest::newRow("editorial state")
            << b << QStringList {u"Changed status | Status"_s, u"Changed owner | Owner"_s};
        b = a;
        b.hero.data[40] = 'x';
        QTest::newRow("image replaced") << b << QStringList {u"Changed hero.image | Hero image"_s};
        b = a;
        b.hero = HeroImage();
        QTest::newRow("hero removed") << b
                                      << QStringList {u"Removed hero.image | Hero image"_s,
                                             u"Removed hero.caption | Hero caption"_s,
                                             u"Removed hero.altText | Hero alt text"_s,
                                             u"Removed hero.credit | Hero credit"_s};
        b = a;
        b.parts[0].body.replace(u"two depots"_s, u"three depots"_s);
        QTest::newRow("section text")
            << b
            << QStringList {
                   u"Changed parts/%1/body | Section “Background”: text"_s.arg(Background)};
        b = a;
        b.parts[0].heading = u"Context"_s;
        QTest::newRow("heading renamed")
            << b
            << QStringList {
                   u"Changed parts/%1/heading | Section “Background”: heading"_s.arg(Background)};
        b = a;
        b.parts[2].items.append(u"A new fact"_s);
        QTest::newRow("fact added")
            << b << QStringList {u"Changed parts/%1/items | Key Facts: items"_s.arg(Facts)};
        b = a;
        b.parts[3].quotes[1].role = u"Commander"_s;
        QTest::newRow("quote role")
            << b
            << QStringList {
                   u"Changed parts/%1/quotes | What the experts say: quotes"_s.arg(Quotes)};
        b = a;
        b.parts[7].references[2].accessed = QDate(2025, 3, 1);
        QTest::newRow("reference date")
            << b
            << QStringList {u"Changed parts/%1/references | References: sources"_s.arg(References)};
        b = a;
        b.parts.move(6, 0);
        QTest::newRow("moved") << b << QStringList {u"Moved parts | FAQ: position"_s};
        b = a;
        b.parts.swapItemsAt(0, 1);
        QTest::newRow("swapped neighbours")
            << b << QStringList {u"Moved parts | Section “Latest Developments”: position"_s};
        b = a;
        b.parts.move(6, 0);
        b.parts[0].faq.removeFirst();
        QTest::newRow("moved and edited")
            << b
            << QStringList {u"Moved parts | FAQ: position"_s,
                   u"Changed parts/%1/faq | FAQ: questions"_s.arg(Faq)};
        b = a;
        {
            ArticlePart sidebar;
            sidebar.id = u"new-part"_s;
            sidebar.heading = u"Sidebar"_s;
            sidebar.body = u"Extra."_s;
            b.parts.insert(2, sidebar);
        }
        QTest::newRow("part added")
            << b << QStringList {u"Added parts/new-part | Section “Sidebar”"_s};
        b = a;
        b.parts.removeLast();
        QTest::newRow("part removed")
            << b << QStringList {u"Removed parts/%1 | References"_s.arg(References)};
        b = a;
        b.parts.removeFirst();
        QTest::newRow("first part removed, no moves")
            << b << QStringList {u"Removed parts/%1 | Section “Background”"_s.arg(Background)};
        b = a;
        b.parts[5].kind = ArticlePart::Kind::KeyFacts;
        QTest::newRow("kind changed")
            << b
            << QStringList {u"Changed parts/%1/kind | Key Facts: kind"_s.arg(
                   u"08d3c6eb-a154-4f20-9e6d-9c7b5a4f3e06"_s)};
        b = a;
        b.parts[0].items = {u"not a section member"_s};
        QTest::newRow("other kind's member ignored") << b << QStringList();
    }
    void changes()
    {
        QFETCH(Article, to);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(diffArticles(fullArticle(), to)), expected);
    }

    void values()
    {
        const Article a = fullArticle();
        Article b = a;
        b.bylines.removeFirst();
        b.parts.move(6, 0);
        const QList<FieldChange> changes = diffArticles(a, b);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].before,
            u"Lena Hoffmann, Climate Correspondent\nTomás Ferreira, Data Reporter"_s);
        QCOMPARE(changes[0].after, u"Tomás Ferreira, Data Reporter"_s);
        QCOMPARE(changes[1].before, u"7"_s);
        QCOMPARE(changes[1].after, u"1"_s);

        const QList<FieldChange> removed = diffArticles(a, Article());
        const FieldChange &facts = removed.at(removed.size() - 6);
        QCOMPARE(facts.kind, FieldChange::Kind::Removed);
        QVERIFY(facts.before.startsWith(u"Key Facts\nRainfall: **71 mm**"_s));
        QCOMPARE(facts.before.count(u'\n'), 5);
        QVERIFY(diffArticles(Article(), a).size() > 20);
        QVERIFY(diffArticles(generatedArticle(1), generatedArticle(1)).isEmpty());
    }

    void format()
    {
        const Article a = fullArticle();
        Article b = a;
        b.headline.replace(u"hold"_s, u"fail"_s);
        b.tags = {u"flooding"_s, u"Berlin"_s, u"climate adaptation"_s, u"water"_s};
        b.parts[0].body.replace(u"two depots"_s, u"three depots"_s);
        b.parts.move(6, 0);
        const QString expected = uR"(Changed: Headline
  Spree flood barriers [-hold-]{+fail+} as record rain soaks Berlin

Changed: Tags
    flooding
  - infrastructure
    Berlin
    climate adaptation
  + water

Moved: FAQ: position
  position 7 → 1

Changed: Section “Background”: text
  …
  The walls are stored in sections at [-two-]{+three+} depots and can be bolted onto permanent foundations in about six hours. Until this week they had only been raised in drills. Critics, including the city’s own [audit office](https://example.org/audit/2023-flood), had questioned whether crews could assemble them at night and in high winds.
)"_s;
        const QList<FieldChange> changes = diffArticles(a, b);
        QCOMPARE(formatChangesAsText(changes, false), expected);
        const QString colored = formatChangesAsText(changes, true);
        QVERIFY(colored.contains(u"\x1b[1mChanged: Headline\x1b[0m"_s));
        QVERIFY(colored.contains(u"\x1b[31m[-hold-]\x1b[0m\x1b[32m{+fail+}\x1b[0m"_s));
        QVERIFY(colored.contains(u"\x1b[31m  - infrastructure\x1b[0m"_s));
        QCOMPARE(formatChangesAsText({}, true), QString());

        Article c = a;
        c.dek.clear();
        c.parts.removeLast();
        const QString removed = formatChangesAsText(diffArticles(a, c), false);
        QVERIFY(removed.startsWith(u"Removed: Dek\n  - The city’s new mobile walls"_s));
        QVERIFY(removed.contains(
            u"Removed: References\n  - References\n  - Flood protection on the Spree: final report — Senate Department for the Environment, accessed 2025-03-13 <https://example.org/environment/flood-protection-2024.pdf>\n"_s));

        Article d = a;
        d.lede = u"First paragraph.\n\nSecond paragraph."_s;
        Article e = d;
        e.lede = u"First paragraph. Second paragraph."_s;
        QCOMPARE(formatChangesAsText(diffArticles(d, e), false),
            u"Changed: Lede\n  First paragraph.[-↵-]\n  [-↵-]\n  {+ +}Second paragraph.\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestArticleDiff)
#include "tst_articlediff.moc"
