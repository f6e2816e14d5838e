// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "typingrun.h"

namespace Copydesk {

namespace {

/// Whether the edit from `current` to `next` inserts whitespace (typing a space or a newline).
bool insertsWhitespace(const QString &current, const QString &next)
{
    if (next.size() <= current.size())
        return false;
    qsizetype at = 0;
    while (at < current.size() && current.at(at) == next.at(at))
        ++at;
    return next.at(at).isSpace();
}

} // namespace

bool TypingRun::join(const QString &current, const QString &next, std::chrono::milliseconds window)
{
    if (!withinWindow(window))
        return false;
    if (m_edits >= wordBoundaryEdits && insertsWhitespace(current, next))
        return false;
    record();
    return true;
}

bool TypingRun::join(std::chrono::milliseconds window)
{
    if (!withinWindow(window))
        return false;
    record();
    return true;
}

bool TypingRun::withinWindow(std::chrono::milliseconds window) const
{
    return std::chrono::steady_clock::now() - m_last <= window;
}

void TypingRun::record()
{
    m_last = std::chrono::steady_clock::now();
    ++m_edits;
}

} // namespace Copydesk
