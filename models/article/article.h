// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Copydesk {

/// One person credited on the article ("Jane Doe", "Science Correspondent").
struct Byline
{
    QString name;
    QString role; ///< Title or affiliation; may be empty.
    bool operator==(const Byline &) const = default;
};

/// The picture at the top of the article. The image bytes live in the article (and so in the
/// library and in exports); an empty `data` means the article has no hero image.
struct HeroImage
{
    QByteArray data;
    QString mimeType; ///< "image/jpeg", "image/png", "image/webp", "image/svg+xml"…
    QString fileName; ///< Original file name, for display and alt-text checks.
    QString caption;
    QString altText;
    QString credit;
    bool isEmpty() const { return data.isEmpty(); }
    bool operator==(const HeroImage &) const = default;
};

struct Quote
{
    QString text;
    QString speaker;
    QString role; ///< Speaker's role or affiliation.
    bool operator==(const Quote &) const = default;
};

struct FaqEntry
{
    QString question;
    QString answer; ///< Markdown.
    bool operator==(const FaqEntry &) const = default;
};

struct Reference
{
    QString title;
    QString url;
    QString publisher;
    QDate accessed; ///< Invalid when unknown.
    bool operator==(const Reference &) const = default;
};

/// One block of the article body after the lede. The writer controls the order of parts; a
/// typical news article runs Background, Latest Developments, Key Facts, Expert Insights,
/// Real-World Impact, Key Takeaways, FAQ, References.
///
/// A part is a tagged value: `kind` says which of the content members are meaningful
/// (`body` for sections, `items` for key facts and takeaways, `quotes`, `faq`, `references`).
/// The others stay empty and are ignored by every consumer.
struct ArticlePart
{
    enum class Kind
    {
        Section, ///< `heading` is the section title, `body` Markdown.
        KeyFacts, ///< `items`, each one line of inline Markdown.
        Quotes, ///< `quotes` (expert insights).
        KeyTakeaways, ///< `items`.
        Faq, ///< `faq`.
        References, ///< `references`.
    };

    Kind kind = Kind::Section;
    /// Stable identity within the article (a UUID without braces), kept across edits so that
    /// comments, scroll sync and diffs can follow a part when it moves.
    QString id;
    /// Section title, or the structured part's heading as the writer renamed it. Empty for a
    /// structured part means "the publication's default heading" (see defaultHeading()).
    QString heading;
    QString body;
    QStringList items;
    QList<Quote> quotes;
    QList<FaqEntry> faq;
    QList<Reference> references;

    /// True when the part has nothing a reader could see (a Key Facts list without items, a
    /// section without a body…). Whitespace-only text counts as empty.
    bool isEmpty() const;

    /// The English default heading for a structured kind ("Key Facts"…); for Section an empty
    /// string. The text is marked for translation in the "Copydesk::ArticlePart" context.
    static QString defaultHeading(Kind kind);
    /// Stable lowercase identifiers used in JSON and Markdown: "section", "keyFacts", "quotes",
    /// "keyTakeaways", "faq", "references".
    static QString kindName(Kind kind);
    /// The kind named by kindName(); sets *ok to false (and returns Section) for unknown names.
    static Kind kindFromName(const QString &name, bool *ok);

    /// A new part of `kind` with a fresh id.
    static ArticlePart make(Kind kind, const QString &heading = {});

    bool operator==(const ArticlePart &) const = default;
};

/// Editorial state of an article. The transitions between them are the workflow's business;
/// the article only carries the value.
enum class ArticleStatus
{
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Published,
    Spiked
};

/// "draft", "inReview", "changesRequested", "approved", "published", "spiked".
QString statusName(ArticleStatus status);
/// Parses statusName() output; sets *ok to false (and returns Draft) for unknown names.
ArticleStatus statusFromName(const QString &name, bool *ok);
/// Human-readable, translated label ("In review").
QString statusLabel(ArticleStatus status);

/// A structured news article: everything a writer types, and nothing computed. Word count and
/// reading time are derived by ArticleStats; the library's bookkeeping (row id, created and
/// modified times, revisions) lives in the storage layer.
struct Article
{
    /// Stable identity across libraries and exports (a UUID without braces). Empty until the
    /// article is first stored or given one with ensureIds().
    QString uuid;
    QString headline;
    QString dek; ///< Standfirst.
    QList<Byline> bylines;
    QString dateline; ///< Place, e.g. "BERLIN".
    /// Publication date-time with its time zone; invalid (null) while unset in a draft.
    QDateTime published;
    QString category;
    QStringList tags;
    /// BCP 47 language of the text ("en", "de", "ar"); empty means the publication's language.
    QString language;
    HeroImage hero;
    QString lede; ///< Markdown.
    QList<ArticlePart> parts;
    ArticleStatus status = ArticleStatus::Draft;
    QString owner; ///< User name of the article's owner; may be empty.
    /// How many words the article should have; 0: the publication's target for its category
    /// (WordTargets).
    int wordTarget = 0;

    /// Gives the article and every part without one a fresh UUID; existing ids are kept.
    void ensureIds();

    /// True when nothing a reader would see has been written yet: no headline, dek, byline,
    /// dateline, category, tag, lede, hero image or hero text, and every part empty
    /// (ArticlePart::isEmpty(); a heading alone does not count). Whitespace counts as nothing.
    bool isBlank() const;

    /// The index of the part with `id`, or -1 when there is none.
    qsizetype partIndex(const QString &id) const;

    bool operator==(const Article &) const = default;
};

} // namespace Copydesk
