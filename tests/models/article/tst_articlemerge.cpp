// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlemerge.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

// Part ids of fullArticle(), in order.
const QString Background = u"b7e3a1d2-0c4f-4a8e-9d61-5f2e8c7b3a01"_s;
const QString Facts = u"d5a0f3b8-7e21-4c9d-8b3a-6f4e2d1c0b03"_s;
const QString Quotes = u"e6b1a4c9-8f32-4d0e-9c4b-7a5f3e2d1c04"_s;

QStringList keys(const ArticleMerge &merge)
{
    QStringList out;
    for (const ArticleMerge::Choice &choice : merge.choices()) {
        out << choice.key + u' ' + (choice.changedByMe ? u"me"_s : u"-"_s) + u' '
                + (choice.changedByThem ? u"them"_s : u"-"_s) + u' '
                + (choice.takeTheirs ? u"theirs"_s : u"mine"_s);
    }
    return out;
}

ArticlePart &part(Article &article, const QString &id)
{
    return article.parts[article.partIndex(id)];
}

} // namespace

class TestArticleMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separateFieldsStartOnTheSideThatChangedThem()
    {
        const Article base = fullArticle();
        Article mine = base;
        mine.headline = u"My headline"_s;
        part(mine, Background).body = u"My background."_s;
        Article theirs = base;
        theirs.dek = u"Their dek"_s;
        part(theirs, Facts).items.append(u"Their fact"_s);
        theirs.status = ArticleStatus::InReview;
        theirs.owner = u"rita"_s;

        ArticleMerge merge(base, mine, theirs);
        QCOMPARE(keys(merge),
            QStringList({u"headline me - mine"_s, u"dek - them theirs"_s,
                u"parts/"_s + Background + u"/content me - mine"_s,
                u"parts/"_s + Facts + u"/content - them theirs"_s}));
        QVERIFY(merge.theyChangedContent());
        QVERIFY(!merge.hasOverlap());

        // Everyone's work survives the default choices, and the workflow's state is theirs.
        const Article result = merge.result();
        QCOMPARE(result.headline, u"My headline"_s);
        QCOMPARE(result.dek, u"Their dek"_s);
        QCOMPARE(result.parts.at(result.partIndex(Background)).body, u"My background."_s);
        QCOMPARE(result.parts.at(result.partIndex(Facts)).items.last(), u"Their fact"_s);
        QCOMPARE(result.status, ArticleStatus::InReview);
        QCOMPARE(result.owner, u"rita"_s);
    }

    void bothChangedStartsOnMineAndCanTakeTheirs()
    {
        const Article base = fullArticle();
        Article mine = base;
        mine.headline = u"Mine"_s;
        Article theirs = base;
        theirs.headline = u"Theirs"_s;
        ArticleMerge merge(base, mine, theirs);
        QCOMPARE(keys(merge), QStringList({u"headline me them mine"_s}));
        QVERIFY(merge.hasOverlap());
        QCOMPARE(merge.choices().first().changes.first().before, u"Mine"_s);
        QCOMPARE(merge.choices().first().changes.first().after, u"Theirs"_s);
        QCOMPARE(merge.result().headline, u"Mine"_s);
        merge.setTakeTheirs(0, true);
        QCOMPARE(merge.result().headline, u"Theirs"_s);
        merge.setAllTheirs(false);
        QCOMPARE(merge.result(), mine);
    }

    void takingEverythingOfTheirsGivesTheirs()
    {
        const Article base = fullArticle();
        Article mine = base;
        mine.headline = u"Mine"_s;
        mine.hero.caption = u"My caption"_s;
        mine.parts.removeAt(mine.partIndex(Quotes));
        mine.parts.move(0, 1);
        part(mine, Facts).heading = u"My facts"_s;
        Article theirs = base;
        theirs.tags << u"their-tag"_s;
        theirs.hero.data = QByteArray("other image bytes");
        ArticlePart added = ArticlePart::make(ArticlePart::Kind::Section, u"Their section"_s);
        added.body = u"Added by them."_s;
        theirs.parts.insert(2, added);
        part(theirs, Background).kind = ArticlePart::Kind::KeyTakeaways;
        part(theirs, Background).items = {u"Now a list"_s};

        ArticleMerge merge(base, mine, theirs);
        QVERIFY(merge.choices().size() >= 7);
        merge.setAllTheirs(true);
        QCOMPARE(merge.result(), theirs);
        merge.setAllTheirs(false);
        Article expected = mine;
        expected.status = theirs.status;
        QCOMPARE(merge.result(), expected);
    }

    void addedPartGoesAfterItsNeighbour()
    {
        const Article base = fullArticle();
        Article mine = base;
        Article theirs = base;
        ArticlePart added = ArticlePart::make(ArticlePart::Kind::Section, u"Reaction"_s);
        added.body = u"Reaction text."_s;
        theirs.parts.insert(theirs.partIndex(Facts) + 1, added);
        mine.parts.move(mine.partIndex(Facts), 0); // Facts first in my copy.
        ArticleMerge merge(base, mine, theirs);
        const Article result = merge.result();
        QCOMPARE(result.partIndex(added.id), result.partIndex(Facts) + 1);
        QCOMPARE(result.partIndex(Facts), 0); // My move stays (I changed the order, they not).
    }

    void aPartIRemovedButTheyEditedIsChangedByBoth()
    {
        const Article base = fullArticle();
        Article mine = base;
        mine.parts.removeAt(mine.partIndex(Quotes));
        Article theirs = base;
        part(theirs, Quotes).quotes.first().text = u"A corrected quote."_s;
        ArticleMerge merge(base, mine, theirs);
        QCOMPARE(keys(merge), QStringList({u"parts/"_s + Quotes + u" me them mine"_s}));
        QCOMPARE(merge.result().partIndex(Quotes), -1);
        merge.setTakeTheirs(0, true);
        const Article result = merge.result();
        QCOMPARE(
            result.parts.at(result.partIndex(Quotes)).quotes.first().text, u"A corrected quote."_s);
    }

    void aStatusChangeAloneIsNoContentChange()
    {
        const Article base = fullArticle();
        Article mine = base;
        mine.lede = u"My new lede."_s;
        Article theirs = base;
        theirs.status = ArticleStatus::ChangesRequested;
        ArticleMerge merge(base, mine, theirs);
        QVERIFY(!merge.theyChangedContent());
        QCOMPARE(keys(merge), QStringList({u"lede me - mine"_s}));
        QCOMPARE(merge.result().lede, u"My new lede."_s);
        QCOMPARE(merge.result().status, ArticleStatus::ChangesRequested);
    }
};

QTEST_GUILESS_MAIN(TestArticleMerge)
#include "tst_articlemerge.moc"
