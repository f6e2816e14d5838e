// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

namespace Copydesk {

/// What a render needs besides the article and the publication profile.
struct RenderOptions
{
    /// When the article was last changed: "Updated …" in the byline when later than the
    /// publication date, and dateModified in the structured data. Invalid (the default) leaves
    /// both out; the structured data then repeats the publication date.
    QDateTime modified;
    /// A directory of the newsroom's own template files for this render only (`copydesk
    /// --templates DIR`); each replaces the built-in template of the same name (see
    /// docs/templates.md). Empty: the profile's PublicationProfile::templateDirectory, and when
    /// that is empty too the built-in house style.
    QString templateDirectory;
};

} // namespace Copydesk
