#include "cliwebengine.h"

namespace Copydesk {

bool cliNeedsWebEngine(const QStringList &arguments)
{
    qsizetype i = 0;
    // Global options before the command; --library and --author take a value.
    while (i < arguments.size() && arguments.at(i).startsWith(QLatin1Char('-'))) {
        const QString &option = arguments.at(i);
        ++i;
        if (option == QLatin1String("--library") || option == QLatin1String("--author"))
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
        if (argument == QLatin1String("--format") && i + 1 < arguments.size()
            && arguments.at(i + 1).compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace Copydesk
