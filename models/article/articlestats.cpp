// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlestats.h"

#include "markdowntext.h"

#include <QTextBoundaryFinder>
#include <algorithm>

namespace Copydesk::ArticleStats {

namespace {

struct Counts
{
    int words = 0;
    int images = 0;
};

bool hasLetterOrNumber(QStringView segment)
{
    const QList<uint> codePoints = segment.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
        [](uint c) { return QChar::isLetterOrNumber(char32_t(c)); });
}

int words(const QString &text)
{
    int count = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end >= 0; end = finder.toNextBoundary()) {
        if (hasLetterOrNumber(QStringView(text).sliced(start, end - start)))
            ++count;
        start = end;
    }
    return count;
}

Counts scan(QStringView markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    const MarkdownText text = MarkdownText::read(markdown);
    return {words(text.text), text.images};
}

Counts articleCounts(const Article &a)
{
    Counts total;
    // Markdown fields: the lede, section bodies, list items and FAQ answers.
    auto add = [&total](const QString &markdown) {
        const Counts c = scan(markdown);
        total.words += c.words;
        total.images += c.images;
    };
    // Plain-text fields, which the page shows as typed.
    auto addText = [&total](const QString &text) {
        total.words += words(text);
    };
    addText(a.headline);
    addText(a.dek);
    add(a.lede);
    if (!a.hero.isEmpty()) {
        addText(a.hero.caption);
        ++total.images;
    }
    using Kind = ArticlePart::Kind;
    for (const ArticlePart &part : a.parts) {
        if (part.isEmpty())
            continue; // the page leaves it out
        addText(part.heading); // a default heading is the page's label, not the article's text
        switch (part.kind) {
        case Kind::Section:
            add(part.body);
            break;
        case Kind::KeyFacts:
        case Kind::KeyTakeaways:
            for (const QString &item : part.items)
                add(item);
            break;
        case Kind::Quotes:
            for (const Quote &quote : part.quotes) {
                addText(quote.text);
                addText(quote.speaker);
                addText(quote.role);
            }
            break;
        case Kind::Faq:
            for (const FaqEntry &entry : part.faq) {
                addText(entry.question);
                add(entry.answer);
            }
            break;
        case Kind::References:
            for (const Reference &reference : part.references) {
                addText(reference.title);
                addText(reference.publisher);
            }
            break;
        }
    }
    return total;
}

int seconds(const Counts &counts, const ReadingTimeOptions &options)
{
    const qint64 perMinute
        = options.wordsPerMinute > 0 ? options.wordsPerMinute : ReadingTimeOptions().wordsPerMinute;
    const qint64 reading = (qint64(counts.words) * 60 + perMinute - 1) / perMinute;
    return int(reading + qint64(counts.images) * qMax(0, options.secondsPerImage));
}

} // namespace

int countWords(QStringView markdownOrText)
{
    return scan(markdownOrText).words;
}

int countImages(QStringView markdown)
{
    return scan(markdown).images;
}

int wordCount(const Article &article)
{
    return articleCounts(article).words;
}

int readingSeconds(const Article &article, const ReadingTimeOptions &options)
{
    return seconds(articleCounts(article), options);
}

int readingMinutes(const Article &article, const ReadingTimeOptions &options)
{
    const Counts counts = articleCounts(article);
    if (counts.words == 0 && counts.images == 0)
        return 0;
    return qMax(1, (seconds(counts, options) + 59) / 60);
}

} // namespace Copydesk::ArticleStats
