// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "htmlsource.h"

#include "htmlentities.h"

#include <QStringList>

namespace Copydesk::HtmlSource {

using namespace Qt::StringLiterals;

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u':' || c == u'-' || c == u'_';
}

QString decodeEntities(QStringView text)
{
    QString decoded = HtmlEntities::decodeAll(text.toString());
    decoded.remove(QChar(0x00AD)); // A soft hyphen only tells where a word may break.
    return decoded;
}

QString attribute(QStringView attributes, QStringView wanted)
{
    qsizetype i = 0;
    const qsizetype n = attributes.size();
    while (i < n) {
        while (i < n && (attributes.at(i).isSpace() || attributes.at(i) == u'/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && !attributes.at(i).isSpace() && attributes.at(i) != u'='
            && attributes.at(i) != u'/')
            ++i;
        const QStringView name = attributes.mid(nameStart, i - nameStart);
        while (i < n && attributes.at(i).isSpace())
            ++i;
        QStringView value;
        if (i < n && attributes.at(i) == u'=') {
            ++i;
            while (i < n && attributes.at(i).isSpace())
                ++i;
            if (i < n && (attributes.at(i) == u'"' || attributes.at(i) == u'\'')) {
                const QChar quote = attributes.at(i);
                qsizetype end = attributes.indexOf(quote, i + 1);
                if (end < 0)
                    end = n;
                value = attributes.mid(i + 1, end - i - 1);
                i = end + 1;
            } else {
                const qsizetype start = i;
                while (i < n && !attributes.at(i).isSpace())
                    ++i;
                value = attributes.mid(start, i - start);
            }
        }
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return decodeEntities(value);
        if (name.isEmpty())
            ++i;
    }
    return {};
}

StyleEmphasis styleEmphasis(const QString &style)
{
    StyleEmphasis result;
    for (QStringView declaration : QStringView(style).tokenize(u';')) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QString property = declaration.first(colon).trimmed().toString().toLower();
        const QString value = declaration.mid(colon + 1).trimmed().toString().toLower();
        if (property == u"font-weight") {
            bool numeric = false;
            const int weight = value.toInt(&numeric);
            const bool bold = numeric ? weight >= 600 : value.startsWith(u"bold");
            result.bold = bold ? 1 : -1;
        } else if (property == u"font-style") {
            result.italic = value == u"italic" || value == u"oblique" ? 1 : -1;
        }
    }
    return result;
}

int wordListLevel(const QString &style)
{
    const QString compact = style.toLower().remove(u' ');
    const qsizetype at = compact.indexOf(u"mso-list:");
    if (at < 0)
        return 0;
    const qsizetype end = compact.indexOf(u';', at);
    const QStringView value = QStringView(compact).mid(at, end < 0 ? -1 : end - at);
    const qsizetype level = value.indexOf(u"level");
    if (level < 0)
        return 0;
    int n = 0;
    for (qsizetype i = level + 5; i < value.size() && value.at(i).isDigit() && n < 10; ++i)
        n = n * 10 + value.at(i).digitValue();
    return qBound(0, n, 9);
}

bool isWordListMarker(const QString &style)
{
    return style.toLower().remove(u' ').contains(u"mso-list:ignore");
}

bool isBlock(const QString &name)
{
    static const QStringList blocks {u"p"_s, u"div"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s,
        u"h6"_s, u"ul"_s, u"ol"_s, u"li"_s, u"blockquote"_s, u"pre"_s, u"hr"_s, u"table"_s, u"tr"_s,
        u"section"_s, u"article"_s, u"header"_s, u"footer"_s, u"aside"_s, u"nav"_s, u"main"_s,
        u"figure"_s, u"figcaption"_s, u"dl"_s, u"dt"_s, u"dd"_s, u"address"_s, u"center"_s,
        u"form"_s, u"fieldset"_s, u"details"_s, u"summary"_s, u"caption"_s, u"body"_s, u"html"_s,
        u"thead"_s, u"tbody"_s, u"tfoot"_s};
    return blocks.contains(name);
}

bool isVoid(const QString &name)
{
    static const QStringList voids {u"br"_s, u"img"_s, u"hr"_s, u"input"_s, u"meta"_s, u"link"_s,
        u"wbr"_s, u"col"_s, u"area"_s, u"base"_s, u"source"_s, u"embed"_s, u"track"_s, u"param"_s};
    return voids.contains(name);
}

bool isSkipped(const QString &name)
{
    static const QStringList skipped {u"script"_s, u"style"_s, u"head"_s, u"title"_s, u"template"_s,
        u"noscript"_s, u"svg"_s, u"math"_s, u"iframe"_s, u"object"_s, u"xml"_s, u"select"_s,
        u"textarea"_s, u"canvas"_s, u"video"_s, u"audio"_s};
    return skipped.contains(name);
}

bool isRawText(const QString &name)
{
    return name == u"script" || name == u"style" || name == u"textarea" || name == u"title"
        || name == u"xmp";
}

} // namespace Copydesk::HtmlSource
