// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// Shared pieces of the libFuzzer targets: one QCoreApplication for the process, and a way to
// stop with a message that libFuzzer records as a crash (the input is kept).
#include <QByteArray>
#include <QString>

namespace CopydeskFuzz {

/// Creates the process's QCoreApplication once (translations, resources and Qt's locale
/// machinery need one). LLVMFuzzerInitialize, defined with this, calls it for every target.
void initialize(int *argc, char ***argv);

/// Aborts with `what`, so that libFuzzer saves the input as a crash.
[[noreturn]] void fail(const char *target, const QString &what);

/// True when `bytes` are valid UTF-8.
bool isUtf8(const QByteArray &bytes);

} // namespace CopydeskFuzz
