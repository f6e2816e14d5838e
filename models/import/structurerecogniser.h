// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "importdocument.h"
#include "importreport.h"

#include <QCoreApplication>

namespace Copydesk {

/// An article recognised in unstructured copy, with what the page said about its publication
/// (which belongs to the publication profile, not to the article) and the report.
struct ImportResult
{
    Article article;
    QString publication; ///< The masthead's name; empty when the page has none.
    QString tagline;
    ImportReport report;
    /// When the content last changed in the library it was exported from (a Copydesk JSON
    /// file's "modified", ArticleJson::modifiedOf()); invalid when the copy does not say.
    QDateTime modified;

    /// What a library keeps as the article's last change when it is new there
    /// (SaveOptions::importedModified): `modified`, else the article's publication time when it
    /// is past (being imported changes nothing in a published article, so its page must not say
    /// "Updated" at the import), else invalid: the import's time.
    QDateTime lastChange(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

/// Finds the structure a reader sees in the blocks of a page, the same way for HTML, plain text
/// and Markdown: masthead (name, tagline), headline, dek, byline line (BylineParser), hero
/// caption and credit, lede (with a "CITY —" dateline), titled sections in order, lists under
/// Key Facts/Key Takeaways/References headings (ImportHeadings; an empty list keeps its heading
/// as an empty part), question/answer pairs under an FAQ heading, expert quotes (QuoteParser)
/// under a quotes heading or in <blockquote>, and the "More in …" footer (its category becomes
/// the article's; the related headlines it lists are reported, not stored, since pages list
/// the library's own articles there).
///
/// Nothing is dropped: blocks that fit nowhere (extra masthead lines, byline segments that are
/// neither names nor dates, text under an FAQ heading before the first question, page chrome
/// after the footer) go into a last section titled unplacedHeading(), and the report says so.
/// The page's visible text wins; ImportHints fill only what it leaves out (headline, dek,
/// authors, date, language, category, FAQ). Parts get no ids (the store gives them). Pure.
class StructureRecogniser
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::StructureRecogniser)
public:
    static ImportResult recognise(const ImportDocument &document);
    /// The title of the section that holds what could not be placed ("Unplaced").
    static QString unplacedHeading();
};

} // namespace Copydesk
