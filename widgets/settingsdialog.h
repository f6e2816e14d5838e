#pragma once

#include "publicationprofile.h"
#include "settings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Copydesk {

/// The user's identity, the library's publication profile, the theme and the export folder, in
/// one compact form. The dialog edits copies: the caller stores profile() in the library and
/// calls apply() for the rest after exec() accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `settings` is not owned and must outlive the dialog.
    SettingsDialog(
        Settings *settings, const PublicationProfile &profile, QWidget *parent = nullptr);

    /// The edited profile; members the dialog does not show (logo, URLs) are kept as given.
    PublicationProfile profile() const;
    /// Writes user name, role, theme and export folder to the Settings.
    void apply();

private:
    void chooseExportFolder();
    void checkColor();

    Settings *m_settings;
    PublicationProfile m_profile;
    QLineEdit *m_userName;
    QComboBox *m_role;
    QLineEdit *m_publication;
    QLineEdit *m_tagline;
    QLineEdit *m_accent;
    QComboBox *m_pageSize;
    QLineEdit *m_language;
    QSpinBox *m_wordsPerMinute;
    QComboBox *m_theme;
    QLineEdit *m_exportFolder;
};

} // namespace Copydesk
