// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Where an export may be written: never onto a library, a database, their side files or
// anything that is not a regular file; an existing file only when it is an earlier export.
#include "articleexporter.h"
#include "articlefactory.h"
#include "exportdestination.h"
#include "sqlitearticlestore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestExportDestination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void newFileAllowed();
    void ownExportsReplaced_data();
    void ownExportsReplaced();
    void otherFilesNeedReplaceAnything();
    void lookAlikesAreNotExports_data();
    void lookAlikesAreNotExports();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_library;
};

void TestExportDestination::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_library = path(u"library.copydesk"_s);
    auto store = SqliteArticleStore::open(m_library, SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY(store);
    QVERIFY((*store)->create(Testing::fullArticle(), {}));
    // Keep it open so that -wal and -shm exist, as while the window runs.
    static std::unique_ptr<SqliteArticleStore> keep = std::move(store).value();
    QVERIFY(QFile::exists(m_library + u"-wal"_s));

    auto other = SqliteArticleStore::open(
        path(u"other.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY(other);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path(u"notes.db"_s));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE notes (text)"_s));
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    QFile journal(path(u"notes.db-journal"_s));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.close();

    QVERIFY(QFile::link(m_library, path(u"link.html"_s)));
    QVERIFY(QFile::link(m_library + u"-wal"_s, path(u"walk.html"_s)));
    QVERIFY(::link(QFile::encodeName(m_library).constData(),
                QFile::encodeName(path(u"hard.html"_s)).constData())
        == 0);
    QVERIFY(QFile::link(path(u"nowhere"_s), path(u"dangling.html"_s)));
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.html"_s));
    QVERIFY(QDir(m_dir.path()).mkdir(u"sub"_s));
    QVERIFY(::mkfifo(QFile::encodeName(path(u"pipe.html"_s)).constData(), 0600) == 0);
}

void TestExportDestination::refused_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("why");
    QTest::newRow("the library") << u"library.copydesk"_s << u"the open library"_s;
    QTest::newRow("its -wal") << u"library.copydesk-wal"_s << u"belongs to the open library"_s;
    QTest::newRow("its -shm") << u"library.copydesk-shm"_s << u"belongs to the open library"_s;
    QTest::newRow("its -journal (not there yet)")
        << u"library.copydesk-journal"_s << u"belongs to the open library"_s;
    QTest::newRow("through ..") << u"sub/../library.copydesk"_s << u"the open library"_s;
    QTest::newRow("a symbolic link to it") << u"link.html"_s << u"the open library"_s;
    QTest::newRow("a link to its -wal") << u"walk.html"_s << u"belongs to the open library"_s;
    QTest::newRow("a hard link to it") << u"hard.html"_s << u"the open library"_s;
    QTest::newRow("another library") << u"other.copydesk"_s << u"a Copydesk library"_s;
    QTest::newRow("another library's -wal")
        << u"other.copydesk-wal"_s << u"belongs to the database"_s;
    QTest::newRow("an SQLite database") << u"notes.db"_s << u"an SQLite database"_s;
    QTest::newRow("its journal") << u"notes.db-journal"_s << u"belongs to the database"_s;
    QTest::newRow("a folder") << u"folder.html"_s << u"a folder"_s;
    QTest::newRow("a FIFO") << u"pipe.html"_s << u"not a regular file"_s;
    QTest::newRow("a dangling link") << u"dangling.html"_s << u"does not exist"_s;
    QTest::newRow("a missing folder") << u"missing/x.html"_s << u"does not exist"_s;
}

void TestExportDestination::refused()
{
    QFETCH(QString, target);
    QFETCH(QString, why);
    for (const auto replace :
        {ExportDestination::Replace::OwnExports, ExportDestination::Replace::Anything}) {
        const Status allowed
            = ExportDestination::check(path(target), ExportFormat::Html, m_library, replace);
        QVERIFY(!allowed);
        QVERIFY2(allowed.error().message.contains(why), qPrintable(allowed.error().message));
        QVERIFY(allowed.error().message.contains(QFileInfo(target).fileName()));
    }
    QVERIFY(!ExportDestination::check(
        u"/dev/null"_s, ExportFormat::Json, m_library, ExportDestination::Replace::Anything));
}

void TestExportDestination::newFileAllowed()
{
    QVERIFY(ExportDestination::check(path(u"new.html"_s), ExportFormat::Html, m_library));
    QVERIFY(ExportDestination::check(path(u"sub/new.pdf"_s), ExportFormat::Pdf, {}));
}

void TestExportDestination::ownExportsReplaced_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("html") << ExportFormat::Html;
    QTest::newRow("md") << ExportFormat::Markdown;
    QTest::newRow("ninjs") << ExportFormat::Ninjs;
    QTest::newRow("json") << ExportFormat::Json;
}

void TestExportDestination::ownExportsReplaced()
{
    QFETCH(ExportFormat, format);
    const QString file = path(u"export."_s + ExportFormats::extension(format));
    QVERIFY(ArticleExporter::exportToFile(
        Testing::fullArticle(), PublicationProfile {}, format, file, ExportOptions {}));
    QVERIFY(ExportDestination::check(file, format, m_library));
    // An export of another format is not "ours" for this one.
    const ExportFormat other
        = format == ExportFormat::Html ? ExportFormat::Json : ExportFormat::Html;
    const Status mixed = ExportDestination::check(file, other, m_library);
    QVERIFY(!mixed);
    QCOMPARE(mixed.error().code, Error::Code::Exists);
}

void TestExportDestination::otherFilesNeedReplaceAnything()
{
    const QString notes = path(u"notes.txt"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Interview notes, not an export.\n");
    file.close();
    const Status asked = ExportDestination::check(notes, ExportFormat::Html, m_library);
    QVERIFY(!asked);
    QCOMPARE(asked.error().code, Error::Code::Exists);
    QVERIFY(asked.error().message.contains(u"notes.txt"_s));
    QVERIFY(ExportDestination::check(
        notes, ExportFormat::Html, m_library, ExportDestination::Replace::Anything));
}

void TestExportDestination::lookAlikesAreNotExports_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QByteArray>("bytes");
    // Markdown as docs/article-markdown.md shows it, written by hand: uuid and all.
    QTest::newRow("hand-written md")
        << ExportFormat::Markdown
        << QByteArray("---\nuuid: \"5a1c9e3b-2f4d-4b8a-9c6e-7d0f1a2b3c4d\"\nheadline: \"x\"\n"
                      "---\n\nBy hand.\n");
    QTest::newRow("md with the marker later")
        << ExportFormat::Markdown
        << QByteArray("---\nheadline: \"x\"\n# Exported by Copydesk\n---\n\nBy hand.\n");
    QTest::newRow("another generator") << ExportFormat::Html
                                       << QByteArray("<!DOCTYPE html><html><head><meta "
                                                     "name=\"generator\" content=\"Hugo\">");
    QTest::newRow("someone else's ninjs")
        << ExportFormat::Ninjs << QByteArray(R"({"uri": "x", "profile": "theirs"})");
    QTest::newRow("other JSON") << ExportFormat::Json << QByteArray(R"({"format": "x"})");
    QTest::newRow("a scanned PDF")
        << ExportFormat::Pdf << QByteArray("%PDF-1.4\n<< /Creator (Scanner) >>\n%%EOF\n");
}

void TestExportDestination::lookAlikesAreNotExports()
{
    QFETCH(ExportFormat, format);
    QFETCH(QByteArray, bytes);
    QVERIFY(!ExportDestination::isOwnExport(bytes, format));
    const QString file = path(u"look-alike."_s + ExportFormats::extension(format));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const Status asked = ExportDestination::check(file, format, m_library);
    QVERIFY(!asked);
    QCOMPARE(asked.error().code, Error::Code::Exists);
}

QTEST_GUILESS_MAIN(TestExportDestination)
#include "tst_exportdestination.moc"
