// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Renders the golden-file inputs (pages and ninjs) into a directory; refresh-golden.sh uses it to
// regenerate tests/models/publishing/expected after an intended change of the renderer, the
// house style or the ninjs mapping.

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
               "OUTPUT_DIR/*.html and OUTPUT_DIR/*.ninjs.json.\n";
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
        for (const auto &[extension, output] :
            {std::pair {QStringLiteral(".html"), GoldenPages::render(sourceDir, name)},
                std::pair {QStringLiteral(".ninjs.json"), GoldenPages::ninjs(sourceDir, name)}}) {
            if (!output) {
                err << name << ": " << output.error().message << '\n';
                return 1;
            }
            QSaveFile file(outputDir + u'/' + name + extension);
            if (!file.open(QIODevice::WriteOnly) || file.write(*output) != output->size()
                || !file.commit()) {
                err << file.fileName() << ": " << file.errorString() << '\n';
                return 1;
            }
            err << "wrote " << file.fileName() << '\n';
        }
    }
    return 0;
}
