// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "reviewcomment.h"

#include <optional>

namespace Copydesk {

namespace {

/// The text of a field or list item named by `path`; nullopt when the path names nothing.
std::optional<QString> textAt(const Article &article, const QString &path)
{
    static const QStringList fields
        = {QStringLiteral("headline"), QStringLiteral("dek"), QStringLiteral("dateline"),
            QStringLiteral("lede"), QStringLiteral("category"), QStringLiteral("hero.caption"),
            QStringLiteral("hero.altText"), QStringLiteral("hero.credit")};
    const QString values[] = {article.headline, article.dek, article.dateline, article.lede,
        article.category, article.hero.caption, article.hero.altText, article.hero.credit};
    if (const qsizetype i = fields.indexOf(path); i >= 0)
        return values[i];
    if (path == QLatin1String("article") || path == QLatin1String("bylines")
        || path == QLatin1String("published") || path == QLatin1String("tags")
        || path == QLatin1String("hero"))
        return QString();

    const QStringList segments = path.split(QLatin1Char('/'));
    if (segments.size() < 2 || segments.first() != QLatin1String("parts"))
        return std::nullopt;
    const qsizetype index = article.partIndex(segments.at(1));
    if (index < 0)
        return std::nullopt;
    const ArticlePart &part = article.parts.at(index);
    if (segments.size() == 2)
        return QString();
    const QString &member = segments.at(2);
    if (segments.size() == 3) {
        if (member == QLatin1String("heading"))
            return part.heading;
        if (member == QLatin1String("body") && part.kind == ArticlePart::Kind::Section)
            return part.body;
        return std::nullopt;
    }
    if (segments.size() != 4)
        return std::nullopt;
    bool ok = false;
    const int n = segments.at(3).toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    using Kind = ArticlePart::Kind;
    const bool listKind = part.kind == Kind::KeyFacts || part.kind == Kind::KeyTakeaways;
    if (member == QLatin1String("items") && listKind && n < part.items.size())
        return part.items.at(n);
    if (member == QLatin1String("quotes") && part.kind == Kind::Quotes && n < part.quotes.size())
        return part.quotes.at(n).text;
    if (member == QLatin1String("faq") && part.kind == Kind::Faq && n < part.faq.size())
        return part.faq.at(n).answer;
    if (member == QLatin1String("references") && part.kind == Kind::References
        && n < part.references.size())
        return part.references.at(n).title;
    return std::nullopt;
}

} // namespace

QString CommentAnchor::validate(const Article &article) const
{
    const std::optional<QString> target = textAt(article, path);
    if (!target)
        return tr("“%1” names no field or part of the article.").arg(path);
    if (start == -1 && end == -1)
        return {};
    if (start < 0 || end < start || end > target->size()) {
        return tr("The range %1–%2 lies outside the text of “%3”, which has %n character(s).",
            nullptr, int(target->size()))
            .arg(start)
            .arg(end)
            .arg(path);
    }
    return {};
}

QString CommentAnchor::text(const Article &article) const
{
    const QString whole = textAt(article, path).value_or(QString());
    if (!hasRange() || end > whole.size() || end < start)
        return whole;
    return whole.mid(start, end - start);
}

} // namespace Copydesk
