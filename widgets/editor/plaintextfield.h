// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

class QMimeData;
class QPlainTextEdit;
class QWidget;
class QString;

/// Helpers shared by the editors built on QPlainTextEdit that sit in the article form.
namespace Copydesk {

/// The height at which `edit` shows all of its text without scrolling: its laid-out blocks at
/// the current width, at least `minimumLines` lines, plus the document margins and the frame.
/// For editors that grow with their text inside a scrolling form (MarkdownEditor,
/// ParagraphLineEdit).
int fittedHeight(const QPlainTextEdit *edit, int minimumLines);

/// The text of `edit` as typed: lines joined with "\n", no-break spaces kept (toPlainText()
/// would turn them into spaces; the article keeps them).
QString typedText(const QPlainTextEdit *edit);

/// Whether the text of `edit` as typed (typedText()) differs from `last`; if so, `last` becomes
/// it. For the editors' textChanged handlers, which also fire for format changes.
bool takeTypedText(const QPlainTextEdit *edit, QString &last);

/// Whether the ArticleEditor that `field` sits in took pasted or dropped `copy` as a whole
/// (ArticleEditor::setCopyTaker()); the field then inserts nothing. False outside an editor.
bool takenByEditor(const QWidget *field, const QMimeData *copy);

} // namespace Copydesk
