// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>

/// What this build of Copydesk is, for `copydesk --version` and Help ▸ About Copydesk.
namespace Copydesk::AboutInfo {

/// The project version of CMakeLists.txt; a development build adds the git revision it was
/// built from: "0.1.0 (git 1a2b3c4d5e)". Release builds give the bare version.
QString version();

/// The SPDX expression of Copydesk's license: "GPL-2.0-or-later".
QString license();

/// A library Copydesk runs on and its version.
struct Component
{
    QString name;
    QString version;
};

/// The libraries, in a fixed order: Qt, Qt WebEngine (with its Chromium), KDE Frameworks'
/// SyntaxHighlighting, TextTemplate and Sonnet, md4c, qpdf, SQLite. Versions are the ones
/// running where the library says so at run time (Qt, WebEngine, qpdf, SQLite through Qt's
/// driver), else the ones built against. A library that cannot be asked says "unknown".
QList<Component> components();

/// The SQL drivers Qt found (QSQLITE, QPSQL…): the team library needs QPSQL.
QStringList sqlDrivers();

/// `copydesk --version`: the version, the license and one line per component.
QString versionText();

} // namespace Copydesk::AboutInfo
