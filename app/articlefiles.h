// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"
#include "structurerecogniser.h"

#include <QCoreApplication>
#include <QStringList>

namespace Copydesk {

/// Articles read from files for the window: imports and the bundled sample article.
class ArticleFiles
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ArticleFiles)
public:
    /// Reads article files and copy with ArticleFileReader (the command line's reader), all or
    /// nothing: the error names the first file that cannot be read or parsed. Each result has
    /// what was recognised (the report is empty for Copydesk JSON and Markdown with front
    /// matter).
    static Result<QList<ImportResult>> readReported(const QStringList &paths);
    /// The sample article bundled with Copydesk (a resource of copydesk_app); an Io error when
    /// the build lacks it.
    static Result<Article> sample();
};

} // namespace Copydesk
