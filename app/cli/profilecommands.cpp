// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// profile and templates: the publication's profile and its house-style templates.
#include "clicommands.h"
#include "clicontext.h"
#include "clifilters.h"
#include "housetemplates.h"
#include "profilefields.h"
#include "profilefile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace Copydesk {

namespace {

using namespace Qt::StringLiterals;

int showProfile(CliContext &context, const PublicationProfile &profile)
{
    for (const QString &key : ProfileFields::keys())
        context.out << key.leftJustified(14) << ProfileFields::value(profile, key) << '\n';
    if (profile.hasDefaultName())
        context.noteDefaultProfile();
    return CliContext::Success;
}

int storeProfile(CliContext &context, ArticleStore *library, const PublicationProfile &profile)
{
    if (Status stored = library->setPublicationProfile(profile); !stored)
        return context.fail(stored.error());
    return showProfile(context, profile);
}

int exportProfile(
    CliContext &context, const PublicationProfile &profile, const QString &path, bool replace)
{
    const QByteArray bytes = ProfileFile::bytes(profile);
    if (path.isEmpty() || path == u"-"_s) {
        context.out << QString::fromUtf8(bytes);
        return CliContext::Success;
    }
    if (QFileInfo(path).isDir())
        return context.fail(CliContext::tr("“%1” is a folder; name the profile file").arg(path));
    if (QFileInfo::exists(path) && !replace)
        return context.fail(CliContext::tr("“%1” exists; --force replaces it").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(CliContext::tr("cannot write “%1”: %2").arg(path, file.errorString()));
    context.out << CliContext::tr("Wrote %1").arg(path) << '\n';
    return CliContext::Success;
}

} // namespace

int profileCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Show the library's publication profile, which every page and export carries, or change "
        "it: profile set KEY VALUE (an empty VALUE clears a key), profile import FILE (a "
        "profile exported before), profile export [FILE] (standard output without FILE). The "
        "keys: name, tagline, logo (a PNG, JPEG or SVG file), site-url, article-url (a pattern "
        "such as https://example.com/{category}/{slug}: {slug} or {uuid} is needed; {category}, "
        "{yyyy}, {mm} and {dd} may be used), category-url (with {category}), language (en, "
        "de-CH…), accent-color (#rrggbb) and templates (the newsroom's template folder). A bad "
        "value is refused, naming the key, and nothing is changed. The window's Settings edit "
        "the same profile."));
    parser.addPositionalArgument(u"action"_s,
        CliContext::tr("show, set KEY VALUE, import FILE or export [FILE]"),
        u"[show | set KEY VALUE | import FILE | export [FILE]]"_s);
    parser.addOption({u"force"_s, CliContext::tr("export: replace an existing file")});
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, u"show"_s);
    const QHash<QString, QList<qsizetype>> counts {
        {u"show"_s, {0, 1}}, {u"set"_s, {3}}, {u"import"_s, {2}}, {u"export"_s, {1, 2}}};
    if (!counts.value(action).contains(args.size()))
        return context.usage(
            CliContext::tr("use: profile [show | set KEY VALUE | import FILE | export [FILE]]"));
    const bool changes = action == u"set"_s || action == u"import"_s;

    // Checked before the library opens, so that a mistake never creates one.
    Result<PublicationProfile> imported = PublicationProfile {};
    if (action == u"import"_s && !(imported = ProfileFile::read(args.at(1))))
        return context.fail(imported.error().message + QLatin1Char('\n')
            + CliContext::tr("The profile was not changed."));
    ArticleStore *library = context.store(changes);
    if (!library)
        return CliContext::Failure;
    Result<PublicationProfile> profile = library->publicationProfile();
    if (!profile)
        return context.fail(profile.error());
    if (action == u"set"_s) {
        if (Status set = ProfileFields::set(*profile, args.at(1), args.at(2)); !set)
            return context.fail(set.error().message + QLatin1Char('\n')
                + CliContext::tr("The profile was not changed."));
        return storeProfile(context, library, *profile);
    }
    if (action == u"import"_s)
        return storeProfile(context, library, *imported);
    if (action == u"export"_s)
        return exportProfile(context, *profile, args.value(1), parser.isSet(u"force"_s));
    return showProfile(context, *profile);
}

int templatesCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "templates export DIR writes the built-in house-style templates (page.html, the part "
        "templates, house.css) into DIR, created when missing, as the starting point of a "
        "newsroom's own; unchanged, they render exactly the built-in pages. Existing files are "
        "not replaced (nothing is written) unless --force. templates check [DIR] reports the "
        "first template that does not parse, with its file and line (DIR: the --templates "
        "folder, else the profile's)."));
    parser.addPositionalArgument(
        u"action"_s, CliContext::tr("export DIR, or check [DIR]"), u"export DIR | check [DIR]"_s);
    parser.addOption({u"force"_s, CliContext::tr("Replace existing template files")});
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() == 2 && args.first() == u"export"_s) {
        const Result<QStringList> written
            = HouseTemplates::exportBuiltIn(args.at(1), parser.isSet(u"force"_s));
        if (!written)
            return context.fail(written.error().code == Error::Code::Exists
                    ? written.error().message + QLatin1Char(' ')
                        + CliContext::tr("(--force replaces them)")
                    : written.error().message);
        for (const QString &path : *written)
            context.out << CliContext::tr("Wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
        return CliContext::Success;
    }
    if ((args.size() == 1 || args.size() == 2) && args.first() == u"check"_s) {
        QString directory = args.value(1, context.templateDirectory);
        if (directory.isEmpty()) {
            ArticleStore *library = context.store();
            if (!library)
                return CliContext::Failure;
            const Result<PublicationProfile> profile = library->publicationProfile();
            if (!profile)
                return context.fail(profile.error());
            directory = profile->templateDirectory;
        }
        if (directory.isEmpty()) {
            context.out << CliContext::tr("No template folder: pages use the built-in templates.")
                        << '\n';
            return CliContext::Success;
        }
        if (Status usable = HouseTemplates::check(directory); !usable)
            return context.fail(usable.error());
        context.out << CliContext::tr("The templates in %1 are fine.")
                           .arg(QDir::toNativeSeparators(directory))
                    << '\n';
        return CliContext::Success;
    }
    return context.usage(
        CliContext::tr("use: templates export DIR [--force] | templates check [DIR]"));
}

} // namespace Copydesk
