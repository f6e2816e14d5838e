// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "renderoptions.h"

#include <QDateTime>

namespace Copydesk {

/// What an export needs besides the article and the publication profile: the library's
/// bookkeeping for the article (the library is not a dependency of publishing, so the caller
/// copies it from its ArticleRecord) and the render options.
struct ExportOptions
{
    /// render.modified is the article's last change: the HTML byline's "Updated", ninjs
    /// versioncreated. Invalid leaves both out.
    RenderOptions render;
    QDateTime created; ///< When the article was first stored (ninjs firstcreated); may be invalid.
    int revision = 0; ///< The library's revision number (ninjs version); 0 when unknown.
    /// ninjs: embed the hero image bytes as a data: URI in its rendition. False leaves the
    /// rendition's href out (the ninjs schema makes it optional); the media type and size stay.
    bool embedImages = true;
    /// HTML written to a file (ArticleExporter::exportToFile()) for publishing on the web: the
    /// hero image and the logo go into files beside the page (picturesBeside()), which refers
    /// to them. False (the default): one self-contained page with the pictures embedded.
    bool picturesBeside = false;
};

} // namespace Copydesk
