// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "aboutinfo.h"
#include "afterfirstpaint.h"
#include "appearance.h"
#include "articleeditor.h"
#include "cli.h"
#include "cliwebengine.h"
#include "instancechannel.h"
#include "launchfiles.h"
#include "librarylocation.h"
#include "libraryopener.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "pdfexporter.h"
#include "previewpane.h"
#include "settings.h"
#include "startupnotices.h"
#include "teamloginprompt.h"
#include "terminationrequests.h"
#include "workflowcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

/// The translation context of main()'s messages.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Main)
};

void installTranslators(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(
            QLocale(), QStringLiteral("copydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString defaultAuthor()
{
    const QString user = qEnvironmentVariable("COPYDESK_USER");
    return user.isEmpty() ? qEnvironmentVariable("USER") : user;
}

/// Prints the part of `widget` that is on screen (not clipped away by a scroll area or another
/// ancestor), in screen coordinates, as "startup: region NAME X Y WIDTH HEIGHT".
void printRegion(const char *name, const QWidget *widget)
{
    QRect visible(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        visible &= QRect(parent->mapToGlobal(QPoint(0, 0)), parent->size());
    std::printf("startup: region %s %d %d %d %d\n", name, visible.x(), visible.y(), visible.width(),
        visible.height());
}

/// Prints when the window was first painted, when the preview first painted a page and when the
/// editor was filled with the first article (laid out), in
/// milliseconds since main() started, to stdout (COPYDESK_TRACE_STARTUP; used by launchbench),
/// and where the preview, the editor and the lede are on the screen (for the external harness
/// bench/xharness, which watches those pixels and types into the lede).
void traceStartup(Copydesk::MainWindow *window, const QElapsedTimer &sinceStart)
{
    const auto print = [sinceStart](const char *what) {
        std::printf("startup: %s %lld ms\n", what, static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
    };
    new Copydesk::AfterFirstPaint(window, [print, window] {
        print("window shown");
        printRegion("preview", window->preview());
        std::fflush(stdout);
    });
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        window->preview(), &Copydesk::PreviewPane::painted, window, [print, connection] {
            QObject::disconnect(*connection);
            print("preview painted");
        });
    // The editor is filled once the first page is on screen (MainWindow::startUp()).
    const auto printEditor = [window, print] {
        print("editor filled");
        printRegion("editor", window->editor());
        printRegion("lede", window->editor()->ledeEditor());
        std::fflush(stdout);
    };
    // Once laid out: from the event loop, after the layout requests of its fill.
    const auto printLaidOut = [window, printEditor] {
        QTimer::singleShot(0, window, printEditor);
    };
    if (window->isStarted())
        printLaidOut();
    else
        QObject::connect(
            window, &Copydesk::MainWindow::started, window, printLaidOut, Qt::SingleShotConnection);
}

/// Brings `window` to the front for a later launch on its library, and offers to import the
/// article files that launch was given.
void takeHandOver(Copydesk::MainWindow *window, const QStringList &articles)
{
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
    if (!articles.isEmpty())
        window->offerImport(articles);
}

/// Whether the window has somewhere to go: without a display Qt aborts (exit 134) with a message
/// that does not say what to do. A platform chosen by the user (QT_QPA_PLATFORM, -platform) is
/// trusted.
bool windowCanOpen(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrncmp(argv[i], "-platform=", 10) == 0)
            return true;
    }
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return false;
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // No organization name: the library lives in ~/.local/share/copydesk.
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(Copydesk::AboutInfo::version());
    // KTextTemplate logs every template error with a meaningless "line 0"; Copydesk reports the
    // same error with its file and real line (HouseTemplates), where the user looks for it.
    // QT_LOGGING_RULES still turns the category back on.
    QLoggingCategory::setFilterRules(QStringLiteral("kf.texttemplate.warning=false"));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Copydesk::isCliInvocation(arguments)) {
        if (Copydesk::cliNeedsWebEngine(arguments)) {
            // PDF export prints through Qt WebEngine, which needs a GUI application, offscreen
            // when there is no display.
            // A command that ends with its export: its page may live in this process.
            Copydesk::PdfExporter::prepareProcess(Copydesk::PdfExporter::Renderer::InProcess);
            QGuiApplication app(argc, argv);
            installTranslators(app);
            return Copydesk::runCli(arguments);
        }
        QCoreApplication app(argc, argv);
        installTranslators(app);
        return Copydesk::runCli(arguments);
    }

    if (!windowCanOpen(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        std::fputs(qPrintable(Main::tr("copydesk: there is no display to open the window on.\n"
                                       "Give a command instead (“copydesk --help” lists them), or "
                                       "run the window without a screen:\n"
                                       "  xvfb-run -a copydesk\n"
                                       "  QT_QPA_PLATFORM=offscreen copydesk\n")),
            stderr);
        return 2;
    }
    Copydesk::PreviewPane::prepareProcess();
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Copydesk"));
    // The installed desktop file's name (resources/desktop), and its icon, from the icon theme
    // when installed and from the resources when run from a build.
    QApplication::setDesktopFileName(QStringLiteral("org.copydesk.Copydesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.copydesk.Copydesk"),
        QIcon(QStringLiteral(":/icons/org.copydesk.Copydesk.svg"))));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("An editorial workstation for news articles"));
    const QCommandLineOption library(QStringLiteral("library"),
        Main::tr("The library file to open (default: %1)").arg(Copydesk::defaultLibraryPath()),
        Main::tr("path"));
    // --author is the older name of --user.
    const QCommandLineOption user({QStringLiteral("user"), QStringLiteral("author")},
        Main::tr("Who you are: the name recorded on revisions and workflow actions, so that "
                 "several people can share a library on one machine (default: the user chosen "
                 "in the settings, $COPYDESK_USER, $USER)"),
        Main::tr("name"));
    parser.addOptions({library, user});
    parser.addPositionalArgument(QStringLiteral("files"),
        Main::tr("A library to open, or article files to import into the library"),
        QStringLiteral("[FILE…]"));
    parser.process(app);

    const auto files = Copydesk::LaunchFiles::sort(parser.positionalArguments());
    const QString path = !files.library.isEmpty() ? files.library
        : parser.isSet(library)                   ? parser.value(library)
                                                  : Copydesk::defaultLibraryPath();
    // A window of this user already open on the library takes the files and comes to the front.
    // --user asks for a window of another person's, which the open one is not.
    Copydesk::InstanceChannel channel(path);
    if (!parser.isSet(user) && channel.handOver(files.articles))
        return 0;
    QString password = Copydesk::TeamLoginPrompt::takeHandedOverPassword();
    auto store = Copydesk::TeamLoginPrompt::open(
        nullptr, path, Copydesk::LibraryOpener::Mode::CreateIfMissing, &password);
    password.clear();
    if (!store) {
        QMessageBox::critical(nullptr, Main::tr("Copydesk"),
            Main::tr("Copydesk cannot open the library.") + QLatin1String("\n\n")
                + store.error().message);
        return 1;
    }

    if (const QString login = (*store)->sessionUser(); !login.isEmpty() && parser.isSet(user)) {
        QMessageBox::critical(nullptr, Main::tr("Copydesk"),
            Main::tr("--user cannot be used on a team library: you are its database login, %1. "
                     "Choose another login with user= in the library's address.")
                .arg(login));
        return 2;
    }

    Copydesk::Settings settings;
    Copydesk::Appearance::apply(settings.theme());
    const bool userKnown = parser.isSet(user) || !settings.userName().isEmpty();
    Copydesk::MainWindow window(std::move(store).value(), &settings,
        parser.isSet(user)                  ? parser.value(user)
            : settings.userName().isEmpty() ? defaultAuthor()
                                            : settings.userName());
    if (qEnvironmentVariableIsSet("COPYDESK_TRACE_STARTUP"))
        traceStartup(&window, sinceStart);
    window.show();
    // Busy: this window was started with --user beside the library's first one, which keeps
    // taking the launches.
    if (const Copydesk::Status listening = channel.listen();
        !listening && listening.error().code != Copydesk::Error::Code::Busy)
        qWarning("%s", qPrintable(listening.error().message));
    QObject::connect(&channel, &Copydesk::InstanceChannel::filesHandedOver, &window,
        [&window](const QStringList &articles) {
            // After the launch has its answer: the import question is a modal dialog.
            QTimer::singleShot(
                0, &window, [&window, articles] { takeHandOver(&window, articles); });
        });
    // Asked once the window shows; a library without people and a known user asks nothing.
    QTimer::singleShot(0, &window, [&window, &settings, userKnown, articles = files.articles] {
        window.workflow()->askIdentityIfNeeded(userKnown);
        Copydesk::StartupNotices::askPublicationName(&window, window.library(), &settings);
        if (articles.isEmpty())
            window.offerSampleArticle();
        else
            window.offerImport(articles);
    });
    // A logout or `kill` closes the window as Quit does: the next start is a clean one.
    Copydesk::TerminationRequests termination;
    QObject::connect(&termination, &Copydesk::TerminationRequests::requested, &window,
        [] { Copydesk::closeWindowsAndQuit(); });
    return app.exec();
}
