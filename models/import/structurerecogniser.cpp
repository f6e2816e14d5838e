// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "structurerecogniser.h"

#include "bylineparser.h"
#include "importheadings.h"
#include "quoteparser.h"
#include "urlpolicy.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace Copydesk {

using namespace Qt::StringLiterals;
using Kind = ImportBlock::Kind;

namespace {

constexpr auto Options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
/// The masthead, headline, dek, byline and hero are looked for among the first blocks only.
constexpr qsizetype TopBlocks = 15;

bool endsLikeProse(const QString &text)
{
    return !text.isEmpty() && u".!?\"”“»«…)"_s.contains(text.back());
}

/// "Photo: Ana Lima", "Foto: dpa", "© Reuters": where a caption names its credit (kept with its
/// label, as the page shows it).
const QRegularExpression &creditPattern()
{
    static const QRegularExpression pattern(
        u"^(.*?)[\\s(]*((?:(?:photo|foto|bild|image|picture|credit|illustration|grafik)s?\\s*:"
        "|©)\\s*[^()]+?)\\)?$"_s,
        Options);
    return pattern;
}

bool isCreditLine(const ImportBlock &block)
{
    return block.text.size() < 300 && creditPattern().match(block.text).hasMatch();
}

/// The block as Markdown inside a body: list items as "- ", quotes as "> ", sub-headings as
/// "### ".
QString bodyMarkdown(const ImportBlock &block)
{
    switch (block.kind) {
    case Kind::ListItem:
        return u"- "_s + block.markdown;
    case Kind::Quote:
        return u"> "_s + block.markdown
            + (block.attribution.isEmpty() ? QString() : u"\n>\n> — "_s + block.attribution);
    case Kind::Heading:
        return u"### "_s + block.markdown;
    case Kind::Term:
        return u"**"_s + block.markdown + u"**"_s;
    default:
        return block.markdown;
    }
}

QString joinBody(const QList<const ImportBlock *> &blocks)
{
    QString out;
    const ImportBlock *previous = nullptr;
    for (const ImportBlock *block : blocks) {
        if (previous) {
            const bool sameList = previous->kind == Kind::ListItem && block->kind == Kind::ListItem
                && previous->list == block->list;
            out += sameList ? u"\n"_s : u"\n\n"_s;
        }
        out += bodyMarkdown(*block);
        previous = block;
    }
    return out;
}

class Recogniser
{
public:
    explicit Recogniser(const ImportDocument &document)
        : m_document(document)
        , m_blocks(document.blocks)
        , m_end(document.blocks.size())
    { }

    ImportResult run()
    {
        findFooter();
        readTop();
        readLede();
        readParts();
        readFooter();
        fillFromHints();
        finish();
        return std::move(m_result);
    }

private:
    const ImportDocument &m_document;
    const QList<ImportBlock> &m_blocks;
    qsizetype m_pos = 0;
    qsizetype m_end;
    qsizetype m_footer = -1;
    ImportResult m_result;
    QList<const ImportBlock *> m_unplaced;
    Article &article() { return m_result.article; }
    ImportReport &report() { return m_result.report; }

    void unplace(const ImportBlock &block) { m_unplaced << &block; }

    void findFooter()
    {
        for (qsizetype i = 1; i < m_blocks.size(); ++i) {
            const ImportBlock &block = m_blocks.at(i);
            if (block.text.size() < 80 && block.kind != Kind::ListItem
                && ImportHeadings::moreIn(block.text)) {
                m_footer = m_end = i;
                return;
            }
        }
    }

    bool isDekLike(const ImportBlock &block) const
    {
        return block.kind == Kind::Paragraph
            && (block.text.size() > 80 || endsLikeProse(block.text));
    }

    void readTop()
    {
        const qsizetype limit = std::min(m_end, TopBlocks);
        qsizetype byline = -1;
        std::optional<ParsedByline> parsed;
        for (qsizetype i = 0; i < limit && !parsed; ++i) {
            if (m_blocks.at(i).kind != Kind::ListItem
                && (parsed = BylineParser::parse(m_blocks.at(i).text)))
                byline = i;
        }
        const qsizetype before = byline >= 0 ? byline : limit;
        qsizetype headline = -1;
        qsizetype dek = -1;
        for (qsizetype i = 0; i < before && headline < 0; ++i) {
            if (m_blocks.at(i).kind == Kind::Heading && m_blocks.at(i).level == 1)
                headline = i;
        }
        if (headline < 0 && byline > 0) {
            qsizetype last = byline - 1;
            while (last > 0 && m_blocks.at(last).kind == Kind::Caption)
                --last;
            if (last >= 1 && isDekLike(m_blocks.at(last))) {
                dek = last;
                headline = last - 1;
            } else {
                headline = last;
            }
        } else if (headline < 0 && byline < 0) {
            for (qsizetype i = 0; i < std::min<qsizetype>(limit, 4) && headline < 0; ++i) {
                if (m_blocks.at(i).kind == Kind::Heading)
                    headline = i;
            }
            if (headline < 0 && m_end > 0 && m_blocks.first().kind != Kind::ListItem)
                headline = 0;
        }
        // The masthead: what stands above the headline.
        for (qsizetype i = 0; i < std::max<qsizetype>(headline, 0); ++i) {
            const ImportBlock &block = m_blocks.at(i);
            if (block.kind == Kind::Caption || isCreditLine(block))
                readCaption(block);
            else if (ImportHeadings::isChrome(block.text))
                unplace(block);
            else if (m_result.publication.isEmpty())
                m_result.publication = block.text;
            else if (m_result.tagline.isEmpty())
                m_result.tagline = block.text;
            else
                unplace(block);
        }
        if (headline >= 0)
            article().headline = m_blocks.at(headline).text;
        m_pos = headline + 1;
        // Between headline and byline: the dek (and perhaps the hero).
        const qsizetype dekEnd = byline >= 0 ? byline : m_pos;
        QStringList dekParts;
        for (qsizetype i = m_pos; i < dekEnd; ++i) {
            const ImportBlock &block = m_blocks.at(i);
            if (block.kind == Kind::Caption || isCreditLine(block))
                readCaption(block);
            else
                dekParts << block.text;
        }
        if (dek >= 0 && dekParts.isEmpty())
            dekParts << m_blocks.at(dek).text;
        if (byline < 0 && headline >= 0 && dekParts.isEmpty() && m_pos < m_end)
            dekParts << dekWithoutByline();
        dekParts.removeAll(QString());
        article().dek = dekParts.join(u' ');
        if (byline >= 0) {
            m_pos = byline + 1;
            // A date or reading time on a line of its own belongs to the byline above it.
            while (m_pos < m_end && m_blocks.at(m_pos).text.size() < 60
                && BylineParser::addSegment(*parsed, m_blocks.at(m_pos).text))
                ++m_pos;
            readByline(*parsed, m_blocks.at(byline));
        }
        while (m_pos < m_end && article().hero.caption.isEmpty()
            && (m_blocks.at(m_pos).kind == Kind::Caption || isCreditLine(m_blocks.at(m_pos)))) {
            readCaption(m_blocks.at(m_pos));
            ++m_pos;
        }
    }

    /// Without a byline, the paragraph after the headline is a dek when the page's description
    /// says so, or when it is short, has no dateline and more prose follows.
    QString dekWithoutByline()
    {
        const ImportBlock &block = m_blocks.at(m_pos);
        if (block.kind != Kind::Paragraph)
            return {};
        const QString description = m_document.hints.description.simplified();
        const bool described = !description.isEmpty()
            && (block.text.startsWith(description.left(40))
                || description.startsWith(block.text.left(40)));
        const bool shortProse = description.isEmpty() && block.text.size() < 300
            && datelineLength(block.markdown) == 0 && m_pos + 1 < m_end
            && m_blocks.at(m_pos + 1).kind == Kind::Paragraph;
        if (!described && !shortProse)
            return {};
        ++m_pos;
        return block.text;
    }

    void readCaption(const ImportBlock &block)
    {
        HeroImage &hero = article().hero;
        if (!hero.caption.isEmpty() || !hero.credit.isEmpty()) {
            unplace(block);
            return;
        }
        if (const QRegularExpressionMatch match = creditPattern().match(block.text);
            match.hasMatch()) {
            hero.caption = match.captured(1).trimmed();
            hero.credit = match.captured(2).trimmed();
        } else {
            hero.caption = block.text;
        }
        hero.altText = block.attribution;
    }

    void readByline(const ParsedByline &parsed, const ImportBlock &block)
    {
        article().bylines = parsed.bylines;
        if (!parsed.readingTime.isEmpty()) {
            Byline &last = article().bylines.last();
            last.role = last.role.isEmpty() ? parsed.readingTime
                                            : last.role + u" · "_s + parsed.readingTime;
            report().notes << StructureRecogniser::tr(
                "The byline's typed reading time “%1” is kept with %2: correct or remove it.")
                                  .arg(parsed.readingTime, last.name);
        }
        if (block.time.isValid())
            article().published = block.time;
        else if (parsed.date.isValid())
            article().published = QDateTime(
                parsed.date, parsed.time.isValid() ? parsed.time : QTime(0, 0), QTimeZone::UTC);
        for (const QString &segment : parsed.unplaced) {
            m_extraUnplaced << segment;
        }
    }
    QStringList m_extraUnplaced;

    static qsizetype datelineLength(const QString &markdown)
    {
        static const QRegularExpression dateline(
            u"^(\\p{Lu}[\\p{Lu}\\s.'’/-]{1,40}?(?:\\s*\\([^)]{1,30}\\))?)\\s*[—–-]{1,2}\\s+"_s,
            QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch match = dateline.match(markdown);
        return match.hasMatch() && match.capturedLength(1) >= 3 ? match.capturedLength() : 0;
    }

    void readLede()
    {
        QList<const ImportBlock *> blocks;
        for (; m_pos < m_end && m_blocks.at(m_pos).kind != Kind::Heading; ++m_pos) {
            const ImportBlock &block = m_blocks.at(m_pos);
            if (block.kind == Kind::Caption && article().hero.caption.isEmpty())
                readCaption(block);
            else
                blocks << &block;
        }
        QString lede = joinBody(blocks);
        static const QRegularExpression dash(u"\\s*[—–-]{1,2}\\s+$"_s);
        if (const qsizetype length = datelineLength(lede); length > 0) {
            article().dateline = lede.left(length).remove(dash).trimmed();
            lede = lede.mid(length);
        }
        article().lede = lede;
        m_ledeParagraphs = int(blocks.size());
    }
    int m_ledeParagraphs = 0;

    void readParts()
    {
        const int sectionLevel = m_pos < m_end ? m_blocks.at(m_pos).level : 0;
        while (m_pos < m_end) {
            const ImportBlock &heading = m_blocks.at(m_pos++);
            QList<const ImportBlock *> content;
            for (; m_pos < m_end; ++m_pos) {
                const ImportBlock &block = m_blocks.at(m_pos);
                if (block.kind == Kind::Heading
                    && (block.level <= sectionLevel || ImportHeadings::kindOf(block.text)))
                    break;
                content << &block;
            }
            const std::optional<ArticlePart::Kind> kind = ImportHeadings::kindOf(heading.text);
            ArticlePart part;
            part.kind = kind.value_or(ArticlePart::Kind::Section);
            part.heading = heading.text;
            fill(part, content);
            article().parts << part;
        }
    }

    void fill(ArticlePart &part, const QList<const ImportBlock *> &content)
    {
        using PartKind = ArticlePart::Kind;
        switch (part.kind) {
        case PartKind::Section:
            part.body = joinBody(content);
            break;
        case PartKind::KeyFacts:
        case PartKind::KeyTakeaways:
            for (const ImportBlock *block : content) {
                if (block->kind == Kind::Heading)
                    unplace(*block);
                else
                    part.items << block->markdown;
            }
            break;
        case PartKind::Quotes:
            fillQuotes(part, content);
            break;
        case PartKind::Faq:
            fillFaq(part, content);
            break;
        case PartKind::References:
            for (const ImportBlock *block : content)
                part.references << reference(*block);
            break;
        }
    }

    void fillQuotes(ArticlePart &part, const QList<const ImportBlock *> &content)
    {
        for (const ImportBlock *block : content) {
            if (block->kind == Kind::Quote) {
                part.quotes << (block->attribution.isEmpty() && QuoteParser::parse(block->text)
                        ? *QuoteParser::parse(block->text)
                        : QuoteParser::withAttribution(block->text, block->attribution));
            } else if (const auto quote = QuoteParser::parse(block->text)) {
                part.quotes << *quote;
            } else if (!part.quotes.isEmpty() && part.quotes.last().speaker.isEmpty()
                && (block->text.startsWith(u'—') || block->text.startsWith(u'–'))) {
                const Quote attributed
                    = QuoteParser::withAttribution(part.quotes.last().text, block->text);
                part.quotes.last() = attributed;
            } else {
                unplace(*block);
            }
        }
    }

    static bool isQuestion(const ImportBlock &block)
    {
        static const QRegularExpression marker(u"^(?:q|f|frage|question)\\s*[:.]\\s*"_s, Options);
        return block.kind == Kind::Heading || block.kind == Kind::Term
            || marker.match(block.text).hasMatch()
            || (block.text.endsWith(u'?') && block.text.size() < 200
                && block.kind != Kind::Definition);
    }

    void fillFaq(ArticlePart &part, const QList<const ImportBlock *> &content)
    {
        static const QRegularExpression question(u"^(?:q|f|frage|question)\\s*[:.]\\s*"_s, Options);
        static const QRegularExpression answer(u"^(?:a|antwort|answer)\\s*[:.]\\s*"_s, Options);
        for (const ImportBlock *block : content) {
            if (isQuestion(*block)) {
                part.faq.append({QString(block->text).remove(question), {}});
            } else if (part.faq.isEmpty()) {
                unplace(*block);
            } else {
                QString &text = part.faq.last().answer;
                const QString markdown = QString(block->markdown).remove(answer);
                text = text.isEmpty() ? markdown : text + u"\n\n"_s + markdown;
            }
        }
    }

    Reference reference(const ImportBlock &block)
    {
        static const QRegularExpression link(u"^\\[(.+)\\]\\(([^)\\s]+)\\)[.]?$"_s);
        static const QRegularExpression edges(u"^[\\s,.:;–—-]+|[\\s,.:;–—-]+$"_s);
        Reference reference;
        const QString url = block.url.isEmpty() ? QString() : UrlPolicy::link(block.url);
        if (!block.url.isEmpty() && url.isEmpty())
            report().notes
                << StructureRecogniser::tr("A reference's link was refused: %1").arg(block.url);
        reference.url = url;
        // A reference that is one link is titled by the link's text.
        if (const QRegularExpressionMatch match = link.match(block.markdown); match.hasMatch())
            reference.title = m_document.markdown ? match.captured(1) : block.text.trimmed();
        else
            reference.title = QString(block.text).remove(block.url).remove(edges);
        if (reference.title.isEmpty())
            reference.title = block.url;
        return reference;
    }

    void readFooter()
    {
        if (m_footer < 0)
            return;
        const QString label = m_blocks.at(m_footer).text;
        const QString category = *ImportHeadings::moreIn(label);
        if (article().category.isEmpty())
            article().category = category;
        QStringList related;
        for (qsizetype i = m_footer + 1; i < m_blocks.size(); ++i) {
            const ImportBlock &block = m_blocks.at(i);
            const bool chrome = block.text.contains(u'©') || block.text.size() >= 150
                || ImportHeadings::isChrome(block.text) || block.kind == Kind::Quote
                || block.kind == Kind::Caption;
            if (chrome || (!related.isEmpty() && block.kind == Kind::Heading && block.level <= 2))
                unplace(block);
            else
                related << block.text;
        }
        report().add(label, int(related.size()), related.join(u"; "_s));
        if (!related.isEmpty())
            report().notes << StructureRecogniser::tr(
                "The %n headline(s) under “%1” are not stored: pages list the library's "
                "latest articles there.",
                nullptr, int(related.size()))
                                  .arg(label);
    }

    void fillFromHints()
    {
        const ImportHints &hints = m_document.hints;
        const auto fromMetadata
            =
                [this](const QString &what) {
                    report().notes
                        << StructureRecogniser::tr("%1 taken from the page's metadata.").arg(what);
                };
        if (article().headline.isEmpty() && !hints.headline.isEmpty()) {
            article().headline = hints.headline;
            fromMetadata(StructureRecogniser::tr("Headline"));
        }
        if (article().bylines.isEmpty() && !hints.authors.isEmpty()) {
            for (const QString &name : hints.authors)
                article().bylines.append({name, {}});
            fromMetadata(StructureRecogniser::tr("Byline"));
        }
        if (!article().published.isValid() && hints.published.isValid())
            article().published = hints.published;
        else if (hints.published.isValid() && article().published.date() == hints.published.date()
            && article().published.time() == QTime(0, 0))
            article().published = hints.published;
        if (m_result.publication.isEmpty())
            m_result.publication = hints.siteName;
        if (article().category.isEmpty())
            article().category = hints.section;
        article().language = hints.language;
        const bool hasFaq = std::any_of(
            article().parts.cbegin(), article().parts.cend(), [](const ArticlePart &part) {
                return part.kind == ArticlePart::Kind::Faq && !part.faq.isEmpty();
            });
        if (!hasFaq && !hints.faq.isEmpty()) {
            ArticlePart *faq = nullptr;
            for (ArticlePart &part : article().parts) {
                if (part.kind == ArticlePart::Kind::Faq)
                    faq = &part;
            }
            if (!faq) {
                ArticlePart part;
                part.kind = ArticlePart::Kind::Faq;
                article().parts << part;
                faq = &article().parts.last();
            }
            for (const auto &[question, answer] : hints.faq)
                faq->faq.append({question, answer});
            fromMetadata(StructureRecogniser::tr("FAQ"));
        }
    }

    void finish()
    {
        ImportReport &r = report();
        const Article &a = article();
        const auto add = [&r](const QString &label, const QString &text) {
            if (!text.isEmpty())
                r.add(label, 1, text);
        };
        QList<ImportReport::Entry> footer = r.entries;
        r.entries.clear();
        add(StructureRecogniser::tr("Publication"), m_result.publication);
        add(StructureRecogniser::tr("Tagline"), m_result.tagline);
        add(StructureRecogniser::tr("Headline"), a.headline);
        add(StructureRecogniser::tr("Dek"), a.dek);
        if (!a.bylines.isEmpty()) {
            QStringList names;
            for (const Byline &byline : a.bylines)
                names << byline.name;
            r.add(StructureRecogniser::tr("Byline"), int(names.size()), names.join(u", "_s));
        }
        add(StructureRecogniser::tr("Date"),
            a.published.isValid() ? a.published.toString(Qt::ISODate) : QString());
        add(StructureRecogniser::tr("Hero caption"), a.hero.caption);
        add(StructureRecogniser::tr("Hero credit"), a.hero.credit);
        add(StructureRecogniser::tr("Dateline"), a.dateline);
        if (!a.lede.isEmpty())
            r.add(StructureRecogniser::tr("Lede"), m_ledeParagraphs, a.lede);
        for (const ArticlePart &part : a.parts) {
            const QString label
                = part.heading.isEmpty() ? ArticlePart::defaultHeading(part.kind) : part.heading;
            switch (part.kind) {
            case ArticlePart::Kind::Section:
                r.add(label, part.body.isEmpty() ? 0 : int(part.body.count(u"\n\n"_s) + 1),
                    part.body);
                break;
            case ArticlePart::Kind::KeyFacts:
            case ArticlePart::Kind::KeyTakeaways:
                r.add(label, int(part.items.size()), part.items.value(0));
                break;
            case ArticlePart::Kind::Quotes:
                r.add(label, int(part.quotes.size()),
                    part.quotes.isEmpty() ? QString() : part.quotes.first().speaker);
                break;
            case ArticlePart::Kind::Faq:
                r.add(label, int(part.faq.size()),
                    part.faq.isEmpty() ? QString() : part.faq.first().question);
                break;
            case ArticlePart::Kind::References:
                r.add(label, int(part.references.size()),
                    part.references.isEmpty() ? QString() : part.references.first().title);
                break;
            }
            if (part.isEmpty())
                r.notes << StructureRecogniser::tr(
                    "“%1” is empty; it is kept so that the checklist can flag it.")
                               .arg(label);
        }
        r.entries << footer;
        QStringList unplaced = m_extraUnplaced;
        for (const ImportBlock *block : std::as_const(m_unplaced))
            unplaced << bodyMarkdown(*block);
        if (!unplaced.isEmpty()) {
            ArticlePart part;
            part.heading = StructureRecogniser::unplacedHeading();
            part.body = unplaced.join(u"\n\n"_s);
            article().parts << part;
            r.add(part.heading, int(unplaced.size()), part.body);
            r.notes << StructureRecogniser::tr(
                "%n block(s) could not be placed and are in the section “%1”.", nullptr,
                int(unplaced.size()))
                           .arg(part.heading);
        }
    }
};

} // namespace

ImportResult StructureRecogniser::recognise(const ImportDocument &document)
{
    return Recogniser(document).run();
}

QDateTime ImportResult::lastChange(const QDateTime &now) const
{
    if (modified.isValid())
        return modified;
    if (article.published.isValid() && article.published < now)
        return article.published.toUTC();
    return {};
}

QString StructureRecogniser::unplacedHeading()
{
    return tr("Unplaced");
}

} // namespace Copydesk
