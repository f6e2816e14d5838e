#include "sqlitesearch.h"

#include <algorithm>

namespace Copydesk {

namespace {

bool searchable(const QString &term)
{
    // Surrogate pairs are letters of the supplementary planes often enough (CJK, historic
    // scripts) to count; emoji among them are dropped by the tokenizer later anyway.
    return std::any_of(
        term.begin(), term.end(), [](QChar c) { return c.isLetterOrNumber() || c.isSurrogate(); });
}

} // namespace

QStringList SqliteSearch::terms(const QString &text)
{
    QStringList result;
    QString current;
    bool inPhrase = false;
    auto flush = [&] {
        const QString term = current.simplified();
        if (searchable(term))
            result.append(term);
        current.clear();
    };
    for (const QChar c : text) {
        if (c == u'"') {
            flush();
            inPhrase = !inPhrase;
        } else if (c.isSpace() || c.category() == QChar::Other_Control) {
            if (inPhrase)
                current.append(u' ');
            else
                flush();
        } else {
            current.append(c);
        }
    }
    flush();
    return result;
}

QString SqliteSearch::matchExpression(const QString &text)
{
    QStringList quoted;
    for (const QString &term : terms(text))
        quoted.append(u'"' + term + u'"'); // terms() never contains a double quote
    return quoted.join(u' ');
}

} // namespace Copydesk
