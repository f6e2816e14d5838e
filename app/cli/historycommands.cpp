// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// revisions, diff, restore, trash, check-library: an article's history and the library's care.
#include "articlediff.h"
#include "clicommands.h"
#include "clicontext.h"
#include "clifilters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Copydesk {

namespace {

/// Loads "current" or a revision number of article `id`; prints the error on failure.
std::optional<Article> loadVersion(CliContext &context, qint64 id, const QString &which)
{
    if (which == QLatin1String("current")) {
        auto record = context.store()->load(id);
        if (!record) {
            context.fail(record.error());
            return std::nullopt;
        }
        return record->article;
    }
    bool ok = false;
    const int number = which.toInt(&ok);
    if (!ok) {
        context.usage(CliContext::tr("“%1” is neither a revision number nor “current”").arg(which));
        return std::nullopt;
    }
    auto revision = context.store()->revision(id, number);
    if (!revision) {
        context.fail(revision.error());
        return std::nullopt;
    }
    return revision.value();
}

/// Runs `action` on every article id in `ids`; stops at the first failure.
template<typename Action>
int forEachArticle(CliContext &context, const QStringList &ids, Action action)
{
    if (ids.isEmpty())
        return context.usage(CliContext::tr("no article id given"));
    for (const QString &text : ids) {
        const qint64 id = context.resolveArticle(text);
        if (!id)
            return CliContext::Failure;
        if (int code = action(id); code != CliContext::Success)
            return code;
    }
    return CliContext::Success;
}

} // namespace

int revisionsCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("List an article's revisions, newest first."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("Article id or UUID"));
    parser.addOption({QStringLiteral("json"), CliContext::tr("Print JSON")});
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("revisions needs exactly one article id"));
    const qint64 id = context.resolveArticle(parser.positionalArguments().first());
    if (!id)
        return CliContext::Failure;
    auto revisions = context.store()->revisions(id);
    if (!revisions)
        return context.fail(revisions.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RevisionInfo &r : revisions.value()) {
            array.append(QJsonObject {
                {QStringLiteral("number"), r.number},
                {QStringLiteral("created"), r.created.toString(Qt::ISODateWithMs)},
                {QStringLiteral("author"), r.author},
                {QStringLiteral("note"), r.note},
                {QStringLiteral("contentHash"), QString::fromLatin1(r.contentHash)},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CliContext::Success;
    }
    context.out << CliContext::tr("REV").leftJustified(6)
                << CliContext::tr("SAVED").leftJustified(18)
                << CliContext::tr("BY").leftJustified(20) << CliContext::tr("NOTE") << '\n';
    for (const RevisionInfo &r : revisions.value()) {
        context.out << QString::number(r.number).leftJustified(6)
                    << CliContext::formatTime(r.created).leftJustified(18)
                    << r.author.leftJustified(20) << r.note << '\n';
    }
    return CliContext::Success;
}

int diffCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Compare two versions of an article field by field. With no versions: the newest "
        "revision against the one before it; with one: that revision against the current "
        "text. A version is a revision number or “current”."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("Article id or UUID"));
    parser.addPositionalArgument(
        QStringLiteral("from"), CliContext::tr("Older version"), QStringLiteral("[from]"));
    parser.addPositionalArgument(
        QStringLiteral("to"), CliContext::tr("Newer version"), QStringLiteral("[to]"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 3)
        return context.usage(CliContext::tr("diff needs an article id and at most two versions"));
    const qint64 id = context.resolveArticle(args.first());
    if (!id)
        return CliContext::Failure;
    QString from = args.value(1);
    QString to = args.value(2, QStringLiteral("current"));
    if (args.size() == 1) {
        auto revisions = context.store()->revisions(id);
        if (!revisions)
            return context.fail(revisions.error());
        if (revisions->size() < 2) {
            context.out
                << CliContext::tr("Article %1 has only one revision; nothing to compare.").arg(id)
                << '\n';
            return CliContext::Success;
        }
        from = QString::number(revisions->at(1).number);
        to = QString::number(revisions->at(0).number);
    }
    const auto before = loadVersion(context, id, from);
    if (!before)
        return CliContext::Failure;
    const auto after = loadVersion(context, id, to);
    if (!after)
        return CliContext::Failure;
    const QList<FieldChange> changes = diffArticles(*before, *after);
    context.out << CliContext::tr("Article %1: %2 → %3").arg(QString::number(id), from, to) << '\n';
    if (changes.isEmpty())
        context.out << CliContext::tr("No differences.") << '\n';
    else
        context.out << formatChangesAsText(changes, context.color);
    return CliContext::Success;
}

int restoreCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Make an old revision the current text. This keeps a new revision; nothing is lost."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("Article id or UUID"));
    parser.addPositionalArgument(
        QStringLiteral("revision"), CliContext::tr("Revision number to restore"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usage(CliContext::tr("restore needs an article id and a revision number"));
    bool ok = false;
    const int number = args.at(1).toInt(&ok);
    if (!ok)
        return context.usage(CliContext::tr("“%1” is not a revision number").arg(args.at(1)));
    const qint64 id = context.resolveArticle(args.first());
    if (!id)
        return CliContext::Failure;
    auto restored = context.store()->restoreRevision(id, number, context.author);
    if (!restored)
        return context.fail(restored.error());
    context.out << CliContext::tr("Restored revision %1 of article %2 as revision %3.")
                       .arg(QString::number(number), QString::number(id),
                           QString::number(restored.value()))
                << '\n';
    return CliContext::Success;
}

int trashCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "trash ID…: move articles to the trash.  trash list: show the trash.  trash restore "
        "ID…: take articles out of it.  trash purge ID…: delete trashed articles and all "
        "their revisions for good."));
    parser.addPositionalArgument(QStringLiteral("action"),
        CliContext::tr("list, restore, purge, or ids"),
        QStringLiteral("[list|restore|purge] [ID…]"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.isEmpty() || action == QLatin1String("list"))
        return listCommand(context, {QStringLiteral("list"), QStringLiteral("--trash")});
    if (!context.store())
        return CliContext::Failure;
    if (action == QLatin1String("restore")) {
        args.removeFirst();
        return forEachArticle(context, args, [&](qint64 id) {
            if (Status done = context.store()->restoreFromTrash(id); !done)
                return context.fail(done.error());
            context.out << CliContext::tr("Restored article %1 from the trash.").arg(id) << '\n';
            return int(CliContext::Success);
        });
    }
    if (action == QLatin1String("purge")) {
        args.removeFirst();
        return forEachArticle(context, args, [&](qint64 id) {
            if (Status done = context.store()->purge(id); !done)
                return context.fail(done.error());
            context.out << CliContext::tr("Purged article %1 and its revisions.").arg(id) << '\n';
            return int(CliContext::Success);
        });
    }
    return forEachArticle(context, args, [&](qint64 id) {
        if (Status done = context.store()->moveToTrash(id); !done)
            return context.fail(done.error());
        context.out << CliContext::tr("Moved article %1 to the trash.").arg(id) << '\n';
        return int(CliContext::Success);
    });
}

int checkLibraryCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Check the library file for damage and inconsistencies, and that the "
                       "text of every article is readable and matches the content hash of its "
                       "newest revision. Works on read-only libraries and while another "
                       "Copydesk writes."));
    parser.addOption({QStringLiteral("full"),
        CliContext::tr("Check every revision of every article, not only the newest")});
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    ArticleStore *library = context.store();
    if (!library)
        return CliContext::Failure;
    auto problems = library->checkIntegrity(parser.isSet(QStringLiteral("full")));
    if (!problems)
        return context.fail(problems.error());
    if (problems->isEmpty()) {
        context.out << CliContext::tr("%1: ok").arg(library->location()) << '\n';
        return CliContext::Success;
    }
    for (const QString &problem : problems.value())
        context.err << library->location() << ": " << problem << '\n';
    return CliContext::Failure;
}

} // namespace Copydesk
