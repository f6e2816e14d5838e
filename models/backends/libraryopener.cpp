#include "libraryopener.h"

#include "sqlitelibrary.h"

namespace Copydesk {

bool LibraryOpener::isTeamLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Library>> LibraryOpener::open(const QString &location, Mode mode)
{
    if (isTeamLocation(location)) {
        return Error {tr("“%1”: team libraries on PostgreSQL are not available in this build yet")
                          .arg(location),
            Error::Code::InvalidInput};
    }
    auto library = SqliteLibrary::open(location,
        mode == Mode::CreateIfMissing ? SqliteArticleStore::OpenMode::CreateIfMissing
                                      : SqliteArticleStore::OpenMode::OpenExisting);
    if (!library)
        return library.error();
    return std::unique_ptr<Library>(std::move(library).value());
}

} // namespace Copydesk
