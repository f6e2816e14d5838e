// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "newsvocabulary.h"

#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Copydesk::Testing {

namespace {

using namespace NewsVocabulary;

/// A sentence pattern: literal text with one-letter slots in braces. Besides the Slot letters:
/// {X} a small number, {Y} a year, {K} an amount ("12 million"), {S} a speaker's name,
/// {E} a named entity (the article's mid/rare names, else a place), {O} an ordinal.
struct Segment
{
    QString literal;
    char slot = 0;
};
using Pattern = QList<Segment>;

QList<Pattern> parse(std::initializer_list<const char *> sources)
{
    QList<Pattern> patterns;
    for (const char *source : sources) {
        Pattern pattern;
        const QString text = QString::fromUtf8(source);
        qsizetype from = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'{' && i + 2 < text.size() && text.at(i + 2) == u'}') {
                pattern.append({text.mid(from, i - from), 0});
                pattern.append({QString(), char(text.at(i + 1).toLatin1())});
                i += 2;
                from = i + 1;
            }
        }
        pattern.append({text.mid(from), 0});
        patterns.append(pattern);
    }
    return patterns;
}

const QList<Pattern> &prose()
{
    static const QList<Pattern> patterns = parse({
        "The {A} {N} was {V} {T}, {P} said.",
        "{S}, a spokesperson for the {N}, said the decision would {B} {A} {P} across {L}.",
        "{T}, {P} in {L} {V} a {A} {N} that critics say could {B} the {N}.",
        "According to the {N}, about {X} {P} will be affected by the {A} {N}.",
        "The figures show that {X} percent of {P} in {L} now rely on the {N}.",
        "Officials {V} the {N} after months of {A} debate.",
        "It is not yet clear whether the {N} will {B} the {A} {N}.",
        "The {N} has been {V} several times since {Y}.",
        "{P} have long argued that the {N} does too little to {B} {A} {P}.",
        "In {L}, the {A} {N} {V} a {N} worth {K} euros.",
        "Critics of the {N} said it would {B} {P} and {B} the {A} {N}.",
        "The {A} {N} is expected to cost around {K} euros over {X} years.",
        "Supporters say the {N} will {B} {P} who depend on the {A} {N}.",
        "A {A} {N} published {T} found that {P} were more likely to {B} the {N}.",
        "The {N} said it had {V} the {A} {N} and would {B} it by {M}.",
        "{P} and {P} met in {L} {T} to discuss the {A} {N}.",
        "Neither the {N} nor the {N} responded to a request for comment.",
        "The {N} in {L} {V} the {N} {T}, a move that surprised many {P}.",
        "Data from the {N} suggest the number of {P} has grown by {X} percent since {Y}.",
        "“We need to {B} the {N} before it is too late,” {S} said.",
        "The debate over the {N} has divided {P} in {L}.",
        "Some {P} said they had not been consulted about the {A} {N}.",
        "The {A} {N} would also {B} {A} {P}, the {N} said.",
        "Under the {N}, {P} would have to {B} the {N} within {X} months.",
        "It was the {O} time this year that the {N} had been {V}.",
        "The *{A} {N}* was {V} {T} by a narrow margin.",
        "**{P} in {L} {V} the {N} {T}.**",
        "The full [{N} report](https://example.org/{Y}/{N}-report) was {V} {T}.",
        "The {N} in {E} {V} a similar {N} {T}.",
        "Residents of {E} were among the first to feel the effects of the {N}.",
        "In {E}, {P} {V} the {A} {N} last year.",
    });
    return patterns;
}

/// Indexes into prose() of patterns that use {E}, for placing the article's special names.
constexpr int EntityPatterns[] = {28, 29, 30};

const QList<Pattern> &headlines()
{
    static const QList<Pattern> patterns = parse({
        "{L} {N} {H} {A} {N}",
        "{P} in {L} brace for {A} {N}",
        "{N} {H} {N} after {A} {N}",
        "Why the {A} {N} matters for {P} in {L}",
        "{A} {N} {H} {N} as {P} protest",
    });
    return patterns;
}

const QList<Pattern> &deks()
{
    static const QList<Pattern> patterns = parse({
        "The {A} {N} could {B} {P} across {L}, but {P} warn it will take years.",
        "After {X} months of {A} debate, the {N} has {V} a {N} that divides {P}.",
        "{P} say the {N} will {B} the {N}; the {N} disagrees.",
    });
    return patterns;
}

const QList<Pattern> &facts()
{
    static const QList<Pattern> patterns = parse({
        "{X} percent of {P} in {L} are affected.",
        "The {N} is expected to cost {K} euros.",
        "The {A} {N} was first {V} in {Y}.",
        "About {K} {P} use the {N} every year.",
        "A {A} {N} is due in {M}.",
        "The {N} covers {X} districts, including {E}.",
    });
    return patterns;
}

const QList<Pattern> &quotations()
{
    static const QList<Pattern> patterns = parse({
        "We have waited {X} years for this {N}, and {P} deserve better.",
        "The {N} will {B} {A} {P}, but only if the {N} is {V} in time.",
        "Nobody should pretend the {A} {N} is free. Someone will pay for it.",
        "What matters now is whether the {N} can {B} the {N} before {M}.",
    });
    return patterns;
}

const QList<Pattern> &questions()
{
    static const QList<Pattern> patterns = parse({
        "What does the {N} mean for {P}?",
        "When will the {A} {N} take effect?",
        "Who pays for the {A} {N}?",
        "How many {P} are affected?",
        "Can the {N} still be {V}?",
    });
    return patterns;
}

const QStringList ordinals {u"second"_s, u"third"_s, u"fourth"_s, u"fifth"_s};
const QStringList amounts {u"1.2 million"_s, u"40 million"_s, u"350,000"_s, u"2.8 billion"_s,
    u"75 million"_s, u"600,000"_s, u"18 million"_s, u"4.5 billion"_s};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(quint64(seed) * 0x2545F4914F6CDD1DULL + 0x1234567ULL)
    { }

    Random &random() { return m_random; }
    QStringList &entities() { return m_entities; }

    QString speaker()
    {
        return speakerFirstNames().pick(m_random) + u' ' + speakerLastNames().pick(m_random);
    }

    /// Appends `pattern` to `out` with its slots filled; returns the number of words added.
    int write(QString &out, const Pattern &pattern, const QString *entity = nullptr)
    {
        const qsizetype start = out.size();
        for (const Segment &segment : pattern) {
            if (!segment.slot) {
                out += segment.literal;
                continue;
            }
            switch (segment.slot) {
            case 'X':
                out += QString::number(2 + m_random.below(94));
                break;
            case 'Y':
                out += QString::number(2008 + m_random.below(16));
                break;
            case 'K':
                out += amounts.at(m_random.below(amounts.size()));
                break;
            case 'O':
                out += ordinals.at(m_random.below(ordinals.size()));
                break;
            case 'S':
                out += speaker();
                break;
            case 'E':
                if (entity)
                    out += *entity;
                else if (!m_entities.isEmpty() && m_random.chance(300))
                    out += m_entities.at(m_random.below(m_entities.size()));
                else
                    out += words(Slot::Place).pick(m_random);
                break;
            default:
                out += words(Slot(segment.slot)).pick(m_random);
            }
        }
        for (qsizetype i = start; i < out.size(); ++i) {
            if (out.at(i).isLetterOrNumber()) {
                out[i] = out.at(i).toUpper(); // the sentence may open with ** or “
                break;
            }
        }
        int count = 1;
        for (qsizetype i = start; i < out.size(); ++i)
            count += out.at(i) == u' ';
        return count;
    }

    QString line(const QList<Pattern> &patterns)
    {
        QString text;
        write(text, patterns.at(m_random.below(patterns.size())));
        return text;
    }

    /// Paragraphs of prose until about `budget` words; `mention` names are placed first.
    QString body(int budget, const QStringList &mentions = {})
    {
        QString text;
        text.reserve(budget * 8);
        int written = 0;
        int sentences = 0;
        for (const QString &name : mentions) {
            if (sentences)
                text += u' ';
            const int pattern = EntityPatterns[m_random.below(std::size(EntityPatterns))];
            written += write(text, prose().at(pattern), &name);
            ++sentences;
        }
        const int proseCount = int(prose().size());
        while (written < budget || sentences == 0) {
            if (sentences > 0)
                text += sentences % (3 + int(m_random.below(3))) == 0 ? u"\n\n"_s : u" "_s;
            written += write(text, prose().at(m_random.below(proseCount)));
            ++sentences;
        }
        return text;
    }

private:
    Random m_random;
    QStringList m_entities;
};

QString makeId(Random &random)
{
    const quint64 high = random.next();
    const quint64 low = random.next();
    const QUuid uuid(quint32(high >> 32), quint16(high >> 16), quint16((high & 0x0fff) | 0x4000),
        uchar(((low >> 56) & 0x3f) | 0x80), uchar(low >> 48), uchar(low >> 40), uchar(low >> 32),
        uchar(low >> 24), uchar(low >> 16), uchar(low >> 8), uchar(low));
    return uuid.toString(QUuid::WithoutBraces);
}

QDateTime publicationTime(Random &random)
{
    static const QList<QTimeZone> zones {QTimeZone("Europe/Berlin"), QTimeZone("Europe/London"),
        QTimeZone("America/New_York"), QTimeZone("Asia/Tokyo"), QTimeZone::UTC};
    const QDate day = QDate(2019, 1, 1).addDays(random.below(6 * 365));
    const QTime time(6 + random.below(16), random.below(4) * 15);
    return QDateTime(day, time, zones.at(random.below(zones.size())));
}

Byline author(Random &random, const QString &category, int index)
{
    static const QStringList roles {
        u"Staff reporter"_s, u"Data reporter"_s, u"Senior editor"_s, u"Correspondent"_s};
    Byline byline;
    byline.name = authorFirstNames().at(index % 6) + u' ' + authorLastNames().at(index / 6);
    const quint32 role = random.below(roles.size() + 1);
    byline.role = role == quint32(roles.size()) ? category + u" correspondent"_s : roles.at(role);
    return byline;
}

/// "Tomás Ferreira" → "tferreira".
QString login(const QString &name)
{
    const QString folded = name.toLower().normalized(QString::NormalizationForm_KD);
    QString result = folded.left(1);
    for (qsizetype i = folded.indexOf(u' ') + 1; i > 0 && i < folded.size(); ++i) {
        if (folded.at(i) >= u'a' && folded.at(i) <= u'z')
            result += folded.at(i);
    }
    return result;
}

const QList<Pattern> &oneOff(int which)
{
    static const QList<Pattern> patterns = parse(
        {"{P} outside the {N} in {L} {T}.", "A photograph of the {N} in {L}.", "{A} {N} report"});
    static const QList<QList<Pattern>> single {
        {patterns.at(0)}, {patterns.at(1)}, {patterns.at(2)}};
    return single.at(which);
}

} // namespace

Article generatedArticle(quint32 seed, int targetWords)
{
    Generator g(seed);
    Random &random = g.random();
    const int budget = qMax(targetWords, 100);
    Article a;
    a.uuid = makeId(random);

    QStringList mids;
    while (mids.size() < 5) {
        const QString word = midWord(int(random.below(MidWordCount)));
        if (!mids.contains(word))
            mids.append(word);
    }
    if (random.chance(100))
        mids.append(rareWord(int(random.below(RareWordCount))));
    g.entities() = mids;

    a.headline = g.line(headlines());
    a.dek = g.line(deks());
    a.category = categories().at(random.below(categories().size()));
    const int first = int(random.below(36));
    a.bylines.append(author(random, a.category, first));
    if (random.chance(350))
        a.bylines.append(author(random, a.category, (first + 1 + int(random.below(35))) % 36));
    a.owner = login(a.bylines.first().name);
    a.status = ArticleStatus(random.below(6));
    a.published = publicationTime(random);
    if (a.status == ArticleStatus::Draft)
        a.published = QDateTime();
    a.dateline = words(Slot::Place).pick(random).toUpper();
    const int tagCount = 2 + int(random.below(4));
    while (a.tags.size() < tagCount) {
        const QString tag = words(Slot::Tag).pick(random);
        if (!a.tags.contains(tag))
            a.tags.append(tag);
    }
    a.language = u"en"_s;

    a.hero.data = tinyPng();
    a.hero.mimeType = u"image/png"_s;
    a.hero.fileName = u"hero-%1.png"_s.arg(seed);
    a.hero.caption = g.line(oneOff(0));
    a.hero.altText = g.line(oneOff(1));
    a.hero.credit = u"Photo: "_s + g.speaker();

    a.lede = g.body(budget * 5 / 100);

    auto section = [&](const QString &heading, int percent, const QStringList &mentions = {}) {
        ArticlePart part = ArticlePart::make(ArticlePart::Kind::Section, heading);
        part.body = g.body(budget * percent / 100, mentions);
        return part;
    };
    auto structured = [&](ArticlePart::Kind kind) {
        ArticlePart part;
        part.kind = kind;
        return part;
    };

    a.parts.append(section(u"Background"_s, 22, mids));
    a.parts.append(section(u"Latest Developments"_s, 27));
    if (random.chance(100)) {
        a.parts.last().body
            += u"\n\n| Year | %1 |\n|---|---:|\n"_s.arg(words(Slot::Plural).pick(random));
        for (int year = 2021; year <= 2024; ++year)
            a.parts.last().body += u"| %1 | %2 |\n"_s.arg(year).arg(1000 + random.below(9000));
        a.parts.last().body.chop(1);
    }

    ArticlePart keyFacts = structured(ArticlePart::Kind::KeyFacts);
    for (int i = 0, n = qMax(3, budget * 6 / 100 / 9); i < n; ++i)
        keyFacts.items.append(g.line(facts()));
    a.parts.append(keyFacts);

    ArticlePart quotes = structured(ArticlePart::Kind::Quotes);
    for (int i = 0, n = qMax(2, budget * 7 / 100 / 25); i < n; ++i) {
        const QString text = g.line(quotations()) + u' ' + g.line(quotations());
        quotes.quotes.append({text, g.speaker(), words(Slot::Role).pick(random)});
    }
    a.parts.append(quotes);

    a.parts.append(section(u"Real-World Impact"_s, 22));

    ArticlePart takeaways = structured(ArticlePart::Kind::KeyTakeaways);
    for (int i = 0, n = qMax(3, budget * 5 / 100 / 9); i < n; ++i)
        takeaways.items.append(g.line(facts()));
    a.parts.append(takeaways);

    ArticlePart faq = structured(ArticlePart::Kind::Faq);
    for (int i = 0, n = qMax(2, budget * 6 / 100 / 40); i < n; ++i)
        faq.faq.append({g.line(questions()), g.body(30)});
    a.parts.append(faq);

    ArticlePart references = structured(ArticlePart::Kind::References);
    for (int i = 0, n = 2 + int(random.below(3)); i < n; ++i) {
        Reference reference;
        reference.publisher = words(Slot::Publisher).pick(random);
        const int year = 2015 + int(random.below(10));
        reference.title = g.line(oneOff(2)) + u' ' + QString::number(year);
        reference.url = u"https://example.org/reports/%1/%2-%3"_s.arg(year).arg(seed).arg(i);
        if (!random.chance(100))
            reference.accessed = QDate(2024, 1, 1).addDays(random.below(365));
        references.references.append(reference);
    }
    a.parts.append(references);

    for (ArticlePart &part : a.parts)
        part.id = makeId(random);
    return a;
}

QStringList commonTerms()
{
    return {u"government"_s, u"council"_s, u"residents"_s, u"officials"_s, u"public"_s,
        u"approved"_s, u"said"_s, u"plan"_s};
}

QStringList midTerms()
{
    QStringList terms;
    for (int i = 0; i < 20; ++i)
        terms.append(midWord(i * 23 % MidWordCount));
    return terms;
}

QStringList rareTerms()
{
    QStringList terms;
    for (int i = 0; i < 20; ++i)
        terms.append(rareWord(i * 97 % RareWordCount));
    return terms;
}

} // namespace Copydesk::Testing
