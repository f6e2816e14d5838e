// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlejson.h"
#include "articlemarkdown.h"
#include "articlestats.h"
#include "jsonschemacheck.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray readSource(const char *path)
{
    QFile file(QString::fromUtf8(COPYDESK_SOURCE_DIR "/") + QString::fromUtf8(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// resources/samples/welcome.json, the article offered to a newcomer on first start.
class TestWelcomeSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesAndUsesEveryPart()
    {
        const QByteArray bytes = readSource("resources/samples/welcome.json");
        QVERIFY(!bytes.isEmpty());
        const auto read = ArticleJson::fromBytes(bytes, u"welcome.json"_s);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const Article &a = *read;

        QSet<ArticlePart::Kind> kinds;
        for (const ArticlePart &part : a.parts) {
            kinds.insert(part.kind);
            QVERIFY2(!part.isEmpty(), qPrintable(part.id));
            QVERIFY(!part.id.isEmpty());
        }
        QCOMPARE(kinds.size(), 6);
        QVERIFY(!a.uuid.isEmpty());
        QVERIFY(!a.headline.isEmpty() && !a.dek.isEmpty() && !a.lede.isEmpty());
        QVERIFY(!a.bylines.isEmpty() && !a.dateline.isEmpty() && !a.category.isEmpty());
        QVERIFY(!a.tags.isEmpty());
        QCOMPARE(a.language, u"en"_s);
        QCOMPARE(a.status, ArticleStatus::Draft);
        QCOMPARE(a.published.timeZone().id(), "Europe/Berlin");
        // A real picture a newcomer can see, not a placeholder dot: a JPEG of some size.
        QVERIFY(a.hero.data.startsWith("\xff\xd8\xff"));
        QCOMPARE(a.hero.mimeType, u"image/jpeg"_s);
        QVERIFY(a.hero.data.size() > 10000);
        QVERIFY(!a.hero.caption.isEmpty() && !a.hero.altText.isEmpty() && !a.hero.credit.isEmpty());

        const int words = ArticleStats::wordCount(a);
        QVERIFY2(words >= 600 && words <= 900, qPrintable(QString::number(words)));

        const QStringList errors
            = validateJson(QJsonDocument::fromJson(readSource("docs/article.schema.json")).object(),
                QJsonDocument::fromJson(bytes).object());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

        // It survives the Markdown export too, so a newcomer can try both formats on it.
        const auto markdown
            = ArticleMarkdown::fromMarkdown(ArticleMarkdown::toMarkdown(a), u"welcome.md"_s);
        QVERIFY(markdown.ok());
        QCOMPARE(*markdown, a);
    }
};

QTEST_GUILESS_MAIN(TestWelcomeSample)
#include "tst_welcomesample.moc"
