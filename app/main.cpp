#include "cli.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Copydesk::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        return Copydesk::runCli(arguments);
    }
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return app.exec();
}
