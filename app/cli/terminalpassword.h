// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <QTextStream>
#include <optional>

namespace Copydesk {

/// Reads a password from standard input. On a terminal `prompt` goes to `err` and the typed
/// characters are not shown (echo off until Enter, also when Ctrl+C ends the program); from a
/// pipe or a file, the first line is read without a prompt. nullopt at the end of input. The
/// line ending is not part of the password.
std::optional<QString> readPassword(QTextStream &err, const QString &prompt);

} // namespace Copydesk
