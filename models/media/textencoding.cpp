// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "textencoding.h"

#include "quotedvalue.h"

#include <QStringDecoder>

namespace Copydesk {

namespace {

/// Which bytes of the first characters are zero: UTF-16 or UTF-32 text of mostly ASCII
/// characters has a telltale pattern of NULs.
QString unmarkedWideEncoding(const QByteArray &bytes)
{
    const QByteArrayView start = QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 64));
    if (start.size() < 4)
        return {};
    auto zeroAt = [&](qsizetype offset, qsizetype step) {
        for (qsizetype i = offset; i + step <= start.size(); i += step) {
            if (start.at(i) != 0)
                return false;
        }
        return true;
    };
    if (start.size() >= 8
        && ((zeroAt(1, 4) && zeroAt(2, 4) && zeroAt(3, 4))
            || (zeroAt(0, 4) && zeroAt(1, 4) && zeroAt(2, 4))))
        return QStringLiteral("UTF-32");
    if (zeroAt(0, 2) || zeroAt(1, 2))
        return QStringLiteral("UTF-16");
    return {};
}

Result<QByteArray> decoded(
    const QByteArray &bytes, QStringConverter::Encoding encoding, const QString &fileName)
{
    QStringDecoder decoder(encoding); // Drops the byte-order mark.
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error {TextEncoding::tr("%1 is not valid %2 text")
                          .arg(QuotedValue::quoted(fileName),
                              QString::fromLatin1(QStringConverter::nameForEncoding(encoding))),
            Error::Code::InvalidInput};
    return text.toUtf8();
}

} // namespace

Result<QByteArray> TextEncoding::toUtf8(const QByteArray &bytes, const QString &fileName)
{
    using Encoding = QStringConverter::Encoding;
    // The longer marks first: UTF-32LE's begins with UTF-16LE's.
    if (bytes.startsWith(QByteArrayView("\xff\xfe\0\0", 4)))
        return decoded(bytes, Encoding::Utf32LE, fileName);
    if (bytes.startsWith(QByteArrayView("\0\0\xfe\xff", 4)))
        return decoded(bytes, Encoding::Utf32BE, fileName);
    if (bytes.startsWith("\xff\xfe"))
        return decoded(bytes, Encoding::Utf16LE, fileName);
    if (bytes.startsWith("\xfe\xff"))
        return decoded(bytes, Encoding::Utf16BE, fileName);
    const QByteArray utf8 = bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes;
    if (const QString wide = unmarkedWideEncoding(utf8); !wide.isEmpty())
        return Error {tr("%1 is %2 text without a byte-order mark; save it as UTF-8")
                          .arg(QuotedValue::quoted(fileName), wide),
            Error::Code::InvalidInput};
    // Find the first invalid byte: decode in one pass and, on error, narrow it down.
    QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(check.decode(utf8));
    if (check.hasError()) {
        qsizetype low = 0, high = utf8.size(); // The first invalid prefix length is in (low, high].
        while (high - low > 1) {
            const qsizetype middle = low + (high - low) / 2;
            QStringDecoder probe(QStringDecoder::Utf8);
            (void)QString(probe.decode(QByteArrayView(utf8).first(middle)));
            (probe.hasError() ? high : low) = middle;
        }
        const qsizetype offset = bytes.size() - utf8.size() + high - 1;
        return Error {tr("%1 is not UTF-8 text: invalid byte 0x%2 at offset %3; save it as "
                         "UTF-8")
                          .arg(QuotedValue::quoted(fileName))
                          .arg(uint(uchar(bytes.at(offset))), 2, 16, QLatin1Char('0'))
                          .arg(offset),
            Error::Code::InvalidInput};
    }
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0)
        return Error {tr("%1 contains a NUL byte at offset %2; it is not a text file")
                          .arg(QuotedValue::quoted(fileName))
                          .arg(bytes.size() - utf8.size() + nul),
            Error::Code::InvalidInput};
    return utf8;
}

} // namespace Copydesk
