// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Copydesk {

/// One block of text as a reader sees it on an imported page, before anyone has said what it is:
/// the common form of HTML pages (HtmlImportReader) and plain text or Markdown
/// (TextImportReader), read by the one StructureRecogniser.
struct ImportBlock
{
    enum class Kind
    {
        Heading, ///< `level` 1–6; in plain text a line that stands alone like a title.
        Paragraph,
        ListItem, ///< `list` groups the items of one list.
        Quote, ///< A <blockquote>; `attribution` is its <cite>/<figcaption>/footer, if any.
        Caption, ///< A <figcaption> of a picture (not of a quote).
        Term, ///< <dt>
        Definition, ///< <dd>
    };

    Kind kind = Kind::Paragraph;
    int level = 0;
    int list = -1;
    /// The plain text (entities decoded, spaces collapsed): what the recogniser reads.
    QString text;
    /// The same text as inline Markdown, links kept where UrlPolicy allows them; equals `text`
    /// escaped for Markdown when the source had no markup.
    QString markdown;
    QString attribution;
    /// First link target UrlPolicy accepts in the block (for references); empty when none.
    QString url;
    /// A machine-readable date of a <time datetime="…"> inside the block; invalid when none.
    QDateTime time;
    /// Set by the HTML reader for blocks inside <header>…</header> before the first <h1>, and
    /// for blocks in <footer>: hints for the masthead and the "More in" footer.
    bool inHeader = false;
    bool inFooter = false;
};

/// What a page says about itself in machine-readable form (JSON-LD NewsArticle/FAQPage, Open
/// Graph, <html lang>): used where the visible text leaves a part out, never instead of it.
struct ImportHints
{
    QString siteName;
    QString headline;
    QString description;
    QStringList authors;
    QDateTime published;
    QString language;
    QString section; ///< articleSection: the category.
    QList<std::pair<QString, QString>> faq; ///< question, answer (plain text).
};

struct ImportDocument
{
    QList<ImportBlock> blocks;
    ImportHints hints;
    /// True for Markdown input: "#" headings, "-" lists and ">" quotes are syntax.
    bool markdown = false;
};

} // namespace Copydesk
