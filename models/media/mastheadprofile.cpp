// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "mastheadprofile.h"

#include "profilefields.h"
#include "quotedvalue.h"

namespace Copydesk {

MastheadProfile::Outcome MastheadProfile::apply(const PublicationProfile &profile,
    const QList<ImportResult> &results, const QStringList &sources)
{
    Outcome outcome {profile, false, {}};
    qsizetype first = -1;
    for (qsizetype i = 0; i < results.size() && first < 0; ++i) {
        if (!results.at(i).publication.simplified().isEmpty())
            first = i;
    }
    if (first < 0)
        return outcome;
    const QString name = results.at(first).publication.simplified();
    const QString tagline = results.at(first).tagline.simplified();
    const QString source = sources.value(first);
    if (profile.hasDefaultName()) {
        PublicationProfile named = profile;
        Status set = ProfileFields::set(named, QStringLiteral("name"), name);
        if (set && !tagline.isEmpty() && profile.tagline.trimmed().isEmpty())
            set = ProfileFields::set(named, QStringLiteral("tagline"), tagline);
        if (!set) {
            outcome.note
                = tr("The masthead of %1 names %2, but the publication profile cannot take "
                     "it: %3.")
                      .arg(source, QuotedValue::quoted(name), set.error().message);
            return outcome;
        }
        outcome.profile = named;
        outcome.changed = true;
        outcome.note = named.tagline != profile.tagline
            ? tr("The publication is now named %1 (tagline %2), from the masthead of %3.")
                  .arg(QuotedValue::quoted(name), QuotedValue::quoted(tagline), source)
            : tr("The publication is now named %1, from the masthead of %2.")
                  .arg(QuotedValue::quoted(name), source);
        return outcome;
    }
    if (name.compare(profile.name.simplified(), Qt::CaseInsensitive) != 0) {
        outcome.note = tr("The masthead of %1 names %2; the publication profile keeps %3.")
                           .arg(source, QuotedValue::quoted(name),
                               QuotedValue::quoted(profile.name.simplified()));
        return outcome;
    }
    if (!tagline.isEmpty() && profile.tagline.trimmed().isEmpty()) {
        PublicationProfile tagged = profile;
        if (ProfileFields::set(tagged, QStringLiteral("tagline"), tagline)) {
            outcome.profile = tagged;
            outcome.changed = true;
            outcome.note = tr("The publication's tagline is now %1, from the masthead of %2.")
                               .arg(QuotedValue::quoted(tagline), source);
        }
    }
    return outcome;
}

QString MastheadProfile::update(
    ArticleStore &store, const QList<ImportResult> &results, const QStringList &sources)
{
    const Result<PublicationProfile> profile = store.publicationProfile();
    if (!profile)
        return tr("The publication profile could not be read: %1").arg(profile.error().message);
    const Outcome outcome = apply(*profile, results, sources);
    if (!outcome.changed)
        return outcome.note;
    if (const Status stored = store.setPublicationProfile(outcome.profile); !stored)
        return tr("The masthead's name was not stored in the publication profile: %1")
            .arg(stored.error().message);
    return outcome.note;
}

} // namespace Copydesk
