// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Drives the real copydesk binary as a user would: import, list, search, show, revisions,
// diff, restore, trash, export, check-library, and the bad inputs that must lose nothing.
#include "articlefactory.h"
#include "articlejson.h"
#include "articlemarkdown.h"
#include "copydeskprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

using Run = Testing::CliRun;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    Run copydesk(const QStringList &arguments, const QString &library = {})
    {
        QProcessEnvironment env = Testing::cliEnvironment();
        env.insert(QStringLiteral("COPYDESK_USER"), QStringLiteral("ines"));
        const QStringList args {
            QStringLiteral("--library"), library.isEmpty() ? m_library : library};
        return Testing::runCopydesk(args + arguments, env);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return Testing::writeTestFile(m_dir.filePath(name), bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library.copydesk"));
    }

    void smoke()
    {
        const Run version = copydesk({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("copydesk ")));
        // The license and the libraries with versions that look like versions.
        QVERIFY2(version.out.contains(QLatin1String("\nLicense: GPL-2.0-or-later\n")),
            qPrintable(version.out));
        for (const char *library :
            {"Qt", "Qt WebEngine", "KF6 SyntaxHighlighting", "md4c", "qpdf", "SQLite"}) {
            const QRegularExpression line(QStringLiteral("\n%1 \\d+\\.\\d+")
                    .arg(QRegularExpression::escape(QLatin1String(library))));
            QVERIFY2(version.out.contains(line), library);
        }
        const Run help = copydesk({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"list", "search", "show", "import", "export", "revisions",
                 "diff", "restore", "trash", "check-library", "request-changes", "review-diff"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        // Every command and option keeps at least two spaces before its summary.
        for (const QString &line : help.out.split(u'\n')) {
            if (line.startsWith(QLatin1String("  ")))
                QVERIFY2(line.mid(2).contains(QLatin1String("  ")), qPrintable(line));
        }
        const Run unknown = copydesk({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));
    }

    void speaksGermanInAGermanLocale()
    {
        QProcessEnvironment env = Testing::cliEnvironment();
        for (const char *name : {"LC_ALL", "LANG", "LC_MESSAGES"})
            env.insert(QString::fromLatin1(name), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        const Run run = Testing::runCopydesk({QStringLiteral("--help")}, env);
        const QString &help = run.out;
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(help.contains(QLatin1String("Befehle:")), qPrintable(help));
        QVERIFY(help.contains(QLatin1String("Artikel auflisten, neueste zuerst")));
    }

    void readingAMissingLibraryFails()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nothing-here.copydesk"));
        const Run run = copydesk({QStringLiteral("list")}, missing);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));
    }

    /// `copydesk import` of a page pasted as plain text and of the same page as HTML: the report
    /// on standard error says what was recognised, the typed reading time stays in the byline
    /// where `check` can see it, an empty Key Facts list stays an empty part, and a failed
    /// import writes nothing.
    void importRecognisesCopy()
    {
        const QString library = m_dir.filePath(QStringLiteral("copy.copydesk"));
        const QByteArray page = "The Coastal Ledger\n"
                                "News for the northern coast\n"
                                "Ferry fares rise by a tenth from June\n"
                                "The operator blames fuel costs and a new crew agreement for "
                                "the first rise in four years.\n"
                                "By Jane Doe, Transport Reporter · 12 May 2026 · 5 min read\n"
                                "PORT ELLIS — Ferry fares to the islands will rise by 10 percent "
                                "on 1 June, the operator said on Monday.\n"
                                "Key Facts\n"
                                "FAQ\n"
                                "Do season tickets rise too?\n"
                                "Yes, from July.\n";
        const QString text = writeFile(QStringLiteral("ferry.txt"), page);
        const QString html = writeFile(QStringLiteral("ferry.html"),
            "<header><p>The Coastal Ledger</p></header><h1>Ferry fares rise by a tenth from "
            "June</h1><p>By Jane Doe, Transport Reporter · 12 May 2026 · 5 min read</p>"
            "<p>PORT ELLIS — Fares rise.</p><h2>Key Facts</h2><ul></ul>");
        const QString empty = writeFile(QStringLiteral("empty.txt"), "\n\n");

        const Run failed = copydesk({QStringLiteral("import"), text, empty}, library);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("no text to import")), qPrintable(failed.err));
        QVERIFY(!QFileInfo::exists(library)
            || copydesk({QStringLiteral("list"), QStringLiteral("--json")}, library).out.trimmed()
                == QLatin1String("[]"));

        const Run imported = copydesk({QStringLiteral("import"), text, html}, library);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        for (const char *expected : {"Publication: 1 — The Coastal Ledger",
                 "Headline: 1 — Ferry fares rise by a tenth from June", "Byline: 1 — Jane Doe",
                 "Dateline: 1 — PORT ELLIS", "Key Facts: empty", "FAQ: 1 — Do season tickets",
                 "typed reading time “5 min read” is kept with Jane Doe"})
            QVERIFY2(imported.err.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + u"\n"_s + imported.err));

        const Run listed = copydesk({QStringLiteral("list"), QStringLiteral("--json")}, library);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows) {
            const QString id = QString::number(row[QStringLiteral("id")].toInteger());
            const Run shown
                = copydesk({QStringLiteral("show"), id, QStringLiteral("--json")}, library);
            const auto article
                = ArticleJson::fromBytes(shown.out.toUtf8(), QStringLiteral("stdout"));
            QVERIFY2(article.ok(), qPrintable(shown.err));
            QCOMPARE(article->headline, QStringLiteral("Ferry fares rise by a tenth from June"));
            QCOMPARE(article->bylines.size(), 1);
            QCOMPARE(
                article->bylines.first().role, QStringLiteral("Transport Reporter · 5 min read"));
            QCOMPARE(article->parts.first().kind, ArticlePart::Kind::KeyFacts);
            QVERIFY(article->parts.first().items.isEmpty());
            // The empty Key Facts list is kept as a part, so the checklist names it.
            const Run checked = copydesk({QStringLiteral("check"), id}, library);
            QVERIFY2((checked.out + checked.err).contains(u"“Key Facts” is empty"_s),
                qPrintable(checked.out + checked.err));
        }
    }

    void importListSearchShow()
    {
        const Article full = Testing::fullArticle();
        const QString json = writeFile(QStringLiteral("full.json"), ArticleJson::toBytes(full));
        Article second = Testing::generatedArticle(7, 800);
        second.uuid.clear();
        second.headline = QStringLiteral("Harbour cranes idle as dockworkers strike");
        const QString md
            = writeFile(QStringLiteral("second.md"), ArticleMarkdown::toMarkdown(second));

        const Run imported = copydesk({QStringLiteral("import"), json, md});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QLatin1String("Imported 2")));

        const Run listed = copydesk({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QStringList headlines;
        for (const QJsonValue &row : rows)
            headlines << row[QStringLiteral("headline")].toString();
        QVERIFY(headlines.contains(full.headline));
        QVERIFY(headlines.contains(second.headline));

        const Run table = copydesk(
            {QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("headline")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.indexOf(QLatin1String("Harbour")) > 0);

        const Run found = copydesk(
            {QStringLiteral("search"), QStringLiteral("dockworkers"), QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[QStringLiteral("headline")].toString(), second.headline);

        const Run nothing = copydesk({QStringLiteral("search"), QStringLiteral("zyzzyvaquark")});
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.out.isEmpty());

        const Run shown = copydesk({QStringLiteral("show"), full.uuid, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        auto roundTrip = ArticleJson::fromBytes(shown.out.toUtf8(), QStringLiteral("stdout"));
        QVERIFY2(roundTrip.ok(), qPrintable(roundTrip ? QString() : roundTrip.error().message));
        QCOMPARE(ArticleJson::contentHash(roundTrip.value()), ArticleJson::contentHash(full));

        const Run text = copydesk({QStringLiteral("show"), full.uuid});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(full.headline));
        QVERIFY(text.out.contains(QLatin1String("min read")));
    }

    void revisionsDiffRestore()
    {
        Article edited = Testing::fullArticle();
        const QString originalHeadline = edited.headline;
        edited.headline = QStringLiteral("Council approves the flood barrier at last");
        const QString json = writeFile(QStringLiteral("edited.json"), ArticleJson::toBytes(edited));
        const Run imported = copydesk({QStringLiteral("import"), json});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        const Run revisions
            = copydesk({QStringLiteral("revisions"), edited.uuid, QStringLiteral("--json")});
        QCOMPARE(revisions.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(revisions.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0)[QStringLiteral("number")].toInt(), 2);
        QCOMPARE(list.at(0)[QStringLiteral("author")].toString(), QStringLiteral("ines"));

        const Run diff = copydesk({QStringLiteral("diff"), edited.uuid});
        QCOMPARE(diff.exitCode, 0);
        QVERIFY2(diff.out.contains(QLatin1String("Headline")), qPrintable(diff.out));
        QVERIFY(diff.out.contains(QLatin1String("barrier")));

        const Run restored
            = copydesk({QStringLiteral("restore"), edited.uuid, QStringLiteral("1")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run shown = copydesk({QStringLiteral("show"), edited.uuid, QStringLiteral("--json")});
        QVERIFY(shown.out.contains(originalHeadline));
        const Run after
            = copydesk({QStringLiteral("revisions"), edited.uuid, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).array().size(), 3);
        const Run older = copydesk({QStringLiteral("show"), edited.uuid,
            QStringLiteral("--revision"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY(older.out.contains(edited.headline));
    }

    void exportJsonAndMarkdown()
    {
        const QString uuid = Testing::fullArticle().uuid;
        const QString out = m_dir.filePath(QStringLiteral("out.json"));
        const Run exported = copydesk({QStringLiteral("export"), uuid, QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("-o"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(ArticleJson::fromBytes(file.readAll(), out).ok());

        const QString folder = m_dir.filePath(QStringLiteral("batch"));
        const Run batch
            = copydesk({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("2"),
                QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), folder});
        QVERIFY2(batch.exitCode == 0, qPrintable(batch.err));
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.md")});
        QCOMPARE(files.size(), 2);
        for (const QString &name : files)
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d-[\\w-]+\\.md$"))
                         .match(name)
                         .hasMatch(),
                qPrintable(name));

        const Run bad = copydesk(
            {QStringLiteral("export"), uuid, QStringLiteral("--format"), QStringLiteral("docx")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("docx")));
    }

    // dateModified is the last change of the content, in every library it goes through: an
    // unchanged re-import leaves it, an export to JSON and an import elsewhere keep it, and a
    // published article's page never says "Updated" at the time of an import.
    void dateModifiedSurvivesReimport()
    {
        const auto dateModified = [](const QString &html) {
            return QRegularExpression(QStringLiteral("\"dateModified\":\\s*\"([^\"]+)\""))
                .match(html)
                .captured(1);
        };
        Article article = Testing::fullArticle();
        article.published = QDateTime(QDate(2025, 3, 14), QTime(9, 30), QTimeZone::UTC);
        const QString source
            = writeFile(QStringLiteral("published.json"), ArticleJson::toBytes(article));
        const QString first = m_dir.filePath(QStringLiteral("first.copydesk"));
        const QString second = m_dir.filePath(QStringLiteral("second.copydesk"));
        QCOMPARE(copydesk({QStringLiteral("import"), source}, first).exitCode, 0);
        const QStringList html {QStringLiteral("export"), article.uuid, QStringLiteral("--format"),
            QStringLiteral("html")};
        const Run page = copydesk(html, first);
        QVERIFY2(page.exitCode == 0, qPrintable(page.err));
        // Imported as it was published: no update since.
        QCOMPARE(dateModified(page.out), QStringLiteral("2025-03-14T09:30:00Z"));
        QVERIFY2(!page.out.contains(QStringLiteral("Updated")), "an import is no update");

        // Changed in the first library, then moved to the second as JSON.
        article.dek = QStringLiteral("A dek written later.");
        const QString changed
            = writeFile(QStringLiteral("changed.json"), ArticleJson::toBytes(article));
        QCOMPARE(copydesk({QStringLiteral("import"), changed}, first).exitCode, 0);
        const QString edited = dateModified(copydesk(html, first).out);
        QVERIFY2(edited > QStringLiteral("2026"), qPrintable(edited));
        const QString moved = m_dir.filePath(QStringLiteral("moved.json"));
        QCOMPARE(copydesk({QStringLiteral("export"), article.uuid, QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("-o"), moved},
                     first)
                     .exitCode,
            0);
        QTest::qWait(1100); // An import time would now differ in the seconds.
        QCOMPARE(copydesk({QStringLiteral("import"), moved}, second).exitCode, 0);
        QCOMPARE(dateModified(copydesk(html, second).out), edited);
        // Imported again, unchanged: nothing moves.
        QCOMPARE(copydesk({QStringLiteral("import"), moved}, first).exitCode, 0);
        QCOMPARE(dateModified(copydesk(html, first).out), edited);
    }

    void trashRestorePurge()
    {
        const Run trashed = copydesk({QStringLiteral("trash"), QStringLiteral("2")});
        QVERIFY2(trashed.exitCode == 0, qPrintable(trashed.err));
        const Run live = copydesk({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(live.out.toUtf8()).array().size(), 1);
        const Run inTrash = copydesk({QStringLiteral("trash"), QStringLiteral("list")});
        QVERIFY(inTrash.out.contains(QLatin1String("Harbour")));
        const Run refused
            = copydesk({QStringLiteral("trash"), QStringLiteral("purge"), QStringLiteral("1")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!refused.err.isEmpty());
        QCOMPARE(copydesk({QStringLiteral("trash"), QStringLiteral("restore"), QStringLiteral("2")})
                     .exitCode,
            0);
        QCOMPARE(QJsonDocument::fromJson(
                     copydesk({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                     .array()
                     .size(),
            2);
        QCOMPARE(copydesk({QStringLiteral("trash"), QStringLiteral("2")}).exitCode, 0);
        QCOMPARE(copydesk({QStringLiteral("trash"), QStringLiteral("purge"), QStringLiteral("2")})
                     .exitCode,
            0);
        const Run gone = copydesk({QStringLiteral("show"), QStringLiteral("2")});
        QCOMPARE(gone.exitCode, 1);
    }

    void checkLibrary()
    {
        const Run check = copydesk({QStringLiteral("check-library")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(check.out.contains(QLatin1String("ok")));
    }

    // A library nobody may write (here: its folder, for the user nobody) is read, says why it
    // is read-only, refuses changes with that reason, and can be checked.
    void readOnlyLibraryIsRead()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run copydesk as the user nobody");
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) runs copydesk as nobody");
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.copydesk"));
        const QString article = Testing::writeTestFile(dir.filePath(QStringLiteral("article.json")),
            ArticleJson::toBytes(Testing::fullArticle()));
        const Run imported = copydesk({QStringLiteral("import"), article}, library);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(QFile::setPermissions(dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(
            library, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const QByteArray before = fileHash(library);
        const auto asNobody = [&](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment env = Testing::cliEnvironment();
            env.insert(QStringLiteral("HOME"), dir.path());
            process.setProcessEnvironment(env);
            process.start(setpriv,
                QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups"), QStringLiteral(COPYDESK_BINARY),
                    QStringLiteral("--library"), library}
                    + arguments);
            process.waitForFinished(60000);
            return Run {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
        };
        const Run list = asNobody({QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(QString::number(list.exitCode) + list.err));
        QVERIFY(list.out.contains(Testing::fullArticle().headline.left(20)));
        QVERIFY2(list.err.contains(QLatin1String("read-only"))
                && list.err.contains(QLatin1String("not writable")),
            qPrintable(list.err));
        const Run check = asNobody({QStringLiteral("check-library"), QStringLiteral("--full")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        const Run trash = asNobody({QStringLiteral("trash"), QStringLiteral("1")});
        QCOMPARE(trash.exitCode, 1);
        QVERIFY2(trash.err.contains(QLatin1String("read-only")), qPrintable(trash.err));
        QCOMPARE(fileHash(library), before);

        // A writable file in a folder nobody may write: SQLite could not make its -wal and
        // -shm files, so the library is opened immutable.
        QVERIFY(QFile::setPermissions(
            library, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
        const Run inFolder = asNobody({QStringLiteral("list")});
        QVERIFY2(inFolder.exitCode == 0, qPrintable(inFolder.err));
        QVERIFY2(inFolder.err.contains(QLatin1String("folder")), qPrintable(inFolder.err));
        const Run import = asNobody({QStringLiteral("import"), article});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QLatin1String("read-only")), qPrintable(import.err));
        QCOMPARE(fileHash(library), before);
        QVERIFY(!QFile::exists(library + QStringLiteral("-wal")));
    }

    void malformedImportWritesNothing()
    {
        const QByteArray before = fileHash(m_library);
        const QString good = writeFile(
            QStringLiteral("good.json"), ArticleJson::toBytes(Testing::generatedArticle(99, 300)));
        const QString broken = writeFile(QStringLiteral("broken.json"),
            QByteArrayLiteral(
                "{\"format\": \"copydesk.article\", \"version\": 1, \"headline\": 42}"));
        const Run run = copydesk({QStringLiteral("import"), good, broken});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("broken.json")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("headline")), qPrintable(run.err));
        QCOMPARE(fileHash(m_library), before);
        QCOMPARE(QJsonDocument::fromJson(
                     copydesk({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                     .array()
                     .size(),
            1);
    }

    void badLibraryFilesAreLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArrayLiteral("Dear editor, this is a letter.\n")
                                   << QStringLiteral("not a Copydesk library");
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(200, '\x01'));
        QTest::newRow("png") << png << QStringLiteral("not a Copydesk library");
    }

    void badLibraryFilesAreLeftAlone()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = writeFile(QStringLiteral("bad.copydesk"), bytes);
        const QByteArray before = fileHash(path);
        for (const QStringList &args : {QStringList {QStringLiteral("list")},
                 QStringList {
                     QStringLiteral("import"), m_dir.filePath(QStringLiteral("good.json"))}}) {
            const Run run = copydesk(args, path);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(path), qPrintable(run.err));
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QCOMPARE(fileHash(path), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
