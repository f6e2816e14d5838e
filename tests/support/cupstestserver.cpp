// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cupstestserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cups/cups.h>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk::Testing {

namespace {

constexpr auto PdfToPdf = "/usr/lib/cups/filter/pdftopdf";

/// A PDF printer's driver: PDF in, PDF out through pdftopdf, which applies the page ranges,
/// makes the copies (cupsManualCopies) and can print on A4 or Letter, one- or two-sided.
constexpr auto Ppd = R"PPD(*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "CDTEST.PPD"
*Manufacturer: "Copydesk"
*Product: "(Copydesk Test Printer)"
*ModelName: "Copydesk Test Printer"
*ShortNickName: "Copydesk Test Printer"
*NickName: "Copydesk Test Printer"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: True
*DefaultColorSpace: RGB
*FileSystem: False
*Throughput: "1"
*TTRasterizer: Type42
*cupsVersion: 2.4
*cupsManualCopies: True
*cupsFilter2: "application/pdf application/vnd.cups-pdf 0 pdftopdf"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: A4
*PageSize A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageSize Letter/US Letter: "<</PageSize[612 792]>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *PageRegion/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: A4
*PageRegion A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageRegion Letter/US Letter: "<</PageSize[612 792]>>setpagedevice"
*CloseUI: *PageRegion
*DefaultImageableArea: A4
*ImageableArea A4/A4: "0 0 595 842"
*ImageableArea Letter/US Letter: "0 0 612 792"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595 842"
*PaperDimension Letter/US Letter: "612 792"
*OpenUI *Duplex/2-Sided Printing: PickOne
*OrderDependency: 10 AnySetup *Duplex
*DefaultDuplex: None
*Duplex None/Off: "<</Duplex false>>setpagedevice"
*Duplex DuplexNoTumble/Long Edge: "<</Duplex true/Tumble false>>setpagedevice"
*Duplex DuplexTumble/Short Edge: "<</Duplex true/Tumble true>>setpagedevice"
*CloseUI: *Duplex
)PPD";

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

CupsTestServer::CupsTestServer()
    : m_previousServer(qgetenv("CUPS_SERVER"))
{ }

CupsTestServer::~CupsTestServer()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(10000))
            m_cupsd.kill();
        m_cupsd.waitForFinished(5000);
    }
    if (m_previousServer.isEmpty())
        qunsetenv("CUPS_SERVER");
    else
        qputenv("CUPS_SERVER", m_previousServer);
    cupsSetServer(nullptr);
}

QString CupsTestServer::socket() const
{
    return m_dir.filePath(u"cups.sock"_s);
}

QString CupsTestServer::outputPath(const QString &queue) const
{
    return m_dir.filePath(u"out/"_s + queue + u".pdf"_s);
}

QString CupsTestServer::log() const
{
    QFile file(m_dir.filePath(u"log/error_log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString CupsTestServer::start()
{
    if (!m_dir.isValid())
        return u"no temporary folder"_s;
    if (!QFileInfo(QString::fromLatin1(PdfToPdf)).isExecutable())
        return u"%1 is missing (cups-filters-core-drivers)"_s.arg(QString::fromLatin1(PdfToPdf));
    QDir root(m_dir.path());
    for (const auto folder : {"conf", "cache", "state", "spool", "log", "out"})
        root.mkpath(QString::fromLatin1(folder));
    const QByteArray dir = QFile::encodeName(m_dir.path());
    // A socket in the folder only; anyone on it may administer (the folder is the test's).
    const QByteArray cupsd = "Listen " + dir
        + "/cups.sock\n"
          "LogLevel info\n"
          "Browsing No\n"
          "WebInterface No\n"
          "DefaultAuthType None\n"
          "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
          "<Policy default>\n  <Limit All>\n    Order deny,allow\n"
          "  </Limit>\n</Policy>\n";
    QByteArray files = "FileDevice Yes\n"
                       "ServerRoot "
        + dir
        + "/conf\n"
          "CacheDir "
        + dir
        + "/cache\n"
          "StateDir "
        + dir
        + "/state\n"
          "RequestRoot "
        + dir
        + "/spool\n"
          "TempDir "
        + dir
        + "/spool\n"
          "Printcap "
        + dir
        + "/state/printcap\n"
          "ErrorLog "
        + dir
        + "/log/error_log\n"
          "AccessLog "
        + dir
        + "/log/access_log\n"
          "PageLog "
        + dir + "/log/page_log\n";
    // Run by a user, the scheduler and its filters stay that user (cupsd refuses to name root).
    if (getuid() != 0) {
        const passwd *user = getpwuid(getuid());
        const group *group = getgrgid(getgid());
        if (!user || !group)
            return u"cannot name the current user or group"_s;
        files += QByteArray("User ") + user->pw_name + "\nGroup " + group->gr_name
            + "\nSystemGroup " + group->gr_name + "\n";
    }
    if (!writeFile(m_dir.filePath(u"conf/cupsd.conf"_s), cupsd)
        || !writeFile(m_dir.filePath(u"conf/cups-files.conf"_s), files)
        || !writeFile(m_dir.filePath(u"conf/test.ppd"_s), Ppd))
        return u"cannot write the scheduler's configuration"_s;
    // The folders are the current user's; a scheduler run by root runs its filters as "lp".
    QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ExeGroup | QFileDevice::ExeOther);

    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(u"/usr/sbin/cupsd"_s,
        {u"-f"_s, u"-c"_s, m_dir.filePath(u"conf/cupsd.conf"_s), u"-s"_s,
            m_dir.filePath(u"conf/cups-files.conf"_s)});
    if (!m_cupsd.waitForStarted(10000))
        return u"cupsd does not start: %1"_s.arg(m_cupsd.errorString());
    qputenv("CUPS_SERVER", QFile::encodeName(socket()));
    cupsSetServer(QFile::encodeName(socket()).constData());
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_cupsd.state() == QProcess::NotRunning)
            return u"cupsd ended at once (exit code %1): %2\n%3"_s.arg(m_cupsd.exitCode())
                .arg(QString::fromUtf8(m_cupsd.readAll()), log());
        if (QFileInfo::exists(socket())) {
            http_t *http = httpConnect2(QFile::encodeName(socket()).constData(), 0, nullptr,
                AF_LOCAL, HTTP_ENCRYPTION_NEVER, 1, 1000, nullptr);
            if (http) {
                httpClose(http);
                return {};
            }
        }
        QThread::msleep(50);
    }
    return u"cupsd does not answer on %1: %2"_s.arg(socket(), log());
}

QString CupsTestServer::administer(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, QStringList {u"-h"_s, socket()} + arguments);
    if (!process.waitForFinished(30000))
        return u"%1 did not finish"_s.arg(tool);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return u"%1 failed: %2"_s.arg(tool, QString::fromUtf8(process.readAll()));
    return {};
}

QString CupsTestServer::addQueue(const QString &name)
{
    return administer(u"/usr/sbin/lpadmin"_s,
        {u"-p"_s, name, u"-E"_s, u"-v"_s, u"file://"_s + outputPath(name), u"-P"_s,
            m_dir.filePath(u"conf/test.ppd"_s)});
}

QMap<QString, QString> CupsTestServer::jobAttributes(int id)
{
    QMap<QString, QString> attributes;
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    const QByteArray uri = "ipp://localhost/jobs/" + QByteArray::number(id);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
    ippAddString(
        request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ipp_t *response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/");
    if (!response)
        return attributes;
    for (ipp_attribute_t *attribute = ippFirstAttribute(response); attribute;
        attribute = ippNextAttribute(response)) {
        if (!ippGetName(attribute))
            continue;
        char value[2048];
        ippAttributeString(attribute, value, sizeof value);
        attributes.insert(QString::fromUtf8(ippGetName(attribute)), QString::fromUtf8(value));
    }
    ippDelete(response);
    return attributes;
}

int CupsTestServer::lastJob()
{
    cups_job_t *jobs = nullptr;
    const int count = cupsGetJobs2(CUPS_HTTP_DEFAULT, &jobs, nullptr, 0, CUPS_WHICHJOBS_ALL);
    int last = 0;
    for (int i = 0; i < count; ++i)
        last = std::max(last, jobs[i].id);
    cupsFreeJobs(count, jobs);
    return last;
}

QString CupsTestServer::waitForJob(int id, int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired()) {
        const QString state = jobAttributes(id).value(u"job-state"_s);
        if (state == "completed"_L1 || state == "aborted"_L1 || state == "canceled"_L1)
            return state;
        QThread::msleep(100);
    }
    return {};
}

} // namespace Copydesk::Testing
