// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Copydesk {

/// What an import recognised as what, for the person who imports: one entry per part found
/// ("Headline", "Key Facts" with its count and the first words), and notes on what needs an
/// editor's eye (a typed reading time, text that could not be placed). Texts are translated.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ImportReport)
public:
    struct Entry
    {
        QString part; ///< As a reader names it: "Headline", "FAQ", the section's title.
        int count = 1; ///< Items, entries or paragraphs; 0 for an empty part.
        QString preview; ///< The first words, at most PreviewCharacters.
        bool operator==(const Entry &) const = default;
    };

    static constexpr int PreviewCharacters = 60;

    QList<Entry> entries;
    QStringList notes;

    void add(const QString &part, int count, const QString &text);
    /// One line per entry ("Key Facts: 3 — Output rose…"), then the notes.
    QString text() const;
    /// `text` cut to PreviewCharacters at a word boundary, with "…" when cut.
    static QString preview(const QString &text);
};

} // namespace Copydesk
