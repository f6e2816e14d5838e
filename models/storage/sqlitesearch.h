// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "searchtext.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Copydesk {

/// Full-text search of the library with FTS5: ranking, filters and snippets.
///
/// What the user typed never reaches FTS5 as syntax: every word and every "quoted phrase"
/// becomes one double-quoted FTS5 string, and all of them are required (AND).
/// Operators (AND, OR, NOT, NEAR), column filters, `*`, `^`, `+` and parentheses are therefore
/// matched as text, which the tokenizer then drops or splits like any other punctuation. The
/// word still being typed (SearchText::typedTerms()) becomes `("word" OR "word"*)`: it finds
/// the words it begins, and the exact word, counted twice, ranks above them.
///
/// Ranking is bm25 with column weights favouring the headline and dek. FTS5 has to score every
/// matching article, so the scoring statement carries nothing else (no join unless a filter
/// needs one, a bounded sort for LIMIT), and snippets are made afterwards for the hits only.
/// Snippets are cut from the stored texts (headline, dek, then the content JSON) by
/// SnippetText::excerpt(); FTS5 snippet(), which re-tokenizes every column of a hit, only fills
/// in for hits where that finds no match. The index holds the Markdown as written; snippets are
/// cleaned of its syntax (SnippetText::readable()).
class SqliteSearch
{
public:
    SqliteSearch(const QSqlDatabase &db, const QString &path);

    /// See ArticleStore::search(): best first, at most query.limit hits (all for -1), trashed
    /// articles only with query.filter.trash. InvalidInput for blank text; no hits (not an
    /// error) for text without a single word.
    Result<QList<SearchHit>> run(const SearchQuery &query) const;

    /// The words and phrases of `text`, in order, without their quotes. Pieces with no letter or
    /// digit are left out (they would match nothing). An unclosed quote runs to the end.
    static QStringList terms(const QString &text);

    /// The MATCH expression for `text`; empty when terms() is empty.
    static QString matchExpression(const QString &text);

private:
    struct Ranked
    {
        qint64 id = 0;
        double score = 0;
    };

    Result<QList<Ranked>> rank(const QString &match, const SearchQuery &query) const;
    Status addSummaries(
        QList<SearchHit> &hits, const QList<Ranked> &ranked, const SearchQuery &query) const;
    Status addSnippets(
        QList<SearchHit> &hits, const SearchText::TypedTerms &terms, const QString &match) const;
    Error failed(const QSqlError &error) const;

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace Copydesk
