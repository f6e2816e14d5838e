#pragma once

#include "postgreslocation.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Copydesk {

/// Opens QPSQL connections to a team library.
class PostgresConnection
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresConnection)
public:
    /// A new open connection called `name` (QSqlDatabase::database(name) reaches it); the caller
    /// removes it with QSqlDatabase::removeDatabase(). The error names the library without its
    /// password and says what the server said.
    static Result<QSqlDatabase> open(const PostgresLocation &location, const QString &name);
    /// A name no other connection of this process uses.
    static QString uniqueName();
};

} // namespace Copydesk
