// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "importheadings.h"

#include <QHash>
#include <QRegularExpression>

namespace Copydesk {

using namespace Qt::StringLiterals;
using Kind = ArticlePart::Kind;

std::optional<ArticlePart::Kind> ImportHeadings::kindOf(const QString &heading)
{
    static const QHash<QString, Kind> known {
        {u"key facts"_s, Kind::KeyFacts},
        {u"fast facts"_s, Kind::KeyFacts},
        {u"the facts"_s, Kind::KeyFacts},
        {u"at a glance"_s, Kind::KeyFacts},
        {u"auf einen blick"_s, Kind::KeyFacts},
        {u"das wichtigste"_s, Kind::KeyFacts},
        {u"die fakten"_s, Kind::KeyFacts},
        {u"fakten"_s, Kind::KeyFacts},
        {u"key takeaways"_s, Kind::KeyTakeaways},
        {u"takeaways"_s, Kind::KeyTakeaways},
        {u"what to know"_s, Kind::KeyTakeaways},
        {u"the bottom line"_s, Kind::KeyTakeaways},
        {u"das nehmen wir mit"_s, Kind::KeyTakeaways},
        {u"kernaussagen"_s, Kind::KeyTakeaways},
        {u"die wichtigsten punkte"_s, Kind::KeyTakeaways},
        {u"fazit"_s, Kind::KeyTakeaways},
        {u"faq"_s, Kind::Faq},
        {u"faqs"_s, Kind::Faq},
        {u"frequently asked questions"_s, Kind::Faq},
        {u"questions and answers"_s, Kind::Faq},
        {u"q&a"_s, Kind::Faq},
        {u"häufige fragen"_s, Kind::Faq},
        {u"häufig gestellte fragen"_s, Kind::Faq},
        {u"fragen und antworten"_s, Kind::Faq},
        {u"references"_s, Kind::References},
        {u"sources"_s, Kind::References},
        {u"further reading"_s, Kind::References},
        {u"quellen"_s, Kind::References},
        {u"quellenangaben"_s, Kind::References},
        {u"weiterführende links"_s, Kind::References},
        {u"expert insights"_s, Kind::Quotes},
        {u"expert voices"_s, Kind::Quotes},
        {u"what experts say"_s, Kind::Quotes},
        {u"what the experts say"_s, Kind::Quotes},
        {u"quotes"_s, Kind::Quotes},
        {u"expertenstimmen"_s, Kind::Quotes},
        {u"stimmen"_s, Kind::Quotes},
        {u"was experten sagen"_s, Kind::Quotes},
        {u"einschätzungen"_s, Kind::Quotes},
    };
    QString key = heading.simplified().toLower();
    while (key.endsWith(u':') || key.endsWith(u'.'))
        key.chop(1);
    const auto found = known.constFind(key.trimmed());
    if (found == known.cend())
        return std::nullopt;
    return *found;
}

std::optional<QString> ImportHeadings::moreIn(const QString &line)
{
    static const QRegularExpression pattern(
        u"^(?:more (?:in|from)|mehr (?:aus|zu|zum thema|im ressort|in))\\s+(?:the\\s+)?([^,;:!?]{1,60}?)\\s*[:.]?$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = pattern.match(line.simplified());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

bool ImportHeadings::isChrome(const QString &line)
{
    static const QStringList chrome {u"skip to content"_s, u"skip to main content"_s,
        u"advertisement"_s, u"share this article"_s, u"share"_s, u"subscribe"_s, u"sign in"_s,
        u"log in"_s, u"menu"_s, u"read more"_s, u"zum inhalt springen"_s, u"anzeige"_s,
        u"werbung"_s, u"artikel teilen"_s, u"teilen"_s, u"abonnieren"_s, u"anmelden"_s,
        u"weiterlesen"_s};
    return chrome.contains(line.simplified().toLower());
}

} // namespace Copydesk
