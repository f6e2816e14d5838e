// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

namespace Copydesk {

/// The user's preferences and window state, with typed accessors. The only place that talks
/// to QSettings; widgets get a Settings, never a QSettings.
///
/// Values are stored in an INI file; setters write through at once and emit changed() when the
/// value differs. Not thread-safe; GUI thread only.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key
    {
        WindowGeometry,
        WindowState,
        SplitterState,
        LibraryHeaderState,
        ImportFolder,
        SampleOfferedLibraries,
        UserName,
        UserRole,
        Theme,
        ExportFolder,
        RecentLibraries,
        Typography,
        PublicationNameAskedLibraries,
    };
    Q_ENUM(Key)

    enum class Theme
    {
        System, ///< Follow the desktop's light or dark preference.
        Light,
        Dark,
    };
    Q_ENUM(Theme)

    /// Settings in defaultFileName().
    explicit Settings(QObject *parent = nullptr);
    /// Settings in `fileName` (tests, portable setups).
    Settings(const QString &fileName, QObject *parent);

    /// "copydeskrc" in the user's configuration folder ($XDG_CONFIG_HOME, ~/.config).
    static QString defaultFileName();
    QString fileName() const { return m_settings.fileName(); }

    /// QMainWindow::saveGeometry()/saveState() blobs; empty when never saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// QSplitter::saveState() of the library | article splitter; empty when never saved.
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    /// QHeaderView::saveState() of the library table (column widths, sort); empty when never saved.
    QByteArray libraryHeaderState() const;
    void setLibraryHeaderState(const QByteArray &state);

    /// The folder of the last import; the user's documents folder before the first.
    QString importFolder() const;
    void setImportFolder(const QString &folder);

    /// Whether the sample article was already offered for the library at `location`, so an
    /// empty library asks only once.
    bool sampleOffered(const QString &location) const;
    void setSampleOffered(const QString &location);
    /// Whether the first start already asked for the publication's name for the library at
    /// `location` (answered or skipped), so that it asks only once.
    bool publicationNameAsked(const QString &location) const;
    void setPublicationNameAsked(const QString &location);

    /// The user's name recorded on revisions; empty when never set (the caller then uses the
    /// login name).
    QString userName() const;
    void setUserName(const QString &name);
    /// The user's newsroom role ("reporter", "editor"…); empty when never set.
    QString userRole() const;
    void setUserRole(const QString &role);
    /// System when never set.
    Theme theme() const;
    void setTheme(Theme theme);
    /// Where exports go by default; empty when never set (dialogs then start in the home folder).
    QString exportFolder() const;
    void setExportFolder(const QString &folder);

    /// Whether the Markdown fields turn straight quotes and "--" into typographic ones as the
    /// writer types; true when never set.
    bool typography() const;
    void setTypography(bool enabled);

    /// Libraries opened lately, newest first: file paths and team library addresses (never with
    /// a password). At most MaxRecentLibraries.
    QStringList recentLibraries() const;
    /// Puts `location` first in recentLibraries().
    void addRecentLibrary(const QString &location);
    static constexpr int MaxRecentLibraries = 8;

    /// Writes pending changes to disk now (they are written on destruction otherwise).
    void sync();

Q_SIGNALS:
    void changed(Copydesk::Settings::Key key);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QSettings m_settings;
};

} // namespace Copydesk
