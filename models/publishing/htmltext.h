// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Copydesk {

/// Escaping and cleaning of text for HTML output. Everything an article carries passes through
/// here (or through the template engine's autoescaping) before it reaches a page.
class HtmlText
{
public:
    /// `text` with &, <, >, " and ' written as character references: safe in element content
    /// and in quoted attribute values.
    static QString escape(QStringView text);
    /// Appends `utf8` to `out`, escaped as escape() does.
    static void appendEscaped(QByteArray &out, QByteArrayView utf8);

    /// `text` without the code points HTML forbids in a document, so that no field can make a
    /// page invalid: control characters other than tab, line feed and carriage return are
    /// dropped; NUL, noncharacters and unpaired surrogates become U+FFFD. Returns `text` itself
    /// (a shared copy) when there is nothing to clean.
    static QString clean(const QString &text);
};

} // namespace Copydesk
