// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "copydeskprocess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace Copydesk::Testing {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    return env;
}

CliRun runCopydesk(
    const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    return runCopydeskInto({}, arguments, environment, timeoutMs);
}

CliRun runCopydeskInto(const QString &outputFile, const QStringList &arguments,
    const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    process.start(QStringLiteral(COPYDESK_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

CliRun runCopydeskWithInput(const QByteArray &input, const QStringList &arguments,
    const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COPYDESK_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString serverPasswordRefusal()
{
    const QString language = qEnvironmentVariable("COPYDESK_TEAM_SERVER_MESSAGES");
    if (language.startsWith(QLatin1String("fr")))
        return QStringLiteral("authentification par mot de passe échouée");
    return QStringLiteral("password authentication failed");
}

bool runPsql(const QString &serverUri, const QString &database, const QString &sql)
{
    QString uri = serverUri;
    uri.replace(QRegularExpression(QStringLiteral("^postgresql:///[^?]*")),
        QStringLiteral("postgresql:///") + database);
    return QProcess::execute(QStringLiteral("psql"),
               {uri, QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql})
        == 0;
}

QString writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace Copydesk::Testing
