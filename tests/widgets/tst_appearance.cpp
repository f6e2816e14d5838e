// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "appearance.h"
#include "contrast.h"
#include "focusring.h"
#include "linefieldeditor.h"

#include <QApplication>
#include <QFocusFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void contrastRatio();
    void readableKeepsTheHue();
    void themesMeetWcag_data();
    void themesMeetWcag();
    void focusRingFollowsTheFocus_data() { themesMeetWcag_data(); }
    void focusRingFollowsTheFocus();
    void focusRingOutlivesItsWindow();
};

void TestAppearance::contrastRatio()
{
    QCOMPARE(Contrast::ratio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Contrast::ratio(Qt::white, Qt::black), 21.0);
    QCOMPARE(Contrast::ratio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    QVERIFY(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(Contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

void TestAppearance::readableKeepsTheHue()
{
    const QColor red(0xc0, 0x1c, 0x28);
    // Already readable on white: unchanged.
    QCOMPARE(Contrast::readable(red, {Qt::white}), red);
    // On a dark grey it is lightened until it reads, and stays red.
    const QColor dark(0x2b, 0x2d, 0x30);
    QVERIFY(Contrast::ratio(red, dark) < 3);
    const QColor lighter = Contrast::readable(red, {dark, QColor(0x1f, 0x20, 0x23)});
    QVERIFY(Contrast::ratio(lighter, dark) >= Contrast::TextMinimum);
    QVERIFY(lighter.lightnessF() > red.lightnessF());
    QVERIFY(qAbs(lighter.toHsl().hslHueF() - red.toHsl().hslHueF()) < 0.02);
}

void TestAppearance::themesMeetWcag_data()
{
    QTest::addColumn<Settings::Theme>("theme");
    QTest::newRow("light") << Settings::Theme::Light;
    QTest::newRow("dark") << Settings::Theme::Dark;
}

void TestAppearance::themesMeetWcag()
{
    QFETCH(Settings::Theme, theme);
    Appearance::apply(theme);
    const QPalette p = QApplication::palette();
    const auto check = [&](const QColor &fore, QPalette::ColorRole back, double minimum,
                           const char *what) {
        const double ratio = Contrast::ratio(fore, p.color(back));
        QVERIFY2(ratio >= minimum, qPrintable(u"%1: %2:1"_s.arg(QLatin1String(what)).arg(ratio)));
    };
    check(p.color(QPalette::Text), QPalette::Base, 4.5, "text");
    check(p.color(QPalette::WindowText), QPalette::Window, 4.5, "window text");
    check(p.color(QPalette::ButtonText), QPalette::Button, 4.5, "button text");
    check(p.color(QPalette::HighlightedText), QPalette::Highlight, 4.5, "selected text");
    check(p.color(QPalette::PlaceholderText), QPalette::Base, 4.5, "placeholder");
    check(p.color(QPalette::Link), QPalette::Base, 4.5, "link");
    for (auto back : {QPalette::Window, QPalette::Base}) {
        check(Contrast::warningText(p), back, 4.5, "warning");
        check(Contrast::focusRing(p), back, 3.0, "focus ring");
    }

    // The counter of a field over its limit, as drawn.
    LineFieldEditor field;
    field.setLengthLimit(3);
    field.setText(u"Harbour"_s);
    QVERIFY(field.isOverLimit());
    const double counter = Contrast::ratio(
        field.counter()->palette().color(QPalette::WindowText), p.color(QPalette::Window));
    QVERIFY2(counter >= 4.5, qPrintable(QString::number(counter)));
}

void TestAppearance::focusRingFollowsTheFocus()
{
    QFETCH(Settings::Theme, theme);
    Appearance::apply(theme);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(20);
    auto *edit = new QLineEdit(&window);
    auto *button = new QPushButton(u"Publish"_s, &window);
    auto *scroller = new QScrollArea(&window); // Fusion draws no focus on a scroll area
    scroller->setFocusPolicy(Qt::StrongFocus);
    scroller->setWidget(new QLabel(u"Text"_s));
    for (QWidget *widget : {static_cast<QWidget *>(edit), static_cast<QWidget *>(button),
             static_cast<QWidget *>(scroller)})
        layout->addWidget(widget);
    window.resize(300, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    FocusRing *ring = FocusRing::install(qApp);
    QCOMPARE(FocusRing::install(qApp), ring);

    const QColor expected = Contrast::focusRing(window.palette());
    for (QWidget *widget : {static_cast<QWidget *>(edit), static_cast<QWidget *>(button),
             static_cast<QWidget *>(scroller)}) {
        widget->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(ring->ringedWidget(), widget);
        // The ring is on screen just outside the widget, in its colour.
        const QImage shot = window.grab().toImage();
        const QRect around = widget->geometry();
        for (const QPoint &point : {QPoint(around.left() - 1, around.center().y()),
                 QPoint(around.center().x(), around.top() - 1),
                 QPoint(around.right() + 1, around.center().y())}) {
            QCOMPARE(shot.pixelColor(point * shot.devicePixelRatio()).rgb(), expected.rgb());
        }
    }
}

void TestAppearance::focusRingOutlivesItsWindow()
{
    FocusRing *ring = FocusRing::install(qApp);
    for (int i = 0; i < 2; ++i) {
        // The ring lives beside the widget; closing the window takes it along, and the next
        // window gets a new one.
        auto window = std::make_unique<QWidget>();
        auto *edit = new QLineEdit(window.get());
        new QVBoxLayout(window.get());
        window->layout()->addWidget(edit);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        edit->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(ring->ringedWidget(), edit);
    }
    QTRY_COMPARE(ring->ringedWidget(), nullptr);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestAppearance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appearance.moc"
