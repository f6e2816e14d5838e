// Renders the golden-file inputs into a directory; refresh-golden.sh uses it to regenerate
// tests/models/publishing/expected after an intended change of the renderer or house style.

#include "goldenpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        err << "usage: publishing_rendergolden SOURCE_DIR OUTPUT_DIR\n"
               "Renders SOURCE_DIR/input/*.json with SOURCE_DIR/profile.json into "
               "OUTPUT_DIR/*.html.\n";
        return 2;
    }
    const QString sourceDir = arguments.at(1);
    const QString outputDir = arguments.at(2);
    if (!QDir().mkpath(outputDir)) {
        err << "cannot create " << outputDir << '\n';
        return 1;
    }
    const QStringList names = GoldenPages::names(sourceDir);
    if (names.isEmpty()) {
        err << "no inputs in " << sourceDir << "/input\n";
        return 1;
    }
    for (const QString &name : names) {
        const auto page = GoldenPages::render(sourceDir, name);
        if (!page) {
            err << name << ": " << page.error().message << '\n';
            return 1;
        }
        QSaveFile file(outputDir + u'/' + name + QStringLiteral(".html"));
        if (!file.open(QIODevice::WriteOnly) || file.write(*page) != page->size()
            || !file.commit()) {
            err << file.fileName() << ": " << file.errorString() << '\n';
            return 1;
        }
        err << "wrote " << file.fileName() << '\n';
    }
    return 0;
}
