// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Copydesk::Testing {

/// A real CUPS scheduler (cupsd) of the test's own: run in the foreground by the current user
/// with its configuration, spool and logs in a temporary folder, reachable only on a Unix
/// socket there (never a port, never the machine's own scheduler). The process's CUPS_SERVER
/// and libcups point at it while it runs.
///
/// Queues print to a file (FileDevice): their PPD converts the job with cups-filters' pdftopdf,
/// as a PDF printer's driver does, so page ranges and copies (made by the filter) show in the
/// output file.
class CupsTestServer
{
public:
    CupsTestServer();
    ~CupsTestServer();

    /// Starts the scheduler; an empty string when it runs, else what went wrong (with its log).
    QString start();
    QString socket() const;

    /// Adds the enabled queue `name` that writes each job's output to outputPath(name).
    /// Empty on success, else lpadmin's message.
    QString addQueue(const QString &name);
    QString outputPath(const QString &queue) const;
    /// Runs a CUPS administration tool (lpadmin, cupsreject…) against this scheduler. Empty on
    /// success, else its output.
    QString administer(const QString &tool, const QStringList &arguments);

    /// The id of the newest job the scheduler knows, 0 when there is none.
    int lastJob();
    /// Waits for job `id` to end; its final state ("completed", "aborted"…), empty on timeout.
    QString waitForJob(int id, int milliseconds = 30000);
    /// The job's attributes as the scheduler keeps them, by name, values as IPP text.
    QMap<QString, QString> jobAttributes(int id);

    /// The scheduler's error log.
    QString log() const;

private:
    QTemporaryDir m_dir;
    QProcess m_cupsd;
    QByteArray m_previousServer;
};

} // namespace Copydesk::Testing
