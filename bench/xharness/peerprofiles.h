// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// How to start each program under test on a document, and where its editor and preview are on
// the screen: Copydesk itself, and the peers the harness knows.

#include "benchdocuments.h"
#include "xscreen.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Copydesk::Bench {

struct PeerStart
{
    std::vector<std::string> argv; ///< argv[0] is a path.
    std::map<std::string, std::string> environment; ///< Added to the harness's own.
};

struct PeerRegions
{
    Rect editor; ///< Where typing shows.
    Rect preview; ///< The rendered page.
    struct
    {
        int x = 0;
        int y = 0;
    } click; ///< A point in the lede's text (the first paragraph), where the keys go.
};

struct Peer
{
    QString name;
    /// Writes what a run needs (a fresh copy of the document, settings in the program's own
    /// home folder under `folder`) and says how to start it.
    std::function<PeerStart(const Documents &, const QString &folder)> prepare;
    /// The regions once the window `window` shows content; empty while they are not known yet
    /// (`log` is the program's output so far).
    std::function<std::optional<PeerRegions>(const Rect &window, const std::string &log)> regions;
};

/// The peers the harness can run besides copydesk, by their program name.
QStringList knownPeers();
/// "copydesk" or a known peer; nullptr for others.
const Peer *peer(const QString &name);

} // namespace Copydesk::Bench
