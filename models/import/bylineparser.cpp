// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "bylineparser.h"

#include "naturaldate.h"

#include <QLocale>
#include <QRegularExpression>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto Options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool looksLikeRole(const QString &piece)
{
    static const QRegularExpression lowerWord(u"(?:^|\\s)\\p{Ll}"_s);
    static const QRegularExpression roleWord(
        u"correspondent|reporter|editor|writer|columnist|analyst|contributor|staff|desk|"
        "producer|photographer|redakteur|korrespondent|autor|redaktion|leiter|chef|ressort"_s,
        Options);
    return lowerWord.match(piece).hasMatch() || roleWord.match(piece).hasMatch();
}

std::optional<TypedDate> dateOf(const QString &segment)
{
    static const QRegularExpression prefix(
        u"^(?:published|updated|posted|veröffentlicht|aktualisiert|stand)(?:\\s+(?:on|am))?:?\\s+"_s,
        Options);
    QString text = segment;
    text.remove(prefix);
    text.replace(u", "_s, u" "_s); // "2 April 2026, 5:45pm"
    const QDate today = QDate::currentDate();
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::German)}) {
        if (auto date = parseTypedDate(text, locale, today))
            return date;
    }
    return std::nullopt;
}

QList<Byline> namesOf(const QString &segment)
{
    static const QRegularExpression people(u",?\\s+(?:and|und|&)\\s+|\\s*;\\s*"_s, Options);
    QList<Byline> out;
    for (const QString &chunk : segment.split(people, Qt::SkipEmptyParts)) {
        const QStringList pieces = chunk.split(u',', Qt::SkipEmptyParts);
        for (const QString &raw : pieces) {
            const QString piece = raw.trimmed();
            if (piece.isEmpty())
                continue;
            if (!out.isEmpty() && &raw != &pieces.first() && looksLikeRole(piece)) {
                Byline &last = out.last();
                last.role = last.role.isEmpty() ? piece : last.role + u", "_s + piece;
            } else {
                out.append({piece, {}});
            }
        }
    }
    return out;
}

} // namespace

bool BylineParser::isReadingTime(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(?:\\d{1,3}[\\s-]*(?:min|mins|minute|minutes|minuten)\\.?\\s*(?:read|lesezeit|"
        "lesedauer)|(?:lesezeit|lesedauer|reading time):?\\s*\\d{1,3}\\s*(?:min|minuten|minutes)"
        "\\.?)$"_s,
        Options);
    return pattern.match(text.trimmed()).hasMatch();
}

bool BylineParser::addSegment(ParsedByline &parsed, const QString &segment)
{
    if (isReadingTime(segment) && parsed.readingTime.isEmpty()) {
        parsed.readingTime = segment.trimmed();
        return true;
    }
    if (parsed.date.isValid())
        return false;
    const auto date = dateOf(segment.trimmed());
    if (!date)
        return false;
    parsed.date = date->date;
    parsed.time = date->time;
    return true;
}

std::optional<ParsedByline> BylineParser::parse(const QString &line)
{
    static const QRegularExpression start(
        u"^(?:by|von|text:|written by|reporting by)\\s+"_s, Options);
    static const QRegularExpression separator(u"\\s*[·|•]\\s*|\\s+[—–]\\s+"_s);
    const QString text = line.simplified();
    const QRegularExpressionMatch opening = start.match(text);
    if (!opening.hasMatch())
        return std::nullopt;
    const QStringList segments
        = text.mid(opening.capturedLength()).split(separator, Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return std::nullopt;
    // "By · 12 May 2026" names nobody.
    if (isReadingTime(segments.first()) || dateOf(segments.first()))
        return std::nullopt;
    ParsedByline parsed;
    parsed.bylines = namesOf(segments.first());
    if (parsed.bylines.isEmpty())
        return std::nullopt;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        if (!addSegment(parsed, segments.at(i).trimmed()))
            parsed.unplaced << segments.at(i).trimmed();
    }
    return parsed;
}

} // namespace Copydesk
