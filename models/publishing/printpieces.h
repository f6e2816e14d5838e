// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace Copydesk {

/// A long page cut into pieces that the web engine prints one after another (PdfExporter), so
/// that printing takes time in proportion to the length: Chromium's printing of one document
/// grows faster than its length (docs/benchmarks.md).
///
/// Each piece is a complete HTML document with the page's own head (stylesheet, language,
/// Content-Security-Policy). The first piece has everything before its end (masthead, the
/// article's header), the last everything after its start (the colophon); a piece between them
/// reopens the elements its first block sits in (`<main><article><section …>`, their start tags
/// copied as they are) and closes them after its last block. So the pieces' body texts, in
/// order, are the page's body text, nothing missing and nothing twice. Such a piece goes on as
/// at a page break of the page printed in one: its reopened elements and its first block are
/// marked (`data-copydesk-piece="reopened"`, `"first"`) and a style of the piece's own, which
/// its Content-Security-Policy then allows by its hash, takes away their top margins (and the
/// reopened elements' top padding and border).
///
/// Pieces start only before a block (a paragraph, a heading, a list item…) whose parents are all
/// body, main, article, section, div (the lede), dl or ul, and that the page has a start tag
/// for: never inside a paragraph, a quote, a table, a numbered list or a FAQ entry. These places
/// are the cuts, numbered from 0 in the page's order. A piece's size is counted in bytes of text
/// (pictures embedded as data: URLs do not count). Where a part (`<section>`) starts between half
/// and twice `pieceText` after a piece's start, the piece ends there, so that pieces usually begin
/// with a part's heading.
///
/// Thread-safe for reading, no Qt objects: may be made and used on a worker thread.
class PrintPieces
{
public:
    /// Above this much text per piece, Chromium's printing stops growing in proportion.
    static constexpr qsizetype DefaultPieceText = 1024 * 1024;
    /// A piece's start (before any cut: the page's start) or end (after every cut: its end).
    static constexpr int Whole = -1;

    /// Reads `html` (a complete UTF-8 document, as ArticleRenderer makes it) to print it in
    /// pieces of about `pieceText` bytes of text each. A page with no more than minimumText() of
    /// text, or with no place to cut (no body, one long paragraph), is one piece.
    explicit PrintPieces(const QByteArray &html, qsizetype pieceText = DefaultPieceText);
    ~PrintPieces();
    PrintPieces(const PrintPieces &) = delete;
    PrintPieces &operator=(const PrintPieces &) = delete;

    /// Up to this much text a page is printed in one: two and a half pieces. Cutting costs a few
    /// pages printed twice, the pieces' loads and their joining; at 2 MB of text that is still
    /// more than the one document's excess (docs/benchmarks.md).
    static qsizetype minimumText(qsizetype pieceText);

    /// Whether the page is printed in more than one piece.
    bool isCut() const;

    /// The cut where the piece that starts at cut `from` (Whole: the page's start) ends; Whole
    /// when it runs to the page's end.
    int endOf(int from) const;

    /// The document that prints the page from cut `from` to cut `to` (Whole: its start, its end).
    QByteArray piece(int from, int to) const;

    /// How much of the page's text comes before cut `cut` (Whole: 0), from 0 to 1: a piece's
    /// share of the printing, for progress.
    double share(int cut) const;

    /// A cut where the next piece may start instead, so that it continues the printed pages
    /// without a page break (PieceJoin): the first letters of the block it starts with and the
    /// last letters before it, letters and digits only, in lower case.
    struct Join
    {
        int cut = Whole;
        QString lead;
        QString tail;
    };

    /// The cuts in the last `text` bytes of text of the piece from `from` to `to`, first to
    /// last; none when `to` is Whole. A cut whose lead and tail another cut of the piece has too
    /// (a repeated paragraph), with fewer than 8 letters after it or 40 before, or right after a
    /// block without text (a rule, a picture without a caption) is left out.
    QList<Join> joinsBefore(int from, int to, qsizetype text) const;

    /// The letters and digits of `text`, case-folded: how PieceJoin compares printed text with
    /// the page's.
    static QString letters(const QString &text);

    /// Every piece, each starting where the one before it ends.
    static QList<QByteArray> split(const QByteArray &html, qsizetype pieceText = DefaultPieceText);

private:
    struct Parsed;
    QByteArray m_html;
    qsizetype m_pieceText;
    std::unique_ptr<Parsed> m_parsed;
};

} // namespace Copydesk
