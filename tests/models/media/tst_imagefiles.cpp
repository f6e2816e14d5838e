// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The one policy for pictures read from disk: regular files only, inside the article's folder
// when a file names them, at most 25 MiB, and only real PNG, JPEG, GIF or WebP content.
#include "articlefactory.h"
#include "boundedfile.h"
#include "imagefiles.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray encoded(const char *format)
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

/// A 1×1 GIF89a (Qt writes no GIF).
QByteArray tinyGif()
{
    return QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
}

/// A 1×1 lossless WebP.
QByteArray tinyWebp()
{
    return QByteArray::fromBase64("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool link(const QString &target, const QString &path)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData())
        == 0;
}

} // namespace

class TestImageFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article; ///< The article's folder, inside m_dir.

    QString article(const QString &name) const { return m_article + u'/' + name; }

    /// Runs `read` on another thread and fails (after unblocking it) if it takes over 5 s.
    template<typename Read> Result<ImageFile> withTimeout(const QString &fifo, Read read)
    {
        auto future = std::async(std::launch::async, read);
        if (future.wait_for(std::chrono::seconds(5)) == std::future_status::timeout) {
            // Unblock the reader so the test can end, then fail.
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            future.wait();
            return Error {u"blocked on the FIFO for 5 s"_s};
        }
        return future.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_article = m_dir.filePath(u"article"_s);
        QVERIFY(QDir().mkpath(m_article + u"/img"_s));
        QVERIFY(write(m_dir.filePath(u"secret.png"_s), encoded("PNG")));
        QVERIFY(write(article(u"photo.png"_s), encoded("PNG")));
        QVERIFY(write(article(u"img/photo.jpg"_s), encoded("JPEG")));
        QVERIFY(write(article(u"anim.gif"_s), tinyGif()));
        QVERIFY(write(article(u"pic.webp"_s), tinyWebp()));
        QVERIFY(write(article(u"png-named.txt"_s), encoded("PNG")));
        QVERIFY(write(article(u"notes.png"_s), "Dear editor,\nplease publish this.\n"));
        QVERIFY(write(article(u"logo.svg"_s),
            "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" "
            "height=\"4\"/>\n"));
        QVERIFY(write(article(u"damaged.png"_s), encoded("PNG").left(60)));
        QVERIFY(write(article(u"empty.png"_s), {}));
    }

    void acceptedByContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("png") << u"photo.png"_s << u"image/png"_s;
        QTest::newRow("jpeg in a subfolder") << u"img/photo.jpg"_s << u"image/jpeg"_s;
        QTest::newRow("gif") << u"anim.gif"_s << u"image/gif"_s;
        QTest::newRow("webp") << u"pic.webp"_s << u"image/webp"_s;
        QTest::newRow("png named .txt") << u"png-named.txt"_s << u"image/png"_s;
        QTest::newRow("dot-dot that stays inside") << u"img/../photo.png"_s << u"image/png"_s;
    }

    void acceptedByContent()
    {
        QFETCH(QString, name);
        QFETCH(QString, mimeType);
        const auto named = ImageFiles::readNamedIn(m_article, name, ImagePolicy::hero());
        QVERIFY2(named.ok(), named.ok() ? "" : qPrintable(named.error().message));
        QCOMPARE(named->mimeType, mimeType);
        QCOMPARE(named->fileName, QFileInfo(name).fileName());
        QFile file(article(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(named->data, file.readAll());
        const auto chosen = ImageFiles::readChosen(article(name), ImagePolicy::hero());
        QVERIFY(chosen.ok());
        QCOMPARE(chosen->mimeType, mimeType);
    }

    void refusedByContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("text named .png")
            << u"notes.png"_s
            << u"hero image “notes.png” is not a PNG, JPEG, GIF or WebP image (it looks like "
               u"text)"_s;
        QTest::newRow("svg is no hero")
            << u"logo.svg"_s << u"hero image “logo.svg” is not a PNG, JPEG, GIF or WebP image"_s;
        QTest::newRow("damaged png")
            << u"damaged.png"_s << u"hero image “damaged.png” is a damaged PNG image"_s;
        QTest::newRow("empty") << u"empty.png"_s
                               << u"hero image “empty.png” is not a PNG, JPEG, GIF or WebP "
                                  u"image (it is empty)"_s;
    }

    void refusedByContent()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const auto read = ImageFiles::readNamedIn(m_article, name, ImagePolicy::hero());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.startsWith(message), qPrintable(read.error().message));
    }

    void etcPasswdIsText()
    {
        const auto read = ImageFiles::readChosen(u"/etc/passwd"_s, ImagePolicy::hero());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message,
            u"hero image “passwd” is not a PNG, JPEG, GIF or WebP image (it looks like text)"_s);
    }

    void logoTakesSvg()
    {
        const auto read = ImageFiles::readChosen(article(u"logo.svg"_s), ImagePolicy::logo());
        QVERIFY(read.ok());
        QCOMPARE(read->mimeType, u"image/svg+xml"_s);
        const auto gif = ImageFiles::readChosen(article(u"anim.gif"_s), ImagePolicy::logo());
        QVERIFY(!gif.ok());
        QVERIFY2(gif.error().message.contains(u"is not a PNG, JPEG or SVG picture (it is a GIF "
                                              u"image)"_s),
            qPrintable(gif.error().message));
    }

    void outsideTheFolder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("dot-dot") << u"../secret.png"_s;
        QTest::newRow("deeper dot-dot") << u"img/../../secret.png"_s;
        QTest::newRow("absolute") << m_dir.filePath(u"secret.png"_s);
        QTest::newRow("etc passwd") << u"/etc/passwd"_s;
        QTest::newRow("home") << u"~/.ssh/id_rsa"_s;
        QTest::newRow("dev zero") << u"/dev/zero"_s;
        QTest::newRow("link out") << u"escape.png"_s;
        QTest::newRow("link to a folder outside") << u"up/secret.png"_s;
        QTest::newRow("link to dev urandom") << u"random.png"_s;
        QTest::newRow("the folder itself") << u"."_s;
    }

    void outsideTheFolder()
    {
        QFETCH(QString, name);
        link(u"../secret.png"_s, article(u"escape.png"_s));
        link(u".."_s, article(u"up"_s));
        link(u"/dev/urandom"_s, article(u"random.png"_s));
        const auto read = ImageFiles::readNamedIn(m_article, name, ImagePolicy::hero());
        QVERIFY(!read.ok());
        QCOMPARE(
            read.error().message, u"hero image “%1” is outside the article's folder"_s.arg(name));
    }

    void linkInsideTheFolderIsFine()
    {
        link(u"img/photo.jpg"_s, article(u"alias.jpg"_s));
        const auto read = ImageFiles::readNamedIn(m_article, u"alias.jpg"_s, ImagePolicy::hero());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->mimeType, u"image/jpeg"_s);
    }

    void devicesAreNotRegularFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dev zero") << u"/dev/zero"_s;
        QTest::newRow("dev urandom") << u"/dev/urandom"_s;
        QTest::newRow("a folder") << QDir::tempPath();
    }

    void devicesAreNotRegularFiles()
    {
        QFETCH(QString, path);
        QElapsedTimer timer;
        timer.start();
        const auto read = ImageFiles::readChosen(path, ImagePolicy::hero());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message,
            u"hero image “%1”: not a regular file"_s.arg(QFileInfo(path).fileName()));
        QVERIFY(timer.elapsed() < 2000);
    }

    void fifoNeverBlocks()
    {
        const QString fifo = article(u"pipe.png"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        link(u"pipe.png"_s, article(u"pipe-link.png"_s));
        const auto named = withTimeout(fifo,
            [&] { return ImageFiles::readNamedIn(m_article, u"pipe.png"_s, ImagePolicy::hero()); });
        QVERIFY(!named.ok());
        QCOMPARE(named.error().message, u"hero image “pipe.png”: not a regular file"_s);
        const auto linked = withTimeout(fifo, [&] {
            return ImageFiles::readNamedIn(m_article, u"pipe-link.png"_s, ImagePolicy::hero());
        });
        QVERIFY(!linked.ok());
        QCOMPARE(linked.error().message, u"hero image “pipe-link.png”: not a regular file"_s);
        const auto chosen
            = withTimeout(fifo, [&] { return ImageFiles::readChosen(fifo, ImagePolicy::hero()); });
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.error().message, u"hero image “pipe.png”: not a regular file"_s);
    }

    void fifoOpenedAfterTheCheckDoesNotBlock()
    {
        // The check before opening is not enough on its own: the descriptor is checked again.
        // A FIFO given straight to the reader shows the open itself does not wait for a writer.
        const QString fifo = m_dir.filePath(u"late.fifo"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        auto future = std::async(std::launch::async, [&] {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
            struct stat info {};
            const bool regular = fd >= 0 && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
            if (fd >= 0)
                ::close(fd);
            return fd >= 0 && !regular;
        });
        QVERIFY(future.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
        QVERIFY(future.get());
    }

    void oversized()
    {
        const QString huge = article(u"huge.png"_s);
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(encoded("PNG"));
            QVERIFY(file.resize(31 * 1024 * 1024)); // Sparse: costs no disk.
        }
        const auto read = ImageFiles::readNamedIn(m_article, u"huge.png"_s, ImagePolicy::hero());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message, u"hero image “huge.png” is 31 MiB; the limit is 25 MiB"_s);
        QVERIFY(QFile::resize(huge, 25 * 1024 * 1024 + 1));
        const auto justOver = ImageFiles::readChosen(huge, ImagePolicy::hero());
        QVERIFY(!justOver.ok());
        QCOMPARE(justOver.error().message,
            u"hero image “huge.png” is 26,214,401 bytes; the limit is 25 MiB"_s);
        QFile::remove(huge);
    }

    void missingAndLinkLoops()
    {
        link(u"loop-b.png"_s, article(u"loop-a.png"_s));
        link(u"loop-a.png"_s, article(u"loop-b.png"_s));
        const auto named = ImageFiles::readNamedIn(m_article, u"loop-a.png"_s, ImagePolicy::hero());
        QVERIFY(!named.ok());
        QCOMPARE(
            named.error().message, u"hero image “loop-a.png”: too many levels of symbolic links"_s);
        const auto chosen = ImageFiles::readChosen(article(u"loop-a.png"_s), ImagePolicy::hero());
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.error().message,
            u"hero image “loop-a.png”: too many levels of symbolic links"_s);
        const auto missing = ImageFiles::readNamedIn(m_article, u"gone.png"_s, ImagePolicy::hero());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, u"hero image “gone.png”: no such file"_s);
        QCOMPARE(missing.error().code, Error::Code::Io);
    }

    void namesAreQuotedAndEscaped()
    {
        const QString name = u"a\x1b[31mb"_s + QString(200, u'x') + u".png"_s;
        const auto read = ImageFiles::readNamedIn(m_article, name, ImagePolicy::hero());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.startsWith(u"hero image “a\\x1b[31mb"_s),
            qPrintable(read.error().message));
        QVERIFY(read.error().message.contains(u"…”"_s));
        QVERIFY(read.error().message.size() < 120);
    }

    void boundedFileReadsAtMostTheCap()
    {
        const QString path = m_dir.filePath(u"ten.bin"_s);
        QVERIFY(write(path, QByteArray(10, 'a')));
        QCOMPARE(BoundedFile::read(path, 10, u"x"_s).value(), QByteArray(10, 'a'));
        const auto over = BoundedFile::read(path, 9, u"“ten.bin”"_s);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().message, u"“ten.bin” is 10 bytes; the limit is 9 bytes"_s);
    }
};

QTEST_GUILESS_MAIN(TestImageFiles)
#include "tst_imagefiles.moc"
