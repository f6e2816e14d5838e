// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "quoteparser.h"

#include <QRegularExpression>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto Options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

/// Speaker and role from "Jane Doe, an economist at X".
void setSpeaker(Quote &quote, const QString &attribution)
{
    static const QRegularExpression dash(u"^[\\s—–―-]+"_s);
    static const QRegularExpression article(u"^(?:an?|the|eine?|der|die|das)\\s+"_s, Options);
    QString text = attribution.simplified();
    text.remove(dash);
    while (text.endsWith(u'.') || text.endsWith(u','))
        text.chop(1);
    const qsizetype comma = text.indexOf(u',');
    quote.speaker = (comma < 0 ? text : text.left(comma)).trimmed();
    if (comma >= 0) {
        quote.role = text.mid(comma + 1).trimmed();
        while (quote.role.endsWith(u','))
            quote.role.chop(1);
        quote.role.remove(article);
    }
}

QString stripMarks(QString text)
{
    static const QString marks = u"\"“”„‟«»‹›‚‘’'"_s;
    text = text.trimmed();
    while (!text.isEmpty() && marks.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && marks.contains(text.back()))
        text.chop(1);
    return text.trimmed();
}

} // namespace

std::optional<Quote> QuoteParser::parse(const QString &text)
{
    static const QString open = u"[\"“„«»‚‘]"_s;
    static const QString close = u"[\"”“«»‘’]"_s;
    static const QString verbs = u"(?:said|says|added|explained|according to|sagte|sagt|"
                                 "erklärte|erklärt|betonte|so)"_s;
    static const QRegularExpression saidFirst(
        u"^"_s + open + u"(.+?)[,]?"_s + close + u",?\\s+"_s + verbs + u"\\s+(.+?)\\.?$"_s,
        Options);
    static const QRegularExpression saidLast(
        u"^"_s + open + u"(.+?)[,]?"_s + close + u",?\\s+(.+?)\\s+"_s + verbs + u"\\.?$"_s,
        Options);
    const QString simple = text.simplified();
    for (const QRegularExpression *pattern : {&saidFirst, &saidLast}) {
        const QRegularExpressionMatch match = pattern->match(simple);
        if (!match.hasMatch())
            continue;
        Quote quote;
        quote.text = match.captured(1).trimmed();
        setSpeaker(quote, match.captured(2));
        if (!quote.text.isEmpty() && !quote.speaker.isEmpty())
            return quote;
    }
    return std::nullopt;
}

Quote QuoteParser::withAttribution(const QString &text, const QString &attribution)
{
    Quote quote;
    quote.text = stripMarks(text);
    setSpeaker(quote, attribution);
    return quote;
}

} // namespace Copydesk
