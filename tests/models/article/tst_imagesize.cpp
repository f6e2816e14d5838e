// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The pixel size read from picture headers (ImageSize) against what Qt's image readers decode,
// for every raster format a hero may be, and refusals of what has no pixel size.
#include "articlefactory.h"
#include "imagesize.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class tst_ImageSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encoded_data();
    void encoded();
    void solidPng();
    void headers_data();
    void headers();
    void noSize_data();
    void noSize();
};

void tst_ImageSize::encoded_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("size");
    // Qt writes PNG and JPEG; GIF and WebP headers are written by hand in headers().
    for (const char *format : {"png", "jpeg"}) {
        for (const QSize size : {QSize(1, 1), QSize(640, 360), QSize(1201, 799), QSize(3000, 20)})
            QTest::addRow("%s %dx%d", format, size.width(), size.height())
                << QByteArray(format) << size;
    }
}

void tst_ImageSize::encoded()
{
    QFETCH(QByteArray, format);
    QFETCH(QSize, size);
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(QImageWriter(&buffer, format).write(image));
    QCOMPARE(ImageSize::of(bytes), size);
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    QCOMPARE(QImageReader(&buffer).size(), size);
}

void tst_ImageSize::solidPng()
{
    const QByteArray png = Testing::solidPng(1600, 900);
    QCOMPARE(ImageSize::of(png), QSize(1600, 900));
    QImage decoded;
    QVERIFY(decoded.loadFromData(png, "PNG"));
    QCOMPARE(decoded.size(), QSize(1600, 900));
    QCOMPARE(ImageSize::of(Testing::tinyPng()), QSize(4, 4));
}

void tst_ImageSize::headers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("size");
    QTest::newRow("gif") << QByteArray("GIF89a\x00\x05\xD0\x02\x00\x00\x00", 13)
                         << QSize(1280, 720);
    const QByteArray riff("RIFF\x00\x00\x00\x00WEBP", 12);
    // VP8X: canvas width - 1 and height - 1 in 24 bits each, little-endian, at byte 24.
    QTest::newRow("webp extended")
        << riff + QByteArray("VP8X\x0A\x00\x00\x00\x10\x00\x00\x00\xAF\x04\x00\x37\x02\x00", 18)
        << QSize(1200, 568);
    // VP8L: 0x2F, then width - 1 and height - 1 in 14 bits each.
    const quint32 bits = (1599u) | (899u << 14);
    QTest::newRow("webp lossless") << riff + QByteArray("VP8L\x00\x00\x00\x00\x2F", 9)
            + QByteArray(reinterpret_cast<const char *>(&bits), 4)
                                   << QSize(1600, 900);
    // VP8: frame tag, start code 9d 01 2a, then 14-bit width and height.
    QTest::newRow("webp lossy") << riff
            + QByteArray("VP8 \x00\x00\x00\x00\x00\x00\x00\x9D\x01\x2A\x80\x02\xE0\x01", 18)
                                << QSize(640, 480);
}

void tst_ImageSize::headers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, size);
    QCOMPARE(ImageSize::of(bytes), size);
}

void tst_ImageSize::noSize_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("svg") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg' width='2000'/>");
    QTest::newRow("text") << QByteArray("not a picture at all, just some words");
    QTest::newRow("png signature only") << QByteArray("\x89PNG\r\n\x1a\n", 8);
    QTest::newRow("truncated png") << Testing::solidPng(10, 10).left(20);
    QTest::newRow("jpeg without a frame") << QByteArray("\xFF\xD8\xFF\xD9", 4);
    QTest::newRow("truncated jpeg segment") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10);
    QTest::newRow("gif of zero width") << QByteArray("GIF89a\x00\x00\x10\x00", 10);
    QTest::newRow("riff that is not webp") << QByteArray("RIFF\x10\x00\x00\x00WAVEfmt ", 16);
}

void tst_ImageSize::noSize()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!ImageSize::of(bytes).isValid());
}

QTEST_GUILESS_MAIN(tst_ImageSize)
#include "tst_imagesize.moc"
