// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QString>

namespace Copydesk {

/// Names the place a checklist finding points at as a person sees it in the editor, for reports
/// that people read (`copydesk check`, export's preflight report).
class FindingPlace
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::FindingPlace)
public:
    /// The translated name of the place ChecklistFinding::path `path` points at: "Headline",
    /// "Hero image alt text", "Article parts" (for "parts"), a structured part by its heading
    /// ("Key Facts", a renamed "Voices"), a section as "Section “Background”" (untitled: "Part 3",
    /// its position); an entry of a part adds its number from 1 ("FAQ 2", "References 1"). An
    /// unknown path, or a part that is not in `article`, is returned unchanged. Pure.
    static QString name(const Article &article, const QString &path);
};

} // namespace Copydesk
