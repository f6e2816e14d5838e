// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QString>
#include <QVariantHash>
#include <memory>

namespace Copydesk {

/// The house-style templates, rendered with KTextTemplate with autoescaping on: every string
/// variable is HTML-escaped unless it was marked safe with safe().
///
/// The built-in set ships in the resources (resources/templates and resources/css). A
/// newsroom can replace any of them with a file of the same name in a directory of its own;
/// files it does not provide fall back to the built-in ones.
///
/// Templates are parsed once and kept. An instance belongs to the thread that made it
/// (KTextTemplate is not thread-safe); forDirectory() hands out one per thread and directory.
class HouseTemplates
{
public:
    /// The templates for `directory` (empty for the built-in set only) in the calling thread,
    /// made on first use and kept until the thread ends. When a file in the directory is
    /// added, changed or removed, the templates are loaded afresh, noticed within a second.
    static HouseTemplates &forDirectory(const QString &directory);

    explicit HouseTemplates(const QString &directory);
    ~HouseTemplates();

    /// The output of template `name` ("page.html") for `variables`, or an Error naming the
    /// template and what is wrong with it (missing, a syntax error, a failing tag).
    Result<QString> render(const QString &name, const QVariantHash &variables) const;

    /// `html` wrapped so that templates output it as it is. Only for text this library made
    /// safe itself (Markdown output, highlighted code, JSON-LD).
    static QVariant safe(const QString &html);

    /// The names of the built-in templates.
    static QStringList builtInNames();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Copydesk
