// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace Copydesk {

/// An article as the library holds it: the content plus the library's bookkeeping.
struct ArticleRecord
{
    qint64 id = 0; ///< The library's row id; > 0 for stored articles.
    Article article;
    QDateTime created; ///< UTC.
    /// UTC; the last save that changed what is stored (autosaves included). Saving or
    /// re-importing exactly the stored article leaves it, so that a page's dateModified and
    /// "Updated" tell the last real change; an imported article may keep the time it had where
    /// it came from (SaveOptions::importedModified).
    QDateTime modified;
    int revision = 0; ///< Number of the newest revision (1 for a new article).
    bool trashed = false;
    QDateTime trashedAt; ///< UTC; null unless trashed.
    /// The stored state this record was read in, for SaveOptions::baseVersion: it changes with
    /// every write of the article (text, status, owner, trash). 0 where the library does not
    /// keep versions (the local library, which one person writes at a time).
    qint64 version = 0;
    /// Who last saved the text (a person's display name), where the library records it (a
    /// team library); empty otherwise.
    QString lastSavedBy;
};

/// One row of a library listing: enough to show a list without loading whole articles.
struct ArticleSummary
{
    qint64 id = 0;
    QString uuid;
    QString headline;
    QString dek;
    ArticleStatus status = ArticleStatus::Draft;
    QString owner;
    QStringList authors; ///< Byline names, in order.
    QString category;
    QDateTime created; ///< UTC.
    QDateTime modified; ///< UTC.
    QDateTime published; ///< Null when unset.
    int wordCount = 0;
    bool trashed = false;
};

/// A stored snapshot of an article. Revision numbers count from 1 per article and never repeat.
struct RevisionInfo
{
    int number = 0;
    QDateTime created; ///< UTC.
    QString author; ///< Who saved it.
    QString note; ///< Why ("Restored revision 3", "Imported from x.json"…); may be empty.
    QByteArray contentHash; ///< SHA-256 (hex) of the article's canonical JSON.
};

/// Listing order. Headline, Category and Author compare case-insensitively; empty values (and
/// unpublished articles for Published) come first in ascending order. Status, Category and Author
/// break ties by the modified time, in the same direction.
enum class SortKey
{
    Modified,
    Created,
    Headline,
    Published,
    Status, ///< Workflow order: Draft, In review, Changes requested, Approved, Published, Spiked.
    Category,
    Author, ///< The first byline name.
};
enum class DateField
{
    Modified,
    Created,
    Published
};

/// Which articles a listing or a search covers, and in what order.
struct LibraryQuery
{
    QList<ArticleStatus> statuses; ///< Empty: any status.
    QString author; ///< Matches the owner or any byline name exactly; empty: anyone.
    QString category; ///< Exact match; empty: any.
    DateField dateField = DateField::Modified;
    QDateTime from; ///< Inclusive; null: unbounded.
    QDateTime to; ///< Exclusive; null: unbounded.
    bool trash = false; ///< List the trash instead of live articles.
    /// Only these rows (combined with the other conditions); nullopt: any row. An empty list
    /// matches nothing. Ids that are not in the library are ignored.
    std::optional<QList<qint64>> ids;
    SortKey sort = SortKey::Modified;
    Qt::SortOrder order = Qt::DescendingOrder;
    /// Keyset paging for list(): only the rows that come after this one in the order of `sort`
    /// and `order`, judged by its values as listed (the sort key, modified time and id), so a
    /// page far down costs what the first one costs. Pass the last row of the previous page:
    /// rows that tie on the sort key follow their ids, so none is skipped or repeated. `offset`
    /// then counts from there. count() and search() ignore it.
    std::optional<ArticleSummary> after;
    int offset = 0; ///< Rows to skip; reading them costs time in proportion (see `after`).
    int limit = -1; ///< -1: no limit.
};

/// Highlight markers inside SearchHit::snippet: private-use characters that never occur in
/// article text, so a view can turn them into bold, <mark> or ANSI colour safely.
inline constexpr QChar SnippetOpen = QChar(0xE000);
inline constexpr QChar SnippetClose = QChar(0xE001);
/// Marks text left out of a snippet.
inline constexpr QStringView SnippetEllipsis = u"…";

struct SearchQuery
{
    /// Words to find in every text part. Plain words are matched as prefixes-free terms, all of
    /// them required; "quoted phrases" match as phrases. Never passed raw to FTS5 syntax.
    QString text;
    LibraryQuery filter; ///< Status, author, category, date filters; sort is ignored (rank).
    int limit = 50;
};

struct SearchHit
{
    ArticleSummary summary;
    double rank = 0; ///< bm25 score; lower is better (as SQLite reports it).
    QString snippet; ///< Plain text with SnippetOpen/SnippetClose around matched terms.
};

/// Options for ArticleStore::save().
struct SaveOptions
{
    SaveOptions(QString author = {}, QString note = {}, bool keepRevision = true)
        : author(std::move(author))
        , note(std::move(note))
        , keepRevision(keepRevision)
    { }

    QString author; ///< User name recorded on the revision.
    QString note;
    /// True: keep a revision (a snapshot) of this state. False: only update the current content
    /// (autosave while typing); the next kept revision will include it.
    bool keepRevision = true;
    /// The stored version (ArticleRecord::version) the saved text was based on. A library that
    /// keeps versions refuses a save against an older version than the stored one with
    /// Error::Code::Conflict and writes nothing, so that nobody's work is overwritten unseen.
    /// nullopt: the version this store instance last loaded or wrote (knownVersion()).
    std::optional<qint64> baseVersion;
    /// importArticles() only, one entry per article in the same order: when the article's content
    /// last changed where it came from (the "modified" of an exported Copydesk JSON file). A new
    /// article keeps that time as its ArticleRecord::modified unless it lies in the future; an
    /// article already in the library, an invalid time or a missing entry gets the import's time
    /// as usual.
    QList<QDateTime> importedModified;
};

/// The article library. Implementations: SqliteArticleStore (a local file); a team library on
/// PostgreSQL will follow behind the same interface, so nothing backend-specific (SQL dialect,
/// FTS syntax, pragmas) appears here.
///
/// Threading: an instance is used from the thread that created it. Every operation is one
/// transaction: it either happens entirely or not at all, and failures come back as Error values
/// (never exceptions); nothing is written on failure.
class ArticleStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ArticleStore() override;

    /// Where the library lives (a file path, a connection URL…), for messages.
    virtual QString location() const = 0;
    /// Why this library can only be read ("its folder “/x” is not writable"…); empty when it
    /// can be written. Every write of a read-only library fails with a message that says so.
    virtual QString readOnlyReason() const { return {}; }
    /// Done when a write may go ahead now; otherwise the error every write would return (the
    /// library is read-only, or was found damaged). Every write of the store checks this
    /// itself; code that writes the same library another way (its workflow) asks first.
    virtual Status ensureWritable();

    /// Stores a new article and keeps revision 1. Gives the article (and its parts) ids where
    /// they are missing. Returns the new row id.
    virtual Result<qint64> create(const Article &article, const SaveOptions &options) = 0;

    /// Stores several articles in one transaction: either all are written or none. An article
    /// whose uuid is already in the library becomes a new revision of that article.
    /// Returns the row ids in input order.
    virtual Result<QList<qint64>> importArticles(
        const QList<Article> &articles, const SaveOptions &options)
        = 0;

    /// NotFound when there is no such article (trashed articles are found).
    virtual Result<ArticleRecord> load(qint64 id) const = 0;
    /// The row id of the article with `uuid`; NotFound when none.
    virtual Result<qint64> findByUuid(const QString &uuid) const = 0;

    /// Replaces the article's content. Returns the newest revision number afterwards (unchanged
    /// when options.keepRevision is false, or when the content equals the newest revision).
    virtual Result<int> save(qint64 id, const Article &article, const SaveOptions &options) = 0;

    /// The version of article `id` this instance last loaded or wrote (after a save: the
    /// version it wrote, to base the next save on); nullopt when it has none or the library
    /// does not keep versions.
    virtual std::optional<qint64> knownVersion(qint64 id) const;

    /// Newest first.
    virtual Result<QList<RevisionInfo>> revisions(qint64 articleId) const = 0;
    virtual Result<Article> revision(qint64 articleId, int number) const = 0;
    /// Makes the content of revision `number` current as a new revision; nothing is lost.
    /// Returns the new revision's number.
    virtual Result<int> restoreRevision(qint64 articleId, int number, const QString &author) = 0;

    virtual Status moveToTrash(qint64 id) = 0;
    virtual Status restoreFromTrash(qint64 id) = 0;
    /// Deletes a trashed article and all its revisions for good. Refuses live articles.
    virtual Status purge(qint64 id) = 0;

    virtual Result<QList<ArticleSummary>> list(const LibraryQuery &query) const = 0;
    virtual Result<qint64> count(const LibraryQuery &query) const = 0;
    /// Ranked full-text search over every text part; best first. An empty text is an error.
    virtual Result<QList<SearchHit>> search(const SearchQuery &query) const = 0;

    /// Distinct categories and authors, for filter menus; sorted.
    virtual Result<QStringList> categories() const = 0;
    virtual Result<QStringList> authors() const = 0;

    /// A full consistency check. Returns the problems found; empty means healthy. Every
    /// article's current text must be readable and its newest revision must match the content
    /// hash stored with it; with `everyRevision`, every older revision too.
    virtual Result<QStringList> checkIntegrity(bool everyRevision = false) const = 0;

    /// The house style stored in the library, so that everyone working on it renders the same
    /// page. A default-constructed PublicationProfile when none was stored yet.
    virtual Result<PublicationProfile> publicationProfile() const = 0;
    /// Replaces the stored profile. A profile that PublicationProfile::fromJson() would refuse
    /// (an invalid colour…) is an InvalidInput error and nothing is written.
    virtual Status setPublicationProfile(const PublicationProfile &profile) = 0;

Q_SIGNALS:
    /// Emitted after an article was created, saved, restored, trashed or un-trashed.
    void articleChanged(qint64 id);
    /// Emitted after an article was purged.
    void articleRemoved(qint64 id);
    /// A save() changed the text of an approved or published article, which is back In
    /// review; `message` says so in a sentence for the person editing.
    void returnedToReview(qint64 id, const QString &message);
    /// A save() changed the text of an approved article and the approval stays or came back
    /// (an editor's small edit, or the approved text again); `message` says so.
    void approvalKept(qint64 id, const QString &message);
    /// Emitted after setPublicationProfile() stored a profile through this instance (changes
    /// made by other processes are not noticed).
    void publicationProfileChanged();
    /// Someone else changed the article (its text, status, owner or trash state) in another
    /// session of a team library (live updates); articleChanged() or articleRemoved() is
    /// emitted too. The local library never emits it.
    void changedElsewhere(qint64 id);
};

} // namespace Copydesk
