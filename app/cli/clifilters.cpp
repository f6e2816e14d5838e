// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "clifilters.h"

#include "clicontext.h"

#include <QJsonObject>

namespace Copydesk {

namespace {

QDateTime parseDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay();
    }
    return time;
}

} // namespace

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("status"),
            CliContext::tr(
                "Only articles in this status (draft, inReview, changesRequested, approved, "
                "published, spiked); may be repeated"),
            CliContext::tr("status")},
        {QStringLiteral("author"), CliContext::tr("Only articles owned or bylined by NAME"),
            CliContext::tr("name")},
        {QStringLiteral("category"), CliContext::tr("Only articles in CATEGORY"),
            CliContext::tr("category")},
        {QStringLiteral("from"), CliContext::tr("Only articles dated on or after DATE (ISO 8601)"),
            CliContext::tr("date")},
        {QStringLiteral("to"), CliContext::tr("Only articles dated before DATE (ISO 8601)"),
            CliContext::tr("date")},
        {QStringLiteral("date-field"),
            CliContext::tr("Which date --from/--to use: modified, created, published"),
            CliContext::tr("field"), QStringLiteral("modified")},
        {QStringLiteral("trash"), CliContext::tr("Look in the trash instead")},
        {QStringLiteral("json"), CliContext::tr("Print JSON")},
    });
}

bool readFilterOptions(CliContext &context, const QCommandLineParser &parser, LibraryQuery &query)
{
    for (const QString &name : parser.values(QStringLiteral("status"))) {
        bool ok = false;
        query.statuses << statusFromName(name, &ok);
        if (!ok) {
            context.usage(CliContext::tr("unknown status “%1”").arg(name));
            return false;
        }
    }
    query.author = parser.value(QStringLiteral("author"));
    query.category = parser.value(QStringLiteral("category"));
    query.trash = parser.isSet(QStringLiteral("trash"));
    const QString field = parser.value(QStringLiteral("date-field"));
    if (field == QLatin1String("modified"))
        query.dateField = DateField::Modified;
    else if (field == QLatin1String("created"))
        query.dateField = DateField::Created;
    else if (field == QLatin1String("published"))
        query.dateField = DateField::Published;
    else {
        context.usage(CliContext::tr("unknown date field “%1”").arg(field));
        return false;
    }
    for (const auto &[name, target] : {std::pair {QStringLiteral("from"), &query.from},
             std::pair {QStringLiteral("to"), &query.to}}) {
        if (!parser.isSet(name))
            continue;
        *target = parseDate(parser.value(name));
        if (!target->isValid()) {
            context.usage(
                CliContext::tr("--%1: “%2” is not an ISO 8601 date").arg(name, parser.value(name)));
            return false;
        }
    }
    return true;
}

int parseCommandLine(CliContext &context, QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        CliContext::tr("Show this command's options"));
    parser.addOption(help);
    if (context.describedHelp) {
        *context.describedHelp = parser.helpText();
        return CliContext::Success;
    }
    // arguments.first() is the command's name; QCommandLineParser takes it as the program name.
    QStringList withProgram = arguments;
    withProgram.first() = QStringLiteral("copydesk");
    if (!parser.parse(withProgram))
        return context.usage(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QLatin1String("copydesk [options]"),
            QStringLiteral("copydesk ") + arguments.first() + QLatin1String(" [options]"));
        context.out << text;
        return CliContext::Success;
    }
    return -1;
}

QJsonObject summaryToJson(const ArticleSummary &summary)
{
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return QJsonObject {
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("uuid"), summary.uuid},
        {QStringLiteral("headline"), summary.headline},
        {QStringLiteral("dek"), summary.dek},
        {QStringLiteral("status"), statusName(summary.status)},
        {QStringLiteral("owner"), summary.owner},
        {QStringLiteral("authors"), QJsonArray::fromStringList(summary.authors)},
        {QStringLiteral("category"), summary.category},
        {QStringLiteral("created"), time(summary.created)},
        {QStringLiteral("modified"), time(summary.modified)},
        {QStringLiteral("published"), time(summary.published)},
        {QStringLiteral("wordCount"), summary.wordCount},
        {QStringLiteral("trashed"), summary.trashed},
    };
}

} // namespace Copydesk
