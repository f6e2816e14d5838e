// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <chrono>

namespace Copydesk {

/// The coalescing rule for typing (see ArticleDocument): a run of edits to one text joins into
/// one undo step until a pause longer than the merge window, or until whitespace is typed once
/// the run holds `wordBoundaryEdits` edits or more.
class TypingRun
{
public:
    static constexpr int wordBoundaryEdits = 20;

    /// Whether an edit that turns `current` into `next` now may join the run; records it if so.
    bool join(const QString &current, const QString &next, std::chrono::milliseconds window);
    /// The same for values without text: only the pause counts.
    bool join(std::chrono::milliseconds window);

private:
    bool withinWindow(std::chrono::milliseconds window) const;
    void record();

    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
    int m_edits = 1;
};

} // namespace Copydesk
