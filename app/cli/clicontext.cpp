// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "clicontext.h"

#include "librarylocation.h"
#include "libraryopener.h"
#include "profilefields.h"

#include <QDir>
#include <QFileInfo>

namespace Copydesk {

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : out(out)
    , err(err)
{ }

ArticleStore *CliContext::store(bool create)
{
    Library *opened = library(create);
    return opened ? opened->articles() : nullptr;
}

Library *CliContext::library(bool create)
{
    if (m_library)
        return m_library.get();
    if (create && !LibraryOpener::isTeamLocation(libraryPath)) {
        // Only the default location is made on demand: a --library in a folder that does not
        // exist is more likely a typo than a wish for new folders.
        const QString folder = QFileInfo(libraryPath).absolutePath();
        if (libraryPath == defaultLibraryPath()) {
            if (!QDir().mkpath(folder)) {
                fail(tr("cannot create the folder “%1”").arg(folder));
                return nullptr;
            }
        } else if (!QFileInfo(folder).isDir()) {
            fail(tr("the folder “%1” of the library “%2” does not exist; create it first")
                    .arg(folder, libraryPath));
            return nullptr;
        }
    }
    auto opened = LibraryOpener::open(libraryPath,
        create ? LibraryOpener::Mode::CreateIfMissing : LibraryOpener::Mode::OpenExisting);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    if (const QString login = (*opened)->sessionUser(); !login.isEmpty()) {
        // On a team library the server knows who you are; a typed name would only mislead.
        if (authorGiven) {
            fail(tr("--user and --author cannot be used on a team library: you are its database "
                    "login, %1 (choose another with user= in the URI or PGUSER)")
                    .arg(login));
            return nullptr;
        }
        author = login;
    }
    m_library = std::move(opened).value();
    if (const QString reason = m_library->articles()->readOnlyReason(); !reason.isEmpty()) {
        err << "copydesk: "
            << tr("note: the library “%1” is read-only (%2): it can be read, not changed")
                   .arg(QDir::toNativeSeparators(libraryPath), reason)
            << '\n';
        err.flush();
    }
    return m_library.get();
}

int CliContext::fail(const QString &message)
{
    err << "copydesk: " << message << '\n';
    err.flush();
    return Failure;
}

int CliContext::fail(const Error &error)
{
    if (error.code != Error::Code::PasswordNeeded)
        return fail(error.message);
    return fail(error.message + QLatin1Char('\n')
        + tr("Store the password in the system keyring with “copydesk --library URI team "
             "login”, or put it in ~/.pgpass."));
}

void CliContext::noteDefaultProfile()
{
    err << "copydesk: " << ProfileFields::notSetNote() << ' '
        << tr("Name the publication with “copydesk profile set name NAME”.") << '\n';
    err.flush();
}

int CliContext::usage(const QString &message)
{
    err << "copydesk: " << message << '\n'
        << tr("Run “copydesk --help” for the commands and “copydesk COMMAND --help” for a "
              "command's options.")
        << '\n';
    err.flush();
    return Usage;
}

qint64 CliContext::resolveArticle(const QString &idOrUuid)
{
    ArticleStore *library = store();
    if (!library)
        return 0;
    bool isNumber = false;
    const qint64 id = idOrUuid.toLongLong(&isNumber);
    if (isNumber) {
        auto record = library->load(id);
        if (!record) {
            fail(record.error());
            return 0;
        }
        return id;
    }
    auto found = library->findByUuid(idOrUuid);
    if (!found) {
        fail(found.error());
        return 0;
    }
    return found.value();
}

QString CliContext::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace Copydesk
