// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "settingsdialog.h"

#include "imagefiles.h"
#include "profilefields.h"
#include "wordtargetseditor.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Copydesk {

namespace {

constexpr QSize LogoThumbnail(160, 48);

QSpinBox *lengthLimit(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 1000);
    box->setSpecialValueText(SettingsDialog::tr("No limit"));
    box->setSuffix(SettingsDialog::tr(" characters"));
    box->setValue(value);
    return box;
}

/// A form row whose field is a layout (an input with its buttons or its error): the label
/// still gives its access key, and its accessible name, to `input`.
void addRow(QFormLayout *form, const QString &label, QLayout *field, QWidget *input)
{
    auto *text = new QLabel(label, form->parentWidget());
    text->setBuddy(input);
    form->addRow(text, field);
}

} // namespace

SettingsDialog::SettingsDialog(
    Settings *settings, const PublicationProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_profile(profile)
    , m_youForm(nullptr)
    , m_userName(new QLineEdit(settings->userName(), this))
    , m_role(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_personRole(new QLabel(this))
    , m_publication(new QLineEdit(profile.name, this))
    , m_tagline(new QLineEdit(profile.tagline, this))
    , m_logo(new QLabel(this))
    , m_removeLogo(new QPushButton(tr("Re&move"), this))
    , m_logoError(new QLabel(this))
    , m_swatch(new QToolButton(this))
    , m_accent(new QLineEdit(profile.accentColor, this))
    , m_accentError(new QLabel(this))
    , m_templates(new QLineEdit(profile.templateDirectory, this))
    , m_templatesError(new QLabel(this))
    , m_pageSize(new QComboBox(this))
    , m_language(new QLineEdit(profile.language, this))
    , m_wordsPerMinute(new QSpinBox(this))
    , m_headlineMax(lengthLimit(profile.headlineMaxLength, this))
    , m_dekMax(lengthLimit(profile.dekMaxLength, this))
    , m_smallEdit(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_exportFolder(new QLineEdit(settings->exportFolder(), this))
    , m_typography(new QCheckBox(tr("T&ypographic quotes and dashes as you type"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    m_userName->setObjectName(QStringLiteral("userName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setEditable(true);
    m_role->addItems({tr("Reporter"), tr("Editor"), tr("Copy editor"), tr("Managing editor")});
    m_role->setCurrentText(settings->userRole());
    m_person->setObjectName(QStringLiteral("person"));
    m_personRole->setObjectName(QStringLiteral("personRole"));
    m_personRole->setToolTip(tr("Roles are changed by an admin of the library."));
    m_publication->setObjectName(QStringLiteral("publication"));
    m_tagline->setObjectName(QStringLiteral("tagline"));
    m_logo->setObjectName(QStringLiteral("logo"));
    m_logo->setMinimumSize(LogoThumbnail);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setAccessibleName(tr("Logo"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    m_logoError->setObjectName(QStringLiteral("logoError"));
    m_logoError->setWordWrap(true);
    m_logoError->setForegroundRole(QPalette::BrightText);
    m_logoError->hide();
    m_swatch->setObjectName(QStringLiteral("swatch"));
    m_swatch->setAccessibleName(tr("Choose the accent colour"));
    m_swatch->setToolTip(tr("Choose the accent colour"));
    m_accent->setObjectName(QStringLiteral("accent"));
    m_accent->setInputMask(QStringLiteral("\\#HHHHHH"));
    m_accentError->setObjectName(QStringLiteral("accentError"));
    m_accentError->setText(
        tr("A colour is written as # and six hexadecimal digits, like #9b1c1c."));
    m_accentError->setWordWrap(true);
    m_accentError->hide();
    m_templates->setObjectName(QStringLiteral("templates"));
    m_templates->setPlaceholderText(tr("The built-in house style"));
    m_templates->setToolTip(tr("A folder of the newsroom's own templates (see copydesk templates "
                               "export): each file replaces the built-in one of the same name in "
                               "the preview and every export."));
    m_templatesError->setObjectName(QStringLiteral("templatesError"));
    m_templatesError->setWordWrap(true);
    m_templatesError->hide();
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->addItem(tr("A4"), int(PublicationProfile::PageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(PublicationProfile::PageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(profile.pageSize)));
    m_language->setObjectName(QStringLiteral("language"));
    m_wordsPerMinute->setObjectName(QStringLiteral("wordsPerMinute"));
    m_wordsPerMinute->setRange(60, 1000);
    m_wordsPerMinute->setSuffix(tr(" words per minute"));
    m_wordsPerMinute->setValue(profile.wordsPerMinute);
    m_headlineMax->setObjectName(QStringLiteral("headlineMaxLength"));
    m_dekMax->setObjectName(QStringLiteral("dekMaxLength"));
    m_smallEdit->setObjectName(QStringLiteral("editorSmallEditWords"));
    m_smallEdit->setRange(0, 100);
    m_smallEdit->setSpecialValueText(tr("None: every change needs a new approval"));
    m_smallEdit->setSuffix(tr(" words"));
    m_smallEdit->setValue(profile.editorSmallEditWords);
    m_smallEdit->setToolTip(tr("How many words an editor or admin may change in an approved "
                               "article without it going back to review; the audit log "
                               "records each such edit."));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings->theme())));
    m_exportFolder->setObjectName(QStringLiteral("exportFolder"));
    m_typography->setObjectName(QStringLiteral("typography"));
    m_typography->setChecked(settings->typography());
    m_typography->setToolTip(tr("\"…\" becomes “…” (German „…“), -- an en dash, --- an em dash; "
                                "not in code or web addresses. Undo right after takes it back."));

    auto *you = new QGroupBox(tr("You"), this);
    m_youForm = new QFormLayout(you);
    m_youForm->addRow(tr("&Name:"), m_userName);
    m_youForm->addRow(tr("&Role:"), m_role);
    m_youForm->addRow(tr("&Name:"), m_person);
    m_youForm->addRow(tr("Role:"), m_personRole);
    m_youForm->setRowVisible(m_person, false);
    m_youForm->setRowVisible(m_personRole, false);

    auto *chooseLogo = new QPushButton(tr("Ch&oose…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    auto *logoColumn = new QVBoxLayout;
    logoColumn->addLayout(logoRow);
    logoColumn->addWidget(m_logoError);

    auto *accentRow = new QHBoxLayout;
    accentRow->addWidget(m_swatch);
    accentRow->addWidget(m_accent, 1);
    auto *accentColumn = new QVBoxLayout;
    accentColumn->addLayout(accentRow);
    accentColumn->addWidget(m_accentError);

    auto *publication
        = new QGroupBox(tr("Publication (shared by everyone using this library)"), this);
    auto *publicationForm = new QFormLayout(publication);
    publicationForm->addRow(tr("N&ame:"), m_publication);
    publicationForm->addRow(tr("&Tagline:"), m_tagline);
    publicationForm->addRow(tr("Logo:"), logoColumn);
    addRow(publicationForm, tr("Accent colo&ur:"), accentColumn, m_accent);
    m_language->setToolTip(tr("BCP 47 tag such as en, en-GB, de or de-CH: the spelling dictionary "
                              "and quotation marks of every article that names no language"));
    publicationForm->addRow(tr("&Language:"), m_language);
    publicationForm->addRow(tr("Reading &speed:"), m_wordsPerMinute);
    publicationForm->addRow(tr("Headl&ine at most:"), m_headlineMax);
    publicationForm->addRow(tr("&Dek at most:"), m_dekMax);
    publicationForm->addRow(tr("Editors' small edits &keep approval:"), m_smallEdit);
    publicationForm->addRow(tr("&Page size:"), m_pageSize);
    auto *templatesBrowse = new QToolButton(this);
    templatesBrowse->setText(tr("Browse…"));
    templatesBrowse->setAccessibleName(tr("Choose the template folder"));
    auto *templatesRow = new QHBoxLayout;
    templatesRow->addWidget(m_templates, 1);
    templatesRow->addWidget(templatesBrowse);
    auto *templatesColumn = new QVBoxLayout;
    templatesColumn->addLayout(templatesRow);
    templatesColumn->addWidget(m_templatesError);
    addRow(publicationForm, tr("Template &folder:"), templatesColumn, m_templates);
    m_wordTargets = new WordTargetsEditor(this);
    m_wordTargets->setTargets(profile.wordTargets);
    publicationForm->addRow(tr("Word tar&gets:"), m_wordTargets);

    auto *folderRow = new QHBoxLayout;
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose the export folder"));
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(browse);
    auto *workstation = new QGroupBox(tr("This computer"), this);
    auto *workstationForm = new QFormLayout(workstation);
    workstationForm->addRow(tr("T&heme:"), m_theme);
    addRow(workstationForm, tr("&Export folder:"), folderRow, m_exportFolder);
    workstationForm->addRow(m_typography);

    // The form is taller than a 1280×720 laptop's screen: it scrolls (Tab scrolls to the
    // field it reaches), while OK and Cancel stay in view below it.
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(you);
    formLayout->addWidget(publication);
    formLayout->addWidget(workstation);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("form"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a pane, not a control: Tab goes through its fields
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(form);
    const int available = screen()->availableGeometry().height() * 9 / 10
        - m_buttons->sizeHint().height() - 3 * style()->pixelMetric(QStyle::PM_LayoutTopMargin);
    scroll->setMinimumSize(
        form->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width(),
        std::clamp(form->sizeHint().height(), std::min(240, available), available));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, &SettingsDialog::chooseExportFolder);
    connect(chooseLogo, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &SettingsDialog::removeLogo);
    connect(m_swatch, &QToolButton::clicked, this, &SettingsDialog::chooseColor);
    connect(m_accent, &QLineEdit::textChanged, this, &SettingsDialog::accentEdited);
    connect(m_templates, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(templatesBrowse, &QToolButton::clicked, this, &SettingsDialog::chooseTemplateFolder);
    connect(m_person, &QComboBox::currentIndexChanged, this, &SettingsDialog::showPersonRole);
    accentEdited();
    showLogo();
}

PublicationProfile SettingsDialog::profile() const
{
    PublicationProfile profile = m_profile;
    profile.name = m_publication->text().trimmed();
    profile.tagline = m_tagline->text().trimmed();
    profile.accentColor = m_accent->text();
    profile.language = m_language->text().trimmed();
    profile.wordsPerMinute = m_wordsPerMinute->value();
    profile.headlineMaxLength = m_headlineMax->value();
    profile.dekMaxLength = m_dekMax->value();
    profile.editorSmallEditWords = m_smallEdit->value();
    profile.pageSize = PublicationProfile::PageSize(m_pageSize->currentData().toInt());
    profile.wordTargets = m_wordTargets->targets();
    // Unchanged when the folder is refused; OK is disabled then.
    [[maybe_unused]] const Status folder
        = ProfileFields::set(profile, QStringLiteral("templates"), m_templates->text());
    return profile;
}

void SettingsDialog::apply()
{
    const int person = m_person->currentIndex();
    if (!m_people.isEmpty() && person >= 0) {
        m_settings->setUserName(m_people.at(person).name);
        m_settings->setUserRole(roleName(m_people.at(person).role));
    } else {
        m_settings->setUserName(m_userName->text().trimmed());
        m_settings->setUserRole(m_role->currentText().trimmed());
    }
    m_settings->setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings->setExportFolder(m_exportFolder->text().trimmed());
    m_settings->setTypography(m_typography->isChecked());
}

void SettingsDialog::setPeople(const QList<Person> &people)
{
    m_people = people;
    {
        const QSignalBlocker blocker(m_person);
        m_person->clear();
        for (const Person &person : people)
            m_person->addItem(person.name);
        const int current = m_person->findText(m_userName->text().trimmed());
        m_person->setCurrentIndex(current >= 0 ? current : 0);
    }
    const bool chosen = !people.isEmpty();
    m_youForm->setRowVisible(m_userName, !chosen);
    m_youForm->setRowVisible(m_role, !chosen);
    m_youForm->setRowVisible(m_person, chosen);
    m_youForm->setRowVisible(m_personRole, chosen);
    showPersonRole();
}

void SettingsDialog::showPersonRole()
{
    const int index = m_person->currentIndex();
    m_personRole->setText(
        index >= 0 && index < m_people.size() ? roleLabel(m_people.at(index).role) : QString());
}

Status SettingsDialog::setLogoFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto fail = [this](const QString &message) -> Status {
        m_logoError->setText(message);
        m_logoError->show();
        return Error {message, Error::Code::InvalidInput};
    };
    const Result<ImageFile> image = ImageFiles::readChosen(path, ImagePolicy::logo());
    if (!image)
        return fail(image.error().message);
    m_profile.logo = image->data;
    m_profile.logoMimeType = image->mimeType;
    m_logoError->clear();
    m_logoError->hide();
    showLogo();
    return Done {};
}

void SettingsDialog::removeLogo()
{
    m_profile.logo.clear();
    m_profile.logoMimeType.clear();
    m_logoError->clear();
    m_logoError->hide();
    showLogo();
}

QString SettingsDialog::logoError() const
{
    return m_logoError->text();
}

void SettingsDialog::showLogo()
{
    m_removeLogo->setEnabled(!m_profile.logo.isEmpty());
    if (m_profile.logo.isEmpty()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        return;
    }
    QPixmap picture;
    if (picture.loadFromData(m_profile.logo)) {
        m_logo->setPixmap(
            picture.scaled(LogoThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        // An SVG without Qt's SVG plugin: it still goes on the page, only not in this preview.
        m_logo->setPixmap({});
        m_logo->setText(tr("SVG logo"));
    }
}

void SettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Publication Logo"), QString(), tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        setLogoFile(path);
}

void SettingsDialog::chooseColor()
{
    const QColor chosen
        = QColorDialog::getColor(QColor::fromString(m_accent->text()), this, tr("Accent Colour"));
    if (chosen.isValid())
        m_accent->setText(chosen.name());
}

void SettingsDialog::accentEdited()
{
    const bool valid = PublicationProfile::isValidColor(m_accent->text());
    validate();
    QPixmap swatch(QSize(20, 20));
    swatch.fill(Qt::transparent);
    if (valid) {
        QPainter painter(&swatch);
        painter.setPen(palette().color(QPalette::Text));
        painter.setBrush(QColor::fromString(m_accent->text()));
        painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    }
    m_swatch->setIcon(swatch);
    m_swatch->setProperty("color", valid ? m_accent->text().toLower() : QString());
}

void SettingsDialog::validate()
{
    const bool colour = PublicationProfile::isValidColor(m_accent->text());
    m_accentError->setVisible(!colour);
    PublicationProfile scratch;
    const Status folder
        = ProfileFields::set(scratch, QStringLiteral("templates"), m_templates->text());
    m_templatesError->setText(folder ? QString() : folder.error().message);
    m_templatesError->setVisible(!folder);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(colour && folder);
}

void SettingsDialog::chooseTemplateFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Template Folder"), m_templates->text());
    if (!folder.isEmpty())
        m_templates->setText(folder);
}

void SettingsDialog::chooseExportFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Export Folder"), m_exportFolder->text());
    if (!folder.isEmpty())
        m_exportFolder->setText(folder);
}

} // namespace Copydesk
