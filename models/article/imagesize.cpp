// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "imagesize.h"

namespace Copydesk {

namespace {

quint32 bigEndian(const QByteArray &data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(data.at(at + i));
    return value;
}

quint32 littleEndian(const QByteArray &data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | quint8(data.at(at + i));
    return value;
}

QSize checked(quint32 width, quint32 height)
{
    if (width == 0 || height == 0 || width > 1'000'000 || height > 1'000'000)
        return {};
    return QSize(int(width), int(height));
}

QSize jpeg(const QByteArray &data)
{
    qsizetype at = 2;
    while (at + 9 < data.size()) {
        if (quint8(data.at(at)) != 0xFF)
            return {};
        const quint8 marker = quint8(data.at(at + 1));
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        // Start of frame: every SOFn except DHT (C4), JPG (C8) and DAC (CC).
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return checked(bigEndian(data, at + 7, 2), bigEndian(data, at + 5, 2));
        if (marker == 0xD9 || marker == 0xDA) // end of image, start of scan: no frame header
            return {};
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) { // no length
            at += 2;
            continue;
        }
        at += 2 + bigEndian(data, at + 2, 2);
    }
    return {};
}

QSize webp(const QByteArray &data)
{
    const QByteArray chunk = data.mid(12, 4);
    if (chunk == "VP8X" && data.size() >= 30)
        return checked(littleEndian(data, 24, 3) + 1, littleEndian(data, 27, 3) + 1);
    if (chunk == "VP8L" && data.size() >= 25 && quint8(data.at(20)) == 0x2F) {
        const quint32 bits = littleEndian(data, 21, 4);
        return checked((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    if (chunk == "VP8 " && data.size() >= 30)
        return checked(littleEndian(data, 26, 2) & 0x3FFF, littleEndian(data, 28, 2) & 0x3FFF);
    return {};
}

} // namespace

QSize ImageSize::of(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n") && data.size() >= 24 && data.mid(12, 4) == "IHDR")
        return checked(bigEndian(data, 16, 4), bigEndian(data, 20, 4));
    if ((data.startsWith("GIF87a") || data.startsWith("GIF89a")) && data.size() >= 10)
        return checked(littleEndian(data, 6, 2), littleEndian(data, 8, 2));
    if (data.startsWith("\xFF\xD8"))
        return jpeg(data);
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return webp(data);
    return {};
}

} // namespace Copydesk
