// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Copydesk {

/// How far a PDF export has come (PdfExporter::progress()): the stage it is in and a rough
/// percentage for a progress bar. Within one export the percentage never decreases, and the
/// last report of an export that succeeded is Stage::Done at 100. The percentages are where
/// each stage typically starts in the time of an export (docs/benchmarks.md): Chromium does not
/// say how far it has come within loading or printing.
struct PdfProgress
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PdfProgress)

public:
    /// Exports that end sooner show no progress: the command line prints nothing, the window
    /// shows no progress dialog.
    static constexpr int QuietMs = 1000;

    enum class Stage
    {
        Rendering, ///< The article becomes the publication's HTML page.
        Starting, ///< Waiting for the web engine to start (the first export of an exporter).
        Loading, ///< The web engine reads the page.
        Printing, ///< The web engine lays out and prints the pages.
        Numbering, ///< The pages get their numbers and the document its metadata.
        Done, ///< The PDF is complete.
    };

    Stage stage = Stage::Rendering;
    int percent = 0;
    int pages = 0; ///< The PDF's pages, with Stage::Done; 0 before.
    /// A long page is printed in pieces (PrintPieces): with Stage::Printing, the piece being
    /// printed (from 1) of how many; both 0 when the page is printed in one.
    int piece = 0;
    int pieces = 0;

    /// What is happening, for a person: "Printing the pages…" ("Printing the pages… (piece 2 of
    /// 9)"), translated.
    QString text() const;

    bool operator==(const PdfProgress &) const = default;
};

} // namespace Copydesk

Q_DECLARE_METATYPE(Copydesk::PdfProgress)
