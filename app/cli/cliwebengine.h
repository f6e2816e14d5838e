// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QStringList>

namespace Copydesk {

/// True when `arguments` (argv without the program name) run a command that prints through
/// the web engine (`export --format pdf`, or `export … -o FILE.pdf`, whose name means a PDF).
/// It may say true for an export that turns out not to print; that costs only start-up time. Such a
/// command needs a QGuiApplication, made after PdfExporter::prepareProcess(), instead of the
/// QCoreApplication of the other commands.
bool cliNeedsWebEngine(const QStringList &arguments);

} // namespace Copydesk
