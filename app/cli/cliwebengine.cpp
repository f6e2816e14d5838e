// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cliwebengine.h"

namespace Copydesk {

bool cliNeedsWebEngine(const QStringList &arguments)
{
    qsizetype i = 0;
    // Global options before the command; --library, --author, --user and --templates take a
    // value (unless given with "=").
    while (i < arguments.size() && arguments.at(i).startsWith(QLatin1Char('-'))) {
        const QString &option = arguments.at(i);
        ++i;
        if (option == QLatin1String("--library") || option == QLatin1String("--author")
            || option == QLatin1String("--user") || option == QLatin1String("--templates"))
            ++i;
    }
    if (i >= arguments.size() || arguments.at(i) != QLatin1String("export"))
        return false;
    for (++i; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return false;
        if (argument.compare(QLatin1String("--format=pdf"), Qt::CaseInsensitive) == 0)
            return true;
        const bool valued = argument == QLatin1String("--format") || argument == QLatin1String("-o")
            || argument == QLatin1String("--output") || argument == QLatin1String("--out");
        if (valued && i + 1 < arguments.size()) {
            const QString &value = arguments.at(i + 1);
            if (value.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0
                || value.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                return true;
        }
        for (const QLatin1String prefix : {QLatin1String("--output="), QLatin1String("--out=")}) {
            if (argument.startsWith(prefix)
                && argument.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

} // namespace Copydesk
