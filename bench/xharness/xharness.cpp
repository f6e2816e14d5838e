// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The window as a user sees it, measured from outside the process on an Xvfb display of its
// own: from process start to the first window map, the first window content and the preview's
// last change; a key press (XTEST) to the editor's and then the preview's pixels changing
// (framebuffer grabs through MIT-SHM); and the process tree's memory. The same for a peer
// (KDE Ghostwriter, when installed) on the same documents and window size, runs alternating,
// with the ratios. docs/benchmarks.md says what each figure is and how to run it.
#include "benchdocuments.h"
#include "peerprofiles.h"
#include "treememory.h"
#include "xscreen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

using namespace Copydesk::Bench;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int ScreenWidth = 1600;
constexpr int ScreenHeight = 1000;

double msSince(Clock::time_point start, Clock::time_point end = Clock::now())
{
    return std::chrono::duration<double, std::milli>(end - start).count();
}

void sleepMs(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

struct Options
{
    int runs = 7;
    int keys = 10;
    int settleMs = 1500;
    int steadyMs = 8000;
    bool busy = false;
    std::vector<int> sizes {1500, 20000};
    std::vector<std::string> peers;
    std::string shot;
};

/// What one launch measured; times in ms from process start, NaN when it never happened.
struct Launch
{
    double firstMap = NAN;
    double firstContent = NAN;
    double previewFirstChange = NAN;
    double previewSettled = NAN;
    double pssMiB = NAN;
    double distinctMiB = NAN;
    std::vector<double> keyToEditor;
    std::vector<double> keyToPreview;
    /// Steady typing: the longest any key waited until the editor showed it.
    double steadyLongest = NAN;
    int steadyKeys = 0;
    int missedKeys = 0;
    int otherWindows = 0;
    bool cleanExit = false;
    bool recoveryReport = false; ///< Copydesk reported an unclean previous end.
};

/// Starts `argv` with `environment` added to ours, its output into `log`.
pid_t spawn(const std::vector<std::string> &argv,
    const std::map<std::string, std::string> &environment, const std::string &log)
{
    std::vector<std::string> entries;
    for (char **e = environ; *e; ++e) {
        const std::string entry(*e);
        if (!environment.count(entry.substr(0, entry.find('='))))
            entries.push_back(entry);
    }
    for (const auto &[key, value] : environment)
        entries.push_back(key + "=" + value);
    std::vector<char *> envp, args;
    for (auto &entry : entries)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<std::string> argvCopy = argv;
    for (auto &arg : argvCopy)
        args.push_back(arg.data());
    args.push_back(nullptr);
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (!std::freopen(log.c_str(), "w", stdout) || !std::freopen(log.c_str(), "a", stderr))
            ::_exit(126);
        ::execve(args[0], args.data(), envp.data());
        ::_exit(127);
    }
    return pid;
}

/// Waits until `region` has not changed for `quietMs` (or `timeoutMs` passed); returns the time
/// of its last change.
Clock::time_point waitQuiet(XScreen &screen, const Rect &region, int quietMs, int timeoutMs)
{
    const auto start = Clock::now();
    auto last = start;
    Frame previous = screen.grab(region);
    while (msSince(last) < quietMs && msSince(start) < timeoutMs) {
        sleepMs(5);
        Frame now = screen.grab(region);
        if (compare(previous, now).pixels > 0) {
            last = Clock::now();
            previous = std::move(now);
        }
    }
    return last;
}

/// Key presses into the lede: each alternately types a letter and deletes it again, so that the
/// text stays the same; the editor counts as changed when more than the caret changed.
void typeKeys(XScreen &screen, const PeerRegions &regions, const Options &options, Launch &launch)
{
    screen.click(regions.click.x, regions.click.y);
    waitQuiet(screen, regions.preview, 1000, 10000); // The preview may scroll to the lede.
    for (int key = 0; key < options.keys; ++key) {
        const Frame editorBefore = screen.grab(regions.editor);
        const Frame previewBefore = screen.grab(regions.preview);
        const auto pressed = Clock::now();
        screen.tap(key % 2 == 0 ? "e" : "BackSpace");
        double editor = NAN, preview = NAN;
        while ((std::isnan(editor) || std::isnan(preview)) && msSince(pressed) < 5000) {
            if (std::isnan(editor)) {
                const FrameChange change = compare(editorBefore, screen.grab(regions.editor));
                if (change.bounds.width >= 4)
                    editor = msSince(pressed);
            }
            if (std::isnan(preview)
                && compare(previewBefore, screen.grab(regions.preview)).pixels > 0)
                preview = msSince(pressed);
            sleepMs(1);
        }
        if (std::isnan(editor) || std::isnan(preview))
            ++launch.missedKeys;
        if (!std::isnan(editor))
            launch.keyToEditor.push_back(editor);
        if (!std::isnan(preview))
            launch.keyToPreview.push_back(preview);
        waitQuiet(screen, regions.preview, 400, 5000);
        sleepMs(200); // Steady typing, not a burst.
    }
}

/// Steady typing, as a writer types: a key every 110 ms (about nine a second, spaces between
/// words) for `steadyMs`, without waiting for anything, into the lede typeKeys() clicked. Every
/// key waits until the editor next changes (more than the caret); the longest wait is what a
/// stall of the program's GUI thread (autosave, checklist, counters, highlighting, the preview's
/// patch) costs the writer, seen from outside. A key that arrives during a stall waits for it.
void typeSteadily(
    XScreen &screen, const PeerRegions &regions, const Options &options, Launch &launch)
{
    static const char *const keys[] = {"t", "h", "e", "space", "q", "u", "a", "y", "space"};
    Frame before = screen.grab(regions.editor);
    std::vector<Clock::time_point> waiting;
    const auto start = Clock::now();
    auto next = start;
    double longest = 0;
    while (msSince(start) < options.steadyMs
        || (!waiting.empty() && msSince(waiting.front()) < 5000)) {
        if (Clock::now() >= next && msSince(start) < options.steadyMs) {
            screen.tap(keys[launch.steadyKeys++ % std::size(keys)]);
            waiting.push_back(Clock::now());
            next += std::chrono::milliseconds(110);
        }
        if (!waiting.empty()) {
            Frame now = screen.grab(regions.editor);
            if (compare(before, now).bounds.width >= 4) {
                for (const auto pressed : waiting)
                    longest = std::max(longest, msSince(pressed));
                waiting.clear();
                before = std::move(now);
            }
        }
        sleepMs(1);
    }
    launch.steadyLongest = waiting.empty() ? longest : NAN;
    if (!waiting.empty())
        ++launch.missedKeys;
}

void measureMemory(pid_t pid, Launch &launch, std::string *why)
{
    const std::vector<pid_t> tree = processTree(pid);
    launch.pssMiB = pssKiB(tree) / 1024.0;
    if (const auto pages = distinctPages(tree, why))
        launch.distinctMiB = pages->residentKiB / 1024.0;
}

void writeFrame(const Frame &frame, const std::string &path)
{
    std::ofstream out(path, std::ios::binary);
    out << "P6\n" << frame.rect.width << ' ' << frame.rect.height << "\n255\n";
    for (uint32_t pixel : frame.pixels) {
        const char rgb[3] = {char(pixel >> 16), char(pixel >> 8), char(pixel)};
        out.write(rgb, 3);
    }
}

void writeScreenshot(XScreen &screen, const std::string &path)
{
    writeFrame(screen.grab({0, 0, ScreenWidth, ScreenHeight}), path);
}

Launch launchOnce(const Peer &peer, const Documents &documents, const Options &options,
    const QString &folder, std::string *memoryNote)
{
    Launch launch;
    XScreen screen(ScreenWidth, ScreenHeight);
    const PeerStart start = peer.prepare(documents, folder);
    const std::string log
        = QDir(folder).filePath(QStringLiteral("%1.log").arg(peer.name)).toStdString();
    std::map<std::string, std::string> environment = start.environment;
    environment["DISPLAY"] = screen.display();
    environment["QT_QPA_PLATFORM"] = "xcb";
    const auto started = Clock::now();
    const pid_t pid = spawn(start.argv, environment, log);
    Rect window;
    std::optional<PeerRegions> regions;
    Frame preview;
    auto lastChange = started;
    int changes = 0;
    while (msSince(started) < 60000) {
        for (const Rect &mapped : screen.takeMappedWindows()) {
            if (window.isEmpty()) {
                window = mapped;
                launch.firstMap = msSince(started);
            } else {
                ++launch.otherWindows;
            }
        }
        if (!window.isEmpty() && std::isnan(launch.firstContent)
            && !screen.grab(window).isUniform())
            launch.firstContent = msSince(started);
        if (!std::isnan(launch.firstContent) && !regions) {
            regions = peer.regions(window, log);
            if (regions)
                preview = screen.grab(regions->preview);
        }
        if (regions) {
            Frame now = screen.grab(regions->preview);
            if (compare(preview, now).pixels > 0) {
                lastChange = Clock::now();
                if (++changes == 1)
                    launch.previewFirstChange = msSince(started, lastChange);
                // With COPYDESK_XHARNESS_KEEP, each state of the preview, named by its time.
                if (!qEnvironmentVariableIsEmpty("COPYDESK_XHARNESS_KEEP"))
                    writeFrame(now,
                        QDir(folder)
                            .filePath(QStringLiteral("%1-preview-%2ms.ppm")
                                    .arg(peer.name)
                                    .arg(qRound(msSince(started, lastChange))))
                            .toStdString());
                preview = std::move(now);
            }
            if (changes > 0 && !preview.isUniform() && msSince(lastChange) >= options.settleMs) {
                launch.previewSettled = msSince(started, lastChange);
                break;
            }
        }
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) {
            std::fprintf(stderr, "xharness: %s ended early; see %s\n",
                peer.name.toUtf8().constData(), log.c_str());
            std::exit(1);
        }
        sleepMs(3);
    }
    // Copydesk says where its editor is once the preview has painted: ask again until it has.
    const auto asking = Clock::now();
    while (regions && regions->editor.isEmpty() && msSince(asking) < 10000) {
        regions = peer.regions(window, log);
        sleepMs(20);
    }
    if (regions && !regions->editor.isEmpty() && !std::isnan(launch.previewSettled)) {
        measureMemory(pid, launch, memoryNote);
        if (!options.shot.empty())
            writeScreenshot(screen, options.shot + "-" + peer.name.toStdString() + ".ppm");
        typeKeys(screen, *regions, options, launch);
        if (options.steadyMs > 0)
            typeSteadily(screen, *regions, options, launch);
    }
    launch.otherWindows += int(screen.takeMappedWindows().size());
    // Closed as a logout closes it: SIGTERM. SIGKILL only when it hangs.
    const std::vector<pid_t> tree = processTree(pid);
    ::kill(pid, SIGTERM);
    int status = 0;
    const auto terminated = Clock::now();
    while (::waitpid(pid, &status, WNOHANG) != pid) {
        if (msSince(terminated) > 30000) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        sleepMs(20);
    }
    launch.cleanExit = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    std::ifstream output(log);
    for (std::string line; std::getline(output, line);)
        launch.recoveryReport
            = launch.recoveryReport || line.find("was not closed properly") != std::string::npos;
    // Helpers still dying would share pages with the next launch: wait them out.
    const auto waiting = Clock::now();
    while (msSince(waiting) < 10000
        && std::any_of(tree.begin(), tree.end(), [](pid_t p) { return ::kill(p, 0) == 0; }))
        sleepMs(20);
    return launch;
}

struct Stats
{
    double median = NAN;
    double p90 = NAN;
    int runs = 0;
};

Stats stats(std::vector<double> values)
{
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
        values.end());
    Stats s;
    s.runs = int(values.size());
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.p90 = values[size_t(std::ceil(0.9 * double(n))) - 1];
    return s;
}

std::string number(double value, const char *unit)
{
    if (std::isnan(value))
        return "—";
    char text[64];
    std::snprintf(text, sizeof text, value < 100 ? "%.1f %s" : "%.0f %s", value, unit);
    return text;
}

std::string json(double value)
{
    if (std::isnan(value))
        return "null";
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

/// Prints one figure for copydesk and each peer, and appends it to COPYDESK_BENCH_RESULTS.
void report(const std::string &name, const std::string &label, const char *unit,
    const std::map<QString, std::vector<double>> &samples, const std::vector<QString> &order,
    double targetRatio = NAN)
{
    const Stats own = stats(samples.at(order.front()));
    std::string line = label + ": copydesk " + number(own.median, unit) + " (p90 "
        + number(own.p90, unit) + ", " + std::to_string(own.runs) + ")";
    double peerMedian = NAN;
    for (size_t i = 1; i < order.size(); ++i) {
        const Stats peer = stats(samples.at(order[i]));
        if (i == 1)
            peerMedian = peer.median;
        char ratio[32];
        std::snprintf(ratio, sizeof ratio, "%.2f", own.median / peer.median);
        line += " · " + order[i].toStdString() + " " + number(peer.median, unit) + " (p90 "
            + number(peer.p90, unit) + ", " + std::to_string(peer.runs) + ") · ratio " + ratio;
    }
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
    const QString results = qEnvironmentVariable("COPYDESK_BENCH_RESULTS");
    if (results.isEmpty())
        return;
    std::ofstream out(results.toStdString(), std::ios::app);
    out << "{\"name\": \"" << name << "\", \"unit\": \"" << unit
        << "\", \"median\": " << json(own.median) << ", \"p90\": " << json(own.p90)
        << ", \"runs\": " << own.runs << ", \"target\": " << json(targetRatio * peerMedian)
        << ", \"peer\": " << (order.size() > 1 ? "\"" + order[1].toStdString() + "\"" : "null")
        << ", \"peer_median\": " << json(peerMedian) << "}\n";
}

Options parse(const QStringList &arguments)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        const QString value = arguments.value(i + 1);
        if (arg == QLatin1String("--runs"))
            options.runs = arguments.value(++i).toInt();
        else if (arg == QLatin1String("--keys"))
            options.keys = arguments.value(++i).toInt();
        else if (arg == QLatin1String("--settle-ms"))
            options.settleMs = arguments.value(++i).toInt();
        else if (arg == QLatin1String("--steady-ms"))
            options.steadyMs = arguments.value(++i).toInt();
        else if (arg == QLatin1String("--busy"))
            options.busy = true;
        else if (arg == QLatin1String("--screenshot"))
            options.shot = arguments.value(++i).toStdString();
        else if (arg == QLatin1String("--sizes")) {
            options.sizes.clear();
            for (const QString &size : arguments.value(++i).split(QLatin1Char(',')))
                options.sizes.push_back(size.toInt());
        } else {
            std::fprintf(stderr,
                "usage: xharness [--runs N] [--keys N] [--sizes 1500,20000] [--settle-ms MS] "
                "[--steady-ms MS] [--busy] [--screenshot PREFIX]\n");
            std::exit(2);
        }
    }
    // COPYDESK_BENCH_PEERS: a comma-separated list, "none" for none; by default every known
    // peer that is installed.
    const QString peers = qEnvironmentVariable("COPYDESK_BENCH_PEERS", QStringLiteral("auto"));
    for (const QString &peer : knownPeers()) {
        const bool installed = !QStandardPaths::findExecutable(peer).isEmpty();
        if (peers == QLatin1String("auto") ? installed
                                           : peers.split(QLatin1Char(',')).contains(peer)) {
            if (!installed) {
                std::fprintf(stderr, "xharness: %s is not installed\n", qPrintable(peer));
                std::exit(1);
            }
            options.peers.push_back(peer.toStdString());
        }
    }
    if (options.runs < 1 || options.keys < 0 || options.steadyMs < 0 || options.sizes.empty())
        std::exit(2);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parse(QCoreApplication::arguments());
    if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty()) {
        std::fprintf(stderr, "xharness: Xvfb is missing (./dev installs xvfb); skipped\n");
        return 77;
    }
    QTemporaryDir folder;
    // COPYDESK_XHARNESS_KEEP: leave the documents, the programs' homes and logs for a look.
    folder.setAutoRemove(qEnvironmentVariableIsEmpty("COPYDESK_XHARNESS_KEEP"));
    if (!folder.autoRemove())
        std::printf("documents and logs kept in %s\n", qPrintable(folder.path()));
    pid_t busy = -1;
    if (options.busy) {
        busy = spawn({"/bin/sh", "-c", "while :; do :; done"}, {}, "/dev/null");
        std::printf("with one busy process beside\n");
    }
    std::vector<QString> order {QStringLiteral("copydesk")};
    for (const std::string &peer : options.peers)
        order.push_back(QString::fromStdString(peer));
    std::printf("external harness on Xvfb, window 1500 × 900, %d runs alternating (%s), %d keys "
                "per run\n",
        options.runs, options.peers.empty() ? "no peer installed" : "with peers", options.keys);
    std::string memoryNote;
    bool measuredEverything = true; // Copydesk's figures, a clean exit, no recovery report.
    for (const int words : options.sizes) {
        const Documents documents = Documents::make(words, folder.path());
        std::map<QString, std::vector<Launch>> launches;
        for (int run = 0; run < options.runs; ++run) {
            for (size_t i = 0; i < order.size(); ++i) {
                // ABAB…, then BABA…: neither always goes first.
                const QString &name = order[run % 2 ? order.size() - 1 - i : i];
                const Launch launch
                    = launchOnce(*peer(name), documents, options, folder.path(), &memoryNote);
                std::fprintf(stderr,
                    "  %s %d words run %d: map %.0f content %.0f preview %.0f ms, pss %.0f MiB, "
                    "pages %.0f MiB, keys %zu/%zu missed %d, steady typing %d keys longest "
                    "%.0f ms, other windows %d, clean exit %s\n",
                    qPrintable(name), words, run + 1, launch.firstMap, launch.firstContent,
                    launch.previewSettled, launch.pssMiB, launch.distinctMiB,
                    launch.keyToEditor.size(), launch.keyToPreview.size(), launch.missedKeys,
                    launch.steadyKeys, launch.steadyLongest, launch.otherWindows,
                    launch.cleanExit ? "yes" : "NO");
                if (name == order.front()
                    && (std::isnan(launch.previewSettled) || std::isnan(launch.pssMiB)
                        || launch.missedKeys > 0 || !launch.cleanExit || launch.recoveryReport))
                    measuredEverything = false;
                launches[name].push_back(launch);
            }
        }
        const auto collect = [&](auto field) {
            std::map<QString, std::vector<double>> result;
            for (const auto &[name, runs] : launches)
                for (const Launch &launch : runs)
                    field(launch, result[name]);
            return result;
        };
        const std::string size = std::to_string(words);
        const std::string words_ = words == 1500 ? "1,500" : words == 20000 ? "20,000" : size;
        const std::string suffix = options.busy ? ".busy" : "";
        report("xharness.launch_first_map." + size + suffix,
            "launch → first window map, " + words_ + " words", "ms",
            collect([](const Launch &l, auto &v) { v.push_back(l.firstMap); }), order);
        report("xharness.launch_first_content." + size + suffix,
            "launch → first window content, " + words_ + " words", "ms",
            collect([](const Launch &l, auto &v) { v.push_back(l.firstContent); }), order);
        report("xharness.launch_preview_first_change." + size + suffix,
            "launch → preview's first change, " + words_ + " words", "ms",
            collect([](const Launch &l, auto &v) { v.push_back(l.previewFirstChange); }), order);
        report("xharness.launch_preview_settled." + size + suffix,
            "launch → preview's last change, " + words_ + " words", "ms",
            collect([](const Launch &l, auto &v) { v.push_back(l.previewSettled); }), order, 0.6);
        report("xharness.key_to_editor." + size + suffix,
            "keystroke → editor changed, " + words_ + " words", "ms",
            collect([](const Launch &l, auto &v) {
                v.insert(v.end(), l.keyToEditor.begin(), l.keyToEditor.end());
            }),
            order);
        report("xharness.key_to_preview." + size + suffix,
            "keystroke → preview changed, " + words_ + " words", "ms",
            collect([](const Launch &l, auto &v) {
                v.insert(v.end(), l.keyToPreview.begin(), l.keyToPreview.end());
            }),
            order);
        report("xharness.steady_typing_longest." + size + suffix,
            "steady typing → longest wait for the editor, " + words_ + " words", "ms",
            collect([](const Launch &l, auto &v) { v.push_back(l.steadyLongest); }), order);
        report("xharness.memory_pss." + size + suffix,
            "process tree PSS after launch, " + words_ + " words", "MiB",
            collect([](const Launch &l, auto &v) { v.push_back(l.pssMiB); }), order);
        report("xharness.memory_pages." + size + suffix,
            "process tree distinct physical pages after launch, " + words_ + " words", "MiB",
            collect([](const Launch &l, auto &v) { v.push_back(l.distinctMiB); }), order);
        for (const auto &[name, runs] : launches) {
            const long clean = std::count_if(
                runs.begin(), runs.end(), [](const Launch &l) { return l.cleanExit; });
            int others = 0, missed = 0, recovered = 0;
            for (const Launch &l : runs) {
                others += l.otherWindows;
                missed += l.missedKeys;
                recovered += l.recoveryReport;
            }
            std::printf("  %s: closed cleanly by SIGTERM %ld of %zu, recovery reports %d, other "
                        "windows (dialogs) mapped %d, keys without a change seen %d\n",
                qPrintable(name), clean, runs.size(), recovered, others, missed);
        }
    }
    if (!memoryNote.empty())
        std::printf("distinct physical pages unavailable: %s\n", memoryNote.c_str());
    if (!measuredEverything) {
        std::fprintf(
            stderr, "xharness: some copydesk runs were not measured in full (see above)\n");
        return 1;
    }
    if (busy > 0) {
        ::kill(busy, SIGKILL);
        ::waitpid(busy, nullptr, 0);
    }
    return 0;
}
