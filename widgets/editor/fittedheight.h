// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

class QPlainTextEdit;

namespace Copydesk {

/// The height at which `edit` shows all of its text without scrolling: its laid-out blocks at
/// the current width, at least `minimumLines` lines, plus the document margins and the frame.
/// For editors that grow with their text inside a scrolling form (MarkdownEditor,
/// ParagraphLineEdit).
int fittedHeight(const QPlainTextEdit *edit, int minimumLines);

} // namespace Copydesk
