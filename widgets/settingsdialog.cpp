#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Copydesk {

SettingsDialog::SettingsDialog(
    Settings *settings, const PublicationProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_profile(profile)
    , m_userName(new QLineEdit(settings->userName(), this))
    , m_role(new QComboBox(this))
    , m_publication(new QLineEdit(profile.name, this))
    , m_tagline(new QLineEdit(profile.tagline, this))
    , m_accent(new QLineEdit(profile.accentColor, this))
    , m_pageSize(new QComboBox(this))
    , m_language(new QLineEdit(profile.language, this))
    , m_wordsPerMinute(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_exportFolder(new QLineEdit(settings->exportFolder(), this))
{
    setWindowTitle(tr("Settings"));
    m_role->setEditable(true);
    m_role->addItems({tr("Reporter"), tr("Editor"), tr("Copy editor"), tr("Managing editor")});
    m_role->setCurrentText(settings->userRole());
    m_accent->setInputMask(QStringLiteral("\\#HHHHHH"));
    m_pageSize->addItem(tr("A4"), int(PublicationProfile::PageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(PublicationProfile::PageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(profile.pageSize)));
    m_wordsPerMinute->setRange(60, 1000);
    m_wordsPerMinute->setSuffix(tr(" words per minute"));
    m_wordsPerMinute->setValue(profile.wordsPerMinute);
    m_theme->addItem(tr("Follow the system"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings->theme())));

    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("&Name:"), m_userName);
    youForm->addRow(tr("&Role:"), m_role);

    auto *publication
        = new QGroupBox(tr("Publication (shared by everyone using this library)"), this);
    auto *publicationForm = new QFormLayout(publication);
    publicationForm->addRow(tr("N&ame:"), m_publication);
    publicationForm->addRow(tr("&Tagline:"), m_tagline);
    publicationForm->addRow(tr("&Accent colour:"), m_accent);
    publicationForm->addRow(tr("&Language:"), m_language);
    publicationForm->addRow(tr("Reading &speed:"), m_wordsPerMinute);
    publicationForm->addRow(tr("&Page size:"), m_pageSize);

    auto *folderRow = new QHBoxLayout;
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(browse);
    auto *workstation = new QGroupBox(tr("This computer"), this);
    auto *workstationForm = new QFormLayout(workstation);
    workstationForm->addRow(tr("T&heme:"), m_theme);
    workstationForm->addRow(tr("&Export folder:"), folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(publication);
    layout->addWidget(workstation);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, &SettingsDialog::chooseExportFolder);
    connect(m_accent, &QLineEdit::textChanged, this, &SettingsDialog::checkColor);
    connect(
        m_accent, &QLineEdit::textChanged, buttons->button(QDialogButtonBox::Ok), [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(PublicationProfile::isValidColor(m_accent->text()));
        });
    checkColor();
}

PublicationProfile SettingsDialog::profile() const
{
    PublicationProfile profile = m_profile;
    profile.name = m_publication->text().trimmed();
    profile.tagline = m_tagline->text().trimmed();
    profile.accentColor = m_accent->text();
    profile.language = m_language->text().trimmed();
    profile.wordsPerMinute = m_wordsPerMinute->value();
    profile.pageSize = PublicationProfile::PageSize(m_pageSize->currentData().toInt());
    return profile;
}

void SettingsDialog::apply()
{
    m_settings->setUserName(m_userName->text().trimmed());
    m_settings->setUserRole(m_role->currentText().trimmed());
    m_settings->setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings->setExportFolder(m_exportFolder->text().trimmed());
}

void SettingsDialog::chooseExportFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Export Folder"), m_exportFolder->text());
    if (!folder.isEmpty())
        m_exportFolder->setText(folder);
}

void SettingsDialog::checkColor()
{
    m_accent->setToolTip(PublicationProfile::isValidColor(m_accent->text())
            ? QString()
            : tr("A colour is written as # and six hexadecimal digits, like #9b1c1c."));
}

} // namespace Copydesk
