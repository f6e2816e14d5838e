// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "publicationprofile.h"
#include "structurerecogniser.h"

#include <QCoreApplication>
#include <QList>

namespace Copydesk {

/// What the masthead of imported copy (ImportResult::publication and tagline) means for the
/// publication profile, for the window's and the command line's import alike. The name and
/// tagline belong to the profile, not to the article, so an import never puts them into the
/// article; it names a still nameless publication (PublicationProfile::hasDefaultName()) after
/// the first page that has a masthead, and otherwise only says when the page names another
/// publication.
class MastheadProfile
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::MastheadProfile)
public:
    struct Outcome
    {
        PublicationProfile profile; ///< The profile to store when `changed`, else the given one.
        bool changed = false;
        /// One sentence for the person importing, or empty when the mastheads say nothing new:
        /// "The publication is now named “The Harbour Herald” (tagline “…”), from the masthead
        /// of harbour.html." / "The masthead of wire.txt names “Nordic Wire”; the publication
        /// profile keeps “The Harbour Herald”."
        QString note;
    };

    /// `results[i]` was read from `sources[i]` (a file name, or "Pasted text"). The first masthead
    /// name decides; a name the profile would refuse (ProfileFields::set()) leaves the profile
    /// as it was and the note says why. A tagline is taken only with the name, or when the
    /// profile has none and the masthead's name is the profile's.
    static Outcome apply(const PublicationProfile &profile, const QList<ImportResult> &results,
        const QStringList &sources);

    /// apply() to `store`'s profile, stored there when it changed: after an import, which has
    /// already stored the articles. The note, or why the profile could not be read or stored
    /// (a team library may refuse a reporter); empty when the mastheads say nothing new.
    static QString update(
        ArticleStore &store, const QList<ImportResult> &results, const QStringList &sources);
};

} // namespace Copydesk
