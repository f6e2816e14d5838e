// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "clireference.h"

#include "clicommands.h"
#include "clicontext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Copydesk {

namespace {

/// A heading or marker of QCommandLineParser::helpText(), as Qt's own translation has it (not
/// ours: the source text is passed as a variable, so lupdate leaves it to Qt).
QString qtHelpText(const char *source)
{
    return QCoreApplication::translate("QCommandLineParser", source);
}

/// Splits one section of QCommandLineParser::helpText() ("  --name <value>  Text…" lines, with
/// wrapped text indented to `column`) into its entries.
QList<CliOptionReference> readSection(const QStringList &lines, qsizetype column)
{
    QList<CliOptionReference> items;
    for (const QString &line : lines) {
        const QString names = line.left(column).trimmed();
        const QString text = line.mid(column).trimmed();
        if (!names.isEmpty() || items.isEmpty()) {
            items.append({names, text});
            continue;
        }
        QString &description = items.last().description;
        description += (description.isEmpty() ? QString() : QStringLiteral(" ")) + text;
    }
    return items;
}

/// Reads the parts of a command's help text. Every command has -h/--help (parseCommandLine()
/// adds it), and its description shows where the text column starts.
CliCommandReference readHelp(const CliCommandEntry &entry, const QString &help)
{
    CliCommandReference command;
    command.name = QString::fromLatin1(entry.name);
    command.summary = CliContext::tr(entry.summary);
    const QString optionsHeading = qtHelpText("Options:");
    const QString argumentsHeading = qtHelpText("Arguments:");
    const QString usage = help.section(QLatin1Char('\n'), 0, 0);
    const QString marker = qtHelpText("[options]");
    command.synopsis = usage.mid(usage.indexOf(marker) + marker.size()).trimmed();
    const qsizetype optionsAt = help.indexOf(QLatin1String("\n\n") + optionsHeading + u'\n');
    const qsizetype start = usage.size() + 1;
    if (optionsAt > start)
        command.description = help.mid(start, optionsAt - start).trimmed();

    const QStringList lines = help.mid(optionsAt + 2).split(QLatin1Char('\n'));
    const QString helpLine = CliContext::tr("Show this command's options");
    qsizetype column = 0;
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("-h, --help"))) {
            column = line.indexOf(helpLine);
            break;
        }
    }
    QStringList options, arguments;
    QStringList *section = nullptr;
    for (const QString &line : lines) {
        if (line == optionsHeading)
            section = &options;
        else if (line == argumentsHeading)
            section = &arguments;
        else if (section && !line.trimmed().isEmpty())
            section->append(line);
    }
    command.options = readSection(options, column);
    command.arguments = readSection(arguments, column);
    return command;
}

} // namespace

QList<CliOptionReference> cliGlobalOptions(const QString &library)
{
    return {
        {QStringLiteral("--library PATH"),
            CliContext::tr("The library file (default: %1)").arg(library)},
        {QStringLiteral("--author NAME"),
            CliContext::tr("Name recorded on revisions (default: $COPYDESK_USER, $USER)")},
        {QStringLiteral("--templates DIR"),
            CliContext::tr("Render with the templates in DIR for this run, instead of the "
                           "publication profile's template folder")},
        {QStringLiteral("--help"),
            CliContext::tr("This help; COMMAND --help for a command's options")},
        {QStringLiteral("--version"), CliContext::tr("Print the version")},
    };
}

QList<CliCommandReference> cliReference()
{
    QList<CliCommandReference> reference;
    QString nowhere;
    QTextStream out(&nowhere), err(&nowhere);
    for (const CliCommandEntry &entry : cliCommands()) {
        CliContext context(out, err);
        QString help;
        context.describedHelp = &help;
        entry.run(context, {QString::fromLatin1(entry.name)});
        reference.append(readHelp(entry, help));
    }
    return reference;
}

} // namespace Copydesk
