// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The article store through the Library interfaces, on both backends with the same
// expectations: round trips, revisions, the trash, signals, imports, the integrity check and the
// publication profile. One admin, ada, does everything, so that both backends keep the stored
// status and owner on save (a new article is ada's Draft) and record her on every revision;
// where the backends differ by design (who a revision names, restoring unchanged text), each
// backend's documented behaviour is asserted.
#include "articlefactory.h"
#include "articlejson.h"
#include "articlestats.h"
#include "backendlibrary.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Ada = u"ada"_s;

SaveOptions withRevision(const QString &note = {})
{
    SaveOptions options;
    options.author = Ada;
    options.note = note;
    return options;
}

SaveOptions autosave()
{
    SaveOptions options = withRevision();
    options.keepRevision = false;
    return options;
}

/// A headline and one section.
Article smallArticle(const QString &headline, const QString &body = u"Plain text."_s)
{
    Article article;
    article.headline = headline;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Section"_s);
    section.body = body;
    article.parts.append(section);
    return article;
}

/// `article` as the library keeps it when ada stores it: her Draft.
Article stored(Article article)
{
    article.status = ArticleStatus::Draft;
    article.owner = Ada;
    return article;
}

PublicationProfile herald()
{
    PublicationProfile profile;
    profile.name = u"The Harbour Herald"_s;
    profile.tagline = u"News from the coast — täglich"_s;
    profile.logo = QByteArray("\x89PNG\r\n\x1a\n\0\1\2", 11);
    profile.logoMimeType = u"image/png"_s;
    profile.accentColor = u"#0a5c8f"_s;
    profile.language = u"de-CH"_s;
    profile.wordsPerMinute = 200;
    profile.pageSize = PublicationProfile::PageSize::Letter;
    profile.categoryUrlPattern = u"https://herald.example/section/{category}"_s;
    profile.siteUrl = u"https://herald.example/"_s;
    return profile;
}

} // namespace

class tst_LibraryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createAndLoad_data();
    void createAndLoad();
    void createGivesIds();
    void createRejectsBadAndDuplicateUuids();
    void loadMissing();
    void findByUuid();
    void saveKeepsRevision();
    void revisionsNameWhoSaved();
    void identicalContentKeepsNoRevision();
    void statusChangeIsIgnoredAndKeepsNoRevision();
    void autosaveKeepsNoRevision();
    void saveRejectsOtherUuid();
    void saveMissing();
    void restoreRevision();
    void restoreMissingRevision();
    void heroImagesOfEveryRevision();
    void trashRestorePurge();
    void purgeRefusesLiveArticle();
    void signalsAfterChanges();
    void importAllOrNothingOnBadArticle();
    void importUpdatesExisting();
    void unchangedContentKeepsTheModifiedTime();
    void importKeepsTheModifiedTimeItCameWith();
    void healthyLibraryPassesIntegrityCheck();

    void profileDefaultWhenNoneStored();
    void profileSurvivesReopening();
    void profileReplacesTheStoredOne();
    void profileRefusesInvalid_data();
    void profileRefusesInvalid();

private:
    ArticleStore &store();
    /// Creates `article` as ada with a revision; 0 (and a warning) on failure.
    qint64 create(const Article &article);

    std::optional<BackendLibrary> m_library;
};

void tst_LibraryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void tst_LibraryStore::init()
{
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
    QVERIFY2(m_library->addPeople({{Ada, Role::Admin}}), qPrintable(m_library->error()));
}

void tst_LibraryStore::cleanup()
{
    m_library.reset();
}

ArticleStore &tst_LibraryStore::store()
{
    Library *library = m_library->as(Ada);
    if (!library)
        qFatal("cannot open the library as ada: %s", qPrintable(m_library->error()));
    return *library->articles();
}

qint64 tst_LibraryStore::create(const Article &article)
{
    const Result<qint64> id = store().create(article, withRevision());
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

void tst_LibraryStore::createAndLoad_data()
{
    QTest::addColumn<Article>("article");
    QTest::newRow("full") << Testing::fullArticle();
    QTest::newRow("odd unicode") << Testing::oddUnicodeArticle();
    QTest::newRow("generated") << Testing::generatedArticle(7);
    QTest::newRow("empty") << Article {};
}

void tst_LibraryStore::createAndLoad()
{
    QFETCH(Article, article);
    article.ensureIds();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Result<qint64> id = store().create(article, withRevision(u"first"_s));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY(*id > 0);

    const Result<ArticleRecord> record = store().load(*id);
    QVERIFY2(record, record ? "" : qPrintable(record.error().message));
    QCOMPARE(record->id, *id);
    QCOMPARE(record->article, stored(article));
    QCOMPARE(record->revision, 1);
    QVERIFY(!record->trashed);
    QVERIFY(!record->trashedAt.isValid());
    QVERIFY(record->created >= before);
    QCOMPARE(record->modified, record->created);
    QCOMPARE(record->created.timeSpec(), Qt::UTC);

    const auto revisions = store().revisions(*id);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), 1);
    QCOMPARE(revisions->at(0).number, 1);
    QCOMPARE(revisions->at(0).author, Ada);
    QCOMPARE(revisions->at(0).note, u"first"_s);
    QCOMPARE(revisions->at(0).contentHash.size(), 64); // SHA-256 in hex
    // Bug (team library): RevisionInfo::contentHash is documented as the SHA-256 of the
    // article's canonical JSON (ArticleJson::contentHash()); the server hashes its jsonb text
    // instead (copydesk.text_hash()), so `copydesk history` shows other hashes for the same text.
    if (BackendLibrary::isPostgres())
        QEXPECT_FAIL(
            "", "a team library hashes the server's JSON text, not canonical JSON", Continue);
    QCOMPARE(revisions->at(0).contentHash, ArticleJson::contentHash(stored(article)));
    const Result<Article> first = store().revision(*id, 1);
    QVERIFY(first);
    QCOMPARE(*first, stored(article));

    // The listing columns come from the same article.
    const ArticleSummary summary = store().list({}).value().at(0);
    QCOMPARE(summary.id, *id);
    QCOMPARE(summary.uuid, article.uuid);
    QCOMPARE(summary.headline, article.headline);
    QCOMPARE(summary.wordCount, ArticleStats::wordCount(article));
    QCOMPARE(summary.published, article.published.toUTC());
    QCOMPARE(summary.created, record->created);
}

void tst_LibraryStore::createGivesIds()
{
    Article article = smallArticle(u"No ids yet"_s);
    article.parts[0].id.clear();
    const qint64 id = create(article);
    QVERIFY(id > 0);
    const Result<ArticleRecord> record = store().load(id);
    QVERIFY(record);
    QVERIFY(!record->article.uuid.isEmpty());
    QVERIFY(!record->article.parts.at(0).id.isEmpty());
    QCOMPARE(record->article.headline, u"No ids yet"_s);
    QCOMPARE(store().findByUuid(record->article.uuid).value(), id);
    QVERIFY(create(article) > id); // a second article, with ids of its own
}

void tst_LibraryStore::createRejectsBadAndDuplicateUuids()
{
    const Article article = Testing::fullArticle();
    QVERIFY(create(article) > 0);
    const Result<qint64> again = store().create(article, withRevision());
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
    QVERIFY2(again.error().message.contains(store().location()), qPrintable(again.error().message));
    Article bad = smallArticle(u"Bad id"_s);
    bad.uuid = u"not-a-uuid"_s;
    QCOMPARE(store().create(bad, withRevision()).error().code, Error::Code::InvalidInput);
    QCOMPARE(store().count({}).value(), 1);
}

void tst_LibraryStore::loadMissing()
{
    const Result<ArticleRecord> record = store().load(42);
    QVERIFY(!record);
    QCOMPARE(record.error().code, Error::Code::NotFound);
    QVERIFY2(
        record.error().message.contains(store().location()), qPrintable(record.error().message));
    QCOMPARE(store().revisions(42).error().code, Error::Code::NotFound);
    QCOMPARE(store().revision(42, 1).error().code, Error::Code::NotFound);
    QCOMPARE(store().moveToTrash(42).error().code, Error::Code::NotFound);
    QCOMPARE(store().restoreFromTrash(42).error().code, Error::Code::NotFound);
    QCOMPARE(store().purge(42).error().code, Error::Code::NotFound);
}

void tst_LibraryStore::findByUuid()
{
    const Article article = Testing::fullArticle();
    const qint64 id = create(article);
    QCOMPARE(store().findByUuid(article.uuid).value(), id);
    const Result<qint64> missing = store().findByUuid(u"00000000-0000-4000-8000-00000000dead"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE(store().findByUuid(u"not-a-uuid"_s).error().code, Error::Code::NotFound);
}

void tst_LibraryStore::saveKeepsRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const Article original = stored(article);
    article.headline = u"Barriers hold, but only just"_s;
    QTest::qSleep(2);
    const Result<int> revision = store().save(id, article, withRevision(u"tightened"_s));
    QVERIFY2(revision, revision ? "" : qPrintable(revision.error().message));
    QCOMPARE(*revision, 2);

    const Result<ArticleRecord> record = store().load(id);
    QCOMPARE(record->article, stored(article));
    QCOMPARE(record->revision, 2);
    QVERIFY(record->modified > record->created);

    const auto revisions = store().revisions(id).value();
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).number, 2); // newest first
    QCOMPARE(revisions.at(0).note, u"tightened"_s);
    QCOMPARE(revisions.at(0).author, Ada);
    QCOMPARE(revisions.at(1).number, 1);
    QVERIFY(revisions.at(0).contentHash != revisions.at(1).contentHash);
    QCOMPARE(store().revision(id, 1).value(), original);
    QCOMPARE(store().revision(id, 2).value(), stored(article));
}

void tst_LibraryStore::revisionsNameWhoSaved()
{
    // SQLite records SaveOptions::author; a team library records the login and ignores the
    // author given (PostgresArticleStore: "recorded under the login").
    const QString expected = BackendLibrary::isPostgres() ? Ada : u"jdoe"_s;
    SaveOptions jdoe = withRevision(u"by jdoe"_s);
    jdoe.author = u"jdoe"_s;
    Article article = Testing::fullArticle();
    const Result<qint64> id = store().create(article, jdoe);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    article.headline = u"Changed by jdoe"_s;
    QCOMPARE(store().save(*id, article, jdoe).value(), 2);
    QCOMPARE(store().restoreRevision(*id, 1, u"jdoe"_s).value(), 3);
    const QList<RevisionInfo> revisions = store().revisions(*id).value();
    QCOMPARE(revisions.size(), 3);
    for (const RevisionInfo &revision : revisions)
        QCOMPARE(revision.author, expected);
}

void tst_LibraryStore::identicalContentKeepsNoRevision()
{
    const Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const Result<int> revision = store().save(id, article, withRevision());
    QVERIFY2(revision, revision ? "" : qPrintable(revision.error().message));
    QCOMPARE(*revision, 1);
    QCOMPARE(store().revisions(id)->size(), 1);
}

void tst_LibraryStore::statusChangeIsIgnoredAndKeepsNoRevision()
{
    // With people, the status and owner change only through the workflow.
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    article.status = ArticleStatus::Approved;
    article.owner = u"editor"_s;
    QCOMPARE(store().save(id, article, withRevision()).value(), 1);
    const ArticleRecord record = store().load(id).value();
    QCOMPARE(record.article.status, ArticleStatus::Draft);
    QCOMPARE(record.article.owner, Ada);
    QCOMPARE(record.revision, 1);
    const ArticleSummary summary = store().list({}).value().at(0);
    QCOMPARE(summary.status, ArticleStatus::Draft);
    QCOMPARE(summary.owner, Ada);
}

void tst_LibraryStore::autosaveKeepsNoRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const QDateTime created = store().load(id)->modified;
    article.lede += u" Typing…"_s;
    QTest::qSleep(2);
    QCOMPARE(store().save(id, article, autosave()).value(), 1);
    const ArticleRecord afterAutosave = store().load(id).value();
    QCOMPARE(afterAutosave.article, stored(article));
    QCOMPARE(afterAutosave.revision, 1);
    QVERIFY(afterAutosave.modified > created);
    QCOMPARE(store().revisions(id)->size(), 1);
    // An autosave ahead of the newest revision is no damage.
    QCOMPARE(store().checkIntegrity().value(), QStringList());

    // The next kept revision includes what was autosaved, even if nothing changed since.
    QCOMPARE(store().save(id, article, withRevision()).value(), 2);
    QCOMPARE(store().revision(id, 2).value(), stored(article));
}

void tst_LibraryStore::saveRejectsOtherUuid()
{
    const qint64 id = create(Testing::fullArticle());
    Article other = Testing::fullArticle();
    other.uuid = u"00000000-0000-4000-8000-0000000000aa"_s;
    const Result<int> saved = store().save(id, other, withRevision());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::InvalidInput);
    QCOMPARE(store().load(id)->article, stored(Testing::fullArticle()));

    // An empty uuid means "this article".
    other.uuid.clear();
    other.headline = u"Kept id"_s;
    const Result<int> kept = store().save(id, other, withRevision());
    QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
    QCOMPARE(store().load(id)->article.uuid, Testing::fullArticle().uuid);
    QCOMPARE(store().load(id)->article.headline, u"Kept id"_s);
}

void tst_LibraryStore::saveMissing()
{
    const Result<int> saved = store().save(99, Testing::fullArticle(), withRevision());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::NotFound);
    QCOMPARE(store().count({}).value(), 0);
}

void tst_LibraryStore::restoreRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const Article first = stored(article);
    article.headline = u"Second version"_s;
    article.parts.removeLast();
    QCOMPARE(store().save(id, article, withRevision()).value(), 2);
    QCOMPARE(m_library->as(Ada)->workflow()->apply(id, WorkflowAction::Submit, Ada).value(),
        ArticleStatus::InReview);

    QSignalSpy changed(&store(), &ArticleStore::articleChanged);
    const Result<int> restored = store().restoreRevision(id, 1, Ada);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QCOMPARE(*restored, 3);
    QCOMPARE(changed.size(), 1);
    const ArticleRecord record = store().load(id).value();
    Article expected = first;
    expected.status = ArticleStatus::InReview; // the workflow state is not restored
    QCOMPARE(record.article, expected);
    QCOMPARE(record.revision, 3);
    const QList<RevisionInfo> revisions = store().revisions(id).value();
    QCOMPARE(revisions.size(), 3);
    const RevisionInfo newest = revisions.at(0);
    QCOMPARE(newest.number, 3);
    QCOMPARE(newest.author, Ada);
    QVERIFY2(newest.note.contains(u"1"_s), qPrintable(newest.note));
    QCOMPARE(newest.contentHash, revisions.at(2).contentHash); // the text of revision 1
    QVERIFY(newest.contentHash != revisions.at(1).contentHash);
    QCOMPARE(store().revision(id, 2)->headline, u"Second version"_s); // nothing lost

    // Restoring the newest content again: SQLite records the restore as revision 4; a team
    // library keeps revisions only for changed text and returns the newest number (as
    // PostgresArticleStore::restoreRevision() documents).
    const Result<int> again = store().restoreRevision(id, 3, Ada);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(*again, BackendLibrary::isPostgres() ? 3 : 4);
    QCOMPARE(store().load(id)->article, expected);
}

void tst_LibraryStore::restoreMissingRevision()
{
    const qint64 id = create(Testing::fullArticle());
    const Result<int> restored = store().restoreRevision(id, 7, Ada);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, Error::Code::NotFound);
    QCOMPARE(store().load(id)->revision, 1);
    QCOMPARE(store().restoreRevision(4242, 1, Ada).error().code, Error::Code::NotFound);
}

void tst_LibraryStore::heroImagesOfEveryRevision()
{
    // How images are stored differs; what each revision shows does not.
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const qint64 other = create(Testing::generatedArticle(3)); // the same tiny PNG
    QVERIFY(other > 0);
    const QByteArray longer = Testing::tinyPng() + QByteArray("trailing bytes");
    article.hero.data = longer;
    QCOMPARE(store().save(id, article, withRevision()).value(), 2);
    QCOMPARE(store().load(id)->article.hero.data, longer);
    QCOMPARE(store().revision(id, 1)->hero.data, Testing::tinyPng());
    QCOMPARE(store().revision(id, 2)->hero.data, longer);

    article.hero = {};
    QVERIFY(store().save(id, article, autosave()));
    QVERIFY(store().load(id)->article.hero.isEmpty());
    QCOMPARE(store().revision(id, 2)->hero.data, longer);
    QVERIFY(store().moveToTrash(id));
    QVERIFY(store().purge(id));
    QCOMPARE(store().load(other)->article.hero.data, Testing::tinyPng());
    QVERIFY(store().checkIntegrity(true)->isEmpty());
}

void tst_LibraryStore::trashRestorePurge()
{
    const qint64 keep = create(smallArticle(u"Harbour plan approved"_s));
    const qint64 id = create(smallArticle(u"Harbour plan rejected"_s));
    SearchQuery harbour;
    harbour.text = u"harbour"_s;
    QCOMPARE(store().search(harbour)->size(), 2);

    QVERIFY(store().moveToTrash(id));
    QVERIFY(store().moveToTrash(id)); // already there: nothing to do
    const ArticleRecord trashed = store().load(id).value();
    QVERIFY(trashed.trashed);
    QVERIFY(trashed.trashedAt.isValid());
    QCOMPARE(store().count({}).value(), 1);
    QCOMPARE(store().list({})->at(0).id, keep);
    QCOMPARE(store().search(harbour)->size(), 1);
    LibraryQuery trash;
    trash.trash = true;
    QCOMPARE(store().list(trash)->size(), 1);
    QCOMPARE(store().list(trash)->at(0).id, id);
    QVERIFY(store().list(trash)->at(0).trashed);
    harbour.filter.trash = true;
    QCOMPARE(store().search(harbour)->size(), 1);
    QCOMPARE(store().search(harbour)->at(0).summary.id, id);

    QVERIFY(store().restoreFromTrash(id));
    QVERIFY(store().restoreFromTrash(id)); // not there: nothing to do
    QVERIFY(!store().load(id)->trashed);
    QCOMPARE(store().count({}).value(), 2);

    QVERIFY(store().moveToTrash(id));
    QVERIFY(store().purge(id));
    QCOMPARE(store().load(id).error().code, Error::Code::NotFound);
    QCOMPARE(store().revisions(id).error().code, Error::Code::NotFound);
    QCOMPARE(store().revision(id, 1).error().code, Error::Code::NotFound);
    QCOMPARE(store().count(trash).value(), 0);
    harbour.filter.trash = false;
    QCOMPARE(store().search(harbour)->size(), 1);
    QCOMPARE(store().purge(id).error().code, Error::Code::NotFound);
    QCOMPARE(store().moveToTrash(id).error().code, Error::Code::NotFound);
    QCOMPARE(store().restoreFromTrash(id).error().code, Error::Code::NotFound);
    QVERIFY(store().checkIntegrity()->isEmpty());
}

void tst_LibraryStore::purgeRefusesLiveArticle()
{
    const qint64 id = create(Testing::fullArticle());
    const Status purged = store().purge(id);
    QVERIFY(!purged);
    QCOMPARE(purged.error().code, Error::Code::InvalidInput);
    QVERIFY2(purged.error().message.contains(u"trash"_s), qPrintable(purged.error().message));
    // A local library's errors name its file; a team library's refusal is the server's
    // sentence (PostgresSession::toError()), which names the article: "cannot delete the
    // article: article 1 is not in the trash; move it there first".
    const QString named
        = BackendLibrary::isPostgres() ? u"article %1 "_s.arg(id) : store().location();
    QVERIFY2(purged.error().message.contains(named), qPrintable(purged.error().message));
    QVERIFY(store().load(id));
    QCOMPARE(store().revisions(id)->size(), 1);
}

void tst_LibraryStore::signalsAfterChanges()
{
    QSignalSpy changed(&store(), &ArticleStore::articleChanged);
    QSignalSpy removed(&store(), &ArticleStore::articleRemoved);
    Article article = smallArticle(u"Signals"_s);
    const qint64 id = create(article);
    article.headline = u"Signals again"_s;
    QVERIFY(store().save(id, article, autosave()));
    QVERIFY(store().moveToTrash(id));
    QVERIFY(store().moveToTrash(id)); // already there: no change, no signal
    QVERIFY(store().restoreFromTrash(id));
    QVERIFY(store().moveToTrash(id));
    QVERIFY(store().purge(id));
    QCOMPARE(changed.size(), 5);
    for (const auto &arguments : std::as_const(changed))
        QCOMPARE(arguments.at(0).toLongLong(), id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), id);

    // Failures emit nothing.
    QVERIFY(!store().save(id, article, autosave()));
    QVERIFY(!store().moveToTrash(id));
    QCOMPARE(changed.size(), 5);
    QCOMPARE(removed.size(), 1);
}

void tst_LibraryStore::importAllOrNothingOnBadArticle()
{
    const qint64 existing = create(smallArticle(u"Already here"_s));
    QList<Article> batch;
    for (int i = 0; i < 5; ++i)
        batch.append(Testing::generatedArticle(100 + i, 300));
    batch[3].uuid = u"not-a-uuid"_s;
    QSignalSpy changed(&store(), &ArticleStore::articleChanged);
    const Result<QList<qint64>> ids = store().importArticles(batch, withRevision(u"import"_s));
    QVERIFY(!ids);
    QCOMPARE(ids.error().code, Error::Code::InvalidInput);
    QVERIFY2(ids.error().message.contains(u"4"_s), qPrintable(ids.error().message));
    QVERIFY2(ids.error().message.contains(store().location()), qPrintable(ids.error().message));
    QCOMPARE(store().count({}).value(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store().list({})->at(0).id, existing);
    QCOMPARE(store().revisions(existing)->size(), 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(store().findByUuid(batch.at(i).uuid).error().code, Error::Code::NotFound);
    QVERIFY(store().checkIntegrity()->isEmpty());
}

void tst_LibraryStore::importUpdatesExisting()
{
    Article first = Testing::generatedArticle(1, 300);
    const qint64 id = create(first);
    Article changed = first;
    changed.headline = u"Changed in the newsroom"_s;
    const Article fresh = Testing::generatedArticle(2, 300);
    const Result<QList<qint64>> ids
        = store().importArticles({changed, fresh, first}, withRevision(u"Imported"_s));
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
    QCOMPARE(ids->size(), 3);
    QCOMPARE(ids->at(0), id);
    QCOMPARE(ids->at(2), id);
    QVERIFY(ids->at(1) != id);
    QCOMPARE(store().count({}).value(), 2);
    // Revision 2 (changed), revision 3 (back to the first content).
    const auto revisions = store().revisions(id).value();
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.at(0).note, u"Imported"_s);
    QCOMPARE(revisions.at(0).contentHash, revisions.at(2).contentHash);
    QCOMPARE(store().revision(id, 2)->headline, u"Changed in the newsroom"_s);
    QCOMPARE(store().load(id)->article, stored(first));
    // A new one is the importer's Draft, whatever the file says.
    QCOMPARE(store().load(ids->at(1))->article, stored(fresh));
    // Importing the same again changes nothing.
    QVERIFY(store().importArticles({first}, withRevision()));
    QCOMPARE(store().revisions(id)->size(), 3);
}

// The modified time is the last change of what is stored (a page's dateModified and "Updated"):
// re-importing an unchanged article, or saving the same text, leaves it alone; a change moves it.
void tst_LibraryStore::unchangedContentKeepsTheModifiedTime()
{
    const Article article = Testing::generatedArticle(3, 200);
    const qint64 id = create(article);
    const Article stored = store().load(id)->article;
    const QDateTime modified = store().load(id)->modified;
    QVERIFY(modified.isValid());
    QTest::qWait(20); // Every store keeps milliseconds.
    QVERIFY(store().importArticles({stored}, withRevision(u"Imported again"_s)));
    QCOMPARE(store().load(id)->modified, modified);
    QVERIFY(store().save(id, stored, SaveOptions(Ada, {}, false)));
    QCOMPARE(store().load(id)->modified, modified);
    QVERIFY(store().save(id, stored, withRevision()));
    QCOMPARE(store().load(id)->modified, modified);
    QCOMPARE(store().revisions(id)->size(), 1);

    Article changed = stored;
    changed.dek = u"A dek added later"_s;
    QVERIFY(store().importArticles({changed}, withRevision(u"Imported with a dek"_s)));
    const ArticleRecord after = store().load(id).value();
    QVERIFY2(after.modified > modified, qPrintable(after.modified.toString(Qt::ISODateWithMs)));
    QCOMPARE(after.revision, 2);
}

// An article exported from one library and imported into another keeps its last change (the
// JSON's "modified", SaveOptions::importedModified), unless that is in the future; an article
// already here is not backdated.
void tst_LibraryStore::importKeepsTheModifiedTimeItCameWith()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime lastChange(QDate(2025, 3, 14), QTime(8, 30, 5, 120), QTimeZone::UTC);
    const Article existing = Testing::generatedArticle(4, 100);
    const qint64 existingId = create(existing);
    Article changedExisting = store().load(existingId)->article;
    changedExisting.dek = u"Changed where it was exported"_s;
    SaveOptions options = withRevision(u"Imported"_s);
    options.importedModified
        = {lastChange, QDateTime::currentDateTimeUtc().addDays(2), lastChange, QDateTime()};
    const Result<QList<qint64>> ids = store().importArticles(
        {Testing::generatedArticle(5, 100), Testing::generatedArticle(6, 100), changedExisting,
            Testing::generatedArticle(7, 100)},
        options);
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
    QCOMPARE(store().load(ids->at(0))->modified, lastChange);
    QVERIFY(store().load(ids->at(0))->created >= before.addSecs(-1));
    // In the future: the import's time.
    const QDateTime future = store().load(ids->at(1))->modified;
    QVERIFY2(future >= before.addSecs(-1) && future <= QDateTime::currentDateTimeUtc().addSecs(1),
        qPrintable(future.toString(Qt::ISODateWithMs)));
    // Changed here now: not backdated.
    QCOMPARE(ids->at(2), existingId);
    QVERIFY(store().load(existingId)->modified >= before.addSecs(-1));
    // No time given: the import's.
    QVERIFY(store().load(ids->at(3))->modified >= before.addSecs(-1));
    // The listing says the same.
    const QList<ArticleSummary> listing = store().list({}).value();
    for (const ArticleSummary &summary : listing) {
        if (summary.id == ids->at(0))
            QCOMPARE(summary.modified, lastChange);
    }
}

void tst_LibraryStore::healthyLibraryPassesIntegrityCheck()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    QVERIFY(create(Testing::oddUnicodeArticle()) > 0);
    article.headline = u"Changed"_s;
    QVERIFY(store().save(id, article, withRevision()));
    article.lede = u"Autosaved."_s;
    QVERIFY(store().save(id, article, autosave()));
    for (const bool everyRevision : {false, true}) {
        const Result<QStringList> problems = store().checkIntegrity(everyRevision);
        QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }
}

void tst_LibraryStore::profileDefaultWhenNoneStored()
{
    const Result<PublicationProfile> profile = store().publicationProfile();
    QVERIFY2(profile, profile ? "" : qPrintable(profile.error().message));
    QCOMPARE(*profile, PublicationProfile {});
}

void tst_LibraryStore::profileSurvivesReopening()
{
    QSignalSpy changed(&store(), &ArticleStore::publicationProfileChanged);
    const Status stored = store().setPublicationProfile(herald());
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store().publicationProfile().value(), herald());

    m_library->closeAll();
    QCOMPARE(store().publicationProfile().value(), herald());
    const Result<QStringList> problems = store().checkIntegrity();
    QVERIFY(problems && problems->isEmpty());
}

void tst_LibraryStore::profileReplacesTheStoredOne()
{
    QVERIFY(store().setPublicationProfile(herald()));
    PublicationProfile gazette;
    gazette.name = u"Gazette"_s;
    QVERIFY(store().setPublicationProfile(gazette));
    QCOMPARE(store().publicationProfile().value(), gazette);
    m_library->closeAll();
    QCOMPARE(store().publicationProfile().value(), gazette);
}

void tst_LibraryStore::profileRefusesInvalid_data()
{
    QTest::addColumn<PublicationProfile>("profile");
    QTest::addColumn<QString>("member");
    PublicationProfile profile = herald();
    profile.accentColor = u"red"_s;
    QTest::newRow("colour") << profile << u"accentColor"_s;
    profile = herald();
    profile.wordsPerMinute = 0;
    QTest::newRow("reading speed") << profile << u"wordsPerMinute"_s;
}

void tst_LibraryStore::profileRefusesInvalid()
{
    QFETCH(PublicationProfile, profile);
    QFETCH(QString, member);
    QVERIFY(store().setPublicationProfile(herald()));
    QSignalSpy changed(&store(), &ArticleStore::publicationProfileChanged);
    const Status stored = store().setPublicationProfile(profile);
    QVERIFY(!stored);
    QCOMPARE(stored.error().code, Error::Code::InvalidInput);
    QVERIFY2(stored.error().message.contains(member), qPrintable(stored.error().message));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store().publicationProfile().value(), herald());
}

QTEST_GUILESS_MAIN(tst_LibraryStore)
#include "tst_librarystore.moc"
