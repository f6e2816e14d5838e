// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QString>

class QSqlQuery;

namespace Copydesk {

class PostgresSession;

/// Full-text search of a team library with PostgreSQL's text search: ranking, filters and
/// snippets.
///
/// Each article is indexed (copydesk.articles.search, schema/2.sql) with the text search
/// configuration of its language, so the query is parsed once per configuration and each
/// article is matched with its own; the GIN index finds the candidates. Copydesk's
/// configurations are PostgreSQL's built-in ones with the unaccent dictionary first
/// (schema/8.sql), so diacritics are folded as in a local library: "cafe" finds "Café". What the
/// user typed never reaches the query parser as syntax: every word and "quoted phrase" of
/// SearchText::terms() is passed to websearch_to_tsquery() in double quotes, so all of them are
/// required, phrases match as phrases, and "or", "-" and the like are plain text (or stop
/// words). Words are stemmed as the configuration does ("ferries" finds "ferry" in English).
/// The word still being typed (SearchText::typedTerms()) is passed apart and matches the
/// lexemes it begins, or itself, which ranks higher (search_queries(), schema/5.sql).
///
/// Ranking is ts_rank_cd with the headline weighted ten and the dek five times the rest, over
/// headline, dek and the lead of the body text (its first 1,000 characters): articles with the
/// words only further down follow, newest first. For words a large part of the library has,
/// only the articles with them in headline or dek and the hits among the 2,000 most recently
/// modified articles are ranked (fewer than a page of those, after filters: all hits are).
/// SearchHit::rank is the score's negation, so that lower is better as with SQLite. Snippets are
/// made in Copydesk as the SQLite library makes them, for the page of hits only: from the
/// headline if a word is there, else from the dek, else from the first of the article's other
/// texts (SearchText::articleTexts(), read for those hits only) that has one, matching the words as
/// typed, then the query's stems (SnippetText::excerpt(), stemExcerpt()), with SnippetEllipsis
/// where the field was cut and Markdown syntax removed (SnippetText::readable()). ts_headline,
/// which parses all the text it is given, took four fifths of a rare word's search.
class PostgresSearch
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresSearch)
public:
    /// A query whose words the planner expects in more than `likelyHitsFrom` articles ranks
    /// only the likely best of them (see postgressearch.cpp); tests lower it to take that path
    /// on a small library.
    explicit PostgresSearch(PostgresSession &session, double likelyHitsFrom = 5000);

    /// See ArticleStore::search(): best first, at most query.limit hits (all for -1), trashed
    /// articles only with query.filter.trash. InvalidInput for blank text; no hits (not an
    /// error) for text without a single word.
    Result<QList<SearchHit>> run(const SearchQuery &query) const;

    /// The websearch_to_tsquery() input for `text`; empty when it has no terms.
    static QString queryText(const QString &text);
    /// The same for terms of SearchText.
    static QString queryText(const QStringList &terms);

private:
    /// Fills the snippets of `hits` (see the class comment); `stems` are each hit's query
    /// lexemes, `ledes` their ledes, `queryValues` the arguments of copydesk.search_queries().
    /// False, with rows.lastError(), when the text could not be read.
    static bool addSnippets(QSqlQuery &rows, QList<SearchHit> &hits,
        const QList<QStringList> &stems, const QStringList &ledes,
        const SearchText::TypedTerms &typed, const QVariantList &queryValues);

    PostgresSession &m_session;
    double m_likelyHitsFrom;
};

} // namespace Copydesk
