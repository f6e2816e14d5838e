// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Copydesk {

/// One run of a text diff.
struct DiffSpan
{
    enum class Kind
    {
        Equal,
        Deleted,
        Inserted
    };
    Kind kind = Kind::Equal;
    QString text;
    bool operator==(const DiffSpan &) const = default;
};

/// Word-level differences between two texts, whitespace and punctuation kept: the Equal and
/// Deleted spans concatenate to `before`, the Equal and Inserted spans to `after`. Adjacent
/// spans never have the same kind, and within a change the Deleted span comes first; changes
/// separated only by whitespace are joined into one, so "[-a b-]{+c d+}" rather than
/// "[-a-]{+c+} [-b-]{+d+}". Empty when both texts are empty.
///
/// Common prefix and suffix are stripped first, then words that occur once on each side anchor
/// the rest (patience diff), and the gaps are compared with Myers' algorithm. A gap that would
/// need thousands of edits is reported as deleted and inserted whole, so even two unrelated
/// 20,000-word texts compare in a fraction of a second.
QList<DiffSpan> diffWords(QStringView before, QStringView after);

/// The same on whole lines (each span ends at a line break, except perhaps the last).
QList<DiffSpan> diffLines(QStringView before, QStringView after);

} // namespace Copydesk
