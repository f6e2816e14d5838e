// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QSize>

namespace Copydesk {

/// The pixel size a raster picture declares in its header, read without decoding it (and
/// without Qt Gui, so that the checklist and the renderer can use it): the renderer writes it
/// as the <img>'s intrinsic size so that a small picture is never stretched, and the
/// checklist's hero.size rule compares it with what a page and a social card need.
class ImageSize
{
public:
    /// The width and height of a PNG, GIF, JPEG or WebP picture in `data`; an invalid QSize
    /// for anything else (SVG has no pixel size), a truncated header or a zero dimension. A
    /// JPEG's EXIF orientation is not applied: a rotated photo reports its stored size.
    /// Pure; reads at most the headers.
    static QSize of(const QByteArray &data);
};

} // namespace Copydesk
