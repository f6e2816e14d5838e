// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articletextfields.h"

namespace Copydesk::ArticleTextFields {

namespace {

using namespace Qt::StringLiterals;

/// The members of an entry that hold text, each with its path segment.
template<typename Entry> struct Member
{
    const char *name;
    QString Entry::*text;
};

const Member<Quote> quoteMembers[]
    = {{"text", &Quote::text}, {"speaker", &Quote::speaker}, {"role", &Quote::role}};
const Member<FaqEntry> faqMembers[]
    = {{"question", &FaqEntry::question}, {"answer", &FaqEntry::answer}};
const Member<Reference> referenceMembers[] = {
    {"title", &Reference::title}, {"url", &Reference::url}, {"publisher", &Reference::publisher}};

template<typename Entry, size_t N>
void listEntries(QList<ArticleTextField> &fields, const QString &prefix,
    const QList<Entry> &entries, const Member<Entry> (&members)[N])
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (const Member<Entry> &member : members)
            fields.append({prefix + QString::number(i) + u'/' + QLatin1String(member.name),
                entries.at(i).*member.text});
    }
}

/// Sets `entries[index].<memberName>`; false when either names nothing.
template<typename Entry, size_t N>
bool setEntry(QList<Entry> &entries, const QStringList &rest, const Member<Entry> (&members)[N],
    const QString &text)
{
    bool ok = false;
    const qsizetype index = rest.value(0).toLongLong(&ok);
    if (!ok || index < 0 || index >= entries.size() || rest.size() != 2)
        return false;
    for (const Member<Entry> &member : members) {
        if (rest.at(1) == QLatin1String(member.name)) {
            entries[index].*member.text = text;
            return true;
        }
    }
    return false;
}

QString *articleMember(Article &article, const QString &path)
{
    if (path == u"headline"_s)
        return &article.headline;
    if (path == u"dek"_s)
        return &article.dek;
    if (path == u"dateline"_s)
        return &article.dateline;
    if (path == u"category"_s)
        return &article.category;
    if (path == u"hero.caption"_s)
        return &article.hero.caption;
    if (path == u"hero.altText"_s)
        return &article.hero.altText;
    if (path == u"hero.credit"_s)
        return &article.hero.credit;
    if (path == u"lede"_s)
        return &article.lede;
    return nullptr;
}

bool setInPart(ArticlePart &part, const QStringList &rest, const QString &text)
{
    using Kind = ArticlePart::Kind;
    const QString &member = rest.value(0);
    if (member == u"heading"_s && rest.size() == 1) {
        part.heading = text;
        return true;
    }
    if (member == u"body"_s && rest.size() == 1 && part.kind == Kind::Section) {
        part.body = text;
        return true;
    }
    const QStringList entry = rest.mid(1);
    if (member == u"items"_s && (part.kind == Kind::KeyFacts || part.kind == Kind::KeyTakeaways)) {
        bool ok = false;
        const qsizetype index = entry.value(0).toLongLong(&ok);
        if (!ok || entry.size() != 1 || index < 0 || index >= part.items.size())
            return false;
        part.items[index] = text;
        return true;
    }
    if (member == u"quotes"_s && part.kind == Kind::Quotes)
        return setEntry(part.quotes, entry, quoteMembers, text);
    if (member == u"faq"_s && part.kind == Kind::Faq)
        return setEntry(part.faq, entry, faqMembers, text);
    if (member == u"references"_s && part.kind == Kind::References)
        return setEntry(part.references, entry, referenceMembers, text);
    return false;
}

} // namespace

QList<ArticleTextField> list(const Article &article)
{
    QList<ArticleTextField> fields {
        {u"headline"_s, article.headline},
        {u"dek"_s, article.dek},
        {u"dateline"_s, article.dateline},
        {u"category"_s, article.category},
        {u"hero.caption"_s, article.hero.caption},
        {u"hero.altText"_s, article.hero.altText},
        {u"hero.credit"_s, article.hero.credit},
        {u"lede"_s, article.lede},
    };
    for (const ArticlePart &part : article.parts) {
        const QString prefix = u"parts/"_s + part.id + u'/';
        fields.append({prefix + u"heading"_s, part.heading});
        switch (part.kind) {
        case ArticlePart::Kind::Section:
            fields.append({prefix + u"body"_s, part.body});
            break;
        case ArticlePart::Kind::KeyFacts:
        case ArticlePart::Kind::KeyTakeaways:
            for (qsizetype i = 0; i < part.items.size(); ++i)
                fields.append({prefix + u"items/"_s + QString::number(i), part.items.at(i)});
            break;
        case ArticlePart::Kind::Quotes:
            listEntries(fields, prefix + u"quotes/"_s, part.quotes, quoteMembers);
            break;
        case ArticlePart::Kind::Faq:
            listEntries(fields, prefix + u"faq/"_s, part.faq, faqMembers);
            break;
        case ArticlePart::Kind::References:
            listEntries(fields, prefix + u"references/"_s, part.references, referenceMembers);
            break;
        }
    }
    return fields;
}

bool set(Article &article, const QString &path, const QString &text)
{
    if (QString *member = articleMember(article, path)) {
        *member = text;
        return true;
    }
    const QStringList segments = path.split(u'/');
    if (segments.size() < 3 || segments.first() != u"parts"_s)
        return false;
    const qsizetype index = article.partIndex(segments.at(1));
    return index >= 0 && setInPart(article.parts[index], segments.mid(2), text);
}

} // namespace Copydesk::ArticleTextFields
