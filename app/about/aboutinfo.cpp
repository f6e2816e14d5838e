// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "aboutinfo.h"

#include "copydeskversion.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>
#include <qpdf/QPDF.hh>

namespace Copydesk::AboutInfo {

namespace {

/// The SQLite that Qt's QSQLITE driver runs, asked through an in-memory database.
QString sqliteVersion()
{
    const QString name = QStringLiteral("copydesk-about-") + QUuid::createUuid().toString();
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version.isEmpty() ? QStringLiteral("unknown") : version;
}

} // namespace

QString version()
{
    const QString revision = QStringLiteral(COPYDESK_REVISION);
    return revision.isEmpty() ? QStringLiteral(COPYDESK_VERSION)
                              : QStringLiteral(COPYDESK_VERSION " (git %1)").arg(revision);
}

QString license()
{
    return QStringLiteral("GPL-2.0-or-later");
}

QList<Component> components()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("Qt WebEngine"),
            QStringLiteral("%1 (Chromium %2)")
                .arg(QString::fromLatin1(qWebEngineVersion()),
                    QString::fromLatin1(qWebEngineChromiumVersion()))},
        {QStringLiteral("KF6 SyntaxHighlighting"),
            QStringLiteral(COPYDESK_KF_SYNTAXHIGHLIGHTING_VERSION)},
        {QStringLiteral("KF6 TextTemplate"), QStringLiteral(COPYDESK_KF_TEXTTEMPLATE_VERSION)},
        {QStringLiteral("KF6 Sonnet"), QStringLiteral(COPYDESK_KF_SONNET_VERSION)},
        {QStringLiteral("md4c"), QStringLiteral(COPYDESK_MD4C_VERSION)},
        {QStringLiteral("qpdf"), QString::fromStdString(QPDF::QPDFVersion())},
        {QStringLiteral("SQLite"), sqliteVersion()},
    };
}

QStringList sqlDrivers()
{
    return QSqlDatabase::drivers();
}

QString versionText()
{
    QString text = QStringLiteral("copydesk %1\n").arg(version());
    text
        += QCoreApplication::translate("Copydesk::AboutInfo", "License: %1").arg(license()) + u'\n';
    for (const Component &component : components())
        text += QStringLiteral("%1 %2\n").arg(component.name, component.version);
    text += QCoreApplication::translate("Copydesk::AboutInfo", "SQL drivers: %1")
                .arg(sqlDrivers().join(QStringLiteral(", ")))
        + u'\n';
    return text;
}

} // namespace Copydesk::AboutInfo
