#include "cli.h"

namespace Copydesk {

bool isCliInvocation(const QStringList &arguments)
{
    return !arguments.isEmpty();
}

int runCli(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return 0;
}

} // namespace Copydesk
