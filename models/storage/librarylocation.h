// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// Where the user's library lives unless they choose another file:
/// `<AppDataLocation>/library.copydesk` (for applicationName "copydesk" on Linux,
/// ~/.local/share/copydesk/library.copydesk). The folder may not exist yet; opening with
/// SqliteArticleStore::OpenMode::CreateIfMissing creates it. Requires a QCoreApplication with
/// its applicationName set.
QString defaultLibraryPath();

} // namespace Copydesk
