// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// The memory of a process and everything it started (Qt WebEngine's helper processes), read
// from /proc: PSS summed over the tree, and the tree's distinct physical pages. PSS splits a
// page shared with an unrelated process (another Qt program's libraries) between them, so it
// drops when such a process happens to run; distinct physical pages count every page the tree
// maps once, whoever else maps it.

#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace Copydesk::Bench {

/// `pid` and its descendants, parents first; empty when `pid` is gone.
std::vector<pid_t> processTree(pid_t pid);

/// The sum of the processes' PSS (smaps_rollup), in KiB.
long long pssKiB(const std::vector<pid_t> &tree);

struct DistinctPages
{
    long long residentKiB = 0; ///< Distinct physical pages mapped by the tree, × page size.
    long long swappedKiB = 0; ///< Pages of the tree in swap (counted per mapping, not shared).
};

/// The tree's distinct physical pages from /proc/PID/pagemap. Empty, with the reason in
/// `why`, when the kernel hides page frame numbers (reading them needs CAP_SYS_ADMIN in the
/// initial user namespace).
std::optional<DistinctPages> distinctPages(const std::vector<pid_t> &tree, std::string *why);

} // namespace Copydesk::Bench
