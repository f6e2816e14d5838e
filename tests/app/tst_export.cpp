// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Drives `copydesk export` as a user would, with no display: every format, preflight and
// --strict, batch export by status, hostile input, and the files read back with the tools a
// reader's machine has (poppler, the Nu Html Checker, ajv with the ninjs schema).
#include "articlefactory.h"
#include "articlejson.h"
#include "articlemarkdown.h"
#include "checktools.h"
#include "copydeskprocess.h"
#include "pagethreats.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <csignal>
#include <unistd.h>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

using Run = Testing::CliRun;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    QString m_sampleUuid;
    QString m_hostileUuid;
    QString m_noAltUuid;

    Run copydesk(const QStringList &arguments)
    {
        QProcessEnvironment env = Testing::cliEnvironment();
        // No display at all: the export command must choose the offscreen platform itself.
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        env.insert(u"COPYDESK_USER"_s, u"ines"_s);
        return Testing::runCopydesk(
            QStringList {u"--library"_s, m_library} + arguments, env, 120000);
    }

    QString writeArticle(const QString &name, const Article &article)
    {
        return Testing::writeTestFile(m_dir.filePath(name), ArticleJson::toBytes(article));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library.copydesk"_s);

        const auto sample = ArticleJson::fromBytes(
            readAll(QStringLiteral(COPYDESK_SOURCE_DIR "/resources/samples/welcome.json")),
            u"welcome.json"_s);
        QVERIFY(sample.ok());
        m_sampleUuid = sample->uuid;
        const auto hostile = ArticleJson::fromBytes(
            readAll(
                QStringLiteral(COPYDESK_SOURCE_DIR "/tests/models/publishing/input/hostile.json")),
            u"hostile.json"_s);
        QVERIFY(hostile.ok());
        Article harmful = *hostile;
        harmful.uuid = u"5d0c3a57-4a43-4b0e-9d4e-000000000002"_s; // The library wants a UUID.
        m_hostileUuid = harmful.uuid;
        Article noAlt = Testing::fullArticle();
        noAlt.uuid = u"5d0c3a57-4a43-4b0e-9d4e-000000000001"_s;
        noAlt.hero.altText.clear();
        m_noAltUuid = noAlt.uuid;

        QStringList files {m_dir.filePath(u"welcome.json"_s)};
        QFile::copy(
            QStringLiteral(COPYDESK_SOURCE_DIR "/resources/samples/welcome.json"), files.first());
        files << writeArticle(u"hostile.json"_s, harmful) << writeArticle(u"noalt.json"_s, noAlt);
        for (quint32 seed = 1; seed <= 4; ++seed) {
            Article article = Testing::generatedArticle(seed, 300);
            article.uuid = u"5d0c3a57-4a43-4b0e-9d4e-00000000010%1"_s.arg(seed);
            article.status = seed <= 3 ? ArticleStatus::Approved : ArticleStatus::Draft;
            article.published = QDateTime(QDate(2025, 6, int(seed)), QTime(9, 0), QTimeZone::UTC);
            files << writeArticle(u"generated-%1.json"_s.arg(seed), article);
        }
        const Run imported = copydesk(QStringList {u"import"_s} + files);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void textFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("html") << u"html"_s;
        QTest::newRow("md") << u"md"_s;
        QTest::newRow("ninjs") << u"ninjs"_s;
        QTest::newRow("json") << u"json"_s;
    }

    void textFormats()
    {
        QFETCH(QString, format);
        const QString path = m_dir.filePath(u"sample."_s + format);
        const Run run = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, format, u"-o"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(path));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.contains("Norderhafen"));
        if (format == u"md")
            QVERIFY(ArticleMarkdown::fromMarkdown(bytes, path).ok());
        if (format == u"json")
            QCOMPARE(ArticleJson::fromBytes(bytes, path)->uuid, m_sampleUuid);
        if (format == u"html") {
            QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
            COPYDESK_REQUIRE_CHECK_TOOLS();
            const QString errors = CheckTools::htmlErrors({path});
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        }
        if (format == u"ninjs") {
            COPYDESK_REQUIRE_CHECK_TOOLS();
            const QString errors = CheckTools::ninjsErrors({path});
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        }
    }

    // An indented line in a section body crashed the renderer (exit 139) for every format.
    void indentedCodeExports_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("body");
        for (const QString &format : {u"html"_s, u"ninjs"_s, u"pdf"_s}) {
            QTest::addRow("%s, four spaces", qPrintable(format))
                << format << u"Run this:\n\n    make install"_s;
            QTest::addRow("%s, tab", qPrintable(format)) << format << u"\tmake install"_s;
            QTest::addRow("%s, in a list item", qPrintable(format))
                << format << u"- step\n\n        make install"_s;
            QTest::addRow("%s, in a quote", qPrintable(format))
                << format << u">     make install"_s;
        }
    }

    void indentedCodeExports()
    {
        QFETCH(QString, format);
        QFETCH(QString, body);
        Article article = Testing::fullArticle();
        article.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (ArticlePart &part : article.parts) {
            if (part.kind == ArticlePart::Kind::Section) {
                part.body = body;
                break;
            }
        }
        const QString file = writeArticle(article.uuid + u".json"_s, article);
        const Run imported = copydesk({u"import"_s, file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString path = m_dir.filePath(article.uuid + u'.' + format);
        const Run run = copydesk({u"export"_s, article.uuid, u"--format"_s, format, u"-o"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        if (format != u"pdf")
            QVERIFY(bytes.contains("make install"));
    }

    void standardOutput()
    {
        const Run run = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"html"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"<!DOCTYPE html>"_s));
        const Run pdf = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"pdf"_s});
        QCOMPARE(pdf.exitCode, 2);
    }

    // "-o story.pdf" without --format means a PDF, not JSON in a file called story.pdf.
    void formatFromFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << u"named.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("HTML in capitals") << u"named.HTML"_s << QByteArray("<!DOCTYPE html>");
        QTest::newRow("htm") << u"named.htm"_s << QByteArray("<!DOCTYPE html>");
        QTest::newRow("markdown") << u"named.markdown"_s << QByteArray("---\n# Exported by");
        QTest::newRow("ninjs.json") << u"named.ninjs.json"_s << QByteArray("{\n    \"altids\"");
        QTest::newRow("json") << u"named.json"_s << QByteArray("{\n    \"bylines\"");
        QTest::newRow("unknown: json") << u"named.txt"_s << QByteArray("{\n    \"bylines\"");
        QTest::newRow("--output=") << u"--output=named-too.pdf"_s << QByteArray("%PDF-");
    }

    void formatFromFileName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        const bool joined = name.startsWith(u"--output="_s);
        const QString path = m_dir.filePath(joined ? name.mid(9) : name);
        const Run run
            = copydesk(joined ? QStringList {u"export"_s, m_sampleUuid, u"--output="_s + path}
                              : QStringList {u"export"_s, m_sampleUuid, u"-o"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray bytes = readAll(path);
        QVERIFY2(bytes.startsWith(start), bytes.left(60).constData());
    }

    void pdfWithoutDisplay()
    {
        const QString path = m_dir.filePath(u"sample.pdf"_s);
        const Run run
            = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"pdf"_s, u"-o"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readAll(path).startsWith("%PDF-"));
        const QString info = tool(u"pdfinfo"_s, {path});
        QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
        const QString text = tool(u"pdftotext"_s, {path, u"-"_s}).simplified();
        QVERIFY(text.contains(u"Norderhafen’s harbour ferry returns"_s));
        QVERIFY(text.contains(u"Nora Lindqvist"_s));
    }

    // An export that takes more than a second says how far it has come on standard error: a
    // few lines for a person (a stage, or another tenth of the way), the last one "Done".
    void longPdfReportsProgress()
    {
        Article article = Testing::generatedArticle(9, 60000);
        article.uuid = u"5d0c3a57-4a43-4b0e-9d4e-000000000009"_s;
        const Run imported = copydesk({u"import"_s, writeArticle(u"long-read.json"_s, article)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString path = m_dir.filePath(u"long-read.pdf"_s);
        const Run run = copydesk({u"export"_s, article.uuid, u"-o"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readAll(path).startsWith("%PDF-"));
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts)
                                      .filter(QRegularExpression(u"^copydesk: article \\d+: "_s));
        QVERIFY2(lines.size() >= 2 && lines.size() <= 14, qPrintable(run.err));
        QVERIFY2(lines.filter(u"Printing the pages"_s).size() >= 1, qPrintable(run.err));
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s)
                              .match(tool(u"pdfinfo"_s, {path}))
                              .captured(1)
                              .toInt();
        QVERIFY(pages > 50);
        QVERIFY2(
            lines.last().contains(u"Done: %1 page(s). (100 %"_s.arg(QLocale().toString(pages))),
            qPrintable(run.err));
    }

    // A global option with a value before the command (--templates DIR, --user NAME) does not
    // hide that the export prints: it gets its graphical application.
    void pdfAfterGlobalOptions()
    {
        const QString templates = m_dir.filePath(u"no-overrides"_s);
        QVERIFY(QDir().mkpath(templates));
        const QString path = m_dir.filePath(u"global-options.pdf"_s);
        const Run run = copydesk({u"--templates"_s, templates, u"--user"_s, u"ines"_s, u"export"_s,
            m_sampleUuid, u"--format"_s, u"pdf"_s, u"-o"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readAll(path).startsWith("%PDF-"));
    }

    void preflightIsShown()
    {
        const QString path = m_dir.filePath(u"noalt.html"_s);
        const Run run
            = copydesk({u"export"_s, m_noAltUuid, u"--format"_s, u"html"_s, u"-o"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Hero image alt text"_s), qPrintable(run.err));
        QVERIFY(QFile::exists(path));
    }

    void strictWritesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("html") << u"html"_s;
        QTest::newRow("pdf") << u"pdf"_s;
    }

    void strictWritesNothing()
    {
        QFETCH(QString, format);
        const QString path = m_dir.filePath(u"strict."_s + format);
        const Run run = copydesk(
            {u"export"_s, m_noAltUuid, u"--format"_s, format, u"-o"_s, path, u"--strict"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Hero image alt text"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"--strict"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));

        const QString clean = m_dir.filePath(u"clean."_s + format);
        const Run passes = copydesk(
            {u"export"_s, m_sampleUuid, u"--format"_s, format, u"-o"_s, clean, u"--strict"_s});
        QVERIFY2(passes.exitCode == 0, qPrintable(passes.err));
        QVERIFY(QFile::exists(clean));
    }

    // For the web: the hero beside the page, the page referring to it; the default page
    // stays self-contained.
    void picturesBeside()
    {
        const QString path = m_dir.filePath(u"web/welcome.html"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const Run run = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"html"_s, u"-o"_s,
            path, u"--pictures-beside"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString hero = m_dir.filePath(u"web/welcome-hero.jpg"_s);
        QVERIFY(QFile::exists(hero));
        const auto sample = ArticleJson::fromBytes(
            readAll(QStringLiteral(COPYDESK_SOURCE_DIR "/resources/samples/welcome.json")),
            u"welcome.json"_s);
        QVERIFY(sample.ok());
        QCOMPARE(readAll(hero), sample->hero.data);
        const QByteArray page = readAll(path);
        QVERIFY(page.contains("<img src=\"welcome-hero.jpg\""));
        QVERIFY(!page.contains("<img src=\"data:"));
        QVERIFY(page.contains("img-src data: 'self'"));

        const QString standalone = m_dir.filePath(u"web/standalone.html"_s);
        QVERIFY(copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"html"_s, u"-o"_s, standalone})
                    .exitCode
            == 0);
        QVERIFY(readAll(standalone).contains("<img src=\"data:image/jpeg;base64,"));
        QVERIFY(!QFile::exists(m_dir.filePath(u"web/standalone-hero.jpg"_s)));

        // A picture's name that is a link to the library: refused, nothing written, the library
        // untouched.
        const QString trap = m_dir.filePath(u"web/trap.html"_s);
        QVERIFY(QFile::link(m_library, m_dir.filePath(u"web/trap-hero.jpg"_s)));
        const QByteArray library = readAll(m_library);
        const Run refused = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"html"_s, u"-o"_s,
            trap, u"--pictures-beside"_s});
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.out));
        QVERIFY2(refused.err.contains(u"trap-hero.jpg"_s), qPrintable(refused.err));
        QVERIFY(!QFile::exists(trap));
        QCOMPARE(readAll(m_library), library);
    }

    void batchByStatus_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("extension");
        QTest::newRow("html") << u"html"_s << u"html"_s;
        QTest::newRow("ninjs") << u"ninjs"_s << u"ninjs.json"_s;
        QTest::newRow("pdf") << u"pdf"_s << u"pdf"_s;
    }

    void batchByStatus()
    {
        QFETCH(QString, format);
        QFETCH(QString, extension);
        const QString folder = m_dir.filePath(u"approved-"_s + format);
        const Run run = copydesk(
            {u"export"_s, u"--status"_s, u"approved"_s, u"--format"_s, format, u"--out"_s, folder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString &name = files.at(i);
            QVERIFY2(name.startsWith(u"2025-06-0%1-"_s.arg(i + 1)), qPrintable(name));
            QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d-[a-z0-9-]+\\."_s
                         + QRegularExpression::escape(extension) + u"$"_s)
                         .match(name)
                         .hasMatch(),
                qPrintable(name));
        }
        if (format == u"ninjs") {
            COPYDESK_REQUIRE_CHECK_TOOLS();
            QStringList paths;
            for (const QString &name : files)
                paths << QDir(folder).filePath(name);
            const QString errors = CheckTools::ninjsErrors(paths);
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        }
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown format") << QStringList {u"1"_s, u"--format"_s, u"docx"_s};
        QTest::newRow("nothing to export") << QStringList {u"--format"_s, u"html"_s};
        QTest::newRow("ids and status") << QStringList {u"1"_s, u"--status"_s, u"approved"_s};
        QTest::newRow("unknown status") << QStringList {u"--status"_s, u"ready"_s, u"-o"_s, u"x"_s};
        QTest::newRow("pictures beside markdown") << QStringList {
            u"1"_s, u"--format"_s, u"md"_s, u"-o"_s, u"x.md"_s, u"--pictures-beside"_s};
        QTest::newRow("pictures beside standard output")
            << QStringList {u"1"_s, u"--format"_s, u"html"_s, u"--pictures-beside"_s};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const Run run = copydesk(QStringList {u"export"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    // An export never lands on a library, a database or their side files, however named, and
    // replaces an existing file only when it is an earlier export of the format (or --force).
    void destinationRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("why");
        QTest::newRow("the library") << u"library.copydesk"_s << u"the open library"_s;
        QTest::newRow("its -wal") << u"library.copydesk-wal"_s << u"belongs to the open library"_s;
        QTest::newRow("its -shm") << u"library.copydesk-shm"_s << u"belongs to the open library"_s;
        QTest::newRow("a link to it") << u"library-link.json"_s << u"the open library"_s;
        QTest::newRow("another library") << u"other.copydesk"_s << u"a Copydesk library"_s;
        QTest::newRow("./x/../library") << u"sub/../library.copydesk"_s << u"the open library"_s;
        QTest::newRow("a hard link to it") << u"library-hard.html"_s << u"the open library"_s;
        QTest::newRow("a foreign SQLite file") << u"notes.db"_s << u"an SQLite database"_s;
        QTest::newRow("unrelated file") << u"notes.txt"_s << u"--force replaces it"_s;
    }

    void destinationRefused()
    {
        QFETCH(QString, target);
        QFETCH(QString, why);
        QFile::link(m_library, m_dir.filePath(u"library-link.json"_s));
        if (!QFile::exists(m_dir.filePath(u"other.copydesk"_s))) {
            const Run made
                = Testing::runCopydesk({u"--library"_s, m_dir.filePath(u"other.copydesk"_s),
                    u"import"_s, m_dir.filePath(u"welcome.json"_s)});
            QCOMPARE(made.exitCode, 0);
        }
        Testing::writeTestFile(m_dir.filePath(u"notes.txt"_s), "Interview notes.\n");
        QDir().mkpath(m_dir.filePath(u"sub"_s));
        if (!QFile::exists(m_dir.filePath(u"library-hard.html"_s)))
            QCOMPARE(::link(QFile::encodeName(m_library).constData(),
                         QFile::encodeName(m_dir.filePath(u"library-hard.html"_s)).constData()),
                0);
        if (!QFile::exists(m_dir.filePath(u"notes.db"_s))) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(m_dir.filePath(u"notes.db"_s));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE note (text TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QString path = m_dir.filePath(target);
        const QByteArray libraryBefore = readAll(m_library);
        const QByteArray before = readAll(path);
        for (const QString &format : {u"json"_s, u"html"_s}) {
            const Run run
                = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, format, u"-o"_s, path});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(why), qPrintable(run.err));
            QCOMPARE(readAll(path), before);
            QCOMPARE(readAll(m_library), libraryBefore);
        }
        QCOMPARE(copydesk({u"check-library"_s}).exitCode, 0);
    }

    // A batch judges every file before it writes one: a library named like one of the exports
    // stops it, even with --force; it and the folder stay as they were.
    void batchNeverWritesOverALibrary()
    {
        const QString probe = m_dir.filePath(u"batch-probe"_s);
        const Run names = copydesk(
            {u"export"_s, u"--status"_s, u"approved"_s, u"--format"_s, u"html"_s, u"-o"_s, probe});
        QVERIFY2(names.exitCode == 0, qPrintable(names.err));
        const QStringList files = QDir(probe).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);

        const QString folder = m_dir.filePath(u"batch-guarded"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString disguised = QDir(folder).filePath(files.at(1));
        QVERIFY(QFile::copy(m_library, disguised)); // another library, named like an export
        const QByteArray before = readAll(disguised);
        const QByteArray libraryBefore = readAll(m_library);
        const Run run = copydesk({u"export"_s, u"--status"_s, u"approved"_s, u"--format"_s,
            u"html"_s, u"-o"_s, folder, u"--force"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(u"Will not export to “%1”: it is a Copydesk library"_s.arg(disguised)),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(u"1 file(s) may not be written; nothing was written."_s),
            qPrintable(run.err));
        QVERIFY(!run.out.contains(u"Wrote"_s));
        QCOMPARE(readAll(disguised), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {files.at(1)});
        QCOMPARE(readAll(m_library), libraryBefore);
    }

    void forceReplacesOnlyPlainFiles()
    {
        const QString notes
            = Testing::writeTestFile(m_dir.filePath(u"draft-notes.txt"_s), "Interview notes.\n");
        const Run forced = copydesk(
            {u"export"_s, m_sampleUuid, u"--format"_s, u"html"_s, u"-o"_s, notes, u"--force"_s});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QVERIFY(readAll(notes).startsWith("<!DOCTYPE html>"));
        // Now it is an earlier export: replaced without --force; the library never is.
        const Run again
            = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"html"_s, u"-o"_s, notes});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const Run library = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"json"_s, u"-o"_s,
            m_library, u"--force"_s});
        QCOMPARE(library.exitCode, 1);
        const QString pdf = m_dir.filePath(u"again.pdf"_s);
        for (int i = 0; i < 2; ++i) {
            const Run run
                = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"pdf"_s, u"-o"_s, pdf});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }

    // A Markdown story written by hand, front matter with a uuid as docs/article-markdown.md
    // shows, is not an export: replacing it needs --force. An export carries its marker line.
    void handWrittenMarkdownNeedsForce()
    {
        const QByteArray story = "---\nuuid: \"5a1c9e3b-2f4d-4b8a-9c6e-7d0f1a2b3c4d\"\n"
                                 "headline: \"Night buses return\"\nstatus: \"draft\"\n---\n\n"
                                 "Written by hand, in a text editor.\n";
        const QString path = Testing::writeTestFile(m_dir.filePath(u"by-hand.md"_s), story);
        const Run refused
            = copydesk({u"export"_s, m_sampleUuid, u"--format"_s, u"md"_s, u"-o"_s, path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(
                     u"“%1”: it exists and is not a Copydesk MD export; --force replaces it"_s.arg(
                         path)),
            qPrintable(refused.err));
        QCOMPARE(readAll(path), story);

        const Run forced = copydesk(
            {u"export"_s, m_sampleUuid, u"--format"_s, u"md"_s, u"-o"_s, path, u"--force"_s});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QVERIFY(readAll(path).startsWith("---\n# Exported by Copydesk\nuuid: "));
        // Now it is an earlier export: replaced without --force.
        const Run again
            = copydesk({u"export"_s, m_noAltUuid, u"--format"_s, u"md"_s, u"-o"_s, path});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(readAll(path).contains(m_noAltUuid.toUtf8()));
    }

    // A full disk on standard output is an error with the reason, not an empty file and exit 0.
    void fullStandardOutput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const QString &format : {u"html"_s, u"md"_s, u"ninjs"_s, u"json"_s})
            QTest::addRow("export %s", qPrintable(format))
                << QStringList {u"export"_s, m_sampleUuid, u"--format"_s, format};
        QTest::newRow("list") << QStringList {u"list"_s};
        QTest::newRow("show") << QStringList {u"show"_s, m_sampleUuid};
        QTest::newRow("help") << QStringList {u"--help"_s};
    }

    void fullStandardOutput()
    {
        QFETCH(QStringList, arguments);
        QProcessEnvironment env = Testing::cliEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const Run run = Testing::runCopydeskInto(
            u"/dev/full"_s, QStringList {u"--library"_s, m_library} + arguments, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"cannot write to standard output: No space left on device"_s),
            qPrintable(run.err));
    }

    // kill -9 at any moment of an export never leaves a partial file under the final name: it
    // holds the earlier complete export or the new complete one.
    void killedExportLeavesNoPartialFile_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : {u"html"_s, u"pdf"_s, u"md"_s, u"ninjs"_s, u"json"_s})
            QTest::newRow(qPrintable(format)) << format;
    }

    void killedExportLeavesNoPartialFile()
    {
        QFETCH(QString, format);
        Article big = Testing::generatedArticle(99, 60000);
        big.uuid = u"5d0c3a57-4a43-4b0e-9d4e-000000000999"_s;
        if (!QFile::exists(m_dir.filePath(u"big.json"_s))) {
            const Run imported = copydesk({u"import"_s, writeArticle(u"big.json"_s, big)});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const QString path = m_dir.filePath(u"killed."_s + format);
        const QStringList arguments {
            u"--library"_s, m_library, u"export"_s, big.uuid, u"--format"_s, format, u"-o"_s, path};
        const Run first = copydesk(arguments.mid(2));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QByteArray complete = readAll(path);
        QVERIFY(complete.size() > 100000);
        const auto whole = [&](const QByteArray &bytes) {
            if (format == u"pdf")
                return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
            if (format == u"html")
                return bytes.trimmed().endsWith("</html>");
            if (format == u"md")
                return ArticleMarkdown::fromMarkdown(bytes, path).ok();
            return !QJsonDocument::fromJson(bytes).isNull();
        };
        QVERIFY(whole(complete));
        // The text formats are the same bytes every time; a PDF carries its creation time.
        const auto sameExport = [&](const QByteArray &bytes) {
            return format == u"pdf" ? whole(bytes) : bytes == complete;
        };
        QProcessEnvironment env = Testing::cliEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        int killedWhileRunning = 0;
        // Every other run writes to a name that has no file yet: afterwards there is none, or
        // the whole export.
        const QString fresh = m_dir.filePath(u"killed-fresh."_s + format);
        int run = 0;
        for (const int delay : {30, 80, 150, 250, 400, 700, 1100, 1600}) {
            const bool toFresh = run++ % 2 == 1;
            QFile::remove(fresh);
            QStringList runArguments = arguments;
            if (toFresh)
                runArguments.last() = fresh;
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(COPYDESK_BINARY), runArguments);
            QVERIFY(process.waitForStarted());
            QTest::qWait(delay);
            if (process.state() == QProcess::Running) {
                ++killedWhileRunning;
                ::kill(pid_t(process.processId()), SIGKILL);
            }
            process.waitForFinished(60000);
            if (toFresh && !QFile::exists(fresh))
                continue;
            const QByteArray now = readAll(toFresh ? fresh : path);
            QVERIFY2(sameExport(now),
                qPrintable(u"after %1 ms (%2): %3 bytes, not the whole export"_s.arg(delay)
                        .arg(toFresh ? u"new name"_s : u"earlier export"_s)
                        .arg(now.size())));
        }
        QVERIFY(killedWhileRunning > 0);
        qInfo("%d of 8 runs killed mid-export", killedWhileRunning);
    }

    void hostileHtmlIsHarmless()
    {
        const QString path = m_dir.filePath(u"hostile.html"_s);
        const Run run
            = copydesk({u"export"_s, m_hostileUuid, u"--format"_s, u"html"_s, u"-o"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString found = PageThreats::find(QString::fromUtf8(readAll(path)));
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
