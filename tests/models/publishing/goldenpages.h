// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QByteArray>
#include <QStringList>

/// The golden-file set: articles in SOURCE/input/*.json rendered with SOURCE/profile.json and a
/// fixed modification time, compared with SOURCE/expected/*.html (and, as ninjs, with
/// SOURCE/expected/*.ninjs.json). Shared by the golden test
/// and the tool that refreshes the expected pages (refresh-golden.sh).
namespace GoldenPages {

/// The input names (file names without ".json"), sorted.
QStringList names(const QString &sourceDir);

/// The page for input `name`, or why it could not be read or rendered.
Copydesk::Result<QByteArray> render(const QString &sourceDir, const QString &name);

/// The ninjs document for input `name` (fixed creation time, modification time and revision),
/// or why it could not be read.
Copydesk::Result<QByteArray> ninjs(const QString &sourceDir, const QString &name);

} // namespace GoldenPages
