#include "librarylocation.h"

#include <QStandardPaths>

namespace Copydesk {

QString defaultLibraryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/library.copydesk");
}

} // namespace Copydesk
