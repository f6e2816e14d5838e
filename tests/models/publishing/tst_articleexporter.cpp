// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articleexporter.h"
#include "articlefactory.h"
#include "articlejson.h"
#include "articlemarkdown.h"
#include "articlerenderer.h"
#include "checktools.h"
#include "goldenpages.h"
#include "ninjsexporter.h"
#include "pagethreats.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(QT_TESTCASE_SOURCEDIR);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// ArticleExporter: each text format, atomic writing, and the exported HTML of every golden
// input checked by the W3C Nu Html Checker.
class TestArticleExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formats_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("html") << ExportFormat::Html;
        QTest::newRow("md") << ExportFormat::Markdown;
        QTest::newRow("ninjs") << ExportFormat::Ninjs;
        QTest::newRow("json") << ExportFormat::Json;
    }

    void formats()
    {
        QFETCH(ExportFormat, format);
        const Article article = Testing::fullArticle();
        QTemporaryDir directory;
        const QString path = directory.filePath(u"story."_s + ExportFormats::extension(format));
        const Status written
            = ArticleExporter::exportToFile(article, PublicationProfile {}, format, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        switch (format) {
        case ExportFormat::Html:
            QCOMPARE(bytes, *ArticleRenderer::render(article, {}));
            break;
        case ExportFormat::Markdown:
            QCOMPARE(bytes, ArticleMarkdown::toMarkdown(article));
            QCOMPARE(ArticleMarkdown::fromMarkdown(bytes, path)->headline, article.headline);
            break;
        case ExportFormat::Ninjs:
            QCOMPARE(bytes, NinjsExporter::toBytes(article, {}));
            break;
        case ExportFormat::Json:
            QCOMPARE(*ArticleJson::fromBytes(bytes, path), article);
            break;
        case ExportFormat::Pdf:
            QFAIL("not a text format");
        }
    }

    void formatNames()
    {
        for (const QString &name : ExportFormats::names()) {
            bool ok = false;
            QCOMPARE(ExportFormats::name(ExportFormats::fromName(name.toUpper(), &ok)), name);
            QVERIFY(ok);
        }
        bool ok = true;
        ExportFormats::fromName(u"docx"_s, &ok);
        QVERIFY(!ok);
        QCOMPARE(ExportFormats::fromName(u"markdown"_s, &ok), ExportFormat::Markdown);
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QDateTime>("published");
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QString>("expected");
        const QDateTime published(QDate(2025, 3, 14), QTime(9, 30));
        QTest::newRow("published date and slug")
            << u"Flood Walls Hold"_s << published << ExportFormat::Html
            << u"2025-03-14-flood-walls-hold.html"_s;
        QTest::newRow("ninjs extension")
            << u"Flood Walls Hold"_s << published << ExportFormat::Ninjs
            << u"2025-03-14-flood-walls-hold.ninjs.json"_s;
        QTest::newRow("no letters")
            << u"?!"_s << published << ExportFormat::Markdown << u"2025-03-14-article.md"_s;
        QTest::newRow("long headline cut without a trailing hyphen")
            << QString(79, u'a') + u" bcd"_s << published << ExportFormat::Json
            << u"2025-03-14-"_s + QString(79, u'a') + u".json"_s;
        QTest::newRow("unpublished: the last change")
            << u"Draft"_s << QDateTime() << ExportFormat::Pdf
            << QDateTime(QDate(2024, 12, 31), QTime(12, 0)).toString(u"yyyy-MM-dd"_s)
                + u"-draft.pdf"_s;
    }

    void fileNames()
    {
        QFETCH(QString, headline);
        QFETCH(QDateTime, published);
        QFETCH(ExportFormat, format);
        QFETCH(QString, expected);
        const QDateTime modified(QDate(2024, 12, 31), QTime(12, 0));
        QCOMPARE(ExportFormats::fileName(headline, published, modified, format), expected);
    }

    void pdfNeedsTheWebEngine()
    {
        QVERIFY(!ArticleExporter::encode(Testing::fullArticle(), {}, ExportFormat::Pdf).ok());
    }

    void overwritesAtomically()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"story.json"_s);
        QVERIFY(ArticleExporter::writeFile(path, "old").ok());
        QVERIFY(ArticleExporter::writeFile(path, "new").ok());
        QCOMPARE(readAll(path), QByteArray("new"));
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden), {u"story.json"_s});
    }

    void failureLeavesNothing_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::newRow("missing folder") << u"no/such/folder/story.html"_s;
        QTest::newRow("target is a folder") << u"taken"_s;
    }

    void failureLeavesNothing()
    {
        QFETCH(QString, relativePath);
        QTemporaryDir directory;
        QVERIFY(QDir(directory.path()).mkdir(u"taken"_s));
        QVERIFY(ArticleExporter::writeFile(directory.filePath(u"taken/keep"_s), "kept").ok());
        const QString path = directory.filePath(relativePath);
        const Status written
            = ArticleExporter::exportToFile(Testing::fullArticle(), {}, ExportFormat::Html, path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Error::Code::Io);
        QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
        QCOMPARE(QDir(directory.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            {u"taken"_s});
        QCOMPARE(readAll(directory.filePath(u"taken/keep"_s)), QByteArray("kept"));
    }

    void hostileHtmlExportIsHarmless()
    {
        const QByteArray json = readAll(sourceDir + u"/input/hostile.json"_s);
        const auto article = ArticleJson::fromBytes(json, u"hostile.json"_s);
        QVERIFY(article.ok());
        QTemporaryDir directory;
        const QString path = directory.filePath(u"hostile.html"_s);
        QVERIFY(ArticleExporter::exportToFile(*article, {}, ExportFormat::Html, path).ok());
        const QString found = PageThreats::find(QString::fromUtf8(readAll(path)));
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }

    void exportedHtmlPassesNuChecker()
    {
        COPYDESK_REQUIRE_CHECK_TOOLS();
        QTemporaryDir directory;
        QStringList files;
        for (const QString &name : GoldenPages::names(sourceDir)) {
            const auto article = ArticleJson::fromBytes(
                readAll(sourceDir + u"/input/"_s + name + u".json"_s), name);
            QVERIFY(article.ok());
            const QString path = directory.filePath(name + u".html"_s);
            QVERIFY(ArticleExporter::exportToFile(*article, {}, ExportFormat::Html, path).ok());
            files << path;
        }
        for (const auto &[name, article] : {std::pair {u"full"_s, Testing::fullArticle()},
                 std::pair {u"odd"_s, Testing::oddUnicodeArticle()},
                 std::pair {u"empty"_s, Article {}},
                 std::pair {u"long"_s, Testing::generatedArticle(3, 20000)}}) {
            const QString path = directory.filePath(u"generated-"_s + name + u".html"_s);
            QVERIFY(ArticleExporter::exportToFile(article, {}, ExportFormat::Html, path).ok());
            files << path;
        }
        QVERIFY(files.size() >= 12);
        const QString errors = CheckTools::htmlErrors(files);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void nuCheckerFindsErrors()
    {
        COPYDESK_REQUIRE_CHECK_TOOLS();
        QTemporaryDir directory;
        const QString path = directory.filePath(u"bad.html"_s);
        QVERIFY(ArticleExporter::writeFile(path, "<!DOCTYPE html><html><body><p><div></p>").ok());
        QVERIFY(!CheckTools::htmlErrors({path}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleExporter)
#include "tst_articleexporter.moc"
