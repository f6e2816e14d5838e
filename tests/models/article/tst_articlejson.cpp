// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlejson.h"
#include "jsonschemacheck.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// Equality plus what Article::operator== cannot see: QDateTime compares instants only.
void compareArticles(const Article &actual, const Article &expected)
{
    QCOMPARE(actual, expected);
    QCOMPARE(actual.published.timeSpec(), expected.published.timeSpec());
    QCOMPARE(actual.published.timeZone(), expected.published.timeZone());
    QCOMPARE(actual.published.offsetFromUtc(), expected.published.offsetFromUtc());
}

/// A minimal valid header followed by `rest` (JSON members, may be empty).
QByteArray document(const char *rest)
{
    QByteArray text = R"({"format": "copydesk.article", "version": 1)";
    if (*rest)
        text += ", " + QByteArray(rest);
    return text + "}";
}

QJsonObject loadSchema()
{
    QFile file(QStringLiteral(COPYDESK_SOURCE_DIR "/docs/article.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestArticleJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data()
    {
        QTest::addColumn<Article>("article");
        QTest::newRow("full") << fullArticle();
        QTest::newRow("odd unicode") << oddUnicodeArticle();
        QTest::newRow("empty") << Article();
        Article sectionWithItems = fullArticle();
        sectionWithItems.parts[0].items = {u"left over from a kind change"_s};
        sectionWithItems.parts[2].body = u"stray body"_s;
        QTest::newRow("members of other kinds") << sectionWithItems;
        Article captionOnly;
        captionOnly.hero.caption = u"A caption without an image"_s;
        QTest::newRow("hero without data") << captionOnly;
        Article withTarget = fullArticle();
        withTarget.wordTarget = 800;
        QTest::newRow("word target") << withTarget;
    }
    void roundTrip()
    {
        QFETCH(Article, article);
        compareArticles(*ArticleJson::fromJson(ArticleJson::toJson(article)), article);
        for (auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
            const auto read
                = ArticleJson::fromBytes(ArticleJson::toBytes(article, format), u"x.json"_s);
            QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
            compareArticles(*read, article);
        }
        QCOMPARE(ArticleJson::canonical(*ArticleJson::fromJson(ArticleJson::toJson(article))),
            ArticleJson::canonical(article));
    }

    void roundTripGenerated()
    {
        for (quint32 seed = 0; seed < 200; ++seed) {
            const Article article = generatedArticle(seed, 600);
            const auto read = ArticleJson::fromBytes(ArticleJson::canonical(article), u"g.json"_s);
            QVERIFY(read.ok());
            compareArticles(*read, article);
        }
    }

    void wordTargetOnlyWhenSet()
    {
        QVERIFY(!ArticleJson::toJson(Article()).contains(u"wordTarget"_s));
        Article article;
        article.wordTarget = 1200;
        QCOMPARE(ArticleJson::toJson(article).value(u"wordTarget"_s).toInt(), 1200);
        const auto read = ArticleJson::fromBytes(document(R"("wordTarget": 0)"), u"x.json"_s);
        QVERIFY(read.ok());
        QCOMPARE(read->wordTarget, 0);
    }

    void publishedTime_data()
    {
        QTest::addColumn<QDateTime>("published");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("zone");
        const QDate day(2025, 3, 14);
        QTest::newRow("named zone")
            << QDateTime(day, QTime(9, 30), QTimeZone("Europe/Berlin"))
            << u"2025-03-14T09:30:00+01:00"_s << QJsonValue(u"Europe/Berlin"_s);
        QTest::newRow("summer time")
            << QDateTime(QDate(2025, 7, 1), QTime(9, 30), QTimeZone("Europe/Berlin"))
            << u"2025-07-01T09:30:00+02:00"_s << QJsonValue(u"Europe/Berlin"_s);
        QTest::newRow("utc") << QDateTime(day, QTime(8, 0), QTimeZone::UTC)
                             << u"2025-03-14T08:00:00Z"_s << QJsonValue(QJsonValue::Null);
        QTest::newRow("fixed offset")
            << QDateTime(day, QTime(8, 0), QTimeZone::fromSecondsAheadOfUtc(-4 * 3600 - 1800))
            << u"2025-03-14T08:00:00-04:30"_s << QJsonValue(QJsonValue::Null);
        QTest::newRow("milliseconds")
            << QDateTime(day, QTime(8, 0, 1, 250), QTimeZone("Asia/Tokyo"))
            << u"2025-03-14T08:00:01.250+09:00"_s << QJsonValue(u"Asia/Tokyo"_s);
        // An offset with seconds (local mean time) cannot be written in ISO 8601: the instant
        // goes out in UTC, so that a round trip does not move the time (found by fuzzing).
        QTest::newRow("offset with seconds")
            << QDateTime(day, QTime(9, 30), QTimeZone::fromSecondsAheadOfUtc(20 * 60 + 28))
            << u"2025-03-14T09:09:32Z"_s << QJsonValue(QJsonValue::Null);
        QTest::newRow("unset") << QDateTime() << QString() << QJsonValue(QJsonValue::Null);
    }
    void publishedTime()
    {
        QFETCH(QDateTime, published);
        QFETCH(QString, text);
        QFETCH(QJsonValue, zone);
        Article article;
        article.published = published;
        const QJsonObject json = ArticleJson::toJson(article);
        QCOMPARE(
            json["published"_L1], text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
        QCOMPARE(json["timeZone"_L1], zone);
        if (published.isValid() && published.offsetFromUtc() % 60 != 0) {
            // The same instant, now in UTC.
            QCOMPARE(ArticleJson::fromJson(json)->published, published);
            return;
        }
        compareArticles(*ArticleJson::fromJson(json), article);
    }

    void localTimeIsWrittenAsTheSystemZone()
    {
        Article article;
        article.published = QDateTime(QDate(2025, 1, 2), QTime(3, 4), QTimeZone::LocalTime);
        const QJsonObject json = ArticleJson::toJson(article);
        QCOMPARE(json["timeZone"_L1].toString().toUtf8(), QTimeZone::systemTimeZoneId());
        QCOMPARE(ArticleJson::fromJson(json)->published, article.published);
    }

    void wallClockTimeInNamedZone()
    {
        const auto read = ArticleJson::fromBytes(
            document(R"("published": "2025-07-01T09:30", "timeZone": "America/New_York")"), u"x"_s);
        QVERIFY(read.ok());
        QCOMPARE(read->published.timeZone().id(), "America/New_York");
        QCOMPARE(
            read->published.toUTC(), QDateTime(QDate(2025, 7, 1), QTime(13, 30), QTimeZone::UTC));
    }

    void missingKeysTakeEmptyValues()
    {
        const auto read = ArticleJson::fromBytes(document(""), u"x.json"_s);
        QVERIFY(read.ok());
        QCOMPARE(*read, Article());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Error::Code>("code");
        const auto bad = Error::Code::InvalidInput;
        QTest::newRow("empty") << QByteArray(" \n") << u"story.json: the file is empty"_s << bad;
        QTest::newRow("syntax") << QByteArray(
            "{\n  \"format\": \"copydesk.article\",\n  \"version\": 1\n  \"headline\": \"x\"\n}")
                                << u"story.json:4:4: unterminated object"_s << bad;
        QTest::newRow("syntax after umlauts") << QByteArray("{\"headline\": \"Köln\" ]")
                                              << u"story.json:1:22: unterminated object"_s << bad;
        QTest::newRow("array") << QByteArray("[]") << u"story.json: expected a JSON object"_s
                               << bad;
        QTest::newRow("no format")
            << QByteArray(R"({"version": 1})")
            << u"story.json: not a Copydesk article (no “format” key)"_s << bad;
        QTest::newRow("other format")
            << QByteArray(R"({"format": "rss", "version": 1})")
            << u"story.json: not a Copydesk article (format “rss”, expected “copydesk.article”)"_s
            << bad;
        QTest::newRow("newer")
            << QByteArray(R"({"format": "copydesk.article", "version": 2})")
            << u"story.json: written by a newer Copydesk (format version 2; this one reads up to 1)"_s
            << Error::Code::TooNew;
        QTest::newRow("newer beyond any integer") // libFuzzer: the cast to qint64 was undefined.
            << QByteArray(R"({"format": "copydesk.article", "version": 1.88e110})")
            << u"story.json: written by a newer Copydesk (format version 1.88e+110; this one reads up to 1)"_s
            << Error::Code::TooNew;
        QTest::newRow("version string")
            << QByteArray(R"({"format": "copydesk.article", "version": "1"})")
            << u"story.json: version: expected a whole number of at least 1"_s << bad;
        QTest::newRow("version fraction")
            << QByteArray(R"({"format": "copydesk.article", "version": 1.5})")
            << u"story.json: version: expected a whole number of at least 1"_s << bad;
        QTest::newRow("headline number")
            << document(R"("headline": 3)") << u"story.json: headline: expected a string"_s << bad;
        QTest::newRow("unknown key")
            << document(R"("headlin": "x")") << u"story.json: unknown key “headlin”"_s << bad;
        QTest::newRow("tags object")
            << document(R"("tags": {})") << u"story.json: tags: expected an array"_s << bad;
        QTest::newRow("tag null") << document(R"("tags": ["a", null])")
                                  << u"story.json: tags[1]: expected a string"_s << bad;
        QTest::newRow("byline string") << document(R"("bylines": [{"name": "A"}, "B"])")
                                       << u"story.json: bylines[1]: expected an object"_s << bad;
        QTest::newRow("byline role") << document(R"("bylines": [{"name": "A", "role": false}])")
                                     << u"story.json: bylines[0].role: expected a string"_s << bad;
        QTest::newRow("status") << document(R"("status": "live")")
                                << u"story.json: status: unknown status “live”"_s << bad;
        QTest::newRow("published")
            << document(R"("published": "14 March 2025")")
            << u"story.json: published: expected an ISO 8601 date and time such as 2025-03-14T09:30:00+01:00"_s
            << bad;
        QTest::newRow("published number")
            << document(R"("published": 1741941000)")
            << u"story.json: published: expected a string or null"_s << bad;
        QTest::newRow("time zone")
            << document(R"("published": "2025-03-14T09:30:00Z", "timeZone": "Mars/Olympus")")
            << u"story.json: timeZone: unknown time zone “Mars/Olympus”"_s << bad;
        QTest::newRow("hero array")
            << document(R"("hero": [])") << u"story.json: hero: expected an object"_s << bad;
        QTest::newRow("hero base64") << document(R"("hero": {"data": "***"})")
                                     << u"story.json: hero.data: not valid base64"_s << bad;
        QTest::newRow("hero key") << document(R"("hero": {"alt": "x"})")
                                  << u"story.json: hero: unknown key “alt”"_s << bad;
        QTest::newRow("parts object") << document(R"("parts": {"kind": "section"})")
                                      << u"story.json: parts: expected an array"_s << bad;
        QTest::newRow("part kind missing")
            << document(R"("parts": [{"id": "a"}])")
            << u"story.json: parts[0].kind: expected a string"_s << bad;
        QTest::newRow("part kind unknown")
            << document(R"("parts": [{"kind": "sidebar"}])")
            << u"story.json: parts[0].kind: unknown part kind “sidebar”"_s << bad;
        QTest::newRow("part item") << document(R"("parts": [{"kind": "section"}, {"kind": "faq"},
            {"kind": "keyFacts", "items": [7]}])")
                                   << u"story.json: parts[2].items[0]: expected a string"_s << bad;
        QTest::newRow("part key") << document(R"("parts": [{"kind": "keyFacts", "itmes": []}])")
                                  << u"story.json: parts[0]: unknown key “itmes”"_s << bad;
        QTest::newRow("quote") << document(
            R"("parts": [{"kind": "quotes", "quotes": [{"text": "a", "speaker": 1}]}])")
                               << u"story.json: parts[0].quotes[0].speaker: expected a string"_s
                               << bad;
        QTest::newRow("faq") << document(
            R"("parts": [{"kind": "faq", "faq": [{"question": "a", "answer": []}]}])")
                             << u"story.json: parts[0].faq[0].answer: expected a string"_s << bad;
        const QString wordTarget
            = u"story.json: wordTarget: expected a whole number from 0 to 1000000"_s;
        QTest::newRow("word target negative")
            << document(R"("wordTarget": -5)") << wordTarget << bad;
        QTest::newRow("word target fraction")
            << document(R"("wordTarget": 800.5)") << wordTarget << bad;
        QTest::newRow("word target text")
            << document(R"("wordTarget": "800")") << wordTarget << bad;
        QTest::newRow("word target huge") << document(R"("wordTarget": 1e12)") << wordTarget << bad;
        const QString modified
            = u"story.json: modified: expected an ISO 8601 date and time with its "
              "UTC offset, such as 2025-03-14T08:30:00Z, or null"_s;
        QTest::newRow("modified without offset")
            << document(R"("modified": "2025-03-14T08:30:00")") << modified << bad;
        QTest::newRow("modified not a time")
            << document(R"("modified": "yesterday")") << modified << bad;
        QTest::newRow("modified number")
            << document(R"("modified": 1741940000)") << modified << bad;
        QTest::newRow("reference date")
            << document(
                   R"("parts": [{"kind": "references", "references": [{}, {"accessed": "2025-02-30"}]}])")
            << u"story.json: parts[0].references[1].accessed: expected a date (YYYY-MM-DD) or null"_s
            << bad;
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(Error::Code, code);
        const auto read = ArticleJson::fromBytes(json, u"story.json"_s);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message, message);
        QCOMPARE(read.error().code, code);
    }

    // The library's last change beside the article: written on export, read back in UTC, never
    // part of the Article or its content hash.
    void modifiedBesideTheArticle()
    {
        const Article article = fullArticle();
        const QDateTime when(QDate(2025, 3, 14), QTime(9, 30, 5, 120), QTimeZone("Europe/Berlin"));
        const QJsonObject json = ArticleJson::withModified(ArticleJson::toJson(article), when);
        QCOMPARE(json[u"modified"_s].toString(), u"2025-03-14T08:30:05.120Z"_s);
        QCOMPARE(ArticleJson::modifiedOf(json).value(), when.toUTC());
        QCOMPARE(ArticleJson::modifiedOf(json)->timeSpec(), Qt::UTC);
        QDateTime read;
        const auto back = ArticleJson::fromBytes(QJsonDocument(json).toJson(), u"s.json"_s, &read);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        compareArticles(*back, article);
        QCOMPARE(read, when.toUTC());
        QCOMPARE(ArticleJson::contentHash(*back), ArticleJson::contentHash(article));
        // No time, no key; absent and null read as unknown.
        QVERIFY(
            !ArticleJson::withModified(ArticleJson::toJson(article), {}).contains(u"modified"_s));
        QVERIFY(!ArticleJson::modifiedOf(ArticleJson::toJson(article))->isValid());
        QJsonObject null = ArticleJson::toJson(article);
        null.insert(u"modified"_s, QJsonValue::Null);
        QVERIFY(!ArticleJson::modifiedOf(null)->isValid());
        // An offset other than Z is the same instant.
        QJsonObject offset = ArticleJson::toJson(article);
        offset.insert(u"modified"_s, u"2025-03-14T10:30:05+02:00"_s);
        QCOMPARE(ArticleJson::modifiedOf(offset).value(),
            QDateTime(QDate(2025, 3, 14), QTime(8, 30, 5), QTimeZone::UTC));
        const QStringList errors = validateJson(loadSchema(), json);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void contentHash()
    {
        const Article a = fullArticle();
        const QByteArray hash = ArticleJson::contentHash(a);
        QCOMPARE(hash.size(), 64);
        QCOMPARE(hash, hash.toLower());
        Article b = a;
        b.status = ArticleStatus::Spiked;
        b.owner = u"someone else"_s;
        QCOMPARE(ArticleJson::contentHash(b), hash);
        QVERIFY(ArticleJson::canonical(b) != ArticleJson::canonical(a));
        b.parts[6].faq[1].answer += u'.';
        QVERIFY(ArticleJson::contentHash(b) != hash);
        b = a;
        b.published = b.published.toTimeZone(QTimeZone("Europe/Paris"));
        QVERIFY2(ArticleJson::contentHash(b) != hash,
            "the zone is content even when the instant is equal");
        QCOMPARE(ArticleJson::contentHash(generatedArticle(5)),
            ArticleJson::contentHash(generatedArticle(5)));
    }

    void schemaDescribesTheOutput()
    {
        const QJsonObject schema = loadSchema();
        QCOMPARE(
            schema["$schema"_L1].toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
        Article targeted = fullArticle();
        targeted.wordTarget = 800;
        for (const Article &article :
            {fullArticle(), oddUnicodeArticle(), Article(), generatedArticle(9), targeted}) {
            const QStringList errors = validateJson(schema, ArticleJson::toJson(article));
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        }
        QJsonObject broken = ArticleJson::toJson(fullArticle());
        broken.remove(u"format"_s);
        broken.insert(u"status"_s, u"live"_s);
        QJsonArray parts = broken["parts"_L1].toArray();
        QJsonObject part = parts.at(2).toObject();
        part.insert(u"itmes"_s, QJsonArray());
        parts.replace(2, part);
        broken.insert(u"parts"_s, parts);
        const QStringList errors = validateJson(schema, broken);
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.contains(u": missing required format"_s));
        QVERIFY(errors.contains(u"/status: not in enum"_s));
        QVERIFY(errors.contains(u"/parts/2: property not allowed: itmes"_s));
    }
};

QTEST_GUILESS_MAIN(TestArticleJson)
#include "tst_articlejson.moc"
