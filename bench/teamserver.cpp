// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "teamserver.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Copydesk::Bench {

namespace {
QString &programName()
{
    static QString name = u"bench"_s;
    return name;
}
} // namespace

void setProgramName(const QString &name)
{
    programName() = name;
}

void die(const QString &message)
{
    QTextStream(stderr) << programName() << ": " << message << Qt::endl;
    std::exit(1);
}

QString withUserAndDatabase(QString uri, const QString &user, const QString &database)
{
    uri.replace(QRegularExpression(u"^postgresql:///[^?]*"_s), u"postgresql:///"_s + database);
    uri.replace(QRegularExpression(u"([?&])user=[^&]*"_s), u"\\1user="_s + user);
    return uri;
}

QStringList superuser(const QString &server, const QString &database, const QString &sql)
{
    const QUrl url(server);
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        db.setDatabaseName(database);
        db.setHostName(QUrlQuery(url).queryItemValue(u"host"_s));
        db.setUserName(u"postgres"_s);
        if (!db.open())
            die(db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(sql))
            die(sql + u": "_s + query.lastError().text());
        while (query.next())
            values.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    return values;
}

} // namespace Copydesk::Bench
