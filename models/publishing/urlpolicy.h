// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// Which URLs may appear in a rendered page. Everything here is an allow-list: a URL that is not
/// recognisably one of the permitted kinds is refused, whatever it is.
///
/// A URL is judged twice: as the browser will read the attribute we write (tabs and line breaks
/// removed, leading and trailing spaces and control characters trimmed, case ignored), and again
/// after also decoding HTML character references and percent-encoding and removing every space
/// and control character, so that "jav&#x61;script:", "java\tscript:" and "%6Aavascript:" are
/// all refused. Both readings must be allowed.
class UrlPolicy
{
public:
    /// The href to write for a link to `url` (not yet HTML-escaped), or an empty string when
    /// the link is refused. Allowed: http and https with a host, mailto: with an address, and
    /// in-page "#fragment" links. Spaces and characters that are invalid in a URL are
    /// percent-encoded in the result.
    static QString link(const QString &url);

    /// The href for a reference's `url`: link(), for a URL that ReferenceUrl::isWellFormed()
    /// also accepts (the checklist's references.urls rule); empty otherwise, so that no export
    /// links a reference URL that `check` calls wrong.
    static QString referenceLink(const QString &url);

    /// The src to write for an embedded picture, or an empty string when refused. Only base64
    /// data: URLs of raster images (PNG, JPEG, GIF, WebP) are allowed, since pages make no
    /// external requests.
    static QString embeddedImage(const QString &url);

    /// Whether `url` is an absolute http or https URL with a host, as link() would accept;
    /// used for publication settings such as the site and category base URLs.
    static bool isWebUrl(const QString &url);

    /// A data: URL for `data` of `mimeType`, or an empty string when the type is not one of the
    /// picture types a page may show (the raster types above and SVG, which browsers render
    /// without scripts inside <img>).
    static QString dataUrl(const QByteArray &data, const QString &mimeType);
};

} // namespace Copydesk
