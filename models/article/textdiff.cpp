// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "textdiff.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace Copydesk {

namespace {

enum class Op : char
{
    Equal,
    Delete,
    Insert
};

struct Run
{
    Op op;
    qsizetype count;
};

/// Shortest edit script between two sequences of interned tokens.
class SequenceDiff
{
public:
    SequenceDiff(const QList<int> &a, const QList<int> &b)
        : m_a(a)
        , m_b(b)
    { }

    QList<Run> run()
    {
        diff(0, m_a.size(), 0, m_b.size());
        return m_runs;
    }

private:
    void emit(Op op, qsizetype count)
    {
        if (count <= 0)
            return;
        if (!m_runs.isEmpty() && m_runs.last().op == op)
            m_runs.last().count += count;
        else
            m_runs.append({op, count});
    }

    void diff(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, int depth = 0)
    {
        const qsizetype start = a0;
        while (a0 < a1 && b0 < b1 && m_a.at(a0) == m_b.at(b0)) {
            ++a0;
            ++b0;
        }
        emit(Op::Equal, a0 - start);
        qsizetype suffix = 0;
        while (a1 > a0 && b1 > b0 && m_a.at(a1 - 1) == m_b.at(b1 - 1)) {
            --a1;
            --b1;
            ++suffix;
        }
        if (a0 == a1 || b0 == b1) {
            emit(Op::Delete, a1 - a0);
            emit(Op::Insert, b1 - b0);
        } else if (!(a1 - a0 + b1 - b0 > 64 && depth < 64 && patience(a0, a1, b0, b1, depth))
            && !myers(a0, a1, b0, b1)) {
            emit(Op::Delete, a1 - a0);
            emit(Op::Insert, b1 - b0);
        }
        emit(Op::Equal, suffix);
    }

    /// Anchors the longest increasing run of tokens that occur exactly once on each side and
    /// diffs the gaps between them. False when there is no such token.
    bool patience(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, int depth)
    {
        struct Seen
        {
            int count = 0;
            qsizetype position = 0;
        };
        QHash<int, Seen> inA, inB;
        for (qsizetype i = a0; i < a1; ++i) {
            Seen &seen = inA[m_a.at(i)];
            ++seen.count;
            seen.position = i;
        }
        for (qsizetype i = b0; i < b1; ++i) {
            Seen &seen = inB[m_b.at(i)];
            ++seen.count;
            seen.position = i;
        }
        std::vector<std::pair<qsizetype, qsizetype>> unique;
        for (qsizetype i = a0; i < a1; ++i) {
            const Seen a = inA.value(m_a.at(i));
            const Seen b = inB.value(m_a.at(i));
            if (a.count == 1 && b.count == 1)
                unique.emplace_back(i, b.position);
        }
        if (unique.empty())
            return false;
        // Longest increasing subsequence of the b positions (patience sorting).
        std::vector<qsizetype> tails, previous(unique.size(), -1);
        for (qsizetype i = 0; i < qsizetype(unique.size()); ++i) {
            auto it = std::lower_bound(tails.begin(), tails.end(), i,
                [&](qsizetype t, qsizetype v) { return unique[t].second < unique[v].second; });
            if (it != tails.begin())
                previous[i] = *(it - 1);
            if (it == tails.end())
                tails.push_back(i);
            else
                *it = i;
        }
        std::vector<qsizetype> chain;
        for (qsizetype i = tails.back(); i >= 0; i = previous[i])
            chain.push_back(i);
        std::reverse(chain.begin(), chain.end());
        for (const qsizetype index : chain) {
            const auto [ia, ib] = unique[index];
            diff(a0, ia, b0, ib, depth + 1);
            emit(Op::Equal, 1);
            a0 = ia + 1;
            b0 = ib + 1;
        }
        diff(a0, a1, b0, b1, depth + 1);
        return true;
    }

    /// Myers' O(ND) greedy algorithm; false when more edits than the budget allows are needed.
    /// Small gaps always get the shortest script; large ones a budget of about 10^7 steps.
    bool myers(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        const int n = int(a1 - a0);
        const int m = int(b1 - b0);
        const int limit = n + m <= 2000 ? n + m : qMax(500, 10'000'000 / (n + m));
        const int offset = limit + 1;
        std::vector<int> v(2 * limit + 3, 0);
        std::vector<std::vector<int>> trace; // v[-d-1 .. d+1] before step d
        for (int d = 0; d <= limit; ++d) {
            trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                    ? v[offset + k + 1]
                    : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && m_a.at(a0 + x) == m_b.at(b0 + y)) {
                    ++x;
                    ++y;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    backtrack(trace, n, m);
                    return true;
                }
            }
        }
        return false;
    }

    void backtrack(const std::vector<std::vector<int>> &trace, int x, int y)
    {
        std::vector<Op> ops;
        for (int d = int(trace.size()) - 1; d >= 0; --d) {
            const auto &v = trace[d];
            auto at = [&](int k) {
                return v[k + d + 1];
            };
            const int k = x - y;
            const int previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
            const int previousX = at(previousK);
            const int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                ops.push_back(Op::Equal);
                --x;
                --y;
            }
            if (d > 0)
                ops.push_back(x == previousX ? Op::Insert : Op::Delete);
            x = previousX;
            y = previousY;
        }
        for (auto it = ops.rbegin(); it != ops.rend(); ++it)
            emit(*it, 1);
    }

    const QList<int> &m_a;
    const QList<int> &m_b;
    QList<Run> m_runs;
};

struct Tokens
{
    QList<qsizetype> starts; ///< Plus the end of the text as a last entry.
    QList<int> ids;
};

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

/// Word tokens: a run of letters, digits and marks; a run of whitespace; or one other
/// character (punctuation, emoji, a single CJK character).
qsizetype wordTokenEnd(QStringView text, qsizetype i)
{
    enum class Class
    {
        Word,
        Space,
        Other
    };
    auto classAt = [&](qsizetype at, qsizetype *length) {
        const QChar c = text.at(at);
        char32_t code = c.unicode();
        *length = 1;
        if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(at + 1));
            *length = 2;
        }
        if (QChar::isSpace(code))
            return Class::Space;
        if ((QChar::isLetterOrNumber(code) || QChar::isMark(code)) && !isCjk(code))
            return Class::Word;
        return Class::Other;
    };
    qsizetype length = 0;
    const Class first = classAt(i, &length);
    i += length;
    if (first == Class::Other)
        return i;
    while (i < text.size() && classAt(i, &length) == first)
        i += length;
    return i;
}

qsizetype lineTokenEnd(QStringView text, qsizetype i)
{
    const qsizetype newline = text.indexOf(u'\n', i);
    return newline < 0 ? text.size() : newline + 1;
}

Tokens tokenize(
    QStringView text, qsizetype (*end)(QStringView, qsizetype), QHash<QStringView, int> &dictionary)
{
    Tokens tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype next = end(text, i);
        tokens.starts.append(i);
        auto it = dictionary.constFind(text.sliced(i, next - i));
        if (it == dictionary.constEnd())
            it = dictionary.insert(text.sliced(i, next - i), int(dictionary.size()));
        tokens.ids.append(it.value());
        i = next;
    }
    tokens.starts.append(text.size());
    return tokens;
}

QList<DiffSpan> diff(
    QStringView before, QStringView after, qsizetype (*end)(QStringView, qsizetype))
{
    QHash<QStringView, int> dictionary;
    const Tokens a = tokenize(before, end, dictionary);
    const Tokens b = tokenize(after, end, dictionary);
    QList<DiffSpan> spans;
    auto append = [&spans](DiffSpan::Kind kind, QStringView text) {
        if (text.isEmpty())
            return;
        if (!spans.isEmpty() && spans.last().kind == kind)
            spans.last().text += text;
        else
            spans.append({kind, text.toString()});
    };
    qsizetype ia = 0, ib = 0;
    for (const Run &run : SequenceDiff(a.ids, b.ids).run()) {
        if (run.op != Op::Insert) {
            const qsizetype from = a.starts.at(ia);
            ia += run.count;
            append(run.op == Op::Equal ? DiffSpan::Kind::Equal : DiffSpan::Kind::Deleted,
                before.sliced(from, a.starts.at(ia) - from));
        }
        if (run.op != Op::Delete) {
            const qsizetype from = b.starts.at(ib);
            ib += run.count;
            if (run.op == Op::Insert)
                append(DiffSpan::Kind::Inserted, after.sliced(from, b.starts.at(ib) - from));
        }
    }
    return spans;
}

/// Puts each change's deletion first and, with `joinAcrossSpaces`, joins changes separated
/// only by whitespace.
QList<DiffSpan> tidy(const QList<DiffSpan> &spans, bool joinAcrossSpaces)
{
    QList<DiffSpan> result;
    QString deleted, inserted;
    bool inChange = false;
    auto flush = [&] {
        if (!deleted.isEmpty())
            result.append({DiffSpan::Kind::Deleted, deleted});
        if (!inserted.isEmpty())
            result.append({DiffSpan::Kind::Inserted, inserted});
        deleted.clear();
        inserted.clear();
        inChange = false;
    };
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const DiffSpan &span = spans.at(i);
        if (span.kind == DiffSpan::Kind::Equal) {
            const bool between = inChange && i + 1 < spans.size();
            if (joinAcrossSpaces && between && span.text.trimmed().isEmpty()) {
                deleted += span.text;
                inserted += span.text;
                continue;
            }
            flush();
            result.append(span);
        } else {
            (span.kind == DiffSpan::Kind::Deleted ? deleted : inserted) += span.text;
            inChange = true;
        }
    }
    flush();
    return result;
}

} // namespace

QList<DiffSpan> diffWords(QStringView before, QStringView after)
{
    return tidy(diff(before, after, wordTokenEnd), true);
}

QList<DiffSpan> diffLines(QStringView before, QStringView after)
{
    return tidy(diff(before, after, lineTokenEnd), false);
}

} // namespace Copydesk
