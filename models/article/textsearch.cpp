// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "textsearch.h"

#include "articletextfields.h"

#include <QTextBoundaryFinder>

namespace Copydesk::TextSearch {

namespace {

bool atWordBoundaries(const QString &text, qsizetype start, qsizetype end)
{
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(start);
    if (!words.isAtBoundary())
        return false;
    words.setPosition(end);
    return words.isAtBoundary();
}

/// The matches in one text, as (start, length).
QList<std::pair<qsizetype, qsizetype>> matchesIn(
    const QString &text, const QString &needle, const TextSearchOptions &options)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (needle.isEmpty())
        return found;
    const Qt::CaseSensitivity sensitivity
        = options.matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype from = 0;
    while ((from = text.indexOf(needle, from, sensitivity)) >= 0) {
        const qsizetype end = from + needle.size();
        if (!options.wholeWords || atWordBoundaries(text, from, end)) {
            found.append({from, needle.size()});
            from = end;
        } else {
            ++from;
        }
    }
    return found;
}

} // namespace

QList<TextMatch> findAll(
    const QStringList &texts, const QString &needle, const TextSearchOptions &options)
{
    QList<TextMatch> matches;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (const auto &[start, length] : matchesIn(texts.at(i), needle, options))
            matches.append({i, start, length});
    }
    return matches;
}

QString replaceAll(const QString &text, const QString &needle, const QString &replacement,
    const TextSearchOptions &options, qsizetype *count)
{
    const auto found = matchesIn(text, needle, options);
    if (count)
        *count = found.size();
    QString result = text;
    // From the end, so that earlier positions stay valid.
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        result.replace(it->first, it->second, replacement);
    return result;
}

QList<ArticleTextField> replaceAll(const Article &article, const QString &needle,
    const QString &replacement, const TextSearchOptions &options, qsizetype *count)
{
    QList<ArticleTextField> changed;
    qsizetype total = 0;
    for (const ArticleTextField &field : ArticleTextFields::list(article)) {
        qsizetype inField = 0;
        const QString replaced = replaceAll(field.text, needle, replacement, options, &inField);
        if (inField > 0) {
            changed.append({field.path, replaced});
            total += inField;
        }
    }
    if (count)
        *count = total;
    return changed;
}

std::optional<ArticleTextField> replaceAt(const Article &article, const QString &path,
    qsizetype start, qsizetype length, const QString &replacement)
{
    for (const ArticleTextField &field : ArticleTextFields::list(article)) {
        if (field.path != path)
            continue;
        if (start < 0 || length < 0 || start + length > field.text.size())
            return std::nullopt;
        return ArticleTextField {path, QString(field.text).replace(start, length, replacement)};
    }
    return std::nullopt;
}

} // namespace Copydesk::TextSearch
