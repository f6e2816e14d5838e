// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "peerprofiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <fstream>
#include <sstream>

using namespace Qt::StringLiterals;

namespace Copydesk::Bench {

namespace {

/// The window every program is given (Qt's -geometry, at the screen's top left).
constexpr char Geometry[] = "1500x900+0+0";

/// A home folder of the program's own under `folder`, kept across its runs as a user's is.
std::map<std::string, std::string> homeEnvironment(const QString &folder, const QString &name)
{
    const QString home = QDir(folder).filePath(u"home-"_s + name);
    const std::string path = home.toStdString();
    QDir().mkpath(home + u"/runtime"_s);
    QFile::setPermissions(
        home + u"/runtime"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {{"HOME", path}, {"XDG_CONFIG_HOME", path + "/config"},
        {"XDG_DATA_HOME", path + "/data"}, {"XDG_CACHE_HOME", path + "/cache"},
        {"XDG_RUNTIME_DIR", path + "/runtime"}};
}

/// The "startup: region NAME X Y W H" lines copydesk prints with COPYDESK_TRACE_STARTUP.
std::map<std::string, Rect> tracedRegions(const std::string &log)
{
    std::map<std::string, Rect> regions;
    std::ifstream in(log);
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        std::string startup, region, name;
        Rect rect;
        if (words >> startup >> region >> name >> rect.x >> rect.y >> rect.width >> rect.height
            && startup == "startup:" && region == "region")
            regions[name] = rect;
    }
    return regions;
}

Peer copydesk()
{
    Peer peer;
    peer.name = u"copydesk"_s;
    peer.prepare = [](const Documents &documents, const QString &folder) {
        const QString library
            = QDir(folder).filePath(u"copydesk-%1.copydesk"_s.arg(documents.words));
        copyPristine(documents.library, library);
        PeerStart start;
        start.argv = {COPYDESK_BINARY, "-geometry", Geometry, "--library", library.toStdString(),
            "--user", "bench"};
        start.environment = homeEnvironment(folder, u"copydesk"_s);
        start.environment["COPYDESK_TRACE_STARTUP"] = "1";
        return start;
    };
    peer.regions = [](const Rect &, const std::string &log) -> std::optional<PeerRegions> {
        const std::map<std::string, Rect> traced = tracedRegions(log);
        if (!traced.count("preview"))
            return std::nullopt;
        PeerRegions regions;
        regions.preview = traced.at("preview");
        if (traced.count("editor") && traced.count("lede")) {
            regions.editor = traced.at("editor");
            const Rect lede = traced.at("lede");
            // The first line of the lede's text, a little in from its left edge.
            regions.click = {lede.x + 40, lede.y + 12};
        }
        return regions;
    };
    return peer;
}

/// KDE Ghostwriter with its HTML preview open beside the editor, the sidebar closed, and
/// neither autosave nor backups (which would write the document between runs).
Peer ghostwriter()
{
    Peer peer;
    peer.name = u"ghostwriter"_s;
    peer.prepare = [](const Documents &documents, const QString &folder) {
        const QString markdown = QDir(folder).filePath(u"ghostwriter-%1.md"_s.arg(documents.words));
        copyPristine(documents.markdown, markdown);
        PeerStart start;
        start.argv = {QStandardPaths::findExecutable(u"ghostwriter"_s).toStdString(), "-geometry",
            Geometry, markdown.toStdString()};
        start.environment = homeEnvironment(folder, u"ghostwriter"_s);
        const QString config = QString::fromStdString(start.environment["XDG_CONFIG_HOME"]);
        QDir().mkpath(config + u"/kde.org"_s);
        std::ofstream settings((config + u"/kde.org/ghostwriter.conf"_s).toStdString());
        settings << "[Preview]\nhtmlPreviewOpen=true\n\n[Window]\nsidebarOpen=false\n\n"
                    "[Save]\nautoSave=false\nbackupFile=false\n\n[Session]\nrestoreSession=false\n";
        return start;
    };
    peer.regions = [](const Rect &window, const std::string &) -> std::optional<PeerRegions> {
        // The editor on the left half, the preview on the right, between the menu bar and the
        // status bar (measured on the 1500 × 900 window with Ghostwriter 25.04's default
        // theme); the keys go into the first line of the lede, the paragraph under the dek.
        constexpr int MenuBar = 30;
        constexpr int StatusBar = 38;
        PeerRegions regions;
        const int half = window.width / 2 + 2;
        const int height = window.height - MenuBar - StatusBar;
        regions.editor = {window.x, window.y + MenuBar, half - 4, height};
        regions.preview = {window.x + half, window.y + MenuBar, window.width - half, height};
        regions.click = {window.x + 60, window.y + 222};
        return regions;
    };
    return peer;
}

} // namespace

QStringList knownPeers()
{
    return {u"ghostwriter"_s};
}

const Peer *peer(const QString &name)
{
    static const std::map<QString, Peer> peers {
        {u"copydesk"_s, copydesk()}, {u"ghostwriter"_s, ghostwriter()}};
    const auto found = peers.find(name);
    return found == peers.end() ? nullptr : &found->second;
}

} // namespace Copydesk::Bench
