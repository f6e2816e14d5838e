// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlejson.h"
#include "checktools.h"
#include "goldenpages.h"
#include "ninjsexporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(QT_TESTCASE_SOURCEDIR);

ExportOptions options()
{
    ExportOptions result;
    result.created = QDateTime(QDate(2025, 3, 13), QTime(8, 0), QTimeZone::UTC);
    result.render.modified = QDateTime(QDate(2025, 3, 15), QTime(18, 5), QTimeZone::UTC);
    result.revision = 7;
    return result;
}

QJsonObject object(const QJsonValue &value)
{
    return value.toObject();
}

} // namespace

// NinjsExporter: the mapping of every part of an article, and validity against the IPTC ninjs
// 2.0 schema for every golden input.
class TestNinjsExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mapsEveryPart()
    {
        const Article article = Testing::fullArticle();
        PublicationProfile profile;
        profile.name = u"The Harbour Times"_s;
        profile.categoryUrlPattern = u"https://news.example/section/{category}"_s;
        const QJsonObject item = NinjsExporter::toJson(article, profile, options());

        QCOMPARE(item[u"uri"_s].toString(), u"urn:uuid:"_s + article.uuid);
        QCOMPARE(item[u"type"_s].toString(), u"text"_s);
        QCOMPARE(object(item[u"standard"_s])[u"version"_s].toString(), u"2.0"_s);
        QCOMPARE(item[u"version"_s].toString(), u"7"_s);
        QCOMPARE(item[u"firstcreated"_s].toString(), u"2025-03-13T08:00:00Z"_s);
        QCOMPARE(item[u"versioncreated"_s].toString(), u"2025-03-15T18:05:00Z"_s);
        QCOMPARE(item[u"contentcreated"_s].toString(), u"2025-03-14T09:30:00+01:00"_s);
        QCOMPARE(item[u"copyrightholder"_s].toString(), profile.name);
        QCOMPARE(item[u"language"_s].toString(),
            article.language.isEmpty() ? u"en"_s : article.language);
        QCOMPARE(object(item[u"headlines"_s].toArray().first())[u"value"_s].toString(),
            article.headline);
        QCOMPARE(
            object(item[u"descriptions"_s].toArray().first())[u"value"_s].toString(), article.dek);
        QCOMPARE(item[u"located"_s].toString(), article.dateline);

        const QJsonArray people = item[u"people"_s].toArray();
        QCOMPARE(people.size(), article.bylines.size());
        for (qsizetype i = 0; i < people.size(); ++i) {
            QCOMPARE(object(people.at(i))[u"name"_s].toString(), article.bylines.at(i).name);
            QVERIFY(item[u"by"_s].toString().contains(article.bylines.at(i).name));
        }

        const QJsonArray subjects = item[u"subjects"_s].toArray();
        QCOMPARE(subjects.size(), 1 + article.tags.size());
        QCOMPARE(object(subjects.first())[u"name"_s].toString(), article.category);
        QVERIFY(object(subjects.first())[u"uri"_s].toString().startsWith(
            u"https://news.example/section/"_s));
        QCOMPARE(object(subjects.last())[u"rel"_s].toString(), u"tag"_s);

        const QJsonObject body = object(item[u"bodies"_s].toArray().first());
        QCOMPARE(body[u"contenttype"_s].toString(), u"text/html"_s);
        QVERIFY(body[u"wordcount"_s].toInt() > 100);
        const QString html = body[u"value"_s].toString();
        for (const ArticlePart &part : article.parts) {
            const QString heading
                = part.heading.isEmpty() ? ArticlePart::defaultHeading(part.kind) : part.heading;
            QVERIFY2(html.contains(u"<h2>"_s + heading.toHtmlEscaped()), qPrintable(heading));
        }
        QVERIFY(html.contains(u"<blockquote>"_s));
        QVERIFY(html.contains(u"<dl><dt>"_s));
        QVERIFY(html.contains(u"<ol><li><a href=\"https://"_s));

        const QJsonObject hero = object(item[u"associations"_s].toArray().first());
        QCOMPARE(hero[u"name"_s].toString(), u"featureimage"_s);
        QCOMPARE(hero[u"type"_s].toString(), u"picture"_s);
        QCOMPARE(hero[u"by"_s].toString(), article.hero.credit);
        const QJsonArray descriptions = hero[u"descriptions"_s].toArray();
        QCOMPARE(object(descriptions.at(0))[u"value"_s].toString(), article.hero.caption);
        QCOMPARE(object(descriptions.at(1))[u"value"_s].toString(), article.hero.altText);
        const QJsonObject rendition = object(hero[u"renditions"_s].toArray().first());
        QCOMPARE(rendition[u"contenttype"_s].toString(), article.hero.mimeType);
        QCOMPARE(rendition[u"sizeinbytes"_s].toInteger(), article.hero.data.size());
        QCOMPARE(rendition[u"href"_s].toString(),
            u"data:image/png;base64,"_s + QString::fromLatin1(article.hero.data.toBase64()));
    }

    void defaultHeadingsInThePagesLanguage()
    {
        // No translator is installed in this test: German comes from the page's language only.
        Article article = Testing::fullArticle();
        article.language = u"de"_s;
        for (ArticlePart &part : article.parts) {
            if (part.kind == ArticlePart::Kind::KeyFacts)
                part.heading.clear();
        }
        const QJsonObject item = NinjsExporter::toJson(article, {}, {});
        const QString html = object(item[u"bodies"_s].toArray().first())[u"value"_s].toString();
        QVERIFY2(html.contains(u"<h2>Die wichtigsten Fakten</h2>"_s), qPrintable(html.left(400)));
        article.language = u"en"_s;
        const QJsonObject english = NinjsExporter::toJson(article, {}, {});
        QVERIFY(object(english[u"bodies"_s].toArray().first())[u"value"_s].toString().contains(
            u"<h2>Key Facts</h2>"_s));
    }

    void imagesCanBeLeftOut()
    {
        ExportOptions withoutBytes = options();
        withoutBytes.embedImages = false;
        const QJsonObject item = NinjsExporter::toJson(Testing::fullArticle(), {}, withoutBytes);
        const QJsonObject rendition = object(
            object(item[u"associations"_s].toArray().first())[u"renditions"_s].toArray().first());
        QVERIFY(!rendition.contains(u"href"_s));
        QVERIFY(rendition[u"sizeinbytes"_s].toInteger() > 0);
    }

    void emptyArticleWritesNoEmptyValues()
    {
        const QJsonObject item = NinjsExporter::toJson(Article {}, {}, {});
        QCOMPARE(item[u"uri"_s].toString(), u"urn:copydesk:unsaved"_s);
        QCOMPARE(item[u"pubstatus"_s].toString(), u"withheld"_s);
        for (const QString &key : {u"headlines"_s, u"descriptions"_s, u"bodies"_s, u"people"_s,
                 u"by"_s, u"subjects"_s, u"associations"_s, u"located"_s, u"contentcreated"_s})
            QVERIFY2(!item.contains(key), qPrintable(key));
    }

    void pubStatus_data()
    {
        QTest::addColumn<ArticleStatus>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("draft") << ArticleStatus::Draft << u"withheld"_s;
        QTest::newRow("in review") << ArticleStatus::InReview << u"withheld"_s;
        QTest::newRow("changes") << ArticleStatus::ChangesRequested << u"withheld"_s;
        QTest::newRow("approved") << ArticleStatus::Approved << u"usable"_s;
        QTest::newRow("published") << ArticleStatus::Published << u"usable"_s;
        QTest::newRow("spiked") << ArticleStatus::Spiked << u"canceled"_s;
    }

    void pubStatus()
    {
        QFETCH(ArticleStatus, status);
        QFETCH(QString, expected);
        Article article = Testing::fullArticle();
        article.status = status;
        QCOMPARE(NinjsExporter::toJson(article, {})[u"pubstatus"_s].toString(), expected);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : GoldenPages::names(sourceDir))
            QTest::newRow(qPrintable(name)) << name;
    }

    // Byte for byte against expected/*.ninjs.json; refresh-golden.sh rewrites them after an
    // intended change of the mapping.
    void golden()
    {
        QFETCH(QString, name);
        const auto produced = GoldenPages::ninjs(sourceDir, name);
        QVERIFY2(produced.ok(), qPrintable(produced.ok() ? QString() : produced.error().message));
        QFile file(sourceDir + u"/expected/"_s + name + u".ninjs.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(*produced, file.readAll());
    }

    void expectedFilesAreValidNinjs()
    {
        COPYDESK_REQUIRE_CHECK_TOOLS();
        QStringList files;
        for (const QString &name : GoldenPages::names(sourceDir))
            files << sourceDir + u"/expected/"_s + name + u".ninjs.json"_s;
        const QString errors = CheckTools::ninjsErrors(files);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void goldenInputsAreValidNinjs()
    {
        COPYDESK_REQUIRE_CHECK_TOOLS();
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QStringList files;
        QList<Article> articles {Testing::fullArticle(), Testing::oddUnicodeArticle(), Article {}};
        for (const QString &name : GoldenPages::names(sourceDir)) {
            QFile file(sourceDir + u"/input/"_s + name + u".json"_s);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto article = ArticleJson::fromBytes(file.readAll(), file.fileName());
            QVERIFY(article.ok());
            articles << *article;
        }
        QVERIFY(articles.size() > 8);
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const QString path = directory.filePath(u"%1.ninjs.json"_s.arg(i));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(NinjsExporter::toBytes(articles.at(i), {}, options()));
            files << path;
        }
        const QString errors = CheckTools::ninjsErrors(files);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void validatorRejectsInvalidNinjs()
    {
        COPYDESK_REQUIRE_CHECK_TOOLS();
        QTemporaryDir directory;
        const QString path = directory.filePath(u"bad.json"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"uri": "not a uri", "headline": "x", "bodies": [{"role": "main"}]})");
        out.close();
        const QString errors = CheckTools::ninjsErrors({path});
        QVERIFY(errors.contains(u"additional"_s));
        QVERIFY(errors.contains(u"format"_s));
        QVERIFY(errors.contains(u"value"_s));
    }
};

QTEST_GUILESS_MAIN(TestNinjsExporter)
#include "tst_ninjsexporter.moc"
