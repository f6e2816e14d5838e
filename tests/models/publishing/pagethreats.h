// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

/// What the hostile-input tests look for in an exported page, read with HtmlScanner.
namespace PageThreats {

/// The first sign of active content in `html`, described ("unexpected attribute onclick on
/// <p>", "dangerous href javascript:…"); empty when there is none. Allowed: the page's own
/// elements and attributes, http(s), mailto and fragment links, data: images, one stylesheet,
/// the Content-Security-Policy meta tag and one or two clean JSON-LD scripts.
QString find(const QString &html);

} // namespace PageThreats
