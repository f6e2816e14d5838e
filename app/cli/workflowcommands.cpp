// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// check, people, submit, withdraw, approve, override-approve, request-changes, publish, spike,
// unspike, reassign, audit, comment, comments, reply, resolve, reopen, review-diff, queue: the
// editorial workflow.
#include "articlediff.h"
#include "articlefilereader.h"
#include "articlejson.h"
#include "articlemarkdown.h"
#include "checklist.h"
#include "clicommands.h"
#include "clicontext.h"
#include "clifilters.h"
#include "findingplace.h"
#include "library.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>
#include <optional>

namespace Copydesk {

namespace {

using namespace Qt::StringLiterals;

/// The context's library when its workflow could be opened; prints the error and returns
/// nullptr otherwise.
Library *openWorkflow(CliContext &context)
{
    Library *library = context.library();
    if (!library)
        return nullptr;
    if (!library->workflow()) {
        context.fail(library->workflowError());
        return nullptr;
    }
    return library;
}

/// An article number or UUID names an article in the library; anything else is a file, so that
/// `check notes.txt` talks about the file, not the library.
bool isArticleId(const QString &argument)
{
    static const QRegularExpression number(u"^[0-9]+$"_s);
    return number.match(argument).hasMatch() || !QUuid::fromString(argument).isNull();
}

bool isArticleFile(const QString &argument)
{
    return !isArticleId(argument);
}

QString severityLabel(RuleLevel level)
{
    return level == RuleLevel::Required ? CliContext::tr("required")
                                        : CliContext::tr("recommended");
}

void printFindings(CliContext &context, const QString &source, const Article &article,
    const QList<ChecklistFinding> &findings)
{
    const int required = Checklist::requiredCount(findings);
    if (findings.isEmpty()) {
        context.out << CliContext::tr("%1: passes the checklist").arg(source) << '\n';
        return;
    }
    context.out << CliContext::tr("%1: %2 required, %3 recommended")
                       .arg(source)
                       .arg(required)
                       .arg(findings.size() - required)
                << '\n';
    for (const ChecklistFinding &f : findings) {
        context.out << "  " << severityLabel(f.severity).leftJustified(12) << ' '
                    << FindingPlace::name(article, f.path).leftJustified(14) << ' ' << f.message
                    << " [" << f.ruleId << "]\n";
    }
}

QJsonObject findingsToJson(
    const QString &source, const Article &article, const QList<ChecklistFinding> &findings)
{
    QJsonArray array;
    for (const ChecklistFinding &f : findings) {
        array.append(QJsonObject {{u"rule"_s, f.ruleId}, {u"severity"_s, ruleLevelName(f.severity)},
            {u"path"_s, f.path}, {u"place"_s, FindingPlace::name(article, f.path)},
            {u"message"_s, f.message}});
    }
    return {{u"source"_s, source}, {u"findings"_s, array},
        {u"required"_s, Checklist::requiredCount(findings)}};
}

/// Parses a command that takes exactly one article id; returns the id, or 0 after printing
/// the problem (and sets *code).
qint64 singleArticle(
    CliContext &context, QCommandLineParser &parser, const QStringList &arguments, int *code)
{
    parser.addPositionalArgument(u"id"_s, CliContext::tr("Article id or UUID"));
    *code = parseCommandLine(context, parser, arguments);
    if (*code >= 0)
        return 0;
    if (parser.positionalArguments().size() != 1) {
        *code = context.usage(
            CliContext::tr("%1 needs exactly one article id").arg(arguments.first()));
        return 0;
    }
    const qint64 id = context.resolveArticle(parser.positionalArguments().first());
    *code = id ? -1 : int(CliContext::Failure);
    return id;
}

int runAction(CliContext &context, const QStringList &arguments, WorkflowAction action,
    const QString &description, bool noteRequired = false)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    // Every transition's audit entry can carry a note, as in the window.
    parser.addOption({u"note"_s, CliContext::tr("A note for the reporter and the audit log"),
        CliContext::tr("text")});
    int code = -1;
    const qint64 id = singleArticle(context, parser, arguments, &code);
    if (!id)
        return code;
    const QString note = parser.isSet(u"note"_s) ? parser.value(u"note"_s) : QString();
    if (noteRequired && note.trimmed().isEmpty())
        return context.usage(
            CliContext::tr("%1 needs --note saying what to change").arg(arguments.first()));
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    const Result<ArticleStatus> status
        = workflow->workflow()->apply(id, action, context.author, note);
    if (!status)
        return context.fail(status.error());
    context.out << CliContext::tr("Article %1 is now %2.").arg(id).arg(statusLabel(*status))
                << '\n';
    return CliContext::Success;
}

qint64 commentId(CliContext &context, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.usage(CliContext::tr("“%1” is not a comment number").arg(text));
        return 0;
    }
    return id;
}

} // namespace

int checkCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Run the checklist over articles of the library or over article files (.json, .md, "
        ".html, .txt). Files use "
        "the library's checklist settings when the library exists, the house defaults "
        "otherwise. Exits with 1 when a required rule fails."));
    parser.addPositionalArgument(
        u"articles"_s, CliContext::tr("Article ids or UUIDs, or files"), u"ID|FILE…"_s);
    parser.addOption({u"json"_s, CliContext::tr("Print JSON")});
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList sources = parser.positionalArguments();
    if (sources.isEmpty())
        return context.usage(CliContext::tr("check needs article ids or files"));

    const bool onlyFiles = std::all_of(sources.cbegin(), sources.cend(), isArticleFile);
    Library *workflow = nullptr;
    ChecklistConfig config;
    if (!onlyFiles || QFileInfo::exists(context.libraryPath)) {
        workflow = openWorkflow(context);
        if (!workflow)
            return CliContext::Failure;
        const Result<ChecklistConfig> stored = workflow->workflow()->checklistConfig();
        if (!stored)
            return context.fail(stored.error());
        config = *stored;
    }

    int required = 0;
    QJsonArray json;
    for (const QString &source : sources) {
        Article article;
        if (isArticleFile(source)) {
            Result<Article> read = ArticleFileReader::read(source);
            if (!read)
                return context.fail(read.error());
            article = *read;
        } else {
            const qint64 id = context.resolveArticle(source);
            if (!id)
                return CliContext::Failure;
            const Result<ArticleRecord> record = context.store()->load(id);
            if (!record)
                return context.fail(record.error());
            article = record->article;
        }
        const QList<ChecklistFinding> findings = Checklist::run(article, config);
        required += Checklist::requiredCount(findings);
        if (parser.isSet(u"json"_s))
            json.append(findingsToJson(source, article, findings));
        else
            printFindings(context, source, article, findings);
    }
    if (parser.isSet(u"json"_s))
        context.out << QString::fromUtf8(QJsonDocument(json).toJson());
    return required > 0 ? CliContext::Failure : CliContext::Success;
}

int checklistCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Show the library's checklist rules and their levels, or change one (editors and "
        "admins): checklist set RULE off|recommended|required, checklist headline-length N "
        "(the publication profile's headline limit, 0 for none)."));
    parser.addPositionalArgument(u"change"_s,
        CliContext::tr("set RULE LEVEL, or headline-length N"),
        u"[set RULE LEVEL | headline-length N]"_s);
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    Result<ChecklistConfig> config = workflow->workflow()->checklistConfig();
    if (!config)
        return context.fail(config.error());
    if (!args.isEmpty()) {
        std::optional<int> headlineLimit;
        if (args.size() == 3 && args.first() == u"set"_s) {
            bool ok = false;
            const RuleLevel level = ruleLevelFromName(args.at(2), &ok);
            if (!ok)
                return context.usage(CliContext::tr("“%1” is not a level: use off, recommended "
                                                    "or required")
                        .arg(args.at(2)));
            if (!config->setLevel(args.at(1), level))
                return context.usage(
                    CliContext::tr("there is no checklist rule “%1”").arg(args.at(1)));
        } else if (args.size() == 2 && args.first() == u"headline-length"_s) {
            bool ok = false;
            headlineLimit = args.at(1).toInt(&ok);
            if (!ok || *headlineLimit < 0)
                return context.usage(
                    CliContext::tr("headline-length needs a whole number, 0 for no limit"));
        } else {
            return context.usage(
                CliContext::tr("use: checklist [set RULE LEVEL | headline-length N]"));
        }
        // Also the permission check for the limit, which lives in the publication profile.
        if (Status stored = workflow->workflow()->setChecklistConfig(*config, context.author);
            !stored)
            return context.fail(stored.error());
        if (headlineLimit) {
            Result<PublicationProfile> profile = context.store()->publicationProfile();
            if (!profile)
                return context.fail(profile.error());
            profile->headlineMaxLength = *headlineLimit;
            if (Status stored = context.store()->setPublicationProfile(*profile); !stored)
                return context.fail(stored.error());
            config->headlineMaxLength = *headlineLimit;
        }
    }
    for (const QString &id : ChecklistConfig::ruleIds()) {
        context.out << id.leftJustified(24) << ' '
                    << ruleLevelName(config->level(id)).leftJustified(12) << ' '
                    << ChecklistConfig::description(id) << '\n';
    }
    if (config->headlineMaxLength > 0)
        context.out
            << CliContext::tr("Headlines up to %1 characters.").arg(config->headlineMaxLength)
            << '\n';
    else
        context.out << CliContext::tr("Headlines of any length.") << '\n';
    return CliContext::Success;
}

int peopleCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "List the library's people, or add one (or change their role): people add NAME ROLE, "
        "ROLE being reporter, editor or admin. The first person may be added by anyone; after "
        "that only admins add people."));
    parser.addPositionalArgument(u"add"_s, CliContext::tr("add NAME ROLE"), u"[add NAME ROLE]"_s);
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    if (!args.isEmpty()) {
        if (args.size() != 3 || args.first() != u"add"_s)
            return context.usage(CliContext::tr("use: people add NAME ROLE"));
        bool ok = false;
        const Role role = roleFromName(args.at(2), &ok);
        if (!ok) {
            return context.usage(CliContext::tr("“%1” is not a role: use reporter, editor or admin")
                    .arg(args.at(2)));
        }
        if (Status added = workflow->people()->addPerson({args.at(1), role}, context.author);
            !added)
            return context.fail(added.error());
    }
    const Result<QList<Person>> people = workflow->people()->people();
    if (!people)
        return context.fail(people.error());
    for (const Person &person : *people)
        context.out << person.name.leftJustified(24) << ' ' << roleName(person.role) << '\n';
    return CliContext::Success;
}

int submitCommand(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments, WorkflowAction::Submit,
        CliContext::tr("Submit your draft for review (as --author)."));
}

int approveCommand(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments, WorkflowAction::Approve,
        CliContext::tr("Approve an article in review: records the exact text approved."));
}

int overrideApproveCommand(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments, WorkflowAction::ApproveOverride,
        CliContext::tr("Approve an article in review as an admin when no editor may (--note "
                       "saying why is required); the audit log records the override."));
}

int withdrawCommand(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments, WorkflowAction::Withdraw,
        CliContext::tr("Take your submission back to Draft before an editor has decided on it."));
}

int requestChangesCommand(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments, WorkflowAction::RequestChanges,
        CliContext::tr("Send an article in review back to its owner with a note."), true);
}

int publishCommand(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments, WorkflowAction::Publish,
        CliContext::tr("Mark an approved article published."));
}

int spikeCommand(CliContext &context, const QStringList &arguments)
{
    return runAction(
        context, arguments, WorkflowAction::Spike, CliContext::tr("Withdraw (spike) an article."));
}

int unspikeCommand(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments, WorkflowAction::Restore,
        CliContext::tr("Bring a spiked article back as a draft."));
}

int reassignCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Give an article another owner (admins)."));
    parser.addPositionalArgument(u"id"_s, CliContext::tr("Article id or UUID"));
    parser.addPositionalArgument(u"owner"_s, CliContext::tr("The new owner"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2)
        return context.usage(CliContext::tr("reassign needs an article id and a person"));
    const qint64 id = context.resolveArticle(parser.positionalArguments().first());
    if (!id)
        return CliContext::Failure;
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    const QString owner = parser.positionalArguments().at(1);
    const auto done
        = workflow->workflow()->apply(id, WorkflowAction::Reassign, context.author, {}, owner);
    if (!done)
        return context.fail(done.error());
    context.out << CliContext::tr("Article %1 now belongs to %2.").arg(id).arg(owner) << '\n';
    return CliContext::Success;
}

int auditCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Print an article's audit log, oldest first."));
    parser.addOption({u"json"_s, CliContext::tr("Print JSON")});
    int code = -1;
    const qint64 id = singleArticle(context, parser, arguments, &code);
    if (!id)
        return code;
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    const Result<QList<AuditEntry>> entries = workflow->workflow()->audit(id);
    if (!entries)
        return context.fail(entries.error());
    QJsonArray json;
    for (const AuditEntry &e : *entries) {
        if (parser.isSet(u"json"_s)) {
            QJsonObject entry {{u"time"_s, e.time.toString(Qt::ISODateWithMs)},
                {u"actor"_s, e.actor}, {u"action"_s, e.action}, {u"from"_s, statusName(e.from)},
                {u"to"_s, statusName(e.to)}, {u"note"_s, e.note}, {u"revision"_s, e.revision},
                {u"contentHash"_s, QString::fromLatin1(e.contentHash)}};
            if (!e.importedBy.isEmpty())
                entry.insert(u"importedBy"_s, e.importedBy);
            json.append(entry);
            continue;
        }
        context.out << CliContext::formatTime(e.time) << "  "
                    << (e.actor.isEmpty() ? CliContext::tr("(library)") : e.actor) << "  "
                    << e.action << "  " << statusLabel(e.from) << " → " << statusLabel(e.to) << "  "
                    << CliContext::tr("revision %1").arg(e.revision);
        if (!e.note.isEmpty())
            context.out << "  “" << e.note << "”";
        if (const QString imported = auditImportNote(e); !imported.isEmpty())
            context.out << "  (" << imported << ')';
        context.out << '\n';
    }
    if (parser.isSet(u"json"_s))
        context.out << QString::fromUtf8(QJsonDocument(json).toJson());
    return CliContext::Success;
}

int commentCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Comment on a part of an article: --part headline, lede, parts/ID, parts/ID/items/N, "
        "parts/ID/faq/N…, optionally with --range START:END inside its text."));
    parser.addPositionalArgument(u"id"_s, CliContext::tr("Article id or UUID"));
    parser.addPositionalArgument(u"text"_s, CliContext::tr("The comment"));
    parser.addOptions({{u"part"_s, CliContext::tr("Where the comment points"), u"path"_s},
        {u"range"_s, CliContext::tr("Characters START:END of the part's text"), u"range"_s}});
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2 || !parser.isSet(u"part"_s))
        return context.usage(CliContext::tr("use: comment ID --part PATH TEXT"));
    const qint64 id = context.resolveArticle(args.first());
    if (!id)
        return CliContext::Failure;
    CommentAnchor anchor {parser.value(u"part"_s), -1, -1};
    if (parser.isSet(u"range"_s)) {
        const QStringList range = parser.value(u"range"_s).split(u':');
        bool startOk = false;
        bool endOk = false;
        if (range.size() == 2) {
            anchor.start = range.at(0).toInt(&startOk);
            anchor.end = range.at(1).toInt(&endOk);
        }
        if (!startOk || !endOk)
            return context.usage(CliContext::tr("--range needs START:END"));
    }
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    const Result<qint64> comment
        = workflow->review()->addComment(id, anchor, args.mid(1).join(u' '), context.author);
    if (!comment)
        return context.fail(comment.error());
    context.out << CliContext::tr("Comment %1 added.").arg(*comment) << '\n';
    return CliContext::Success;
}

int commentsCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("List an article's review comments."));
    int code = -1;
    const qint64 id = singleArticle(context, parser, arguments, &code);
    if (!id)
        return code;
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    const Result<QList<ReviewComment>> comments = workflow->review()->comments(id);
    if (!comments)
        return context.fail(comments.error());
    for (const ReviewComment &c : *comments) {
        context.out << (c.parentId ? "    " : "") << '#' << c.id << ' ' << c.author << ' '
                    << CliContext::formatTime(c.created) << ' ' << c.anchor.path;
        if (c.anchor.hasRange())
            context.out << ' ' << c.anchor.start << ':' << c.anchor.end;
        if (!c.parentId && c.resolved)
            context.out << ' ' << CliContext::tr("(resolved by %1)").arg(c.resolvedBy);
        context.out << "\n" << (c.parentId ? "    " : "") << "  " << c.text << '\n';
    }
    return CliContext::Success;
}

int replyCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Reply to a review comment."));
    parser.addPositionalArgument(u"comment"_s, CliContext::tr("Comment number"));
    parser.addPositionalArgument(u"text"_s, CliContext::tr("The reply"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return context.usage(CliContext::tr("use: reply COMMENT TEXT"));
    const qint64 comment = commentId(context, args.first());
    if (!comment)
        return CliContext::Usage;
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    const Result<qint64> reply
        = workflow->review()->reply(comment, args.mid(1).join(u' '), context.author);
    if (!reply)
        return context.fail(reply.error());
    context.out << CliContext::tr("Reply %1 added.").arg(*reply) << '\n';
    return CliContext::Success;
}

static int setResolved(CliContext &context, const QStringList &arguments, bool resolved)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(resolved ? CliContext::tr("Resolve a comment thread.")
                                              : CliContext::tr("Reopen a comment thread."));
    parser.addPositionalArgument(u"comment"_s, CliContext::tr("Comment number"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("%1 needs one comment number").arg(arguments.first()));
    const qint64 comment = commentId(context, parser.positionalArguments().first());
    if (!comment)
        return CliContext::Usage;
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    if (Status done = workflow->review()->setResolved(comment, resolved, context.author); !done)
        return context.fail(done.error());
    return CliContext::Success;
}

int resolveCommand(CliContext &context, const QStringList &arguments)
{
    return setResolved(context, arguments, true);
}

int reopenCommand(CliContext &context, const QStringList &arguments)
{
    return setResolved(context, arguments, false);
}

int reviewDiffCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Show what changed since the article was last reviewed."));
    int code = -1;
    const qint64 id = singleArticle(context, parser, arguments, &code);
    if (!id)
        return code;
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    const Result<QList<FieldChange>> changes = workflow->review()->changesSinceReview(id);
    if (!changes)
        return context.fail(changes.error());
    if (changes->isEmpty())
        context.out << CliContext::tr("Nothing changed since the last review.") << '\n';
    else
        context.out << formatChangesAsText(*changes, context.color);
    return CliContext::Success;
}

int queueCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "List a review view for --author: awaiting (my review), changes (requested), approved, "
        "mine."));
    parser.addPositionalArgument(u"view"_s, CliContext::tr("awaiting, changes, approved or mine"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QStringList names = {u"awaiting"_s, u"changes"_s, u"approved"_s, u"mine"_s};
    const qsizetype index = args.size() == 1 ? names.indexOf(args.first()) : -1;
    if (index < 0)
        return context.usage(CliContext::tr("use: queue awaiting|changes|approved|mine"));
    auto workflow = openWorkflow(context);
    if (!workflow)
        return CliContext::Failure;
    const auto ids = workflow->queues()->view(Queues::View(index), context.author);
    if (!ids)
        return context.fail(ids.error());
    for (qint64 id : *ids) {
        const Result<ArticleRecord> record = context.store()->load(id);
        if (!record)
            return context.fail(record.error());
        context.out << QString::number(id).rightJustified(6) << "  "
                    << statusLabel(record->article.status).leftJustified(18) << ' '
                    << record->article.headline << '\n';
    }
    return CliContext::Success;
}

} // namespace Copydesk
