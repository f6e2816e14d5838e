// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "quotedvalue.h"

#include <QList>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Copydesk::QuotedValue {

namespace {

bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff
        || (c >= 0xd800 && c <= 0xdfff);
}

void append(QString &out, char32_t c)
{
    if (c == u'\\')
        out += "\\\\"_L1;
    else if (needsEscape(c) && c <= 0xff)
        out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
    else if (needsEscape(c))
        out += u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
    else
        out += QStringView(QChar::fromUcs4(c));
}

} // namespace

QString quoted(const QString &value, int maxCharacters)
{
    QString out = u"“"_s;
    int shown = 0;
    for (qsizetype i = 0; i < value.size(); ++shown) {
        if (shown == maxCharacters) {
            out += u'…';
            break;
        }
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            append(out, QChar::surrogateToUcs4(c, value.at(i + 1)));
            i += 2;
        } else {
            append(out, c.unicode());
            i += 1;
        }
    }
    return out + u"”"_s;
}

QString quoted(const QByteArray &value, int maxCharacters)
{
    QString out = u"“"_s;
    int shown = 0;
    for (qsizetype i = 0; i < value.size(); ++shown) {
        if (shown == maxCharacters) {
            out += u'…';
            break;
        }
        const uchar lead = uchar(value.at(i));
        const int length = lead < 0x80 ? 1
            : (lead & 0xe0) == 0xc0    ? 2
            : (lead & 0xf0) == 0xe0    ? 3
            : (lead & 0xf8) == 0xf0    ? 4
                                       : 0;
        // One character at a time, so an invalid byte stays visible as \xNN (not U+FFFD).
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString piece = length > 0 && i + length <= value.size()
            ? QString(utf8.decode(QByteArrayView(value).sliced(i, length)))
            : QString();
        if (piece.isEmpty() || utf8.hasError()) {
            out += u"\\x%1"_s.arg(uint(lead), 2, 16, QLatin1Char('0'));
            i += 1;
        } else {
            append(out, piece.toUcs4().value(0));
            i += length;
        }
    }
    return out + u"”"_s;
}

} // namespace Copydesk::QuotedValue
