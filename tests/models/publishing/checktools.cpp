// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "checktools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace CheckTools {

namespace {

QString vnuJar()
{
    return nodeTools() + QStringLiteral("/node_modules/vnu-jar/build/dist/vnu.jar");
}

QString schema()
{
    return QStringLiteral(COPYDESK_SOURCE_DIR "/tests/data/ninjs/ninjs-schema_2.0.json");
}

/// Runs `program` with `arguments`; its output when it exits non-zero, else an empty string.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return output.isEmpty() ? QStringLiteral("%1 failed").arg(program) : output;
    return {};
}

} // namespace

QString nodeTools()
{
    const QString fromEnvironment = qEnvironmentVariable("COPYDESK_NODE_TOOLS");
    return fromEnvironment.isEmpty() ? QStringLiteral(COPYDESK_NODE_TOOLS) : fromEnvironment;
}

QString missing()
{
    QStringList problems;
    if (QStandardPaths::findExecutable(QStringLiteral("java")).isEmpty())
        problems << QStringLiteral("java is not installed (default-jre-headless)");
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        problems << QStringLiteral("node is not installed (nodejs)");
    if (!QFileInfo::exists(vnuJar()))
        problems << QStringLiteral("no %1").arg(vnuJar());
    if (!QFileInfo::exists(nodeTools() + QStringLiteral("/node_modules/ajv-draft-04")))
        problems << QStringLiteral("no ajv-draft-04 in %1").arg(nodeTools());
    if (problems.isEmpty())
        return {};
    return problems.join(QStringLiteral("; "))
        + QStringLiteral(" — ./dev installs the checkers from tests/tools");
}

QString htmlErrors(const QStringList &files)
{
    return run(QStringLiteral("java"),
        QStringList {QStringLiteral("-jar"), vnuJar(), QStringLiteral("--errors-only"),
            QStringLiteral("--format"), QStringLiteral("gnu")}
            + files);
}

QString ninjsErrors(const QStringList &files)
{
    return run(QStringLiteral("node"),
        QStringList {QStringLiteral(COPYDESK_SOURCE_DIR "/tests/tools/validate-ninjs.cjs"),
            nodeTools(), schema()}
            + files);
}

} // namespace CheckTools
