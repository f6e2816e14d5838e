#include "copydeskprocess.h"

#include <QFile>
#include <QProcess>

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

QString writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace Copydesk::Testing
