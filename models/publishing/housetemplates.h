// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
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
    /// template and what is wrong with it (missing, a syntax error, a failing tag). When the
    /// directory is missing or any template in it (*.html, *.css) does not parse, every render
    /// fails with check()'s error, whichever template it asks for.
    Result<QString> render(const QString &name, const QVariantHash &variables) const;

    /// `html` wrapped so that templates output it as it is. Only for text this library made
    /// safe itself (Markdown output, highlighted code, JSON-LD).
    static QVariant safe(const QString &html);

    /// The names of the built-in templates.
    static QStringList builtInNames();

    /// Done when `directory` is a folder whose templates (*.html, *.css) all parse; otherwise
    /// an Error such as "Template error in /news/page.html:12: Unknown filter: shout" (the
    /// file and, when it can be told, the line: TemplateSyntax::errorLine()) or "The template
    /// folder “…” does not exist".
    static Status check(const QString &directory);

    /// Writes the built-in set (builtInNames(), templates and house.css side by side) into
    /// `directory`, created when missing, as a newsroom's starting point: used as the template
    /// folder unchanged, it renders the same bytes as the built-in set. Refuses, writing
    /// nothing, when any of the files exists and `replace` is false (Error::Code::Exists,
    /// naming them). Returns the paths written.
    static Result<QStringList> exportBuiltIn(const QString &directory, bool replace);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Copydesk
