// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "accesskeys.h"
#include "articlefactory.h"
#include "articlerenderer.h"
#include "settingsdialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Copydesk;
using namespace Qt::StringLiterals;

/// The settings dialog driven by keyboard and mouse on the offscreen platform, with real
/// Settings files and real picture files.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsEveryField();
    void editsWordTargets();
    void cancelLeavesSettingsAlone();
    void invalidColourDisablesOk_data();
    void invalidColourDisablesOk();
    void logoFile_data();
    void logoFile();
    void logoReachesTheRenderedPage();
    void removeLogo();
    void peopleMakeTheNameAChoice();
    void noPeopleKeepFreeText();
    void labelsNameTheirFields_data();
    void labelsNameTheirFields();
    void fitsTheScreen();

private:
    template<typename T> static T *field(const SettingsDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    static void retype(QWidget *widget, const QString &text);
    static QPushButton *okButton(const SettingsDialog &dialog);
    /// Installs `language`'s translation (none for an empty one): the application's, as
    /// embedded for exported pages, in `own`, and Qt's own, for the dialog's buttons, in `qt`
    /// when it is installed. False when the application's is missing.
    static bool translate(const QString &language, QTranslator &own, QTranslator &qt);
    QString picture(const QString &name, const char *format, QSize size = {64, 32});

    QTemporaryDir m_dir;
    int m_settingsFiles = 0;
    QString settingsFile() { return m_dir.filePath(u"settings%1.conf"_s.arg(++m_settingsFiles)); }
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSettingsDialog::retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    QTest::keyClicks(widget, text);
}

bool TestSettingsDialog::translate(const QString &language, QTranslator &own, QTranslator &qt)
{
    if (language.isEmpty())
        return true;
    if (!own.load(u":/i18n/page/copydesk_"_s + language + u".qm"_s))
        return false;
    QCoreApplication::installTranslator(&own);
    if (qt.load(QLocale(language), u"qtbase"_s, u"_"_s,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    return true;
}

QPushButton *TestSettingsDialog::okButton(const SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString TestSettingsDialog::picture(const QString &name, const char *format, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x0a, 0x5c, 0x8f));
    const QString path = m_dir.filePath(name);
    if (!image.save(path, format))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestSettingsDialog::editsEveryField()
{
    Settings settings(settingsFile(), nullptr);
    settings.setUserName(u"ann"_s);
    PublicationProfile given;
    given.siteUrl = u"https://herald.example/"_s;
    SettingsDialog dialog(&settings, given);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(field<QLineEdit>(dialog, "userName")->text(), u"ann"_s);

    retype(field<QLineEdit>(dialog, "userName"), u"Ann Reporter"_s);
    retype(field<QComboBox>(dialog, "role"), u"Night editor"_s);
    retype(field<QLineEdit>(dialog, "publication"), u"The Harbour Herald"_s);
    retype(field<QLineEdit>(dialog, "tagline"), u"News from the coast"_s);
    auto *accent = field<QLineEdit>(dialog, "accent");
    accent->setFocus();
    accent->home(false);
    QTest::keyClicks(accent, u"#0A5C8F"_s);
    retype(field<QLineEdit>(dialog, "language"), u"en-GB"_s);
    retype(field<QSpinBox>(dialog, "wordsPerMinute"), u"200"_s);
    retype(field<QSpinBox>(dialog, "headlineMaxLength"), u"90"_s);
    auto *dek = field<QSpinBox>(dialog, "dekMaxLength");
    dek->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(dek, Qt::Key_Up);
    retype(field<QSpinBox>(dialog, "editorSmallEditWords"), u"3"_s);
    auto *pageSize = field<QComboBox>(dialog, "pageSize");
    pageSize->setFocus();
    QTest::keyClick(pageSize, Qt::Key_Down);
    auto *theme = field<QComboBox>(dialog, "theme");
    theme->setFocus();
    QTest::keyClick(theme, Qt::Key_End);
    retype(field<QLineEdit>(dialog, "exportFolder"), m_dir.path());
    auto *templates = field<QLineEdit>(dialog, "templates");
    retype(templates, m_dir.filePath(u"no-such-folder"_s));
    QVERIFY(!okButton(dialog)->isEnabled()); // Said why under the field.
    QVERIFY(field<QLabel>(dialog, "templatesError")->text().contains(u"is not a folder"_s));
    retype(templates, m_dir.path());
    auto *typography = field<QCheckBox>(dialog, "typography");
    QVERIFY(typography->isChecked()); // On until turned off.
    typography->setFocus();
    QTest::keyClick(typography, Qt::Key_Space);
    QVERIFY(dialog.setLogoFile(picture(u"logo.png"_s, "PNG")).ok());

    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    dialog.apply();

    const PublicationProfile profile = dialog.profile();
    QCOMPARE(profile.name, u"The Harbour Herald"_s);
    QCOMPARE(profile.tagline, u"News from the coast"_s);
    QCOMPARE(profile.accentColor.toLower(), u"#0a5c8f"_s);
    QCOMPARE(profile.language, u"en-GB"_s);
    QCOMPARE(profile.wordsPerMinute, 200);
    QCOMPARE(profile.headlineMaxLength, 90);
    QCOMPARE(profile.dekMaxLength, 253); // three steps up from the default
    QCOMPARE(profile.editorSmallEditWords, 3);
    QCOMPARE(profile.pageSize, PublicationProfile::PageSize::Letter);
    QCOMPARE(profile.logoMimeType, u"image/png"_s);
    QVERIFY(profile.logo.startsWith("\x89PNG"));
    QCOMPARE(profile.siteUrl, given.siteUrl); // Not shown, kept.
    QCOMPARE(profile.templateDirectory, m_dir.path());
    QCOMPARE(field<QToolButton>(dialog, "swatch")->property("color").toString(), u"#0a5c8f"_s);

    QCOMPARE(settings.userName(), u"Ann Reporter"_s);
    QCOMPARE(settings.userRole(), u"Night editor"_s);
    QCOMPARE(settings.theme(), Settings::Theme::Dark);
    QCOMPARE(settings.exportFolder(), m_dir.path());
    QVERIFY(!settings.typography());
    // Written through to the file.
    Settings reread(settings.fileName(), nullptr);
    QCOMPARE(reread.userName(), u"Ann Reporter"_s);
    QVERIFY(!reread.typography());
}

void TestSettingsDialog::editsWordTargets()
{
    Settings settings(settingsFile(), nullptr);
    PublicationProfile given;
    given.wordTargets.defaultWords = 800;
    given.wordTargets.byCategory = {{u"News"_s, 600}, {u"Sport"_s, 400}};
    SettingsDialog dialog(&settings, given);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = field<QTableWidget>(dialog, "categoryWordTargets");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.profile().wordTargets, given.wordTargets); // shown as stored

    retype(field<QSpinBox>(dialog, "defaultWordTarget"), u"1000"_s);
    retype(field<QSpinBox>(dialog, "wordTargetOverPercent"), u"10"_s);
    // Remove Sport: the cursor in its name, then Remove.
    table->cellWidget(1, 0)->setFocus();
    QTest::mouseClick(field<QPushButton>(dialog, "removeCategoryWordTarget"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    // A new category: typed into the row Add Category makes, its words set.
    QTest::mouseClick(field<QPushButton>(dialog, "addCategoryWordTarget"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QTest::keyClicks(table->cellWidget(1, 0), u"Features"_s);
    retype(table->cellWidget(1, 1), u"1500"_s);
    // A row without a name is left out.
    QTest::mouseClick(field<QPushButton>(dialog, "addCategoryWordTarget"), Qt::LeftButton);

    WordTargets expected;
    expected.defaultWords = 1000;
    expected.overPercent = 10;
    expected.byCategory = {{u"News"_s, 600}, {u"Features"_s, 1500}};
    QCOMPARE(dialog.profile().wordTargets, expected);
}

void TestSettingsDialog::cancelLeavesSettingsAlone()
{
    Settings settings(settingsFile(), nullptr);
    settings.setUserName(u"ann"_s);
    SettingsDialog dialog(&settings, PublicationProfile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    retype(field<QLineEdit>(dialog, "userName"), u"bob"_s);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(settings.userName(), u"ann"_s);
}

void TestSettingsDialog::invalidColourDisablesOk_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("swatch");
    QTest::newRow("valid lower") << u"#123abc"_s << true << u"#123abc"_s;
    QTest::newRow("valid upper") << u"#ABCDEF"_s << true << u"#abcdef"_s;
    QTest::newRow("too short") << u"#12ab"_s << false << QString();
    QTest::newRow("not hex") << u"#12ab zz"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestSettingsDialog::invalidColourDisablesOk()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, swatch);
    Settings settings(settingsFile(), nullptr);
    SettingsDialog dialog(&settings, PublicationProfile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *accent = field<QLineEdit>(dialog, "accent");
    accent->setFocus();
    accent->selectAll();
    QTest::keyClick(accent, Qt::Key_Delete);
    accent->home(false);
    QTest::keyClicks(accent, typed);
    QCOMPARE(okButton(dialog)->isEnabled(), valid);
    QCOMPARE(field<QLabel>(dialog, "accentError")->isVisible(), !valid);
    QCOMPARE(field<QToolButton>(dialog, "swatch")->property("color").toString(), swatch);
    if (valid)
        QCOMPARE(dialog.profile().accentColor.toLower(), swatch);
}

void TestSettingsDialog::logoFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mimeType"); // Empty: refused.
    QTest::addColumn<QString>("error"); // Part of the message shown.

    QTest::newRow("png") << picture(u"a.png"_s, "PNG") << u"image/png"_s << QString();
    QTest::newRow("jpeg") << picture(u"a.jpg"_s, "JPEG") << u"image/jpeg"_s << QString();
    const QString svg = m_dir.filePath(u"a.svg"_s);
    {
        QFile file(svg);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                   "width=\"40\" height=\"10\"><rect width=\"40\" height=\"10\" "
                   "fill=\"#9b1c1c\"/></svg>\n");
    }
    QTest::newRow("svg") << svg << u"image/svg+xml"_s << QString();
    QTest::newRow("bmp") << picture(u"a.bmp"_s, "BMP") << QString()
                         << u"is not a PNG, JPEG or SVG picture"_s;
    const QString damaged = m_dir.filePath(u"damaged.png"_s);
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QFile whole(picture(u"whole.png"_s, "PNG", {200, 200}));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        file.write(whole.read(60));
    }
    QTest::newRow("damaged") << damaged << QString()
                             << u"logo “damaged.png” is a damaged PNG image"_s;
    const QString huge = m_dir.filePath(u"huge.png"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(SettingsDialog::MaxLogoBytes, 'x'));
    }
    QTest::newRow("too large") << huge << QString()
                               << u"logo “huge.png” is 1,048,584 bytes; the limit is 1 MiB"_s;
    QTest::newRow("missing") << m_dir.filePath(u"nowhere.png"_s) << QString()
                             << u"logo “nowhere.png”: no such file"_s;
}

void TestSettingsDialog::logoFile()
{
    QFETCH(QString, path);
    QFETCH(QString, mimeType);
    QFETCH(QString, error);
    Settings settings(settingsFile(), nullptr);
    PublicationProfile given;
    given.logo = "before";
    given.logoMimeType = u"image/png"_s;
    SettingsDialog dialog(&settings, given);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const Status picked = dialog.setLogoFile(path);
    QCOMPARE(picked.ok(), !mimeType.isEmpty());
    auto *shown = field<QLabel>(dialog, "logoError");
    if (mimeType.isEmpty()) {
        QVERIFY2(picked.error().message.contains(error), qPrintable(picked.error().message));
        QVERIFY(shown->isVisible());
        QCOMPARE(dialog.logoError(), picked.error().message);
        QCOMPARE(dialog.profile().logo, QByteArray("before")); // Unchanged.
        return;
    }
    QVERIFY(!shown->isVisible());
    QVERIFY(dialog.logoError().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(dialog.profile().logo, file.readAll());
    QCOMPARE(dialog.profile().logoMimeType, mimeType);
    QVERIFY(field<QPushButton>(dialog, "removeLogo")->isEnabled());
    auto *thumbnail = field<QLabel>(dialog, "logo");
    if (mimeType != u"image/svg+xml") {
        QVERIFY(!thumbnail->pixmap().isNull());
        QVERIFY(thumbnail->pixmap().width() <= 160);
    }
}

void TestSettingsDialog::logoReachesTheRenderedPage()
{
    Settings settings(settingsFile(), nullptr);
    SettingsDialog dialog(&settings, PublicationProfile());
    QVERIFY(dialog.setLogoFile(picture(u"page.png"_s, "PNG")).ok());
    const auto page = ArticleRenderer::render(Testing::fullArticle(), dialog.profile());
    QVERIFY(page);
    QVERIFY(page->contains("<img class=\"logo\" src=\"data:image/png;base64,"));

    dialog.removeLogo();
    const auto without = ArticleRenderer::render(Testing::fullArticle(), dialog.profile());
    QVERIFY(without);
    QVERIFY(!without->contains("class=\"logo\""));
}

void TestSettingsDialog::removeLogo()
{
    Settings settings(settingsFile(), nullptr);
    PublicationProfile given;
    SettingsDialog dialog(&settings, given);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *remove = field<QPushButton>(dialog, "removeLogo");
    QVERIFY(!remove->isEnabled());
    QVERIFY(dialog.setLogoFile(picture(u"gone.png"_s, "PNG")).ok());
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(dialog.profile().logo.isEmpty());
    QVERIFY(dialog.profile().logoMimeType.isEmpty());
    QVERIFY(!remove->isEnabled());
    QCOMPARE(field<QLabel>(dialog, "logo")->text(), u"No logo"_s);
}

void TestSettingsDialog::peopleMakeTheNameAChoice()
{
    Settings settings(settingsFile(), nullptr);
    settings.setUserName(u"bob"_s);
    SettingsDialog dialog(&settings, PublicationProfile());
    dialog.setPeople(
        {{u"ann"_s, Role::Reporter}, {u"bob"_s, Role::Editor}, {u"cleo"_s, Role::Admin}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *person = field<QComboBox>(dialog, "person");
    auto *role = field<QLabel>(dialog, "personRole");
    QVERIFY(person->isVisible());
    QVERIFY(role->isVisible());
    QVERIFY(!field<QLineEdit>(dialog, "userName")->isVisible());
    QVERIFY(!field<QComboBox>(dialog, "role")->isVisible());
    QCOMPARE(person->count(), 3);
    QCOMPARE(person->currentText(), u"bob"_s);
    QCOMPARE(role->text(), roleLabel(Role::Editor));

    person->setFocus();
    QTest::keyClick(person, Qt::Key_Down);
    QCOMPARE(person->currentText(), u"cleo"_s);
    QCOMPARE(role->text(), roleLabel(Role::Admin));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    dialog.apply();
    QCOMPARE(settings.userName(), u"cleo"_s);
    QCOMPARE(settings.userRole(), u"admin"_s);
}

void TestSettingsDialog::noPeopleKeepFreeText()
{
    Settings settings(settingsFile(), nullptr);
    settings.setUserName(u"dana"_s);
    SettingsDialog dialog(&settings, PublicationProfile());
    dialog.setPeople({{u"ann"_s, Role::Reporter}});
    dialog.setPeople({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(field<QLineEdit>(dialog, "userName")->isVisible());
    QVERIFY(field<QComboBox>(dialog, "role")->isVisible());
    QVERIFY(!field<QComboBox>(dialog, "person")->isVisible());
    dialog.apply();
    QCOMPARE(settings.userName(), u"dana"_s);
}

void TestSettingsDialog::labelsNameTheirFields_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("people");
    QTest::newRow("English") << QString() << false;
    QTest::newRow("English, with people") << QString() << true;
    QTest::newRow("German") << u"de"_s << false;
    QTest::newRow("German, with people") << u"de"_s << true;
}

void TestSettingsDialog::labelsNameTheirFields()
{
    QFETCH(QString, language);
    QFETCH(bool, people);
    QTranslator own;
    QTranslator qt;
    QVERIFY(translate(language, own, qt));
    Settings settings(settingsFile(), nullptr);
    SettingsDialog dialog(&settings, PublicationProfile());
    if (people)
        dialog.setPeople({{u"ann"_s, Role::Reporter}, {u"bob"_s, Role::Editor}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Alt+letter reaches one control each, and no label shows its "&" as text.
    const QStringList clashes = Testing::accessKeyClashes(&dialog);
    const QStringList stray = Testing::strayAmpersands(&dialog);
    QCoreApplication::removeTranslator(&own);
    QCoreApplication::removeTranslator(&qt);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u"; "_s)));
    // Every combo box has a label, shown or not (the person box only with people).
    const QStringList unlabelled = Testing::unlabelledComboBoxes(&dialog);
    QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(u"; "_s)));

    // Every input is named by its own label (a screen reader's "labelled by"), never by its
    // group's title or its placeholder; buttons by what they do.
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&dialog) || !(widget->focusPolicy() & Qt::TabFocus)
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractItemView *>(widget->parentWidget()))
            continue;
        const QString what
            = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible, qPrintable(what));
        const QString name = accessible->text(QAccessible::Name);
        QVERIFY2(!name.trimmed().isEmpty(), qPrintable(what));
        if (qobject_cast<QAbstractButton *>(widget))
            continue;
        if (widget->accessibleName().isEmpty()) {
            QStringList labels;
            for (const auto &[other, relation] : accessible->relations(QAccessible::Label)) {
                if (qobject_cast<QLabel *>(other->object()))
                    labels << other->text(QAccessible::Name);
            }
            QVERIFY2(labels.size() == 1, qPrintable(what + u": "_s + name));
            // (Qt on Linux names a combo box by its choice and leaves its label to the relation.)
            if (auto *combo = qobject_cast<QComboBox *>(widget))
                QCOMPARE(accessible->text(QAccessible::Value), combo->currentText());
            else
                QCOMPARE(name, labels.first());
        }
        if (auto *line = qobject_cast<QLineEdit *>(widget);
            line && !line->placeholderText().isEmpty())
            QVERIFY2(name != line->placeholderText(), qPrintable(what));
    }
}

void TestSettingsDialog::fitsTheScreen()
{
    // German has the longest labels; with people the form has every row it can have.
    QTranslator own;
    QTranslator qt;
    QVERIFY(translate(u"de"_s, own, qt));
    Settings settings(settingsFile(), nullptr);
    SettingsDialog dialog(&settings, PublicationProfile());
    dialog.setPeople({{u"ann"_s, Role::Reporter}, {u"bob"_s, Role::Editor}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::removeTranslator(&own);
    QCoreApplication::removeTranslator(&qt);

    // The form scrolls within the screen (the offscreen one is 800×600, shorter than a
    // laptop's 720 less its panels); OK and Cancel stay in view, nothing scrolls sideways.
    const QRect screen = dialog.screen()->availableGeometry();
    QVERIFY2(dialog.height() <= screen.height(),
        qPrintable(u"%1 px on a screen of %2"_s.arg(dialog.height()).arg(screen.height())));
    QVERIFY(okButton(dialog)->isVisible());
    QVERIFY(dialog.rect().contains(
        QRect(okButton(dialog)->mapTo(&dialog, QPoint()), okButton(dialog)->size())));
    auto *scroll = field<QScrollArea>(dialog, "form");
    QVERIFY(scroll->widget()->height() > scroll->viewport()->height()); // it does scroll
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(scroll->widget()->width() >= scroll->widget()->minimumSizeHint().width());

    // Tab reaches the last field and scrolls it into view.
    auto *exportFolder = field<QLineEdit>(dialog, "exportFolder");
    field<QComboBox>(dialog, "person")->setFocus();
    for (int i = 0; i < 60 && QApplication::focusWidget() != exportFolder; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), exportFolder);
    QVERIFY(scroll->viewport()->rect().contains(
        QRect(exportFolder->mapTo(scroll->viewport(), QPoint()), exportFolder->size())));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
