// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsAreEmpty();
    void roundTripsThroughTheFile();
    void signalsOnlyRealChanges();
    void offersTheSampleOncePerLibrary();
    void defaultFileIsInTheConfigFolder();

private:
    QTemporaryDir m_dir;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSettings::defaultsAreEmpty()
{
    Settings settings(m_dir.filePath(QStringLiteral("empty.conf")), nullptr);
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.splitterState().isEmpty());
    QVERIFY(settings.libraryHeaderState().isEmpty());
    // The import dialog starts in the user's documents, never the working folder.
    QCOMPARE(settings.importFolder(),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QVERIFY(!settings.importFolder().isEmpty());
    QVERIFY(!settings.sampleOffered(QStringLiteral("/tmp/x.copydesk")));
    QVERIFY(settings.typography()); // Typographic quotes are on until turned off.
}

void TestSettings::roundTripsThroughTheFile()
{
    const QString file = m_dir.filePath(QStringLiteral("roundtrip.conf"));
    // Two literals: "\x01binary" would read as the hex escape \x01b followed by "inary".
    const QByteArray blob("\x00\x01"
                          "binary\xff",
        9);
    {
        Settings settings(file, nullptr);
        settings.setWindowGeometry(blob);
        settings.setWindowState(blob + "s");
        settings.setSplitterState(blob + "p");
        settings.setLibraryHeaderState(blob + "h");
        settings.setImportFolder(QStringLiteral("/home/ana/Stories"));
    }
    Settings settings(file, nullptr);
    QCOMPARE(settings.fileName(), file);
    QCOMPARE(settings.windowGeometry(), blob);
    QCOMPARE(settings.windowState(), blob + "s");
    QCOMPARE(settings.splitterState(), blob + "p");
    QCOMPARE(settings.libraryHeaderState(), blob + "h");
    QCOMPARE(settings.importFolder(), QStringLiteral("/home/ana/Stories"));
}

void TestSettings::signalsOnlyRealChanges()
{
    Settings settings(m_dir.filePath(QStringLiteral("signals.conf")), nullptr);
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setImportFolder(QStringLiteral("/a"));
    settings.setImportFolder(QStringLiteral("/a"));
    settings.setSplitterState("x");
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).first().value<Settings::Key>(), Settings::Key::ImportFolder);
    QCOMPARE(changed.at(1).first().value<Settings::Key>(), Settings::Key::SplitterState);
}

void TestSettings::offersTheSampleOncePerLibrary()
{
    const QString file = m_dir.filePath(QStringLiteral("sample.conf"));
    {
        Settings settings(file, nullptr);
        settings.setSampleOffered(QStringLiteral("/libraries/a.copydesk"));
        settings.setSampleOffered(QStringLiteral("/libraries/a.copydesk"));
    }
    Settings settings(file, nullptr);
    QVERIFY(settings.sampleOffered(QStringLiteral("/libraries/a.copydesk")));
    QVERIFY(!settings.sampleOffered(QStringLiteral("/libraries/b.copydesk")));
}

void TestSettings::defaultFileIsInTheConfigFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QCOMPARE(Settings::defaultFileName(), folder + QStringLiteral("/copydeskrc"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
