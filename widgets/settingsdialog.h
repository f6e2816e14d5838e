// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "publicationprofile.h"
#include "result.h"
#include "role.h"
#include "settings.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Copydesk {

class WordTargetsEditor;

/// The user's identity, the library's publication profile, the theme and the export folder, in
/// one compact form. The dialog edits copies: the caller stores profile() in the library and
/// calls apply() for the rest after exec() accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Largest logo file accepted, in bytes: the logo travels inside every exported page.
    static constexpr qint64 MaxLogoBytes = 1024 * 1024;

    /// `settings` is not owned and must outlive the dialog.
    SettingsDialog(
        Settings *settings, const PublicationProfile &profile, QWidget *parent = nullptr);

    /// The edited profile; members the dialog does not show (URLs) are kept as given. The
    /// template folder is stored absolute (ProfileFields); OK is disabled while it names no
    /// folder, with the reason under the field.
    PublicationProfile profile() const;
    /// Writes user name, role, theme, export folder and typography to the Settings.
    void apply();

    /// The library's people. When the list is not empty the user is one of them (the current
    /// user name is preselected when it is among them) and the role shown is that person's,
    /// read-only: roles are changed by an admin, not here. An empty list keeps free text and a
    /// free role.
    void setPeople(const QList<Person> &people);

    /// Makes the picture in `path` the publication's logo (PNG, JPEG or SVG, at most
    /// MaxLogoBytes). On failure the logo is unchanged and the error, also returned, is shown
    /// under the logo. The file chooser goes through here.
    Status setLogoFile(const QString &path);
    /// Leaves the publication without a logo.
    void removeLogo();
    /// The text shown under the logo: the last logo error, empty when there is none.
    QString logoError() const;

private:
    void chooseExportFolder();
    void chooseLogo();
    void chooseColor();
    void accentEdited();
    void chooseTemplateFolder();
    /// Shows what is wrong with the accent colour and the template folder; OK only when nothing.
    void validate();
    void showLogo();
    void showPersonRole();

    Settings *m_settings;
    PublicationProfile m_profile;
    QList<Person> m_people;
    QFormLayout *m_youForm;
    QLineEdit *m_userName;
    QComboBox *m_role;
    QComboBox *m_person;
    QLabel *m_personRole;
    QLineEdit *m_publication;
    QLineEdit *m_tagline;
    QLabel *m_logo;
    QPushButton *m_removeLogo;
    QLabel *m_logoError;
    QToolButton *m_swatch;
    QLineEdit *m_accent;
    QLabel *m_accentError;
    QLineEdit *m_templates;
    QLabel *m_templatesError;
    QComboBox *m_pageSize;
    QLineEdit *m_language;
    QSpinBox *m_wordsPerMinute;
    QSpinBox *m_headlineMax;
    QSpinBox *m_dekMax;
    QSpinBox *m_smallEdit;
    QComboBox *m_theme;
    QLineEdit *m_exportFolder;
    QCheckBox *m_typography;
    QDialogButtonBox *m_buttons;
    WordTargetsEditor *m_wordTargets;
};

} // namespace Copydesk
