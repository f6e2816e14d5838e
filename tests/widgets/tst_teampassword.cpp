// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The window on a team library whose server wants a password (a pw_… login on the test server)
// with a keyring of the test's own (tests/tools/with-keyring.sh): the password dialog names the
// login and the server, a refused password is said so and asked again, "remember" stores the
// password in the keyring once it worked (replacing a stale one), and the settings file never
// holds it.
#include "copydeskprocess.h"
#include "library.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "people.h"
#include "settings.h"
#include "teamkeyring.h"
#include "teamloginprompt.h"
#include "workflowcontroller.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <functional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"tide tables at dawn"_s;

/// Every label's text in `dialog`, joined.
QString labelsOf(QDialog *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisibleTo(dialog))
            texts << label->text();
    }
    return texts.join(u'\n');
}

/// Types `password` into the dialog, sets "remember" and presses Connect.
void answer(PasswordDialog *dialog, const QString &password, bool remember)
{
    auto *field = dialog->findChild<QLineEdit *>(u"password"_s);
    QVERIFY(field);
    QTest::keyClicks(field, password);
    auto *box = dialog->findChild<QCheckBox *>(u"remember"_s);
    QVERIFY(box && box->isEnabled());
    box->setChecked(remember);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *connect = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(connect->isEnabled());
    QTest::mouseClick(connect, Qt::LeftButton);
}

using Answer = std::function<void(PasswordDialog *)>;

/// Answers the password dialogs as they come, one answer each, in order; counts them.
class DialogScript
{
public:
    explicit DialogScript(QList<Answer> answers)
        : m_answers(std::move(answers))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { step(); });
        m_timer.start();
    }
    int answered() const { return m_answered; }

private:
    void step()
    {
        auto *dialog = qobject_cast<PasswordDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == m_last || m_answered >= m_answers.size())
            return;
        m_last = dialog;
        m_answers.at(m_answered++)(dialog);
    }

    QList<Answer> m_answers;
    QTimer m_timer;
    QPointer<PasswordDialog> m_last;
    int m_answered = 0;
};

} // namespace

class TestTeamPassword : public QObject
{
    Q_OBJECT

private:
    QString m_server;
    QString m_location; ///< The team library as pw_tp_rosa, who needs a password.

    QString m_handOver; ///< What the last openAnswering() would hand to a new window.
    int m_dialogs = 0; ///< How many dialogs the last openAnswering() answered.

    /// Opens the library as pw_tp_rosa through the window's prompt, answering its password
    /// dialogs with `answers`.
    Result<std::unique_ptr<Library>> openAnswering(const QList<Answer> &answers)
    {
        DialogScript script(answers);
        m_handOver.clear();
        auto library = TeamLoginPrompt::open(
            nullptr, m_location, LibraryOpener::Mode::OpenExisting, &m_handOver);
        m_dialogs = script.answered();
        return library;
    }

    bool psql(const QString &sql, const QString &database)
    {
        return runPsql(m_server, database, sql);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = qEnvironmentVariable("COPYDESK_TEST_POSTGRES");
        if (m_server.isEmpty())
            QSKIP("no test server: ./dev test starts one and sets COPYDESK_TEST_POSTGRES");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through tests/tools/with-keyring.sh");
        QVERIFY(psql(u"CREATE DATABASE team_password"_s, u"postgres"_s));
        QVERIFY(psql(u"CREATE ROLE pw_tp_rosa LOGIN PASSWORD '%1'"_s.arg(Password), u"postgres"_s));
        QString setup = m_server;
        setup.replace(
            QRegularExpression(u"^postgresql:///[^?]*"_s), u"postgresql:///team_password"_s);
        const Result<int> before = LibraryOpener::initializeTeam(setup);
        QVERIFY2(before, before ? "" : qPrintable(before.error().message));
        auto admin = LibraryOpener::open(setup, LibraryOpener::Mode::OpenExisting);
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
        QVERIFY((*admin)->people()->addPerson({u"pw_tp_rosa"_s, Role::Reporter}, u"postgres"_s));
        m_location = setup;
        m_location.replace(QRegularExpression(u"([?&])user=[^&]*"_s), u"\\1user=pw_tp_rosa"_s);
    }

    void init() { QVERIFY(TeamKeyring::forget(m_location)); }

    // Asked once, remembered: the keyring has the password, the window's settings do not.
    void rememberedInTheKeyringNotInTheSettings()
    {
        QString shown;
        auto library = openAnswering({[&shown](PasswordDialog *dialog) {
            shown = labelsOf(dialog);
            answer(dialog, Password, true);
        }});
        QCOMPARE(m_dialogs, 1);
        QVERIFY2(library, library ? "" : qPrintable(library.error().message));
        QVERIFY2(shown.contains(u"<b>pw_tp_rosa</b>"_s) && shown.contains(u":5432/team_password"_s),
            qPrintable(shown));
        QVERIFY2(shown.contains(u"no password supplied"_s), qPrintable(shown));
        QVERIFY(m_handOver.isEmpty()); // The new window finds it in the keyring.
        const Result<std::optional<QString>> stored = TeamKeyring::password(m_location);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(**stored, Password);

        // The window remembers the library among the recent ones, without the password.
        QTemporaryDir home;
        const QString file = home.filePath(u"copydeskrc"_s);
        {
            Settings settings(file, nullptr);
            MainWindow window(std::move(library).value(), &settings, u"pw_tp_rosa"_s);
            window.show();
            QTRY_VERIFY(window.isStarted());
            QCOMPARE(window.workflow()->currentUser(), u"pw_tp_rosa"_s);
            window.close();
            settings.sync();
            QVERIFY(!settings.recentLibraries().isEmpty());
        }
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY2(written.contains("team_password"), written.constData());
        QVERIFY2(!written.contains(Password.toUtf8()), written.constData());
        QVERIFY(!written.contains(QUrl::toPercentEncoding(Password)));

        // The next start logs in from the keyring without asking.
        QString none;
        auto again
            = TeamLoginPrompt::open(nullptr, m_location, LibraryOpener::Mode::OpenExisting, &none);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    }

    // A stale stored password: the dialog says it was refused; a wrong answer is refused and
    // asked again; the right one replaces the stale entry ("remember" comes ticked).
    void staleStoredPasswordIsReplaced()
    {
        QVERIFY(TeamKeyring::remember(m_location, u"last season's"_s));
        QString firstText, secondText;
        bool rememberTicked = false;
        auto library = openAnswering({[&](PasswordDialog *dialog) {
                                          firstText = labelsOf(dialog);
                                          rememberTicked = dialog->remember();
                                          answer(dialog, u"guess"_s, true);
                                      },
            [&](PasswordDialog *dialog) {
                secondText = labelsOf(dialog);
                answer(dialog, Password, true);
            }});
        QCOMPARE(m_dialogs, 2);
        QVERIFY2(library, library ? "" : qPrintable(library.error().message));
        QVERIFY2(firstText.contains(u"refused the password stored in the system keyring"_s),
            qPrintable(firstText));
        QVERIFY(rememberTicked);
        QVERIFY2(secondText.contains(u"The server refused this password; try again."_s),
            qPrintable(secondText));
        // Recognised whatever language the server speaks (tst_teampassword_fr_FR: French).
        QVERIFY2(secondText.contains(serverPasswordRefusal()), qPrintable(secondText));
        const Result<std::optional<QString>> stored = TeamKeyring::password(m_location);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(**stored, Password);
    }

    // Not remembered: nothing in the keyring; the password is handed to the new window only.
    void notRemembered()
    {
        auto library = openAnswering({[](PasswordDialog *dialog) {
            answer(dialog, Password, false);
        }});
        QCOMPARE(m_dialogs, 1);
        QVERIFY(library);
        QCOMPARE(m_handOver, Password);
        const Result<std::optional<QString>> stored = TeamKeyring::password(m_location);
        QVERIFY(stored && !stored->has_value());
    }

    void cancelled()
    {
        auto library = openAnswering({[](PasswordDialog *dialog) {
            dialog->reject();
        }});
        QCOMPARE(m_dialogs, 1);
        QVERIFY(!library);
        QCOMPARE(library.error().code, Error::Code::PasswordNeeded);
        QVERIFY2(library.error().message.contains(u"no password was given for pw_tp_rosa@"_s),
            qPrintable(library.error().message));
    }

    // Without a keyring the dialog says so and the password serves this session only.
    void withoutKeyring()
    {
        PasswordDialog dialog(u"pw_tp_rosa"_s, u"db.example.org:5432/news"_s);
        dialog.setKeyringUnavailable(u"no system keyring is available"_s);
        auto *box = dialog.findChild<QCheckBox *>(u"remember"_s);
        QVERIFY(box && !box->isEnabled());
        dialog.setRemember(true);
        QVERIFY(!dialog.remember());
        QVERIFY2(
            labelsOf(&dialog).contains(u"There is no system keyring to remember the password"_s),
            qPrintable(labelsOf(&dialog)));
    }
};

QTEST_MAIN(TestTeamPassword)
#include "tst_teampassword.moc"
