// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The import corpus: pages written for these tests (English and German; HTML with and without
// JSON-LD, plain text pasted from a browser, wire copy, Markdown without front matter, missing
// and empty parts, several authors, datelines, broken HTML), each read through the one article
// file reader and compared, structurally, with the article a person would have typed
// (corpus/expected/NAME.json, written by hand: the masthead, the article's fields in Copydesk
// JSON, and "report" lines that the import report must contain). The comparison is structural:
// every key the expected file names must be equal (arrays in full, element by element); keys it
// leaves out (ids, status, tags…) are not compared.

#include "articlefilereader.h"
#include "articlejson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

const QString Corpus = QStringLiteral(COPYDESK_IMPORT_CORPUS);

/// Ids are fresh on every import; everything else must be as expected.
QJsonObject withoutIds(QJsonObject article)
{
    article.remove("uuid"_L1);
    QJsonArray parts;
    for (const QJsonValue &value : article.value("parts"_L1).toArray()) {
        QJsonObject part = value.toObject();
        part.remove("id"_L1);
        parts << part;
    }
    article.insert("parts"_L1, parts);
    return article;
}

QJsonObject structureOf(const ImportResult &result)
{
    QJsonObject masthead {{"publication"_L1, result.publication}, {"tagline"_L1, result.tagline}};
    return {
        {"masthead"_L1, masthead}, {"article"_L1, withoutIds(ArticleJson::toJson(result.article))}};
}

/// The first key path where `actual` differs from `expected`, for a readable failure; empty when
/// every key `expected` names is equal (arrays: the same length, each element compared so).
QString difference(const QJsonValue &actual, const QJsonValue &expected, const QString &path)
{
    const auto text = [](const QJsonValue &value) {
        return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    };
    if (actual.isObject() && expected.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (const QString &key : e.keys()) {
            if (QString found = difference(a.value(key), e.value(key), path + u'.' + key);
                !found.isEmpty())
                return found;
        }
        return {};
    }
    if (actual.isArray() && expected.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (a.size() != e.size())
            return u"%1: %2 elements, expected %3: %4"_s.arg(path).arg(a.size()).arg(e.size()).arg(
                text(actual));
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (QString found = difference(a.at(i), e.at(i), u"%1[%2]"_s.arg(path).arg(i));
                !found.isEmpty())
                return found;
        }
        return {};
    }
    if (actual == expected)
        return {};
    return u"%1: got %2, expected %3"_s.arg(path, text(actual), text(expected));
}

} // namespace

class TestImportCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(Corpus + u"/input"_s).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 12);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void corpus()
    {
        QFETCH(QString, name);
        const Result<ImportResult> read
            = ArticleFileReader::readReported(Corpus + u"/input/"_s + name);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const QJsonObject actual = structureOf(*read);
        const QString expectedPath = Corpus + u"/expected/"_s + name + u".json"_s;
        QFile file(expectedPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        QJsonParseError error;
        QJsonObject expected = QJsonDocument::fromJson(file.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray report = expected.take("report"_L1).toArray();
        const QString different = difference(actual, expected, name);
        QVERIFY2(different.isEmpty(), qPrintable(different));
        const QString reportText = read->report.text();
        for (const QJsonValue &line : report) {
            QVERIFY2(reportText.contains(line.toString()),
                qPrintable(line.toString() + u"\nis not in the report:\n"_s + reportText));
        }
    }

    /// The same page as HTML and as text pasted from a browser gives the same article, apart
    /// from what only markup can carry (links, emphasis, the picture's alt text, the time zone
    /// of <time datetime>).
    void htmlAndTextAgree()
    {
        const auto html = ArticleFileReader::read(Corpus + u"/input/en-harbour.html"_s);
        const auto text = ArticleFileReader::read(Corpus + u"/input/en-harbour.txt"_s);
        QVERIFY(html.ok() && text.ok());
        QCOMPARE(text->headline, html->headline);
        QCOMPARE(text->dek, html->dek);
        QCOMPARE(text->bylines, html->bylines);
        QCOMPARE(text->dateline, html->dateline);
        QCOMPARE(text->hero.caption, html->hero.caption);
        QCOMPARE(text->hero.credit, html->hero.credit);
        QCOMPARE(text->published.date(), html->published.date());
        QCOMPARE(text->category, html->category);
        QCOMPARE(text->parts.size(), html->parts.size());
        for (qsizetype i = 0; i < html->parts.size(); ++i) {
            QCOMPARE(text->parts.at(i).kind, html->parts.at(i).kind);
            QCOMPARE(text->parts.at(i).heading, html->parts.at(i).heading);
            QCOMPARE(text->parts.at(i).items, html->parts.at(i).items);
            QCOMPARE(text->parts.at(i).faq, html->parts.at(i).faq);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
