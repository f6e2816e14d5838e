#pragma once

#include <QString>
#include <QStringList>

namespace Copydesk {

/// Turns what a user typed into the search field into an FTS5 MATCH expression that cannot be
/// misread as FTS5 syntax: every word and every "quoted phrase" becomes one double-quoted FTS5
/// string, and all of them are required (implicit AND). Operators (AND, OR, NOT, NEAR), column
/// filters, `*`, `^`, `+` and parentheses are therefore matched as text, which the tokenizer
/// then drops or splits like any other punctuation.
class SqliteSearch
{
public:
    /// The words and phrases of `text`, in order, without their quotes. Pieces with no letter or
    /// digit are left out (they would match nothing). An unclosed quote runs to the end.
    static QStringList terms(const QString &text);

    /// The MATCH expression for `text`; empty when terms() is empty.
    static QString matchExpression(const QString &text);
};

} // namespace Copydesk
