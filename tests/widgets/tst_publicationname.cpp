// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The first start's question for the publication's name, with the keyboard: Return stores it in
// the library's profile, Esc skips, and it is asked once per library.
#include "library.h"
#include "libraryopener.h"
#include "settings.h"
#include "startupnotices.h"
#include "windowtesting.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestPublicationName : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Library> open(const QString &name)
    {
        auto library
            = LibraryOpener::open(m_dir.filePath(name), LibraryOpener::Mode::CreateIfMissing);
        if (!library)
            qFatal("%s", qPrintable(library.error().message));
        return std::move(library).value();
    }

    QString storedName(Library *library)
    {
        const auto profile = library->articles()->publicationProfile();
        return profile ? profile->name : u"ERROR"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void typedAndReturn()
    {
        Settings settings(m_dir.filePath(u"typed.ini"_s), nullptr);
        auto library = open(u"typed.copydesk"_s);
        bool seen = false;
        Testing::driveNextDialog<QInputDialog>(
            [](QInputDialog *dialog) {
                // A failed check must not leave the dialog blocking the test.
                const auto close = qScopeGuard([dialog] {
                    if (dialog->isVisible())
                        dialog->reject();
                });
                auto *field = dialog->findChild<QLineEdit *>();
                // The text field has the keyboard focus when the dialog opens.
                QVERIFY(field && dialog->focusWidget() == field);
                QTest::keyClicks(field, u"The Harbour Herald"_s);
                QTest::keyClick(field, Qt::Key_Return);
            },
            &seen);
        QVERIFY(StartupNotices::askPublicationName(nullptr, library.get(), &settings));
        QVERIFY(seen);
        QCOMPARE(storedName(library.get()), u"The Harbour Herald"_s);

        // Reopened: the stored profile has the name, in this library for everyone.
        library.reset();
        library = open(u"typed.copydesk"_s);
        QCOMPARE(storedName(library.get()), u"The Harbour Herald"_s);
    }

    void escapeSkipsOnce()
    {
        Settings settings(m_dir.filePath(u"skipped.ini"_s), nullptr);
        auto library = open(u"skipped.copydesk"_s);
        bool seen = false;
        Testing::driveNextDialog<QInputDialog>(
            [](QInputDialog *dialog) {
                QTest::keyClicks(dialog->findChild<QLineEdit *>(), u"Half typed"_s);
                QTest::keyClick(dialog->findChild<QLineEdit *>(), Qt::Key_Escape);
            },
            &seen);
        QVERIFY(!StartupNotices::askPublicationName(nullptr, library.get(), &settings));
        QVERIFY(seen);
        QCOMPARE(storedName(library.get()), PublicationProfile::defaultName());
        QVERIFY(settings.publicationNameAsked(library->articles()->location()));

        // Not again for this library: no dialog comes (one would block here).
        QVERIFY(!StartupNotices::askPublicationName(nullptr, library.get(), &settings));
    }

    void namedPublicationIsNotAsked()
    {
        Settings settings(m_dir.filePath(u"named.ini"_s), nullptr);
        auto library = open(u"named.copydesk"_s);
        PublicationProfile profile;
        profile.name = u"Gazette"_s;
        QVERIFY(library->articles()->setPublicationProfile(profile));
        QVERIFY(!StartupNotices::askPublicationName(nullptr, library.get(), &settings));
        QVERIFY(!settings.publicationNameAsked(library->articles()->location()));
    }
};

QTEST_MAIN(TestPublicationName)
#include "tst_publicationname.moc"
