// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// A newsroom's own templates, for real: the profile's template folder reaches every render, a
// broken template is an error that names its file and line, and the built-in set written out
// as a starting point renders exactly the built-in pages.
#include "articleexporter.h"
#include "articlefactory.h"
#include "articlerenderer.h"
#include "housetemplates.h"
#include "templatesyntax.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

PublicationProfile herald(const QString &templates = {})
{
    PublicationProfile profile;
    profile.name = u"The Harbour Herald"_s;
    profile.templateDirectory = templates;
    return profile;
}

RenderOptions fixedOptions()
{
    RenderOptions options;
    options.modified = QDateTime(QDate(2025, 3, 15), QTime(18, 5), QTimeZone::UTC);
    return options;
}

QString page(const Result<QByteArray> &rendered)
{
    return rendered ? QString::fromUtf8(*rendered) : u"ERROR: "_s + rendered.error().message;
}

constexpr char factBox[] = "<aside class=\"fact-box\">{% for item in part.items %}<p>{{ item }}</p>"
                           "{% endfor %}</aside>\n";

} // namespace

class TestNewsroomTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void profileFolderReachesEveryRender()
    {
        QTemporaryDir newsroom;
        QVERIFY(newsroom.isValid());
        QVERIFY(writeFile(newsroom.filePath(u"part-keyfacts.html"_s), factBox));
        const Article article = Testing::fullArticle();

        // The preview and the HTML export render with the profile alone: no option needed.
        const QString preview
            = page(ArticleRenderer::render(article, herald(newsroom.path()), fixedOptions()));
        QVERIFY2(
            preview.contains(u"<aside class=\"fact-box\"><p>Rainfall: <strong>71 mm</strong>"_s),
            qPrintable(preview.left(300)));
        QVERIFY(preview.contains(u"<section class=\"part key-takeaways\""_s)); // Built-in rest.
        ExportOptions exportOptions;
        exportOptions.render = fixedOptions();
        const QString exported = page(ArticleExporter::encode(
            article, herald(newsroom.path()), ExportFormat::Html, exportOptions));
        QCOMPARE(exported, preview);

        // --templates (RenderOptions::templateDirectory) wins over the profile's for one run.
        QTemporaryDir other;
        QVERIFY(writeFile(other.filePath(u"part-keyfacts.html"_s),
            "<div class=\"other-facts\">{{ part.heading }}</div>\n"));
        RenderOptions oneRun = fixedOptions();
        oneRun.templateDirectory = other.path();
        const QString overridden
            = page(ArticleRenderer::render(article, herald(newsroom.path()), oneRun));
        QVERIFY(overridden.contains(u"<div class=\"other-facts\">Key Facts</div>"_s));
        QVERIFY(!overridden.contains(u"fact-box"_s));

        // Without a folder: the built-in set.
        QVERIFY(page(ArticleRenderer::render(article, herald(), fixedOptions()))
                .contains(u"<section class=\"part key-facts\""_s));
    }

    void missingFolderIsAnError()
    {
        const QString gone = QDir::tempPath() + u"/copydesk-no-such-templates"_s;
        const auto rendered = ArticleRenderer::render(Testing::fullArticle(), herald(gone));
        QVERIFY(!rendered.ok());
        QVERIFY2(rendered.error().message.contains(gone), qPrintable(rendered.error().message));
        QVERIFY(!HouseTemplates::check(gone).ok());
    }

    void brokenTemplateNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("detail");
        QTest::newRow("unclosed if")
            << u"page.html"_s << QByteArray("<!doctype html>\n<p>\n{% if article.dek %}\nx\n") << 3
            << u"Unclosed tag"_s;
        QTest::newRow("unclosed for inside a closed if")
            << u"part-faq.html"_s
            << QByteArray("{% if part.faq %}\n<dl>\n{% endif %}\n{% for entry in part.faq %}\n"
                          "<dt>{{ entry.question }}</dt>\n")
            << 4 << u"Unclosed tag"_s;
        QTest::newRow("unknown filter")
            << u"part-section.html"_s
            << QByteArray("<section>\n<h2>{{ part.heading }}</h2>\n\n{{ part.heading|shout }}\n")
            << 4 << u"shout"_s;
        QTest::newRow("stray endif")
            << u"part-quotes.html"_s << QByteArray("<div>\n</div>\n{% endif %}\n") << 3
            << u"endif"_s;
        QTest::newRow("unknown tag")
            << u"house.css"_s << QByteArray("body {\n  color: red;\n}\n{% shout %}\n") << 4
            << u"shout"_s;
        QTest::newRow("bad for on one line of many")
            << u"part-references.html"_s
            << QByteArray("<ol>\n{% for r in part.references %}<li>{{ r.title }}</li>"
                          "{% endfor %}\n{% for x %}{% endfor %}\n</ol>\n")
            << 3 << u"for"_s;
    }

    void brokenTemplateNamesFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, source);
        QFETCH(int, line);
        QFETCH(QString, detail);
        QCOMPARE(TemplateSyntax::errorLine(QString::fromUtf8(source)), line);

        QTemporaryDir newsroom;
        QVERIFY(newsroom.isValid());
        QVERIFY(writeFile(newsroom.filePath(file), source));
        const QString where = newsroom.filePath(file) + u':' + QString::number(line);
        const Status checked = HouseTemplates::check(newsroom.path());
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().message.contains(where), qPrintable(checked.error().message));
        QVERIFY2(checked.error().message.contains(detail), qPrintable(checked.error().message));
        QVERIFY2(
            !checked.error().message.contains(u"line 0"_s), qPrintable(checked.error().message));

        // Every render refuses with that message, whichever part the article has: nothing goes
        // out in a half-replaced house style.
        for (const Article &article : {Testing::fullArticle(), Article()}) {
            const auto rendered
                = ArticleRenderer::render(article, herald(newsroom.path()), fixedOptions());
            QVERIFY(!rendered.ok());
            QCOMPARE(rendered.error().message, checked.error().message);
        }
    }

    void fixedTemplateIsPickedUp()
    {
        QTemporaryDir newsroom;
        QVERIFY(writeFile(newsroom.filePath(u"part-keyfacts.html"_s), "{% if x %}\n"));
        QVERIFY(!ArticleRenderer::render(Testing::fullArticle(), herald(newsroom.path())).ok());
        QThread::msleep(1100);
        QVERIFY(writeFile(newsroom.filePath(u"part-keyfacts.html"_s), factBox));
        QVERIFY(page(ArticleRenderer::render(Testing::fullArticle(), herald(newsroom.path())))
                .contains(u"fact-box"_s));
        QVERIFY(HouseTemplates::check(newsroom.path()).ok());
    }

    void exportedSetRendersIdentically()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString folder = root.filePath(u"house/style"_s); // Created, parents too.
        const auto written = HouseTemplates::exportBuiltIn(folder, false);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->size(), HouseTemplates::builtInNames().size());
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), HouseTemplates::builtInNames());
        QVERIFY(HouseTemplates::check(folder).ok());

        for (const Article &article : {Testing::fullArticle(), Testing::everyFieldArticle(),
                 Testing::oddUnicodeArticle(), Article()}) {
            const auto builtIn = ArticleRenderer::render(article, herald(), fixedOptions());
            const auto own = ArticleRenderer::render(article, herald(folder), fixedOptions());
            QVERIFY(builtIn.ok() && own.ok());
            QCOMPARE(*own, *builtIn);
        }
    }

    void exportRefusesToOverwrite()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString mine = folder.filePath(u"page.html"_s);
        QVERIFY(writeFile(mine, "my own page\n"));
        const auto refused = HouseTemplates::exportBuiltIn(folder.path(), false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Exists);
        QVERIFY(refused.error().message.contains(mine));
        QCOMPARE(readFile(mine), QByteArray("my own page\n"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList {u"page.html"_s});

        const auto replaced = HouseTemplates::exportBuiltIn(folder.path(), true);
        QVERIFY(replaced.ok());
        QCOMPARE(readFile(mine), readFile(u":/copydesk/templates/page.html"_s));
        QCOMPARE(
            QDir(folder.path()).entryList(QDir::Files, QDir::Name), HouseTemplates::builtInNames());
    }
};

QTEST_GUILESS_MAIN(TestNewsroomTemplates)
#include "tst_newsroomtemplates.moc"
