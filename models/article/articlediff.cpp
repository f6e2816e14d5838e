// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlediff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ArticleDiff)
};

using Kind = ArticlePart::Kind;

QString bylinesText(const QList<Byline> &bylines)
{
    QStringList lines;
    for (const Byline &b : bylines)
        lines << (b.role.isEmpty() ? b.name : b.name + u", "_s + b.role);
    return lines.join(u'\n');
}

QString publishedText(const QDateTime &published)
{
    if (!published.isValid())
        return {};
    QString text = published.toString(published.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
    if (published.timeSpec() == Qt::TimeZone || published.timeSpec() == Qt::LocalTime)
        text += u' ' + QString::fromUtf8(published.timeZone().id());
    return text;
}

QString heroText(const HeroImage &hero)
{
    if (hero.data.isEmpty())
        return {};
    const QString size = QLocale().formattedDataSize(hero.data.size());
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(hero.data, QCryptographicHash::Sha256).toHex().left(12));
    const QString name = hero.fileName.isEmpty() ? Tr::tr("image") : hero.fileName;
    return Tr::tr("%1 (%2, %3, SHA-256 %4…)").arg(name, hero.mimeType, size, hash);
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ');
}

/// The readable content of a part's own member, one entry per line.
QString contentText(const ArticlePart &part)
{
    QStringList lines;
    switch (part.kind) {
    case Kind::Section:
        return part.body;
    case Kind::KeyFacts:
    case Kind::KeyTakeaways:
        for (const QString &item : part.items)
            lines << oneLine(item);
        break;
    case Kind::Quotes:
        for (const Quote &q : part.quotes) {
            QStringList who {q.speaker, q.role};
            who.removeAll(QString());
            lines << (who.isEmpty() ? u"“%1”"_s.arg(oneLine(q.text))
                                    : u"“%1” — %2"_s.arg(oneLine(q.text), who.join(u", "_s)));
        }
        break;
    case Kind::Faq:
        for (const FaqEntry &e : part.faq)
            lines << Tr::tr("Q: %1 A: %2").arg(oneLine(e.question), oneLine(e.answer));
        break;
    case Kind::References:
        for (const Reference &r : part.references) {
            QString line = r.title;
            if (!r.publisher.isEmpty())
                line += u" — "_s + r.publisher;
            if (r.accessed.isValid())
                line += Tr::tr(", accessed %1").arg(r.accessed.toString(Qt::ISODate));
            if (!r.url.isEmpty())
                line += u" <"_s + r.url + u'>';
            lines << line;
        }
        break;
    }
    return lines.join(u'\n');
}

QString memberName(Kind kind)
{
    switch (kind) {
    case Kind::Section:
        return u"body"_s;
    case Kind::KeyFacts:
    case Kind::KeyTakeaways:
        return u"items"_s;
    case Kind::Quotes:
        return u"quotes"_s;
    case Kind::Faq:
        return u"faq"_s;
    case Kind::References:
        return u"references"_s;
    }
    return {};
}

QString memberLabel(Kind kind)
{
    switch (kind) {
    case Kind::Section:
        return Tr::tr("text");
    case Kind::KeyFacts:
    case Kind::KeyTakeaways:
        return Tr::tr("items");
    case Kind::Quotes:
        return Tr::tr("quotes");
    case Kind::Faq:
        return Tr::tr("questions");
    case Kind::References:
        return Tr::tr("sources");
    }
    return {};
}

/// "Section “Background”", or a structured part's (default) heading: "Key Facts".
QString partName(const ArticlePart &part)
{
    if (part.kind == Kind::Section) {
        return part.heading.isEmpty() ? Tr::tr("Untitled section")
                                      : Tr::tr("Section “%1”").arg(part.heading);
    }
    return part.heading.isEmpty() ? ArticlePart::defaultHeading(part.kind) : part.heading;
}

QString wholePart(const ArticlePart &part)
{
    const QString content = contentText(part);
    return content.isEmpty() ? partName(part) : partName(part) + u'\n' + content;
}

class Differ
{
public:
    QList<FieldChange> changes;

    /// Records a change when the texts differ; empty texts make it an addition or removal.
    void text(
        const QString &path, const QString &label, const QString &before, const QString &after)
    {
        if (before != after)
            value(path, label, before, after, before.isEmpty(), after.isEmpty());
    }

    void value(const QString &path, const QString &label, const QString &before,
        const QString &after, bool wasEmpty, bool isEmpty)
    {
        const auto kind = wasEmpty ? FieldChange::Kind::Added
            : isEmpty              ? FieldChange::Kind::Removed
                                   : FieldChange::Kind::Changed;
        changes.append({kind, path, label, before, after});
    }

    void part(const ArticlePart &from, const ArticlePart &to)
    {
        const QString prefix = u"parts/"_s + to.id + u'/';
        if (from.heading != to.heading)
            text(prefix + u"heading"_s, Tr::tr("%1: heading").arg(partName(from)), from.heading,
                to.heading);
        if (from.kind != to.kind) {
            value(prefix + u"kind"_s, Tr::tr("%1: kind").arg(partName(to)),
                ArticlePart::kindName(from.kind), ArticlePart::kindName(to.kind), false, false);
        }
        const QString before = contentText(from);
        const QString after = contentText(to);
        if (from.kind != to.kind ? before != after : !sameContent(from, to)) {
            value(prefix + memberName(to.kind),
                Tr::tr("%1: %2").arg(partName(to), memberLabel(to.kind)), before, after,
                before.isEmpty(), after.isEmpty());
        }
    }

    static bool sameContent(const ArticlePart &a, const ArticlePart &b)
    {
        switch (a.kind) {
        case Kind::Section:
            return a.body == b.body;
        case Kind::KeyFacts:
        case Kind::KeyTakeaways:
            return a.items == b.items;
        case Kind::Quotes:
            return a.quotes == b.quotes;
        case Kind::Faq:
            return a.faq == b.faq;
        case Kind::References:
            return a.references == b.references;
        }
        return true;
    }
};

/// Indexes (into `to.parts`) of the parts that moved: those outside the longest run of common
/// parts that kept their relative order.
QList<qsizetype> movedParts(const QList<qsizetype> &oldIndexInNew)
{
    // oldIndexInNew[i] is the old index of the new part i, or -1 for new parts.
    QList<qsizetype> common;
    for (qsizetype i = 0; i < oldIndexInNew.size(); ++i) {
        if (oldIndexInNew.at(i) >= 0)
            common.append(i);
    }
    std::vector<qsizetype> tails, previous(common.size(), -1);
    for (qsizetype c = 0; c < common.size(); ++c) {
        auto it = std::lower_bound(tails.begin(), tails.end(), c, [&](qsizetype t, qsizetype v) {
            return oldIndexInNew.at(common.at(t)) < oldIndexInNew.at(common.at(v));
        });
        if (it != tails.begin())
            previous[c] = *(it - 1);
        if (it == tails.end())
            tails.push_back(c);
        else
            *it = c;
    }
    QList<bool> kept(oldIndexInNew.size(), false);
    for (qsizetype c = tails.empty() ? -1 : tails.back(); c >= 0; c = previous[c])
        kept[common.at(c)] = true;
    QList<qsizetype> moved;
    for (const qsizetype i : std::as_const(common)) {
        if (!kept.at(i))
            moved.append(i);
    }
    return moved;
}

} // namespace

QList<FieldChange> diffArticles(const Article &from, const Article &to)
{
    Differ d;
    d.text(u"uuid"_s, Tr::tr("Identifier"), from.uuid, to.uuid);
    d.text(u"headline"_s, Tr::tr("Headline"), from.headline, to.headline);
    d.text(u"dek"_s, Tr::tr("Dek"), from.dek, to.dek);
    if (from.bylines != to.bylines) {
        d.value(u"bylines"_s, Tr::tr("Bylines"), bylinesText(from.bylines), bylinesText(to.bylines),
            from.bylines.isEmpty(), to.bylines.isEmpty());
    }
    d.text(u"dateline"_s, Tr::tr("Dateline"), from.dateline, to.dateline);
    d.text(u"published"_s, Tr::tr("Publication time"), publishedText(from.published),
        publishedText(to.published));
    d.text(u"category"_s, Tr::tr("Category"), from.category, to.category);
    if (from.tags != to.tags) {
        d.value(u"tags"_s, Tr::tr("Tags"), from.tags.join(u'\n'), to.tags.join(u'\n'),
            from.tags.isEmpty(), to.tags.isEmpty());
    }
    d.text(u"language"_s, Tr::tr("Language"), from.language, to.language);
    d.text(u"status"_s, Tr::tr("Status"), statusLabel(from.status), statusLabel(to.status));
    d.text(u"owner"_s, Tr::tr("Owner"), from.owner, to.owner);
    d.text(u"hero.image"_s, Tr::tr("Hero image"), heroText(from.hero), heroText(to.hero));
    d.text(u"hero.caption"_s, Tr::tr("Hero caption"), from.hero.caption, to.hero.caption);
    d.text(u"hero.altText"_s, Tr::tr("Hero alt text"), from.hero.altText, to.hero.altText);
    d.text(u"hero.credit"_s, Tr::tr("Hero credit"), from.hero.credit, to.hero.credit);
    d.text(u"lede"_s, Tr::tr("Lede"), from.lede, to.lede);
    const auto target = [](int words) {
        return words > 0 ? QString::number(words) : QString();
    };
    d.text(u"wordTarget"_s, Tr::tr("Word target"), target(from.wordTarget), target(to.wordTarget));

    QHash<QString, qsizetype> oldIndex;
    for (qsizetype i = from.parts.size() - 1; i >= 0; --i) {
        if (!from.parts.at(i).id.isEmpty())
            oldIndex.insert(from.parts.at(i).id, i);
    }
    QList<qsizetype> oldIndexInNew;
    QList<bool> matched(from.parts.size(), false);
    for (const ArticlePart &part : to.parts) {
        const qsizetype old = oldIndex.value(part.id, -1);
        const bool ok = old >= 0 && !matched.at(old);
        oldIndexInNew.append(ok ? old : -1);
        if (ok)
            matched[old] = true;
    }
    const QList<qsizetype> moved = movedParts(oldIndexInNew);
    for (qsizetype i = 0; i < to.parts.size(); ++i) {
        const ArticlePart &part = to.parts.at(i);
        const qsizetype old = oldIndexInNew.at(i);
        if (old < 0) {
            d.changes.append({FieldChange::Kind::Added, u"parts/"_s + part.id, partName(part),
                QString(), wholePart(part)});
            continue;
        }
        if (moved.contains(i)) {
            d.changes.append(
                {FieldChange::Kind::Moved, u"parts"_s, Tr::tr("%1: position").arg(partName(part)),
                    QString::number(old + 1), QString::number(i + 1)});
        }
        d.part(from.parts.at(old), part);
    }
    for (qsizetype i = 0; i < from.parts.size(); ++i) {
        if (!matched.at(i)) {
            const ArticlePart &part = from.parts.at(i);
            d.changes.append({FieldChange::Kind::Removed, u"parts/"_s + part.id, partName(part),
                wholePart(part), QString()});
        }
    }
    return d.changes;
}

} // namespace Copydesk
