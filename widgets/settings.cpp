// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "settings.h"

#include <QDir>
#include <QStandardPaths>

namespace Copydesk {

namespace {

QString keyName(Settings::Key key)
{
    switch (key) {
    case Settings::Key::WindowGeometry:
        return QStringLiteral("Window/geometry");
    case Settings::Key::WindowState:
        return QStringLiteral("Window/state");
    case Settings::Key::SplitterState:
        return QStringLiteral("Window/splitter");
    case Settings::Key::LibraryHeaderState:
        return QStringLiteral("Library/header");
    case Settings::Key::ImportFolder:
        return QStringLiteral("Import/folder");
    case Settings::Key::SampleOfferedLibraries:
        return QStringLiteral("Library/sampleOffered");
    case Settings::Key::UserName:
        return QStringLiteral("User/name");
    case Settings::Key::UserRole:
        return QStringLiteral("User/role");
    case Settings::Key::Theme:
        return QStringLiteral("Appearance/theme");
    case Settings::Key::ExportFolder:
        return QStringLiteral("Export/folder");
    case Settings::Key::RecentLibraries:
        return QStringLiteral("Library/recent");
    case Settings::Key::Typography:
        return QStringLiteral("Writing/typography");
    case Settings::Key::PublicationNameAskedLibraries:
        return QStringLiteral("Library/publicationNameAsked");
    }
    return {};
}

} // namespace

Settings::Settings(QObject *parent)
    : Settings(defaultFileName(), parent)
{ }

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{ }

QString Settings::defaultFileName()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("copydeskrc"));
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QByteArray Settings::splitterState() const
{
    return value(Key::SplitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    setValue(Key::SplitterState, state);
}

QByteArray Settings::libraryHeaderState() const
{
    return value(Key::LibraryHeaderState).toByteArray();
}

void Settings::setLibraryHeaderState(const QByteArray &state)
{
    setValue(Key::LibraryHeaderState, state);
}

QStringList Settings::recentLibraries() const
{
    return value(Key::RecentLibraries).toStringList().mid(0, MaxRecentLibraries);
}

void Settings::addRecentLibrary(const QString &location)
{
    QStringList recent = recentLibraries();
    recent.removeAll(location);
    recent.prepend(location);
    setValue(Key::RecentLibraries, recent.mid(0, MaxRecentLibraries));
}

bool Settings::typography() const
{
    const QVariant stored = value(Key::Typography);
    return !stored.isValid() || stored.toBool();
}

void Settings::setTypography(bool enabled)
{
    setValue(Key::Typography, enabled);
}

QString Settings::userName() const
{
    return value(Key::UserName).toString();
}

void Settings::setUserName(const QString &name)
{
    setValue(Key::UserName, name);
}

QString Settings::userRole() const
{
    return value(Key::UserRole).toString();
}

void Settings::setUserRole(const QString &role)
{
    setValue(Key::UserRole, role);
}

Settings::Theme Settings::theme() const
{
    const QString name = value(Key::Theme).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    setValue(Key::Theme,
        theme == Theme::Light      ? QStringLiteral("light")
            : theme == Theme::Dark ? QStringLiteral("dark")
                                   : QStringLiteral("system"));
}

QString Settings::exportFolder() const
{
    return value(Key::ExportFolder).toString();
}

void Settings::setExportFolder(const QString &folder)
{
    setValue(Key::ExportFolder, folder);
}

QString Settings::importFolder() const
{
    // Never the process's working folder (an empty path): the user's documents at first.
    const QString folder = value(Key::ImportFolder).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : folder;
}

void Settings::setImportFolder(const QString &folder)
{
    setValue(Key::ImportFolder, folder);
}

bool Settings::sampleOffered(const QString &location) const
{
    return value(Key::SampleOfferedLibraries).toStringList().contains(location);
}

void Settings::setSampleOffered(const QString &location)
{
    QStringList offered = value(Key::SampleOfferedLibraries).toStringList();
    if (!offered.contains(location))
        setValue(Key::SampleOfferedLibraries, offered << location);
}

bool Settings::publicationNameAsked(const QString &location) const
{
    return value(Key::PublicationNameAskedLibraries).toStringList().contains(location);
}

void Settings::setPublicationNameAsked(const QString &location)
{
    QStringList asked = value(Key::PublicationNameAskedLibraries).toStringList();
    if (!asked.contains(location))
        setValue(Key::PublicationNameAskedLibraries, asked << location);
}

void Settings::sync()
{
    m_settings.sync();
}

QVariant Settings::value(Key key) const
{
    return m_settings.value(keyName(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (m_settings.value(keyName(key)) == value)
        return;
    m_settings.setValue(keyName(key), value);
    Q_EMIT changed(key);
}

} // namespace Copydesk
