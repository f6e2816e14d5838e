// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <QStringList>

/// The outside checkers the export tests run: the W3C Nu Html Checker (vnu.jar on the machine's
/// Java) and ajv with the IPTC ninjs 2.0 schema (on node). ./dev installs both from tests/tools
/// into its cache and tells the build where (COPYDESK_NODE_TOOLS, also read from the
/// environment at run time).
namespace CheckTools {

/// The folder that holds the tools' node_modules.
QString nodeTools();

/// Why the checkers cannot run (no java, node, vnu.jar or ajv), or an empty string.
QString missing();

/// Runs the Nu Html Checker over `files`; the errors it reports, one per line, or an empty
/// string when every file is valid.
QString htmlErrors(const QStringList &files);

/// Validates the ninjs `files` against tests/data/ninjs/ninjs-schema_2.0.json; the problems, one
/// per line, or an empty string when every file is valid.
QString ninjsErrors(const QStringList &files);

} // namespace CheckTools

/// In a test function: skips when the checkers are missing, but fails under CI (CI set), where
/// they must be there.
#define COPYDESK_REQUIRE_CHECK_TOOLS()                                                             \
    do {                                                                                           \
        const QString why = CheckTools::missing();                                                 \
        if (!why.isEmpty()) {                                                                      \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(qPrintable(why));                                                            \
            QSKIP(qPrintable(why));                                                                \
        }                                                                                          \
    } while (false)
