// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "htmltext.h"

namespace Copydesk {

namespace {

constexpr char16_t replacementCharacter = 0xFFFD;

enum class Verdict
{
    Keep,
    Drop,
    Replace
};

Verdict judge(char16_t c)
{
    if (c < 0x20)
        return c == 0 ? Verdict::Replace
                      : (c == u'\t' || c == u'\n' || c == u'\r' ? Verdict::Keep : Verdict::Drop);
    if (c >= 0x7F && c <= 0x9F)
        return Verdict::Drop;
    if ((c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF)
        return Verdict::Replace;
    return Verdict::Keep;
}

bool needsCleaning(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u >= 0xD800)
            return true;
    }
    return false;
}

} // namespace

QString HtmlText::escape(QStringView text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            result += u"&amp;";
            break;
        case u'<':
            result += u"&lt;";
            break;
        case u'>':
            result += u"&gt;";
            break;
        case u'"':
            result += u"&quot;";
            break;
        case u'\'':
            result += u"&#39;";
            break;
        default:
            result += c;
        }
    }
    return result;
}

void HtmlText::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    qsizetype plain = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char *reference = nullptr;
        switch (utf8[i]) {
        case '&':
            reference = "&amp;";
            break;
        case '<':
            reference = "&lt;";
            break;
        case '>':
            reference = "&gt;";
            break;
        case '"':
            reference = "&quot;";
            break;
        case '\'':
            reference = "&#39;";
            break;
        default:
            continue;
        }
        out.append(utf8.sliced(plain, i - plain));
        out.append(reference);
        plain = i + 1;
    }
    out.append(utf8.sliced(plain));
}

QString HtmlText::clean(const QString &text)
{
    if (!needsCleaning(text))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            const char16_t low = text.at(i + 1).unicode();
            const char32_t codePoint = QChar::surrogateToUcs4(c, low);
            if ((codePoint & 0xFFFE) == 0xFFFE) {
                result += QChar(replacementCharacter);
            } else {
                result += QChar(c);
                result += QChar(low);
            }
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c)) {
            result += QChar(replacementCharacter);
            continue;
        }
        switch (judge(c)) {
        case Verdict::Keep:
            result += QChar(c);
            break;
        case Verdict::Replace:
            result += QChar(replacementCharacter);
            break;
        case Verdict::Drop:
            break;
        }
    }
    return result;
}

} // namespace Copydesk
