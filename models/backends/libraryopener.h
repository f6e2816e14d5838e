#pragma once

#include "library.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace Copydesk {

/// Opens a library by its location, for every front end: a file path is a SQLite library;
/// a `postgresql://` or `postgres://` URI names a team library on PostgreSQL.
class LibraryOpener
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::LibraryOpener)
public:
    enum class Mode
    {
        OpenExisting, ///< A missing library is NotFound.
        CreateIfMissing, ///< A missing library file is made (its folder must exist).
    };

    /// Whether `location` is a PostgreSQL URI rather than a file path.
    static bool isTeamLocation(const QString &location);

    static Result<std::unique_ptr<Library>> open(const QString &location, Mode mode);
};

} // namespace Copydesk
