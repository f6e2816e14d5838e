// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "urlpolicy.h"

#include "htmlentities.h"
#include "referenceurl.h"

#include <QUrl>

namespace Copydesk {

namespace {

constexpr QStringView rasterTypes[] = {u"image/png", u"image/jpeg", u"image/gif", u"image/webp"};

bool isControlOrSpace(QChar c)
{
    return c.unicode() <= 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) || c.isSpace()
        || c.category() == QChar::Other_Format;
}

// What a browser does to an attribute before reading it as a URL, made stricter: tabs and
// line breaks go, the ends are trimmed, and what is left that a URL may not contain is
// percent-encoded so that the result is also a valid URL in the Nu checker's eyes.
QString normalised(const QString &url)
{
    qsizetype begin = 0;
    qsizetype end = url.size();
    while (begin < end && isControlOrSpace(url.at(begin)))
        ++begin;
    while (end > begin && isControlOrSpace(url.at(end - 1)))
        --end;
    QString result;
    result.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = url.at(i);
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        if (isControlOrSpace(c) || QStringView(u"\"<>\\^`{|}").contains(c)) {
            QString single = c;
            if (c.isHighSurrogate() && i + 1 < end)
                single += url.at(++i);
            result += QString::fromLatin1(single.toUtf8().toPercentEncoding());
        } else {
            result += c;
        }
    }
    return result;
}

// The URL with every layer of encoding a browser or a sloppy server might undo taken off, and
// nothing that could hide a scheme from a prefix check.
QString decodedForChecking(const QString &url)
{
    QString text = url;
    for (int round = 0; round < 3; ++round) {
        const QString decoded = QString::fromUtf8(
            QByteArray::fromPercentEncoding(HtmlEntities::decodeAll(text).toUtf8()));
        if (decoded == text)
            break;
        text = decoded;
    }
    text.removeIf(isControlOrSpace);
    return text.toLower();
}

enum class Kind
{
    Refused,
    Web,
    Mail,
    Fragment
};

Kind kindOf(const QString &lowered)
{
    if (lowered.startsWith(u"https://") || lowered.startsWith(u"http://"))
        return Kind::Web;
    if (lowered.startsWith(u"mailto:"))
        return Kind::Mail;
    if (lowered.startsWith(u'#'))
        return Kind::Fragment;
    return Kind::Refused;
}

} // namespace

QString UrlPolicy::link(const QString &url)
{
    const QString candidate = normalised(url);
    const Kind kind = kindOf(candidate.toLower());
    if (kind == Kind::Refused || kindOf(decodedForChecking(candidate)) != kind)
        return {};
    switch (kind) {
    case Kind::Web: {
        const QUrl parsed(candidate, QUrl::TolerantMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return {};
        break;
    }
    case Kind::Mail:
        if (candidate.size() <= 7)
            return {};
        break;
    case Kind::Fragment:
    case Kind::Refused:
        break;
    }
    return candidate;
}

QString UrlPolicy::referenceLink(const QString &url)
{
    return ReferenceUrl::isWellFormed(url) ? link(url) : QString();
}

QString UrlPolicy::embeddedImage(const QString &url)
{
    QString compact = url;
    compact.removeIf(isControlOrSpace);
    const qsizetype comma = compact.indexOf(u',');
    if (comma < 0)
        return {};
    const QString header = compact.first(comma).toLower();
    const QStringView payload = QStringView(compact).sliced(comma + 1);
    constexpr QStringView prefix = u"data:";
    constexpr QStringView suffix = u";base64";
    bool knownType = false;
    if (header.startsWith(prefix) && header.endsWith(suffix)) {
        const QStringView type = QStringView(header).sliced(
            prefix.size(), header.size() - prefix.size() - suffix.size());
        for (const QStringView raster : rasterTypes)
            knownType = knownType || type == raster;
    }
    if (!knownType || payload.isEmpty())
        return {};
    for (const QChar c : payload) {
        const bool base64 = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/' || c == u'=';
        if (!base64)
            return {};
    }
    return header + u',' + payload.toString();
}

bool UrlPolicy::isWebUrl(const QString &url)
{
    return kindOf(link(url).toLower()) == Kind::Web;
}

QString UrlPolicy::dataUrl(const QByteArray &data, const QString &mimeType)
{
    QString type = mimeType.trimmed().toLower();
    if (type == u"image/jpg")
        type = QStringLiteral("image/jpeg");
    bool allowed = type == u"image/svg+xml";
    for (const QStringView raster : rasterTypes)
        allowed = allowed || type == raster;
    if (!allowed || data.isEmpty())
        return {};
    return QStringLiteral("data:") + type + QStringLiteral(";base64,")
        + QString::fromLatin1(data.toBase64());
}

} // namespace Copydesk
