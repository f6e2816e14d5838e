// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "treememory.h"

#include <algorithm>
#include <cstdint>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace Copydesk::Bench {

namespace {

/// Children started by any thread: Chromium starts its helpers from a thread of its own.
std::vector<pid_t> children(pid_t pid)
{
    std::vector<pid_t> result;
    const std::string tasks = "/proc/" + std::to_string(pid) + "/task";
    DIR *folder = ::opendir(tasks.c_str());
    if (!folder)
        return result;
    while (const dirent *task = ::readdir(folder)) {
        if (task->d_name[0] == '.')
            continue;
        std::ifstream list(tasks + "/" + task->d_name + "/children");
        for (pid_t child; list >> child;)
            result.push_back(child);
    }
    ::closedir(folder);
    return result;
}

/// Whether `line` of /proc/PID/smaps starts a mapping ("7f1a000-7f1b000 r-xp …"), not a
/// field ("Rss:  12 kB").
bool isMappingLine(const std::string &line)
{
    const size_t space = line.find(' ');
    return space != std::string::npos && line.find('-') < space && line[space - 1] != ':';
}

} // namespace

std::vector<pid_t> processTree(pid_t pid)
{
    std::vector<pid_t> tree;
    if (::access(("/proc/" + std::to_string(pid)).c_str(), F_OK) != 0)
        return tree;
    tree.push_back(pid);
    for (size_t i = 0; i < tree.size(); ++i)
        for (pid_t child : children(tree[i]))
            tree.push_back(child);
    return tree;
}

long long pssKiB(const std::vector<pid_t> &tree)
{
    long long total = 0;
    for (pid_t pid : tree) {
        std::ifstream rollup("/proc/" + std::to_string(pid) + "/smaps_rollup");
        for (std::string line; std::getline(rollup, line);)
            if (line.rfind("Pss:", 0) == 0)
                total += std::stoll(line.substr(4));
    }
    return total;
}

std::optional<DistinctPages> distinctPages(const std::vector<pid_t> &tree, std::string *why)
{
    const long pageKiB = ::sysconf(_SC_PAGESIZE) / 1024;
    std::vector<uint64_t> frames;
    DistinctPages result;
    bool sawPresent = false;
    for (pid_t pid : tree) {
        const std::string proc = "/proc/" + std::to_string(pid);
        const int pagemap = ::open((proc + "/pagemap").c_str(), O_RDONLY | O_CLOEXEC);
        if (pagemap < 0)
            continue;
        // smaps, not maps: its Rss lets us skip the huge reserved, untouched ranges (V8's
        // cage, Chromium's guard regions) whose pagemap would take gigabytes to read.
        std::ifstream smaps(proc + "/smaps");
        uint64_t start = 0, end = 0;
        std::vector<uint64_t> entries;
        for (std::string line; std::getline(smaps, line);) {
            if (isMappingLine(line)) {
                std::istringstream range(line);
                char dash = 0;
                range >> std::hex >> start >> dash >> end;
                continue;
            }
            if (line.rfind("Rss:", 0) != 0 || std::stoll(line.substr(4)) == 0)
                continue;
            // In slices, so that a large mapping needs no large buffer.
            constexpr uint64_t Slice = 65536;
            const uint64_t first = start / (pageKiB * 1024);
            const uint64_t last = end / (pageKiB * 1024);
            for (uint64_t page = first; page < last; page += Slice) {
                const uint64_t count = std::min(Slice, last - page);
                entries.resize(count);
                const ssize_t bytes = ::pread(pagemap, entries.data(), count * sizeof(uint64_t),
                    off_t(page * sizeof(uint64_t)));
                for (ssize_t i = 0; i < bytes / ssize_t(sizeof(uint64_t)); ++i) {
                    const uint64_t entry = entries[size_t(i)];
                    if (entry & (uint64_t(1) << 63)) {
                        sawPresent = true;
                        const uint64_t frame = entry & ((uint64_t(1) << 55) - 1);
                        if (frame != 0)
                            frames.push_back(frame);
                    } else if (entry & (uint64_t(1) << 62)) {
                        result.swappedKiB += pageKiB;
                    }
                }
            }
        }
        ::close(pagemap);
    }
    if (sawPresent && frames.empty()) {
        if (why)
            *why = "the kernel shows page frame numbers as 0 (no CAP_SYS_ADMIN here)";
        return std::nullopt;
    }
    std::sort(frames.begin(), frames.end());
    frames.erase(std::unique(frames.begin(), frames.end()), frames.end());
    result.residentKiB = (long long)frames.size() * pageKiB;
    return result;
}

} // namespace Copydesk::Bench
