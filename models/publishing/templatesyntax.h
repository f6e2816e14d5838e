// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// Where in a template a syntax error is. KTextTemplate's messages say "line 0" whatever the
/// line, so a newsroom editing its own template would have to guess; this finds the tag.
class TemplateSyntax
{
public:
    /// The 1-based line of the first tag that makes `source` fail to parse, or 0 when it parses
    /// (or the line cannot be told). An unclosed block ("{% if %}" without "{% endif %}") is the
    /// line of the opening tag left open; any other error the line of the tag where parsing
    /// first fails. Thread-safe (an engine of its own per call); meant for the error path only:
    /// it parses the template once per tag.
    static int errorLine(const QString &source);

    /// KTextTemplate's error message without its meaningless position (", line 0, page.html",
    /// "on line 0").
    static QString message(const QString &engineMessage);
};

} // namespace Copydesk
