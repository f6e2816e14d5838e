// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

/// Values from files quoted for messages: whatever a file holds (NUL bytes, escape sequences,
/// 100 KB on one line), the message shows at most a short, printable excerpt.
namespace Copydesk::QuotedValue {

/// `value` between “ and ”, cut after `maxCharacters` characters with "…", control characters
/// (NUL, ESC, newlines, U+2028…) and unpaired surrogates written as \xNN or \uNNNN, and a
/// backslash as \\ so an escape in the message is never ambiguous.
QString quoted(const QString &value, int maxCharacters = 60);

/// The same for raw bytes: valid UTF-8 is shown as text, any other byte as \xNN.
QString quoted(const QByteArray &value, int maxCharacters = 60);

} // namespace Copydesk::QuotedValue
