// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <atomic>
#include <thread>

namespace Copydesk::Testing {

/// Holds a SQLite library's write lock on a connection of its own thread (as another process
/// would) until release(), destruction or `maxMs`, so that a save started meanwhile keeps
/// running on the library's busy wait.
class WriteLock
{
public:
    WriteLock(const QString &path, int maxMs);
    ~WriteLock();
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

    bool isHeld() const { return m_held; }
    void release() { m_release = true; }

private:
    std::thread m_thread;
    std::atomic<bool> m_held {false};
    std::atomic<bool> m_release {false};
    std::atomic<bool> m_done {false};
};

} // namespace Copydesk::Testing
