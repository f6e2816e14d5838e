// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "article.h"

#include <QCoreApplication>
#include <QUuid>
#include <algorithm>

namespace Copydesk {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

struct KindEntry
{
    ArticlePart::Kind kind;
    const char *name;
};

constexpr KindEntry kinds[] = {
    {ArticlePart::Kind::Section, "section"},
    {ArticlePart::Kind::KeyFacts, "keyFacts"},
    {ArticlePart::Kind::Quotes, "quotes"},
    {ArticlePart::Kind::KeyTakeaways, "keyTakeaways"},
    {ArticlePart::Kind::Faq, "faq"},
    {ArticlePart::Kind::References, "references"},
};

struct StatusEntry
{
    ArticleStatus status;
    const char *name;
    const char *label;
};

constexpr StatusEntry statuses[] = {
    {ArticleStatus::Draft, "draft", QT_TRANSLATE_NOOP("Copydesk::Article", "Draft")},
    {ArticleStatus::InReview, "inReview", QT_TRANSLATE_NOOP("Copydesk::Article", "In review")},
    {ArticleStatus::ChangesRequested, "changesRequested",
        QT_TRANSLATE_NOOP("Copydesk::Article", "Changes requested")},
    {ArticleStatus::Approved, "approved", QT_TRANSLATE_NOOP("Copydesk::Article", "Approved")},
    {ArticleStatus::Published, "published", QT_TRANSLATE_NOOP("Copydesk::Article", "Published")},
    {ArticleStatus::Spiked, "spiked", QT_TRANSLATE_NOOP("Copydesk::Article", "Spiked")},
};

} // namespace

bool ArticlePart::isEmpty() const
{
    switch (kind) {
    case Kind::Section:
        return blank(body);
    case Kind::KeyFacts:
    case Kind::KeyTakeaways:
        return std::all_of(items.begin(), items.end(), blank);
    case Kind::Quotes:
        return std::all_of(
            quotes.begin(), quotes.end(), [](const Quote &q) { return blank(q.text); });
    case Kind::Faq:
        return std::all_of(faq.begin(), faq.end(),
            [](const FaqEntry &e) { return blank(e.question) && blank(e.answer); });
    case Kind::References:
        return std::all_of(references.begin(), references.end(),
            [](const Reference &r) { return blank(r.title) && blank(r.url); });
    }
    return true;
}

QString ArticlePart::defaultHeading(Kind kind)
{
    switch (kind) {
    case Kind::Section:
        return {};
    case Kind::KeyFacts:
        return QCoreApplication::translate("Copydesk::ArticlePart", "Key Facts");
    case Kind::Quotes:
        return QCoreApplication::translate("Copydesk::ArticlePart", "Expert Insights");
    case Kind::KeyTakeaways:
        return QCoreApplication::translate("Copydesk::ArticlePart", "Key Takeaways");
    case Kind::Faq:
        return QCoreApplication::translate("Copydesk::ArticlePart", "FAQ");
    case Kind::References:
        return QCoreApplication::translate("Copydesk::ArticlePart", "References");
    }
    return {};
}

QString ArticlePart::kindName(Kind kind)
{
    for (const auto &entry : kinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

ArticlePart::Kind ArticlePart::kindFromName(const QString &name, bool *ok)
{
    for (const auto &entry : kinds) {
        if (name == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.kind;
        }
    }
    if (ok)
        *ok = false;
    return Kind::Section;
}

ArticlePart ArticlePart::make(Kind kind, const QString &heading)
{
    ArticlePart part;
    part.kind = kind;
    part.id = newId();
    part.heading = heading;
    return part;
}

QString statusName(ArticleStatus status)
{
    for (const auto &entry : statuses) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

ArticleStatus statusFromName(const QString &name, bool *ok)
{
    for (const auto &entry : statuses) {
        if (name == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.status;
        }
    }
    if (ok)
        *ok = false;
    return ArticleStatus::Draft;
}

QString statusLabel(ArticleStatus status)
{
    for (const auto &entry : statuses) {
        if (entry.status == status)
            return QCoreApplication::translate("Copydesk::Article", entry.label);
    }
    return {};
}

bool Article::isBlank() const
{
    const bool noBylines = std::all_of(bylines.begin(), bylines.end(),
        [](const Byline &byline) { return blank(byline.name) && blank(byline.role); });
    const bool noParts = std::all_of(
        parts.begin(), parts.end(), [](const ArticlePart &part) { return part.isEmpty(); });
    return blank(headline) && blank(dek) && noBylines && blank(dateline) && blank(category)
        && std::all_of(tags.begin(), tags.end(), blank) && blank(lede) && hero.isEmpty()
        && blank(hero.caption) && blank(hero.altText) && blank(hero.credit) && noParts;
}

void Article::ensureIds()
{
    if (uuid.isEmpty())
        uuid = newId();
    for (auto &part : parts) {
        if (part.id.isEmpty())
            part.id = newId();
    }
}

qsizetype Article::partIndex(const QString &id) const
{
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace Copydesk
