// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Bad input through the real copydesk binary: hostile hero files, files that are not what they
// claim, link loops, encodings, deep nesting. Every refusal names the problem, exits 1 (2 for a
// usage problem) and leaves the library byte for byte as it was.
#include "articlefactory.h"
#include "articlejson.h"
#include "copydeskprocess.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
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

QByteArray png()
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray storyWithHero(const QString &file)
{
    return "---\nheadline: Flood wall holds\nhero:\n  file: \"" + file.toUtf8()
        + "\"\n  alt: The wall\n---\nThe Spree crested at dawn.\n";
}

bool symlinkTo(const QString &target, const QString &path)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData())
        == 0;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    QString m_article; ///< The folder the Markdown files are in.

    Run copydesk(const QStringList &arguments, const QString &library = {})
    {
        QProcessEnvironment env = Testing::cliEnvironment();
        env.insert(u"COPYDESK_USER"_s, u"ines"_s);
        return Testing::runCopydesk(
            QStringList {u"--library"_s, library.isEmpty() ? m_library : library} + arguments, env,
            20000);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        return Testing::writeTestFile(m_article + u'/' + name, bytes);
    }

    int articleCount()
    {
        const Run list = copydesk({u"list"_s, u"--json"_s});
        return list.exitCode == 0 ? int(QJsonDocument::fromJson(list.out.toUtf8()).array().size())
                                  : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library.copydesk"_s);
        m_article = m_dir.filePath(u"article"_s);
        QVERIFY(QDir().mkpath(m_article));
        QVERIFY(!Testing::writeTestFile(m_dir.filePath(u"secret.png"_s), png()).isEmpty());
        const QString first
            = write(u"first.json"_s, ArticleJson::toBytes(Testing::generatedArticle(1, 200)));
        const Run imported = copydesk({u"import"_s, first});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void hostileHeroes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("etc passwd")
            << u"/etc/passwd"_s << u"hero image “/etc/passwd” is outside the article's folder"_s;
        QTest::newRow("dot-dot") << u"../secret.png"_s
                                 << u"hero image “../secret.png” is outside the article's folder"_s;
        QTest::newRow("absolute") << m_dir.filePath(u"secret.png"_s)
                                  << u"is outside the article's folder"_s;
        QTest::newRow("link out") << u"escape.png"_s
                                  << u"hero image “escape.png” is outside the article's folder"_s;
        QTest::newRow("dev zero") << u"/dev/zero"_s
                                  << u"hero image “/dev/zero” is outside the article's folder"_s;
        QTest::newRow("link to dev urandom")
            << u"random.png"_s << u"hero image “random.png” is outside the article's folder"_s;
        QTest::newRow("fifo") << u"pipe.png"_s << u"hero image “pipe.png”: not a regular file"_s;
        QTest::newRow("too large")
            << u"huge.png"_s << u"hero image “huge.png” is 31 MiB; the limit is 25 MiB"_s;
        QTest::newRow("text named .png")
            << u"notes.png"_s
            << u"hero image “notes.png” is not a PNG, JPEG, GIF or WebP image (it looks like "
               u"text)"_s;
        QTest::newRow("link loop") << u"loop-a.png"_s
                                   << u"hero image “loop-a.png”: too many levels of symbolic "
                                      u"links"_s;
    }

    void hostileHeroes()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        symlinkTo(u"../secret.png"_s, m_article + u"/escape.png"_s);
        symlinkTo(u"/dev/urandom"_s, m_article + u"/random.png"_s);
        symlinkTo(u"loop-b.png"_s, m_article + u"/loop-a.png"_s);
        symlinkTo(u"loop-a.png"_s, m_article + u"/loop-b.png"_s);
        ::mkfifo(QFile::encodeName(m_article + u"/pipe.png"_s).constData(), 0600);
        write(u"notes.png"_s, "Dear editor,\n");
        if (!QFile::exists(m_article + u"/huge.png"_s)) {
            QFile huge(write(u"huge.png"_s, png()));
            QVERIFY(huge.resize(31 * 1024 * 1024)); // Sparse.
        }
        const QString story = write(u"story.md"_s, storyWithHero(file));
        const QByteArray before = fileHash(m_library);
        QElapsedTimer timer;
        timer.start();
        const Run run = copydesk({u"import"_s, story});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY2(run.err.contains(story + u":4: "_s + message) || run.err.contains(message),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Nothing was imported."_s), qPrintable(run.err));
        QCOMPARE(fileHash(m_library), before);
        QCOMPARE(articleCount(), 1);
    }

    void pngNamedTxtIsAPng()
    {
        write(u"photo.txt"_s, png());
        const QString story = write(u"good.md"_s, storyWithHero(u"photo.txt"_s));
        const Run run = copydesk({u"import"_s, story});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Run shown = copydesk({u"show"_s, u"2"_s, u"--json"_s});
        QVERIFY2(
            shown.out.contains(u"\"mimeType\": \"image/png\""_s), qPrintable(shown.out.left(2000)));
        QCOMPARE(articleCount(), 2);
    }

    void checkTalksAboutTheFile()
    {
        const QString notes = write(u"notes.rtf"_s, "Call the mayor back.\n");
        const Run run = copydesk({u"check"_s, notes});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"“%1”: unknown file type"_s.arg(notes)), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"library"_s), qPrintable(run.err));
        const Run missing = copydesk({u"check"_s, m_article + u"/gone.json"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"gone.json”: no such file"_s), qPrintable(missing.err));
    }

    void nestedFrontMatter_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("1,000") << 1000;
        QTest::newRow("100,000") << 100000;
    }

    void nestedFrontMatter()
    {
        QFETCH(int, depth);
        const QString deep = write(u"deep.md"_s,
            "---\nheadline: " + QByteArray(depth, '[') + QByteArray(depth, ']') + "\n---\nx\n");
        const Run run = copydesk({u"import"_s, deep});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(deep + u":2: front matter nested too deeply"_s), qPrintable(run.err));
    }

    void badUuidIsQuotedAndNamesTheFile()
    {
        QByteArray json = ArticleJson::toBytes(Testing::generatedArticle(7, 100));
        const QByteArray uuid = Testing::generatedArticle(7, 100).uuid.toUtf8();
        QVERIFY(json.contains(uuid));
        json.replace(uuid, "\\u0000\\u001b[2J" + QByteArray(100'000, 'x'));
        const QString bad = write(u"bad-uuid.json"_s, json);
        const QByteArray before = fileHash(m_library);
        const Run run = copydesk({u"import"_s, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(bad + u": uuid: “\\x00\\x1b[2Jx"_s), qPrintable(run.err.left(500)));
        QVERIFY2(run.err.contains(u"…” is not a UUID"_s), qPrintable(run.err.left(500)));
        QVERIFY(!run.err.contains(QChar(0)));
        QVERIFY(run.err.size() < 400);
        QCOMPARE(fileHash(m_library), before);
    }

    void symlinkLoops()
    {
        const QString a = m_dir.filePath(u"a.json"_s), b = m_dir.filePath(u"b.json"_s);
        QVERIFY(symlinkTo(b, a) && symlinkTo(a, b));
        const Run import = copydesk({u"import"_s, a});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(u"“%1”: too many levels of symbolic links"_s.arg(a)),
            qPrintable(import.err));
        const QString la = m_dir.filePath(u"a.copydesk"_s), lb = m_dir.filePath(u"b.copydesk"_s);
        QVERIFY(symlinkTo(lb, la) && symlinkTo(la, lb));
        for (const QStringList &args :
            {QStringList {u"list"_s}, QStringList {u"import"_s, m_article + u"/first.json"_s}}) {
            const Run run = copydesk(args, la);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"too many levels of symbolic links"_s), qPrintable(run.err));
            QVERIFY2(run.err.contains(la), qPrintable(run.err));
        }
    }

    void encodings()
    {
        const QString text = u"---\nheadline: Grüße aus Köln\n---\nText.\n"_s;
        QStringEncoder withBom(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QStringEncoder withoutBom(QStringConverter::Utf16LE);
        const QString marked = write(u"marked.md"_s, withBom.encode(text));
        const QString unmarked = write(u"unmarked.md"_s, withoutBom.encode(text));
        const QString latin1 = write(u"latin1.md"_s, text.toLatin1());
        const Run bad = copydesk({u"import"_s, unmarked});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"“%1” is UTF-16 text without a byte-order mark; save it as "
                                  u"UTF-8"_s.arg(unmarked)),
            qPrintable(bad.err));
        const Run invalid = copydesk({u"import"_s, latin1});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.err.contains(u"is not UTF-8 text: invalid byte 0xfc at offset 16"_s),
            qPrintable(invalid.err));
        const int before = articleCount();
        const Run good = copydesk({u"import"_s, marked});
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QCOMPARE(articleCount(), before + 1);
        QVERIFY(copydesk({u"list"_s}).out.contains(u"Grüße aus Köln"_s));
    }

    void missingLibraryFolderIsNotCreated()
    {
        const QString folder = m_dir.filePath(u"nonexistent/dir"_s);
        const Run run
            = copydesk({u"import"_s, m_article + u"/first.json"_s}, folder + u"/lib.copydesk"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(u"the folder “%1” of the library"_s.arg(folder)), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"nonexistent"_s)));
    }

    void badTeamLibraryUriIsNamedWithoutItsPassword()
    {
        for (const QString &command : {u"list"_s, u"import"_s}) {
            QStringList arguments {command};
            if (command == u"import"_s)
                arguments << m_article + u"/first.json"_s;
            const Run run = copydesk(arguments, u"postgresql://ed:hunter2@db.example.org/a/b"_s);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"“postgresql://ed@db.example.org/a/b” is not a usable "
                                      "PostgreSQL URI: the database name “a/b” contains a slash"_s),
                qPrintable(run.err));
            QVERIFY(!run.err.contains(u"hunter2"_s));
        }
    }

    void noDisplaySaysWhatToDo()
    {
        QProcessEnvironment env = Testing::cliEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        const Run run = Testing::runCopydesk({u"--library"_s, m_library}, env, 20000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no display"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"copydesk --help"_s));
        QVERIFY(run.err.contains(u"xvfb-run -a copydesk"_s));
        QVERIFY(run.err.contains(u"QT_QPA_PLATFORM=offscreen copydesk"_s));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
