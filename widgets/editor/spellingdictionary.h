// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace Copydesk {

/// The spelling dictionary (hunspell naming, as Sonnet lists them: "en_US", "de_DE") to use for
/// a BCP 47 language tag ("en", "en-GB", "de-AT"), chosen among `available`.
///
/// The region decides when its dictionary exists ("en-GB" → en_GB, "de_AT" → de_AT); otherwise,
/// and for a bare language, the language's main dictionary is used (en_US for English, xx_XX
/// for the others: de_DE, fr_FR…), then a bare "de", then any dictionary of the language in
/// alphabetical order. Script subtags ("sr-Latn-RS") are skipped; case does not matter.
/// Returns an empty string when nothing fits or `language` is empty. Pure and thread-safe.
QString spellingDictionary(const QString &language, const QStringList &available);

} // namespace Copydesk
