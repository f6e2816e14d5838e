// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// Syntax highlighting of code blocks with KSyntaxHighlighting. Every token the definition
/// styles becomes a <span class="hl-…"> named after its text style ("hl-keyword", "hl-string",
/// "hl-comment"…); the house stylesheet colours the classes with a fixed light theme, so pages
/// need neither scripts nor inline styles.
class CodeHighlighter
{
public:
    /// Escaped HTML with spans for `code` in `language`, which is a definition name ("Python",
    /// "C++", case-insensitive) or a file extension ("py", "sh"). Returns a null QString when no
    /// definition matches; the caller then shows the code unhighlighted.
    ///
    /// Thread-safe. The definitions are loaded once per process, on first use, and shared
    /// under a lock.
    static QString toHtml(const QString &code, const QString &language);

    /// The class name used for a KSyntaxHighlighting::Theme::TextStyle value, without the
    /// "hl-" prefix; empty for the normal style, which gets no span.
    static QString styleClass(int textStyle);
};

} // namespace Copydesk
