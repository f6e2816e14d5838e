// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Every write path of the library against a failing disk: the n-th write, sync or truncate fails
// with an I/O error or "disk full", for every n until the operation gets through untouched.
// After each failure the caller holds a clear error, the file passes integrity_check and holds
// exactly what was committed before, and the same open library works again once the disk does.
#include "articledocument.h"
#include "articlefactory.h"
#include "autosavecontroller.h"
#include "faultyvfs.h"
#include "sqlitearticlestore.h"
#include "sqliteworkflow.h"
#include "temporarylibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <sqlite3.h>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// One open library with its workflow, on a copy of the template file.
struct OpenLibrary
{
    QString path;
    std::unique_ptr<SqliteArticleStore> store;
    std::unique_ptr<SqliteWorkflow> workflow;
    qint64 article = 0; ///< A live draft owned by rita with two revisions.
    qint64 trashed = 0; ///< A trashed article.

    QString open()
    {
        auto opened = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::OpenExisting);
        if (!opened)
            return opened.error().message;
        store = std::move(opened).value();
        auto flow = SqliteWorkflow::open(*store);
        if (!flow)
            return flow.error().message;
        workflow = std::move(flow).value();
        return {};
    }

    void close()
    {
        workflow.reset();
        store.reset();
    }
};

/// An operation under test: returns the error message, empty on success.
using Operation = std::function<QString(OpenLibrary &)>;
/// Checks on a freshly opened library that a successful operation's effect is there.
using Effect = std::function<bool(OpenLibrary &)>;

template<typename T> QString messageOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

Article edited(OpenLibrary &library)
{
    Article article = library.store->load(library.article)->article;
    article.headline = QStringLiteral("Edited while the disk failed");
    article.parts[0].body += QStringLiteral("\n\nOne more paragraph.");
    return article;
}

struct Case
{
    Operation run;
    Effect effect;
};

QMap<QString, Case> cases()
{
    QMap<QString, Case> all;
    all[QStringLiteral("save with revision")]
        = {[](OpenLibrary &l) {
               return messageOf(l.store->save(l.article, edited(l), withRevision(u"edit"_s)));
           },
            [](OpenLibrary &l) {
                return l.store->load(l.article)->article.headline.startsWith(u"Edited"_s)
                    && l.store->revisions(l.article)->size() == 3;
            }};
    all[QStringLiteral("autosave")] = {
        [](OpenLibrary &l) { return messageOf(l.store->save(l.article, edited(l), autosave())); },
        [](OpenLibrary &l) {
            return l.store->load(l.article)->article.headline.startsWith(u"Edited"_s);
        }};
    all[QStringLiteral("create")] = {[](OpenLibrary &l) {
                                         Article article = fullArticle();
                                         article.uuid.clear();
                                         article.status = ArticleStatus::Draft;
                                         return messageOf(l.store->create(article, withRevision()));
                                     },
        [](OpenLibrary &l) {
            return *l.store->count(LibraryQuery {}) == 2;
        }};
    all[QStringLiteral("import batch")]
        = {[](OpenLibrary &l) {
               Article again = edited(l);
               Article other = generatedArticle(7, 400);
               other.uuid.clear();
               Article third = generatedArticle(8, 400);
               third.uuid.clear();
               return messageOf(l.store->importArticles({again, other, third}, withRevision()));
           },
            [](OpenLibrary &l) {
                return *l.store->count(LibraryQuery {}) == 3;
            }};
    all[QStringLiteral("workflow transition")]
        = {[](OpenLibrary &l) {
               return messageOf(
                   l.workflow->apply(l.article, WorkflowAction::Submit, QStringLiteral("rita")));
           },
            [](OpenLibrary &l) {
                return l.workflow->state(l.article)->status == ArticleStatus::InReview;
            }};
    all[QStringLiteral("comment")]
        = {[](OpenLibrary &l) {
               CommentAnchor anchor;
               anchor.path = QStringLiteral("headline");
               return messageOf(l.workflow->addComment(
                   l.article, anchor, QStringLiteral("Check the figure"), QStringLiteral("ed")));
           },
            [](OpenLibrary &l) {
                return l.workflow->comments(l.article)->size() == 2;
            }};
    all[QStringLiteral("reply")]
        = {[](OpenLibrary &l) {
               const qint64 thread = l.workflow->comments(l.article)->first().id;
               return messageOf(l.workflow->reply(thread, u"Fixed"_s, QStringLiteral("rita")));
           },
            [](OpenLibrary &l) {
                return l.workflow->comments(l.article)->size() == 2;
            }};
    all[QStringLiteral("resolve")]
        = {[](OpenLibrary &l) {
               const qint64 thread = l.workflow->comments(l.article)->first().id;
               return messageOf(l.workflow->setResolved(thread, true, QStringLiteral("ed")));
           },
            [](OpenLibrary &l) {
                return l.workflow->comments(l.article)->first().resolved;
            }};
    all[QStringLiteral("add person")]
        = {[](OpenLibrary &l) {
               return messageOf(
                   l.workflow->addPerson({u"zoe"_s, Role::Reporter}, QStringLiteral("ada")));
           },
            [](OpenLibrary &l) {
                return l.workflow->person(u"zoe"_s).ok();
            }};
    all[QStringLiteral("checklist rules")] = {
        [](OpenLibrary &l) {
            ChecklistConfig config = *l.workflow->checklistConfig();
            config.setLevel(u"dek.present"_s, RuleLevel::Required);
            return messageOf(l.workflow->setChecklistConfig(config, QStringLiteral("ada")));
        },
        [](OpenLibrary &l) {
            return l.workflow->checklistConfig()->level(u"dek.present"_s) == RuleLevel::Required;
        }};
    all[QStringLiteral("restore from trash")]
        = {[](OpenLibrary &l) { return messageOf(l.store->restoreFromTrash(l.trashed)); },
            [](OpenLibrary &l) {
                return !l.store->load(l.trashed)->trashed;
            }};
    all[QStringLiteral("restore revision")]
        = {[](OpenLibrary &l) {
               return messageOf(l.store->restoreRevision(l.article, 1, QStringLiteral("jdoe")));
           },
            [](OpenLibrary &l) {
                return l.store->revisions(l.article)->size() == 3;
            }};
    all[QStringLiteral("move to trash")]
        = {[](OpenLibrary &l) { return messageOf(l.store->moveToTrash(l.article)); },
            [](OpenLibrary &l) {
                return l.store->load(l.article)->trashed;
            }};
    all[QStringLiteral("purge")]
        = {[](OpenLibrary &l) { return messageOf(l.store->purge(l.trashed)); },
            [](OpenLibrary &l) {
                return !l.store->load(l.trashed);
            }};
    all[QStringLiteral("publication profile")]
        = {[](OpenLibrary &l) {
               PublicationProfile profile = *l.store->publicationProfile();
               profile.name = QStringLiteral("The Failing Disk Gazette");
               return messageOf(l.store->setPublicationProfile(profile));
           },
            [](OpenLibrary &l) {
                return l.store->publicationProfile()->name == u"The Failing Disk Gazette"_s;
            }};
    return all;
}

/// Everything the file holds, table by table, as one hash; read on a connection of its own
/// (through the same VFS, disarmed). Empty when the file cannot be read.
QByteArray contentHash(const QString &path, QString *integrity)
{
    sqlite3 *db = nullptr;
    QByteArray result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList tables;
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
            -1, &statement, nullptr);
        while (sqlite3_step(statement) == SQLITE_ROW)
            tables << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        for (const QString &table : std::as_const(tables)) {
            hash.addData(table.toUtf8());
            const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
            if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
                continue; // Virtual tables whose module is not loaded here.
            while (sqlite3_step(statement) == SQLITE_ROW) {
                for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                    const void *blob = sqlite3_column_blob(statement, i);
                    hash.addData(QByteArrayView(
                        static_cast<const char *>(blob), sqlite3_column_bytes(statement, i)));
                    hash.addData("\x1f");
                }
            }
            sqlite3_finalize(statement);
        }
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr)
            == SQLITE_OK) {
            QStringList lines;
            while (sqlite3_step(statement) == SQLITE_ROW)
                lines << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            *integrity = lines.join(u'\n');
        }
        sqlite3_finalize(statement);
        result = hash.result().toHex();
    }
    sqlite3_close_v2(db);
    return result;
}

} // namespace

class TestIoFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFailurePoint_data();
    void everyFailurePoint();
    void autosaveKeepsTheTextAndSaysSo();
    void closingOnAFailingDiskLosesNothing_data();
    void closingOnAFailingDiskLosesNothing();
    void cleanupTestCase();

private:
    QString copyOfTemplate(QTemporaryDir &dir) const;

    QTemporaryDir m_dir;
    QString m_template;
    qint64 m_article = 0;
    qint64 m_trashed = 0;
    QStringList m_counts;
};

void TestIoFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(FaultyVfs::install());

    // The template: people, a draft owned by rita with two revisions, a trashed article.
    m_template = m_dir.filePath(QStringLiteral("template.copydesk"));
    auto opened
        = SqliteArticleStore::open(m_template, SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    std::unique_ptr<SqliteArticleStore> store = std::move(opened).value();
    const long long before = FaultyVfs::totalCalls();
    Article article = fullArticle();
    article.owner = QStringLiteral("rita");
    article.status = ArticleStatus::Draft;
    const auto id = store->create(article, withRevision());
    QVERIFY(id);
    m_article = *id;
    QVERIFY2(FaultyVfs::totalCalls() > before,
        "Qt's SQLite driver does not go through the VFS registered here (a second libsqlite3?)");
    article.dek = QStringLiteral("A second revision.");
    QVERIFY(store->save(m_article, article, withRevision()));
    const auto trashed = store->create(smallArticle(QStringLiteral("Old copy")), withRevision());
    QVERIFY(trashed);
    m_trashed = *trashed;
    QVERIFY(store->moveToTrash(m_trashed));
    {
        auto workflow = SqliteWorkflow::open(*store);
        QVERIFY(workflow);
        QVERIFY((*workflow)->addPerson({QStringLiteral("ada"), Role::Admin}, {}));
        QVERIFY((*workflow)->addPerson({QStringLiteral("rita"), Role::Reporter}, u"ada"_s));
        QVERIFY((*workflow)->addPerson({QStringLiteral("ed"), Role::Editor}, u"ada"_s));
        CommentAnchor anchor;
        anchor.path = QStringLiteral("dek");
        QVERIFY((*workflow)->addComment(m_article, anchor, u"Source?"_s, u"ed"_s));
    }
    store.reset();
}

QString TestIoFaults::copyOfTemplate(QTemporaryDir &dir) const
{
    const QString path = dir.filePath(QStringLiteral("library.copydesk"));
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    return QFile::copy(m_template, path) ? path : QString();
}

void TestIoFaults::everyFailurePoint_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<FaultyVfs::Call>("call");
    QTest::addColumn<FaultyVfs::Failure>("failure");
    QTest::addColumn<bool>("persistent");
    const QList<QString> operations = cases().keys();
    for (const QString &operation : operations) {
        for (const auto call :
            {FaultyVfs::Call::Write, FaultyVfs::Call::Sync, FaultyVfs::Call::Truncate}) {
            const struct
            {
                FaultyVfs::Failure failure;
                bool persistent;
            } kinds[] = {{FaultyVfs::Failure::IoError, false},
                {FaultyVfs::Failure::DiskFull, false}, {FaultyVfs::Failure::DiskFull, true}};
            for (const auto &kind : kinds) {
                QTest::addRow("%s, %s fails with %s%s", qPrintable(operation), toString(call),
                    toString(kind.failure), kind.persistent ? " from then on" : " once")
                    << operation << call << kind.failure << kind.persistent;
            }
        }
    }
}

void TestIoFaults::everyFailurePoint()
{
    QFETCH(QString, operation);
    QFETCH(FaultyVfs::Call, call);
    QFETCH(FaultyVfs::Failure, failure);
    QFETCH(bool, persistent);
    const Case test = cases().value(operation);

    QTemporaryDir dir;
    int failed = 0;
    int absorbed = 0; // Faults the operation survived (e.g. a checkpoint after the commit).
    for (int nth = 1;; ++nth) {
        QVERIFY2(nth < 1000, "the operation never completes");
        OpenLibrary library {copyOfTemplate(dir), nullptr, nullptr, m_article, m_trashed};
        QVERIFY(!library.path.isEmpty());
        QCOMPARE(library.open(), QString());
        QString integrity;
        const QByteArray before = contentHash(library.path, &integrity);
        QVERIFY(!before.isEmpty());

        FaultyVfs::arm(call, nth, failure, persistent);
        const QString error = test.run(library);
        const bool hit = FaultyVfs::failures() > 0;
        FaultyVfs::disarm();

        if (!hit) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(test.effect(library));
            m_counts << QStringLiteral("%1: %2 failure points")
                            .arg(QString::fromUtf8(QTest::currentDataTag()))
                            .arg(nth - 1);
            QTest::qSleep(0);
            break;
        }
        const QString at = QStringLiteral("failure point %1: ").arg(nth);
        if (error.isEmpty()) {
            // Reported as done: then it must be there, whole.
            ++absorbed;
            QVERIFY2(test.effect(library), qPrintable(at + u"success reported, effect missing"_s));
        } else {
            ++failed;
            // A clear error that names the library file.
            QVERIFY2(error.contains(u"library.copydesk"_s), qPrintable(at + error));
            // Exactly the state committed before, and a sound file.
            const QByteArray after = contentHash(library.path, &integrity);
            QVERIFY2(after == before, qPrintable(at + u"the committed state changed"_s));
            QVERIFY2(integrity == u"ok"_s, qPrintable(at + integrity));
            // Once the disk works again, the same open library does the job.
            const QString retry = test.run(library);
            QVERIFY2(retry.isEmpty(), qPrintable(at + u"retry: "_s + retry));
            QVERIFY2(test.effect(library), qPrintable(at + u"retry left no effect"_s));
        }
        // And the file reopens sound after the process lets go of it.
        library.close();
        contentHash(library.path, &integrity);
        QVERIFY2(integrity == u"ok"_s, qPrintable(at + integrity));
        QCOMPARE(library.open(), QString());
        QVERIFY2(test.effect(library), qPrintable(at + u"effect lost after reopening"_s));
    }
    qInfo("%d failures reported, %d absorbed", failed, absorbed);
}

void TestIoFaults::autosaveKeepsTheTextAndSaysSo()
{
    QTemporaryDir dir;
    OpenLibrary library {copyOfTemplate(dir), nullptr, nullptr, m_article, m_trashed};
    QCOMPARE(library.open(), QString());
    ArticleDocument document;
    document.reset(library.store->load(m_article)->article);
    AutosaveController autosave(library.store.get(), &document);
    autosave.setAuthor(QStringLiteral("rita"));
    autosave.open(m_article);
    QSignalSpy failures(&autosave, &AutosaveController::saveFailed);

    const QString typed = QStringLiteral("Typed while the disk was full");
    FaultyVfs::arm(FaultyVfs::Call::Write, 1, FaultyVfs::Failure::DiskFull, true);
    document.setText(ArticleDocument::Field::Headline, typed);
    const bool saved = autosave.saveNow();
    const int hits = FaultyVfs::failures();
    FaultyVfs::disarm();
    QVERIFY(hits > 0);
    QVERIFY(!saved);
    // The writer is told, and nothing typed is gone.
    QCOMPARE(autosave.state(), AutosaveController::State::Failed);
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.first().first().toString().contains(u"library.copydesk"_s));
    QCOMPARE(autosave.lastError(), failures.first().first().toString());
    QCOMPARE(document.article().headline, typed);
    QVERIFY(document.isModified());

    // The disk has room again: the next save stores the text.
    QVERIFY(autosave.saveNow());
    QCOMPARE(autosave.state(), AutosaveController::State::Saved);
    library.close();
    QCOMPARE(library.open(), QString());
    QCOMPARE(library.store->load(m_article)->article.headline, typed);
}

void TestIoFaults::closingOnAFailingDiskLosesNothing_data()
{
    QTest::addColumn<FaultyVfs::Call>("call");
    QTest::newRow("write") << FaultyVfs::Call::Write;
    QTest::newRow("sync") << FaultyVfs::Call::Sync;
    QTest::newRow("truncate") << FaultyVfs::Call::Truncate;
}

// Closing the last connection checkpoints the write-ahead log into the file: a failure there
// must leave every committed save readable on the next start.
void TestIoFaults::closingOnAFailingDiskLosesNothing()
{
    QFETCH(FaultyVfs::Call, call);
    QTemporaryDir dir;
    for (int nth = 1;; ++nth) {
        QVERIFY2(nth < 1000, "closing never completes");
        OpenLibrary library {copyOfTemplate(dir), nullptr, nullptr, m_article, m_trashed};
        QCOMPARE(library.open(), QString());
        QVERIFY(library.store->save(m_article, edited(library), withRevision()));
        FaultyVfs::arm(call, nth, FaultyVfs::Failure::DiskFull, true);
        library.close();
        const bool hit = FaultyVfs::failures() > 0;
        FaultyVfs::disarm();
        QString integrity;
        contentHash(library.path, &integrity);
        QCOMPARE(integrity, u"ok"_s);
        QCOMPARE(library.open(), QString());
        QVERIFY(library.store->load(m_article)->article.headline.startsWith(u"Edited"_s));
        QCOMPARE(library.store->revisions(m_article)->size(), 3);
        if (!hit) {
            m_counts << QStringLiteral("closing, %1 fails: %2 failure points")
                            .arg(QString::fromUtf8(toString(call)))
                            .arg(nth - 1);
            break;
        }
    }
}

void TestIoFaults::cleanupTestCase()
{
    for (const QString &line : std::as_const(m_counts))
        qInfo("%s", qPrintable(line));
}

QTEST_GUILESS_MAIN(TestIoFaults)
#include "tst_iofaults.moc"
