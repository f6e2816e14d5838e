// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"
#include "structurerecogniser.h"

#include <QCoreApplication>
#include <QString>

namespace Copydesk {

/// The one reader of article files, for the window's import and the command line's import and
/// check: Copydesk JSON (*.json) or Markdown with front matter (*.md, *.markdown), by suffix in
/// any case; and unstructured copy, whose structure StructureRecogniser finds: HTML pages
/// (*.html, *.htm, read by HtmlImportReader), plain text (*.txt) and Markdown without front
/// matter (TextImportReader). The file must be a regular file of at most MaxBytes in UTF-8
/// (UTF-16/32 with a byte-order mark are converted, see TextEncoding); a Markdown hero `file:` is
/// read through ImageFiles::readNamedIn() relative to the file's folder. Reentrant.
class ArticleFileReader
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ArticleFileReader)
public:
    enum class Type
    {
        Json,
        Markdown,
        Html,
        Text,
        Unknown
    };

    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    /// The type `path` names by its suffix.
    static Type typeOf(const QString &path);

    /// The article in `path` (as the user named it; messages start with it). Errors: an unknown
    /// suffix ("“notes.txt”: unknown file type; …"), a missing or unreadable file, a link loop
    /// or anything but a regular file (Error::Io), the file's encoding or content
    /// (Error::InvalidInput, with the line), a "uuid" that is not a UUID.
    static Result<Article> read(const QString &path);

    /// As read(), with what was recognised as what: the report is empty for Copydesk JSON and
    /// Markdown with front matter, which say what each part is. A Copydesk JSON file's
    /// "modified" becomes ImportResult::modified.
    static Result<ImportResult> readReported(const QString &path);

    /// Copy as it arrives on the clipboard or in a drop (text pasted from a web page, a wire or
    /// an e-mail), recognised like an HTML or text file: `html` when the copy has it, else
    /// `text`. InvalidInput, naming `source` ("Pasted text"), when neither has words to place
    /// or the copy is longer than MaxBytes characters (a file's bound).
    static Result<ImportResult> readCopy(
        const QString &html, const QString &text, const QString &source);

    /// The message for a path whose suffix is not an article file's.
    static QString unknownTypeMessage(const QString &path);

private:
    /// Unstructured copy (HTML, plain text, Markdown without front matter) through the
    /// StructureRecogniser; `name` (quoted) starts the error when nothing could be placed.
    static Result<ImportResult> recognise(Type type, const QByteArray &utf8, const QString &name);
    static Result<Article> readMarkdown(const QByteArray &text, const QString &path);
    /// `modified`: set to a Copydesk JSON file's "modified" (ArticleJson::modifiedOf()).
    static Result<Article> readStructured(
        Type type, const QByteArray &text, const QString &path, QDateTime *modified);
};

} // namespace Copydesk
