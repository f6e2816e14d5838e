// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "htmlentities.h"

#include <algorithm>
#include <iterator>

namespace Copydesk {

namespace {

struct NamedEntity
{
    const char *name;
    char32_t first;
    char32_t second; ///< 0 unless the reference stands for two code points.
};

// The WHATWG list of named character references (without the legacy forms that lack the
// semicolon), generated at build time by generate_entities.py and sorted by name in byte order.
constexpr NamedEntity namedEntities[] = {
#include "htmlentitytable.inc"
};

/// The entity named `name` (without & and ;), or nullptr.
const NamedEntity *namedEntity(QByteArrayView name)
{
    const auto found = std::lower_bound(std::begin(namedEntities), std::end(namedEntities), name,
        [](const NamedEntity &entity, QByteArrayView key) {
            return QByteArrayView(entity.name) < key;
        });
    if (found == std::end(namedEntities) || QByteArrayView(found->name) != name)
        return nullptr;
    return found;
}

char32_t numericCodePoint(QByteArrayView digits)
{
    bool hex = false;
    if (!digits.isEmpty() && (digits.front() == 'x' || digits.front() == 'X')) {
        hex = true;
        digits = digits.sliced(1);
    }
    if (digits.isEmpty())
        return 0;
    while (digits.size() > 1 && digits.front() == '0')
        digits = digits.sliced(1);
    if (digits.size() > 8)
        return 0xFFFD;
    bool ok = false;
    const qulonglong value = digits.toULongLong(&ok, hex ? 16 : 10);
    if (!ok)
        return 0;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0xFFFD;
    return char32_t(value);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isNameChar(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

QString HtmlEntities::decode(QByteArrayView reference)
{
    if (reference.size() < 3 || reference.front() != '&' || reference.back() != ';')
        return QString::fromUtf8(reference);
    const QByteArrayView body = reference.sliced(1, reference.size() - 2);
    if (body.front() == '#') {
        const char32_t codePoint = numericCodePoint(body.sliced(1));
        return codePoint == 0 ? QString::fromUtf8(reference) : QString::fromUcs4(&codePoint, 1);
    }
    const NamedEntity *entity = namedEntity(body);
    if (!entity)
        return QString::fromUtf8(reference);
    const char32_t points[] = {entity->first, entity->second};
    return QString::fromUcs4(points, entity->second == 0 ? 1 : 2);
}

qsizetype HtmlEntities::namedCount()
{
    return std::size(namedEntities);
}

QString HtmlEntities::decodeAll(const QString &text)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype done = 0;
    while (amp >= 0) {
        qsizetype end = amp + 1;
        const bool numeric = end < text.size() && text.at(end) == u'#';
        bool (*accepts)(QChar) = isNameChar;
        if (numeric) {
            ++end;
            if (end < text.size() && (text.at(end) == u'x' || text.at(end) == u'X')) {
                ++end;
                accepts = isHexDigit;
            } else {
                accepts = isDigit;
            }
        }
        const qsizetype first = end;
        while (end < text.size() && end - amp <= 40 && accepts(text.at(end)))
            ++end;
        const bool terminated = end < text.size() && text.at(end) == u';';
        // Browsers also accept numeric references without the semicolon ("&#106avascript").
        if (end > first && (terminated || numeric)) {
            QByteArray reference = QStringView(text).sliced(amp, end - amp).toLatin1();
            reference += ';';
            result += QStringView(text).sliced(done, amp - done);
            result += decode(reference);
            done = terminated ? end + 1 : end;
        }
        amp = text.indexOf(u'&', std::max(done, amp + 1));
    }
    result += QStringView(text).sliced(done);
    return result;
}

} // namespace Copydesk
