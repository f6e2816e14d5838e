// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Copydesk {

/// Article files as UTF-8: what a text editor may have saved instead (UTF-16 or UTF-32 with a
/// byte-order mark) is converted, what cannot be told apart safely is refused with a message
/// that says how to fix it. Reentrant.
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::TextEncoding)
public:
    /// `bytes` as UTF-8 without a byte-order mark. UTF-8, UTF-16 and UTF-32 with a byte-order
    /// mark are decoded; UTF-16 or UTF-32 without one ("“x.md” is UTF-16 text without a
    /// byte-order mark; save it as UTF-8"), invalid UTF-8 (with the byte offset) and NUL bytes
    /// are InvalidInput errors naming `fileName`.
    static Result<QByteArray> toUtf8(const QByteArray &bytes, const QString &fileName);
};

} // namespace Copydesk
