// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "pagethreats.h"

#include "htmlscanner.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace PageThreats {

namespace {

// Everything a rendered page may contain. Anything else (iframe, object, svg, math, form, base,
// link, a script with another type…) means hostile input got through.
const QStringList allowedTags = {u"html"_s, u"head"_s, u"meta"_s, u"title"_s, u"style"_s,
    u"script"_s, u"body"_s, u"header"_s, u"main"_s, u"article"_s, u"footer"_s, u"section"_s,
    u"div"_s, u"p"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"a"_s, u"span"_s,
    u"bdi"_s, u"time"_s, u"figure"_s, u"figcaption"_s, u"img"_s, u"blockquote"_s, u"cite"_s,
    u"ul"_s, u"ol"_s, u"li"_s, u"dl"_s, u"dt"_s, u"dd"_s, u"em"_s, u"strong"_s, u"del"_s, u"code"_s,
    u"pre"_s, u"br"_s, u"hr"_s, u"table"_s, u"thead"_s, u"tbody"_s, u"tr"_s, u"th"_s, u"td"_s};
const QStringList allowedAttributes = {u"lang"_s, u"dir"_s, u"charset"_s, u"name"_s, u"content"_s,
    u"http-equiv"_s, u"property"_s, u"type"_s, u"class"_s, u"id"_s, u"href"_s, u"src"_s, u"alt"_s,
    u"title"_s, u"datetime"_s, u"data-part-id"_s, u"start"_s, u"width"_s, u"height"_s, u"tabindex"_s};

// The URL as a browser could possibly read it: no spaces or controls, lower case.
QString compact(const QString &url)
{
    QString text = url.toLower();
    text.removeIf([](QChar c) {
        return c.unicode() <= 0x20 || c.isSpace() || c.category() == QChar::Other_Format;
    });
    return text;
}

} // namespace

// The first sign of active content in `html`, described; empty when there is none.
QString find(const QString &html)
{
    const QList<HtmlScanner::Tag> tags = HtmlScanner::tags(html);
    int scripts = 0;
    int styles = 0;
    for (const HtmlScanner::Tag &tag : tags) {
        if (tag.closing)
            continue;
        if (!allowedTags.contains(tag.name)) {
            return u"unexpected element <%1>"_s.arg(tag.name);
        }
        for (const HtmlScanner::Attribute &attribute : tag.attributes) {
            if (!allowedAttributes.contains(attribute.name)) {
                return u"unexpected attribute %1 on <%2>"_s.arg(attribute.name, tag.name);
            }
            const QString value = compact(attribute.value);
            if (attribute.name == u"href" && !value.startsWith(u"https://"_s)
                && !value.startsWith(u"http://"_s) && !value.startsWith(u"mailto:"_s)
                && !value.startsWith(u'#')) {
                return u"dangerous href %1"_s.arg(attribute.value);
            }
            if (attribute.name == u"src" && !value.startsWith(u"data:image/"_s)) {
                return u"dangerous src %1"_s.arg(attribute.value);
            }
            if (value.contains(u"javascript:"_s) && attribute.name != u"alt"
                && attribute.name != u"title" && attribute.name != u"content"
                && attribute.name != u"data-part-id") {
                return u"javascript: in %1=%2"_s.arg(attribute.name, attribute.value);
            }
        }
        if (tag.name == u"meta" && !tag.attribute(u"http-equiv"_s).isNull()) {
            if (tag.attribute(u"http-equiv"_s).toLower() != u"content-security-policy"
                || !tag.attribute(u"content"_s)
                    .startsWith(u"default-src 'none'; img-src data:; style-src 'sha256-"_s)) {
                return u"unexpected http-equiv %1: %2"_s.arg(
                    tag.attribute(u"http-equiv"_s), tag.attribute(u"content"_s));
            }
        }
        if (tag.name == u"script") {
            ++scripts;
            QJsonParseError error;
            QJsonDocument::fromJson(tag.rawText.toUtf8(), &error);
            if (tag.attribute(u"type"_s) != u"application/ld+json"
                || error.error != QJsonParseError::NoError || tag.rawText.contains(u'<')) {
                return u"script that is not clean JSON-LD: type %1: %2"_s.arg(
                    tag.attribute(u"type"_s), tag.rawText.left(200));
            }
        }
        if (tag.name == u"style") {
            ++styles;
            if (tag.rawText.contains(u"</"_s) || tag.rawText.contains(u"<!--"_s)
                || !tag.rawText.trimmed().endsWith(u'}')) {
                return u"markup inside the stylesheet, or the stylesheet cut short"_s;
            }
        }
    }
    if (scripts < 1 || scripts > 2 || styles != 1) {
        return u"%1 scripts and %2 stylesheets"_s.arg(scripts).arg(styles);
    }
    return {};
}

} // namespace PageThreats
