// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articledocument.h"
#include "articlefactory.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>
#include <functional>

using namespace Copydesk;
using namespace Qt::StringLiterals;
using Field = ArticleDocument::Field;

namespace {

using Edit = std::function<bool(ArticleDocument &)>;

/// The id of the first part of `kind` in the document.
QString partOf(const ArticleDocument &document, ArticlePart::Kind kind)
{
    for (const ArticlePart &part : document.article().parts) {
        if (part.kind == kind)
            return part.id;
    }
    return {};
}

const QMap<QString, Edit> &edits()
{
    using Kind = ArticlePart::Kind;
    static const QMap<QString, Edit> table {
        {u"headline"_s,
            [](ArticleDocument &d) {
                return d.setText(Field::Headline, u"New headline"_s);
            }},
        {u"dek"_s,
            [](ArticleDocument &d) {
                return d.setText(Field::Dek, u"A new dek"_s);
            }},
        {u"dateline"_s,
            [](ArticleDocument &d) {
                return d.setText(Field::Dateline, u"OSLO"_s);
            }},
        {u"category"_s,
            [](ArticleDocument &d) {
                return d.setText(Field::Category, u"Science"_s);
            }},
        {u"language"_s,
            [](ArticleDocument &d) {
                return d.setText(Field::Language, u"de"_s);
            }},
        {u"lede"_s,
            [](ArticleDocument &d) {
                return d.setText(Field::Lede, u"*New* lede."_s);
            }},
        {u"owner"_s,
            [](ArticleDocument &d) {
                return d.setText(Field::Owner, u"someone"_s);
            }},
        {u"published"_s,
            [](ArticleDocument &d) {
                d.setPublished(QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone("Asia/Tokyo")));
                return true;
            }},
        {u"published unset"_s,
            [](ArticleDocument &d) {
                d.setPublished({});
                return true;
            }},
        {u"tags"_s,
            [](ArticleDocument &d) {
                d.setTags({u"a"_s, u"b"_s});
                return true;
            }},
        {u"bylines"_s,
            [](ArticleDocument &d) {
                d.setBylines({{u"Ana Ruiz"_s, u"Editor"_s}});
                return true;
            }},
        {u"hero caption"_s,
            [](ArticleDocument &d) {
                HeroImage hero = d.article().hero;
                hero.caption = u"Other caption"_s;
                d.setHero(hero);
                return true;
            }},
        {u"hero removed"_s,
            [](ArticleDocument &d) {
                d.setHero({});
                return true;
            }},
        {u"status"_s,
            [](ArticleDocument &d) {
                d.setStatus(ArticleStatus::Approved);
                return true;
            }},
        {u"insert part"_s,
            [](ArticleDocument &d) {
                return !d.insertPart(2, ArticlePart::make(Kind::Faq)).isEmpty();
            }},
        {u"insert part at end"_s,
            [](ArticleDocument &d) {
                return !d.insertPart(99, ArticlePart::make(Kind::Section, u"X"_s)).isEmpty();
            }},
        {u"remove part"_s,
            [](ArticleDocument &d) {
                return d.removePart(partOf(d, Kind::KeyFacts));
            }},
        {u"move part down"_s,
            [](ArticleDocument &d) {
                return d.movePart(d.article().parts.at(0).id, 3);
            }},
        {u"move part up"_s,
            [](ArticleDocument &d) {
                return d.movePart(partOf(d, Kind::References), 0);
            }},
        {u"heading"_s,
            [](ArticleDocument &d) {
                return d.setPartHeading(d.article().parts.at(1).id, u"Now"_s);
            }},
        {u"body"_s,
            [](ArticleDocument &d) {
                return d.setPartBody(d.article().parts.at(0).id, u"Body."_s);
            }},
        {u"insert item"_s,
            [](ArticleDocument &d) {
                return d.insertItem(partOf(d, Kind::KeyFacts), 1, u"Fact"_s);
            }},
        {u"remove item"_s,
            [](ArticleDocument &d) {
                return d.removeItem(partOf(d, Kind::KeyTakeaways), 0);
            }},
        {u"move item"_s,
            [](ArticleDocument &d) {
                return d.moveItem(partOf(d, Kind::KeyFacts), 0, 1);
            }},
        {u"set item"_s,
            [](ArticleDocument &d) {
                return d.setItem(partOf(d, Kind::KeyFacts), 0, u"Changed"_s);
            }},
        {u"insert quote"_s,
            [](ArticleDocument &d) {
                return d.insertQuote(partOf(d, Kind::Quotes), 0, {u"Said."_s, u"Bo"_s, u"Mayor"_s});
            }},
        {u"remove quote"_s,
            [](ArticleDocument &d) {
                return d.removeQuote(partOf(d, Kind::Quotes), 0);
            }},
        {u"set quote"_s,
            [](ArticleDocument &d) {
                return d.setQuote(partOf(d, Kind::Quotes), 0, {u"T"_s, u"S"_s, u"R"_s});
            }},
        {u"insert faq"_s,
            [](ArticleDocument &d) {
                return d.insertFaqEntry(partOf(d, Kind::Faq), 5, {u"Q?"_s, u"A."_s});
            }},
        {u"remove faq"_s,
            [](ArticleDocument &d) {
                return d.removeFaqEntry(partOf(d, Kind::Faq), 0);
            }},
        {u"move faq"_s,
            [](ArticleDocument &d) {
                return d.moveFaqEntry(partOf(d, Kind::Faq), 1, 0);
            }},
        {u"set faq"_s,
            [](ArticleDocument &d) {
                return d.setFaqEntry(partOf(d, Kind::Faq), 0, {u"Why?"_s, u"So."_s});
            }},
        {u"insert reference"_s,
            [](ArticleDocument &d) {
                return d.insertReference(partOf(d, Kind::References), 0,
                    {u"T"_s, u"https://example.org/"_s, u"P"_s, QDate(2025, 1, 1)});
            }},
        {u"remove reference"_s,
            [](ArticleDocument &d) {
                return d.removeReference(partOf(d, Kind::References), 0);
            }},
        {u"set reference"_s,
            [](ArticleDocument &d) {
                Reference r = d.article()
                                  .parts.at(d.article().partIndex(partOf(d, Kind::References)))
                                  .references.at(0);
                r.accessed = QDate(2020, 2, 2);
                return d.setReference(partOf(d, Kind::References), 0, r);
            }},
    };
    return table;
}

/// Types `text` one character at a time into the headline.
void typeHeadline(ArticleDocument &document, const QString &text)
{
    QString current = document.article().headline;
    for (QChar c : text) {
        current.append(c);
        document.setText(Field::Headline, current);
    }
}

} // namespace

class tst_ArticleDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resetIsCleanWithoutHistory()
    {
        ArticleDocument document;
        QSignalSpy changed(&document, &ArticleDocument::changed);
        Article article = Testing::fullArticle();
        article.parts[0].id.clear();
        document.reset(article);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!document.article().parts.at(0).id.isEmpty());
        QCOMPARE(document.article().headline, article.headline);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    // What the workflow decided is not an edit: no step, the history and clean state stay.
    void workflowStateKeepsHistory()
    {
        ArticleDocument document;
        Article article = Testing::fullArticle();
        article.status = ArticleStatus::Draft;
        article.owner = u"rita"_s;
        document.reset(article);
        QVERIFY(document.setText(Field::Headline, u"Edited"_s));
        document.setClean();
        QVERIFY(document.setText(Field::Dek, u"Edited dek"_s));
        QCOMPARE(document.undoStack()->count(), 2);
        QSignalSpy fields(&document, &ArticleDocument::fieldChanged);
        QSignalSpy changed(&document, &ArticleDocument::changed);
        QSignalSpy modified(&document, &ArticleDocument::modifiedChanged);

        document.setWorkflowState(ArticleStatus::InReview, u"rita"_s);
        QCOMPARE(document.article().status, ArticleStatus::InReview);
        QCOMPARE(fields.count(), 1);
        QCOMPARE(fields.at(0).at(0).value<Field>(), Field::Status);
        QCOMPARE(changed.count(), 1);
        document.setWorkflowState(ArticleStatus::Approved, u"ed"_s);
        QCOMPARE(document.article().owner, u"ed"_s);
        QCOMPARE(fields.count(), 3);
        QCOMPARE(changed.count(), 2);
        document.setWorkflowState(ArticleStatus::Approved, u"ed"_s); // nothing changes
        QCOMPARE(changed.count(), 2);
        QCOMPARE(modified.count(), 0);
        QVERIFY(document.isModified()); // the dek edit is still unsaved
        QCOMPARE(document.undoStack()->count(), 2);

        document.undoStack()->undo();
        QVERIFY(!document.isModified());
        QCOMPARE(document.article().dek, article.dek);
        document.undoStack()->undo();
        QCOMPARE(document.article().headline, article.headline);
        QCOMPARE(document.article().status, ArticleStatus::Approved);
        QCOMPARE(document.article().owner, u"ed"_s);
    }

    void doUndoRedo_data()
    {
        QTest::addColumn<QString>("edit");
        for (const QString &name : edits().keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    void doUndoRedo()
    {
        QFETCH(QString, edit);
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const Article before = document.article();
        QSignalSpy changed(&document, &ArticleDocument::changed);

        QVERIFY(edits().value(edit)(document));
        const Article after = document.article();
        QVERIFY(after != before);
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(document.isModified());
        QCOMPARE(changed.count(), 1);

        document.undoStack()->undo();
        QCOMPARE(document.article(), before);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(document.article(), after);
        document.undoStack()->undo();
        QCOMPARE(document.article(), before);
        QCOMPARE(changed.count(), 4);
    }

    void noOpEditsPushNothing()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const Article &a = document.article();
        document.setText(Field::Headline, a.headline);
        document.setTags(a.tags);
        document.setHero(a.hero);
        document.setPublished(a.published);
        QVERIFY(document.setPartBody(a.parts.at(0).id, a.parts.at(0).body));
        QVERIFY(document.movePart(a.parts.at(2).id, 2));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void publishedTimeZoneAloneIsAnEdit()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const QDateTime utc = document.article().published.toTimeZone(QTimeZone::UTC);
        document.setPublished(utc);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.article().published.offsetFromUtc(), 0);
    }

    void badTargetsPushNothing()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const QString facts = partOf(document, ArticlePart::Kind::KeyFacts);
        QVERIFY(!document.setText(Field::Tags, u"x"_s));
        QVERIFY(!document.removePart(u"no-such-id"_s));
        QVERIFY(!document.movePart(u"no-such-id"_s, 0));
        QVERIFY(!document.setPartBody(u"no-such-id"_s, u"x"_s));
        QVERIFY(!document.removeItem(facts, 99));
        QVERIFY(!document.removeItem(facts, -1));
        QVERIFY(!document.moveItem(facts, 0, 99));
        QVERIFY(!document.setItem(facts, 99, u"x"_s));
        QVERIFY(!document.insertQuote(u"no-such-id"_s, 0, {}));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void setTextsIsOneStepOfSmallEdits()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const Article before = document.article();
        const QString facts = partOf(document, ArticlePart::Kind::KeyFacts);
        const QString quotes = partOf(document, ArticlePart::Kind::Quotes);
        document.setText(Field::Dek, u"typed"_s); // a typing step just before
        QCOMPARE(document.undoStack()->count(), 1);

        QSignalSpy parts(&document, &ArticleDocument::partChanged);
        QSignalSpy fields(&document, &ArticleDocument::fieldChanged);
        QSignalSpy resets(&document, &ArticleDocument::documentReset);
        QVERIFY(document.setTexts({{u"dek"_s, u"typed more"_s}, {u"hero.credit"_s, u"Credit"_s},
                                      {u"parts/"_s + facts + u"/items/1"_s, u"Fact"_s},
                                      {u"parts/"_s + quotes + u"/quotes/0/speaker"_s, u"Ann"_s},
                                      {u"headline"_s, before.headline}},
            u"Replace All"_s));
        QCOMPARE(document.undoStack()->count(), 2); // not merged into the typing
        QCOMPARE(document.undoStack()->undoText(), u"Replace All"_s);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(parts.count(), 2);
        QCOMPARE(fields.count(), 2); // dek and hero; the headline did not change
        QCOMPARE(document.article().dek, u"typed more"_s);
        QCOMPARE(document.article().hero.credit, u"Credit"_s);
        QCOMPARE(document.article().parts.at(document.article().partIndex(facts)).items.at(1),
            u"Fact"_s);
        QCOMPARE(
            document.article().parts.at(document.article().partIndex(quotes)).quotes.at(0).speaker,
            u"Ann"_s);

        document.undoStack()->undo();
        Article typed = before;
        typed.dek = u"typed"_s;
        QCOMPARE(document.article(), typed);
        // Typing after the step starts a step of its own.
        document.undoStack()->redo();
        document.setText(Field::Dek, u"typed more!"_s);
        QCOMPARE(document.undoStack()->count(), 3);
    }

    void setTextsRefusesUnknownPaths()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const Article before = document.article();
        QVERIFY(!document.setTexts(
            {{u"dek"_s, u"x"_s}, {u"parts/no-such-id/heading"_s, u"y"_s}}, u"Replace All"_s));
        QVERIFY(document.setTexts({{u"dek"_s, document.article().dek}}, u"Replace All"_s));
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(document.article(), before);
    }

    void typingMergesIntoOneStep()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const QString original = document.article().headline;
        typeHeadline(document, u" today"_s);
        QCOMPARE(document.article().headline, original + u" today"_s);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.article().headline, original);
        document.undoStack()->redo();
        QCOMPARE(document.article().headline, original + u" today"_s);
    }

    void differentTargetsDoNotMerge()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const QString first = document.article().parts.at(0).id;
        const QString second = document.article().parts.at(1).id;
        document.setPartBody(first, u"a"_s);
        document.setPartBody(first, u"ab"_s);
        document.setPartBody(second, u"c"_s);
        document.setPartHeading(second, u"d"_s);
        document.setText(Field::Dek, u"e"_s);
        document.setText(Field::Headline, u"f"_s);
        QCOMPARE(document.undoStack()->count(), 5);
        const QString facts = partOf(document, ArticlePart::Kind::KeyFacts);
        document.setItem(facts, 0, u"x"_s);
        document.setItem(facts, 0, u"xy"_s);
        document.setItem(facts, 1, u"z"_s);
        QCOMPARE(document.undoStack()->count(), 7);
    }

    void structuralEditsNeverMerge()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const QString facts = partOf(document, ArticlePart::Kind::KeyFacts);
        document.insertItem(facts, 0, u"one"_s);
        document.insertItem(facts, 0, u"two"_s);
        const QString id = document.article().parts.at(0).id;
        document.movePart(id, 1);
        document.movePart(id, 2);
        QCOMPARE(document.undoStack()->count(), 4);
    }

    void pauseEndsAStep()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        document.setMergeWindow(std::chrono::milliseconds(100));
        typeHeadline(document, u"ab"_s);
        QTest::qWait(200);
        typeHeadline(document, u"cd"_s);
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QVERIFY(document.article().headline.endsWith(u"ab"_s));
    }

    void wordBoundaryAfterTwentyEditsEndsAStep()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        document.setText(Field::Headline, QString());
        document.undoStack()->clear();
        // The first space after the 20th keystroke is the one after "here" (keystroke 25).
        typeHeadline(document, u"a short phrase goes here and on"_s);
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.article().headline, u"a short phrase goes here"_s);
        document.undoStack()->undo();
        QCOMPARE(document.article().headline, QString());
    }

    void typingBackToTheOriginalLeavesNoStep()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        const QString original = document.article().headline;
        document.setText(Field::Headline, original + u'x');
        document.setText(Field::Headline, original);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void typingAfterSaveDoesNotMergeIntoTheSavedStep()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        typeHeadline(document, u"ab"_s);
        document.setClean();
        QVERIFY(!document.isModified());
        QSignalSpy modified(&document, &ArticleDocument::modifiedChanged);
        typeHeadline(document, u"c"_s);
        QVERIFY(document.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QVERIFY(!document.isModified());
    }

    void heroImageChangeIsItsOwnStep()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        HeroImage hero;
        hero.data = "other bytes";
        hero.mimeType = u"image/png"_s;
        document.setHero(hero);
        hero.caption = u"c"_s;
        document.setHero(hero);
        hero.caption = u"ca"_s;
        document.setHero(hero);
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.article().hero.data, QByteArray("other bytes"));
        QVERIFY(document.article().hero.caption.isEmpty());
    }

    void partsByIdWithSignals()
    {
        ArticleDocument document;
        document.reset(Testing::fullArticle());
        QSignalSpy inserted(&document, &ArticleDocument::partInserted);
        QSignalSpy removed(&document, &ArticleDocument::partRemoved);
        QSignalSpy reordered(&document, &ArticleDocument::partsReordered);
        QSignalSpy partChanged(&document, &ArticleDocument::partChanged);
        const qsizetype count = document.article().parts.size();

        ArticlePart faq = ArticlePart::make(ArticlePart::Kind::Faq);
        faq.id = document.article().parts.at(0).id; // taken: the document gives it a new one
        const QString id = document.insertPart(1, faq);
        QVERIFY(id != faq.id);
        QCOMPARE(document.article().partIndex(id), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toString(), id);
        QCOMPARE(inserted.at(0).at(1).value<qsizetype>(), 1);

        QVERIFY(document.movePart(id, count));
        QCOMPARE(document.article().partIndex(id), count);
        QCOMPARE(reordered.count(), 1);

        QVERIFY(document.insertFaqEntry(id, 0, {u"Q?"_s, u"A."_s}));
        QCOMPARE(partChanged.count(), 1);
        QCOMPARE(partChanged.at(0).at(0).toString(), id);

        QVERIFY(document.removePart(id));
        QCOMPARE(document.article().partIndex(id), -1);
        QCOMPARE(removed.count(), 1);

        document.undoStack()->undo();
        QCOMPARE(document.article().partIndex(id), count);
        QCOMPARE(document.article().parts.at(count).faq.size(), 1);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.article().partIndex(id), 1);
        document.undoStack()->undo();
        QCOMPARE(document.article(), [] {
            Article a = Testing::fullArticle();
            a.ensureIds();
            return a;
        }());
        QCOMPARE(inserted.count(), 2); // the undone removal
        QCOMPARE(removed.count(), 2); // the undone insertion
    }
};

QTEST_GUILESS_MAIN(tst_ArticleDocument)
#include "tst_articledocument.moc"
