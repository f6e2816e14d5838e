// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// A damaged library is never written to, text altered behind SQLite's back is found, and a
// library that cannot be written is still read, with a plain reason.
#include "articlefactory.h"
#include "sqlitearticlestore.h"
#include "sqliteconnection.h"
#include "sqliteworkflow.h"
#include "temporarylibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Runs `sql` on a connection of its own, as another program would.
bool rawSql(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

} // namespace

class TestDamagedLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void damagedFileIsNeverWritten();
    void damagedFileRefusesWorkflowWrites();
    void alteredTextIsFound();
    void alteredCurrentTextIsRefusedOnLoad();
    void unreadableTextIsFound();
    void checkWorksWhileAnotherProcessWrites();
    void readOnlyLibraryIsRead();
};

void TestDamagedLibrary::damagedFileIsNeverWritten()
{
    TemporaryLibrary library;
    QVERIFY(library.isValid());
    qint64 first = 0;
    for (quint32 seed = 1; seed <= 40; ++seed) {
        const qint64 id = library.create(generatedArticle(seed, 600));
        QVERIFY(id);
        first = first ? first : id;
    }
    library.close();
    // Garbage in the middle of a page of the articles' table, as a failing disk leaves it.
    QFile file(library.path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 40 * 4096);
    file.seek(20 * 4096 + 8);
    file.write(QByteArray(3000, '\xAB'));
    file.close();
    const QByteArray before = checksum(library.path());

    auto opened
        = SqliteArticleStore::open(library.path(), SqliteArticleStore::OpenMode::OpenExisting);
    if (opened) {
        std::unique_ptr<SqliteArticleStore> store = std::move(opened).value();
        const Result<qint64> created = store->create(smallArticle(u"Into the damage"_s), {});
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::Corrupt);
        QVERIFY2(created.error().message.contains(u"nothing was written"_s)
                && created.error().message.contains(u"check-library"_s),
            qPrintable(created.error().message));
        // Every later write is refused the same way.
        QVERIFY(!store->moveToTrash(first));
        QVERIFY(!store->checkIntegrity()->isEmpty());
    } else {
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
    }
    QCOMPARE(checksum(library.path()), before);
}

void TestDamagedLibrary::damagedFileRefusesWorkflowWrites()
{
    // The workflow writes the library on a connection of its own; it asks the same question
    // before every write.
    TemporaryLibrary library;
    QVERIFY(library.isValid());
    const qint64 first = library.create(smallArticle(u"A draft"_s));
    QVERIFY(first);
    for (quint32 seed = 1; seed <= 40; ++seed)
        QVERIFY(library.create(generatedArticle(seed, 600)));
    {
        auto workflow = SqliteWorkflow::open(*library.store());
        QVERIFY(workflow);
        QVERIFY((*workflow)->addPerson({u"Ada"_s, Role::Admin}, u"Ada"_s));
    }
    library.close();
    // Damage one page after another (from the end, where the article text lives) until the
    // library still opens: the workflow must then notice the damage by itself.
    QFile file(library.path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray pristine = file.readAll();
    std::unique_ptr<SqliteArticleStore> store;
    for (qint64 page = pristine.size() / 4096 - 1; page > 2 && !store; --page) {
        file.seek(0);
        file.write(pristine);
        file.seek(page * 4096 + 8);
        file.write(QByteArray(3000, '\xAB'));
        file.flush();
        auto opened
            = SqliteArticleStore::open(library.path(), SqliteArticleStore::OpenMode::OpenExisting);
        if (opened && !(*opened)->checkIntegrity()->isEmpty())
            store = std::move(opened).value();
    }
    file.close();
    QVERIFY2(store, "no damaged page left the library open");
    const QByteArray before = checksum(library.path());
    auto workflow = SqliteWorkflow::open(*store);
    QVERIFY(workflow);
    const auto isRefusal = [](const Error &error) {
        return error.code == Error::Code::Corrupt
            && error.message.contains(u"nothing was written"_s);
    };
    const Status added = (*workflow)->addPerson({u"Bo"_s, Role::Editor}, u"Ada"_s);
    QVERIFY(!added);
    QVERIFY2(isRefusal(added.error()), qPrintable(added.error().message));
    const Result<ArticleStatus> submitted
        = (*workflow)->apply(first, WorkflowAction::Spike, u"Ada"_s);
    QVERIFY(!submitted);
    QVERIFY2(isRefusal(submitted.error()), qPrintable(submitted.error().message));
    const Status configured = (*workflow)->setChecklistConfig(ChecklistConfig {}, u"Ada"_s);
    QVERIFY(!configured);
    QVERIFY2(isRefusal(configured.error()), qPrintable(configured.error().message));
    QCOMPARE(checksum(library.path()), before);
}

void TestDamagedLibrary::alteredTextIsFound()
{
    TemporaryLibrary library;
    const qint64 id = library.create(fullArticle());
    Article changed = fullArticle();
    changed.headline = u"Second version"_s;
    QVERIFY(library.store()->save(id, changed, withRevision()));
    QVERIFY(library.store()->checkIntegrity(true)->isEmpty());
    library.close();

    // Someone edits the newest revision's text with another tool: it no longer matches its hash.
    QVERIFY(
        rawSql(library.path(), u"UPDATE revisions SET content_hash = '0000' WHERE number = 2"_s));
    auto store
        = SqliteArticleStore::open(library.path(), SqliteArticleStore::OpenMode::OpenExisting);
    QVERIFY(store);
    const QStringList problems = *(*store)->checkIntegrity();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"revision 2 of article"_s)
            && problems.first().contains(u"changed outside Copydesk"_s),
        qPrintable(problems.first()));
}

void TestDamagedLibrary::alteredCurrentTextIsRefusedOnLoad()
{
    TemporaryLibrary library;
    const qint64 id = library.create(fullArticle());
    const qint64 other = library.create(smallArticle(u"Untouched"_s));
    QVERIFY(id && other);
    library.close();

    // Another tool rewrites the headline of the current text (valid JSON, wrong words).
    QVERIFY(rawSql(library.path(),
        u"UPDATE article_content SET json = json_set(json, '$.headline', 'Forged') "
        "WHERE article_id = %1"_s.arg(id)));
    auto store
        = SqliteArticleStore::open(library.path(), SqliteArticleStore::OpenMode::OpenExisting);
    QVERIFY(store);
    const Result<ArticleRecord> loaded = (*store)->load(id);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, Error::Code::Corrupt);
    QVERIFY2(loaded.error().message.contains(u"does not match its content hash"_s)
            && loaded.error().message.contains(u"check-library"_s),
        qPrintable(loaded.error().message));
    QCOMPARE((*store)->load(other)->article.headline, u"Untouched"_s);
    const QStringList problems = *(*store)->checkIntegrity();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"the text of article %1 does not match"_s.arg(id)),
        qPrintable(problems.first()));
    // The revisions are intact: restoring the newest one brings the saved text back.
    QVERIFY((*store)->restoreRevision(id, 1, u"Ada"_s));
    QCOMPARE((*store)->load(id)->article.headline, fullArticle().headline);
    QVERIFY((*store)->checkIntegrity()->isEmpty());
}

void TestDamagedLibrary::unreadableTextIsFound()
{
    TemporaryLibrary library;
    const qint64 id = library.create(fullArticle());
    Article changed = fullArticle();
    changed.dek = u"Second version"_s;
    QVERIFY(library.store()->save(id, changed, withRevision()));
    library.close();
    QVERIFY(rawSql(library.path(), u"UPDATE article_content SET json = '{\"parts\": 7'"_s));
    QVERIFY(rawSql(library.path(), u"UPDATE revisions SET content = x'00ff00' WHERE number = 1"_s));
    auto store
        = SqliteArticleStore::open(library.path(), SqliteArticleStore::OpenMode::OpenExisting);
    QVERIFY(store);
    const QStringList quick = *(*store)->checkIntegrity();
    QCOMPARE(quick.size(), 1);
    QVERIFY2(quick.first().contains(u"text of article"_s), qPrintable(quick.first()));
    // Only the full check reads the older revision.
    const QStringList full = *(*store)->checkIntegrity(true);
    QCOMPARE(full.size(), 2);
    QVERIFY2(full.last().contains(u"revision 1 of article"_s), qPrintable(full.join(u'\n')));
    // Opening the article says it cannot be read, it never shows something else.
    QVERIFY(!(*store)->load(id));
}

void TestDamagedLibrary::checkWorksWhileAnotherProcessWrites()
{
    TemporaryLibrary library;
    QVERIFY(library.create(fullArticle()));
    QProcess holder;
    holder.start(QStringLiteral(COPYDESK_CRASHWRITER), {u"hold"_s, library.path(), u"8000"_s});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(10000));
    QVERIFY(holder.readLine().startsWith("locked"));
    library.store()->setBusyTimeout(200);
    const Result<QStringList> problems = library.store()->checkIntegrity(true);
    QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    holder.kill();
    holder.waitForFinished();
}

void TestDamagedLibrary::readOnlyLibraryIsRead()
{
    // Root may write anything, so the library lives in a folder that is not writable and the
    // test asks the store as a process without those rights would see it: through the reason
    // SqliteConnection gives and a read-only open.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.copydesk"_s);
    {
        auto store = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        QVERIFY((*store)->create(fullArticle(), {}));
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s)); // Closed cleanly.
    if (::geteuid() == 0)
        QSKIP("root writes anyway; tst_cli covers this as the unprivileged user nobody");
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    QVERIFY(SqliteConnection::readOnlyReason(path).contains(u"folder"_s));
    auto store = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::OpenExisting);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    QVERIFY(!(*store)->readOnlyReason().isEmpty());
    QCOMPARE((*store)->list({})->size(), 1);
    const Result<qint64> created = (*store)->create(fullArticle(), {});
    QVERIFY(!created);
    QVERIFY(created.error().message.contains(u"read-only"_s));
    QVERIFY((*store)->checkIntegrity(true)->isEmpty());
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestDamagedLibrary)
#include "tst_damagedlibrary.moc"
