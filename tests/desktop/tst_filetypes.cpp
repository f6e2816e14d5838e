// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The file types of resources/desktop/org.copydesk.Copydesk.xml, installed into a MIME database
// of the test's own (update-mime-database), recognise real files: a library made by Copydesk,
// an article it exported; and not their look-alikes. The window sorts files it is given the same
// way (LaunchFiles).
#include "articlefactory.h"
#include "articlejson.h"
#include "launchfiles.h"
#include "libraryopener.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

class TestFileTypes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    QString plainSqlite(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A MIME database with only Copydesk's package added to the system's.
        const QString mime = m_dir.filePath(QStringLiteral("share/mime"));
        QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
        QVERIFY(QFile::copy(QStringLiteral(COPYDESK_MIME_PACKAGE),
            mime + QStringLiteral("/packages/org.copydesk.Copydesk.xml")));
        QProcess update;
        update.setProcessChannelMode(QProcess::ForwardedChannels);
        update.start(QStringLiteral("update-mime-database"), {mime});
        QVERIFY2(update.waitForFinished(60000), "update-mime-database did not finish");
        QCOMPARE(update.exitCode(), 0);
        const QString system = qEnvironmentVariable("XDG_DATA_DIRS", QStringLiteral("/usr/share"));
        qputenv("XDG_DATA_DIRS",
            (m_dir.filePath(QStringLiteral("share")) + u':' + system).toLocal8Bit());
    }

    void detects_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("type");

        auto library = LibraryOpener::open(
            m_dir.filePath(QStringLiteral("desk.copydesk")), LibraryOpener::Mode::CreateIfMissing);
        QVERIFY2(library, qPrintable(library ? QString() : library.error().message));
        library->reset();
        // The content decides, whatever the name: a library copied to *.db is still a library.
        QFile::copy(m_dir.filePath(QStringLiteral("desk.copydesk")),
            m_dir.filePath(QStringLiteral("backup.db")));
        const QByteArray article = ArticleJson::toBytes(Testing::fullArticle());
        const QByteArray compact
            = ArticleJson::toBytes(Testing::fullArticle(), QJsonDocument::Compact);

        QTest::newRow("library") << m_dir.filePath(QStringLiteral("desk.copydesk"))
                                 << "application/x-copydesk-library";
        QTest::newRow("library renamed")
            << m_dir.filePath(QStringLiteral("backup.db")) << "application/x-copydesk-library";
        QTest::newRow("other SQLite")
            << plainSqlite(QStringLiteral("other.db")) << "application/vnd.sqlite3";
        // An article is recognised by its content where the name does not decide; a *.json
        // name does (Qt and GIO trust a single matching glob before any content).
        QTest::newRow("article") << write(QStringLiteral("story"), article)
                                 << "application/x-copydesk-article+json";
        QTest::newRow("article compact")
            << write(QStringLiteral("compact"), compact) << "application/x-copydesk-article+json";
        QTest::newRow("article named *.json")
            << write(QStringLiteral("story.json"), article) << "application/json";
        QTest::newRow("other JSON")
            << write(QStringLiteral("other.json"), R"({"format": "other"})") << "application/json";
    }

    void detects()
    {
        QFETCH(QString, path);
        QFETCH(QString, type);
        QVERIFY(!path.isEmpty());
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), type);
    }

    void launchFilesSortsLibrariesFromArticles()
    {
        const QString library = m_dir.filePath(QStringLiteral("desk.copydesk"));
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        const QString story = m_dir.filePath(QStringLiteral("story.json"));
        const QString notes = write(QStringLiteral("notes.md"), "# Notes\n");
        const LaunchFiles files = LaunchFiles::sort({story, backup, notes, library});
        QCOMPARE(files.library, backup);
        QCOMPARE(files.articles, (QStringList {story, notes}));
        QCOMPARE(LaunchFiles::sort({}).library, QString());
    }
};

QTEST_GUILESS_MAIN(TestFileTypes)
#include "tst_filetypes.moc"
