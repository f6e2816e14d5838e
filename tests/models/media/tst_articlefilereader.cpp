// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The one reader of article files (window import, CLI import and check): what it refuses and
// how it says so, the text encodings it converts, and Markdown heroes through the image policy.
#include "articlefactory.h"
#include "articlefilereader.h"
#include "articlejson.h"
#include "articlemarkdown.h"
#include "textencoding.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray Story = "---\nheadline: Flood wall holds\n---\nThe Spree crested at dawn.\n";

QByteArray encoded(const QByteArray &utf8, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

} // namespace

class TestArticleFileReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void readsJsonAndMarkdown()
    {
        const Article article = Testing::fullArticle();
        QVERIFY(write(path(u"a.json"_s), ArticleJson::toBytes(article)));
        QVERIFY(write(path(u"a.MD"_s), ArticleMarkdown::toMarkdown(article)));
        const auto json = ArticleFileReader::read(path(u"a.json"_s));
        QVERIFY2(json.ok(), json.ok() ? "" : qPrintable(json.error().message));
        QCOMPARE(json->uuid, article.uuid);
        const auto md = ArticleFileReader::read(path(u"a.MD"_s));
        QVERIFY2(md.ok(), md.ok() ? "" : qPrintable(md.error().message));
        QCOMPARE(md->headline, article.headline);
    }

    void unknownType()
    {
        QVERIFY(write(path(u"notes.rtf"_s), "hello"));
        const auto read = ArticleFileReader::read(path(u"notes.rtf"_s));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message,
            u"“%1”: unknown file type; articles are read from .json, .md, .html and .txt files"_s
                .arg(path(u"notes.rtf"_s)));
    }

    void notRegularFiles()
    {
        const QString fifo = path(u"pipe.md"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QVERIFY(::symlink("/dev/zero", QFile::encodeName(path(u"zero.json"_s)).constData()) == 0);
        QVERIFY(::symlink("loop-b.md", QFile::encodeName(path(u"loop-a.md"_s)).constData()) == 0);
        QVERIFY(::symlink("loop-a.md", QFile::encodeName(path(u"loop-b.md"_s)).constData()) == 0);
        auto future = std::async(std::launch::async, [&] { return ArticleFileReader::read(fifo); });
        QVERIFY2(future.wait_for(std::chrono::seconds(5)) == std::future_status::ready,
            "a FIFO blocked the reader");
        const auto piped = future.get();
        QVERIFY(!piped.ok());
        QCOMPARE(piped.error().message, u"“%1”: not a regular file"_s.arg(fifo));
        const auto zero = ArticleFileReader::read(path(u"zero.json"_s));
        QVERIFY(!zero.ok());
        QCOMPARE(zero.error().message, u"“%1”: not a regular file"_s.arg(path(u"zero.json"_s)));
        const auto loop = ArticleFileReader::read(path(u"loop-a.md"_s));
        QVERIFY(!loop.ok());
        QCOMPARE(loop.error().message,
            u"“%1”: too many levels of symbolic links"_s.arg(path(u"loop-a.md"_s)));
        const auto missing = ArticleFileReader::read(path(u"gone.json"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, u"“%1”: no such file"_s.arg(path(u"gone.json"_s)));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error"); // Empty: read as Story.
        using E = QStringConverter::Encoding;
        QTest::newRow("utf-8") << Story << QString();
        QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf" + Story) << QString();
        QTest::newRow("utf-16le bom") << encoded(Story, E::Utf16LE, true) << QString();
        QTest::newRow("utf-16be bom") << encoded(Story, E::Utf16BE, true) << QString();
        QTest::newRow("utf-32le bom") << encoded(Story, E::Utf32LE, true) << QString();
        QTest::newRow("utf-32be bom") << encoded(Story, E::Utf32BE, true) << QString();
        QTest::newRow("utf-16le") << encoded(Story, E::Utf16LE, false)
                                  << u"“x.md” is UTF-16 text without a byte-order mark; save it "
                                     u"as UTF-8"_s;
        QTest::newRow("utf-16be") << encoded(Story, E::Utf16BE, false)
                                  << u"“x.md” is UTF-16 text without a byte-order mark; save it "
                                     u"as UTF-8"_s;
        QTest::newRow("utf-32le") << encoded(Story, E::Utf32LE, false)
                                  << u"“x.md” is UTF-32 text without a byte-order mark; save it "
                                     u"as UTF-8"_s;
        QTest::newRow("latin-1") << QByteArray(Story
            + "Gr\xfc\xdf"
              "e\n")
                                 << u"“x.md” is not UTF-8 text: invalid byte 0xfc at offset %1; "
                                    u"save it as UTF-8"_s.arg(Story.size() + 2);
        QTest::newRow("cut at the end") << QByteArray(Story + "\xe2\x82")
                                        << u"“x.md” is not UTF-8 text: invalid byte 0x82 at "
                                           u"offset %1; save it as UTF-8"_s.arg(Story.size() + 1);
        QTest::newRow("nul") << QByteArray(Story + QByteArray("abc\0def", 7))
                             << u"“x.md” contains a NUL byte at offset %1; it is not a text "
                                u"file"_s.arg(Story.size() + 3);
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const auto utf8 = TextEncoding::toUtf8(bytes, u"x.md"_s);
        if (!error.isEmpty()) {
            QVERIFY(!utf8.ok());
            QCOMPARE(utf8.error().message, error);
        } else {
            QVERIFY2(utf8.ok(), utf8.ok() ? "" : qPrintable(utf8.error().message));
            QCOMPARE(*utf8, Story);
        }
        // The file reader takes the same path.
        const QString file = path(u"encoded.md"_s);
        QVERIFY(write(file, bytes));
        const auto read = ArticleFileReader::read(file);
        QCOMPARE(read.ok(), error.isEmpty());
        if (read.ok())
            QCOMPARE(read->headline, u"Flood wall holds"_s);
        else
            QCOMPARE(
                read.error().message, QString(error).replace(u"“x.md”"_s, u"“%1”"_s.arg(file)));
    }

    void heroThroughTheImagePolicy()
    {
        const QString folder = path(u"story"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(write(folder + u"/photo.bin"_s, Testing::tinyPng()));
        QVERIFY(write(folder + u"/ok.md"_s,
            "---\nheadline: x\nhero:\n  file: photo.bin\n  mimeType: text/html\n---\n"));
        const auto ok = ArticleFileReader::read(folder + u"/ok.md"_s);
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->hero.data, Testing::tinyPng());
        QCOMPARE(ok->hero.mimeType, u"image/png"_s); // From the content, not the front matter.
        QVERIFY(
            write(folder + u"/shadow.md"_s, "---\nheadline: x\nhero:\n  file: /etc/shadow\n---\n"));
        const auto shadow = ArticleFileReader::read(folder + u"/shadow.md"_s);
        QVERIFY(!shadow.ok());
        QCOMPARE(shadow.error().message,
            u"%1/shadow.md:4: hero image “/etc/shadow” is outside the article's folder"_s.arg(
                folder));
    }

    void inlineHeroThroughTheImagePolicy()
    {
        // A JSON file carries its hero inline; the bytes decide, as for a file on disk.
        Article article = Testing::fullArticle();
        article.hero.mimeType = u"text/html"_s;
        QVERIFY(write(path(u"png.json"_s), ArticleJson::toBytes(article)));
        const auto png = ArticleFileReader::read(path(u"png.json"_s));
        QVERIFY2(png.ok(), png.ok() ? "" : qPrintable(png.error().message));
        QCOMPARE(png->hero.mimeType, u"image/png"_s);

        article.hero.data = "root:$y$j9T$secret:19000:0:99999:7:::\n";
        article.hero.mimeType = u"image/png"_s;
        article.hero.fileName = u"photo.png"_s;
        QVERIFY(write(path(u"text.json"_s), ArticleJson::toBytes(article)));
        const auto text = ArticleFileReader::read(path(u"text.json"_s));
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, Error::Code::InvalidInput);
        QVERIFY2(text.error().message.startsWith(
                     u"%1: hero image “photo.png” is not a PNG"_s.arg(path(u"text.json"_s))),
            qPrintable(text.error().message));

        article.hero.data = Testing::tinyPng().left(40);
        article.hero.fileName.clear();
        QVERIFY(write(path(u"cut.json"_s), ArticleJson::toBytes(article)));
        const auto cut = ArticleFileReader::read(path(u"cut.json"_s));
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error().message.contains(u"hero image “hero.data” is a damaged PNG image"_s),
            qPrintable(cut.error().message));

        article.hero.data = Testing::tinyPng() + QByteArray(25 * 1024 * 1024, '\0');
        QVERIFY(write(path(u"huge.json"_s), ArticleJson::toBytes(article)));
        const auto huge = ArticleFileReader::read(path(u"huge.json"_s));
        QVERIFY(!huge.ok());
        QVERIFY2(huge.error().message.contains(u"is larger than 25 MiB, the limit"_s),
            qPrintable(huge.error().message));
    }

    void badUuidNamesTheFile()
    {
        QByteArray json = ArticleJson::toBytes(Testing::fullArticle());
        const QByteArray uuid = Testing::fullArticle().uuid.toUtf8();
        json.replace(uuid, "\\u0000" + QByteArray(100'000, 'u'));
        QVERIFY(write(path(u"bad.json"_s), json));
        const auto read = ArticleFileReader::read(path(u"bad.json"_s));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message,
            u"%1: uuid: “\\x00%2…” is not a UUID"_s.arg(path(u"bad.json"_s), QString(59, u'u')));
    }
};

QTEST_GUILESS_MAIN(TestArticleFileReader)
#include "tst_articlefilereader.moc"
