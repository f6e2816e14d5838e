// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "benchresults.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Copydesk::Bench {

std::optional<double> targetOf(const QString &printed)
{
    bool ok = false;
    const double value = printed.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void recordFigure(const Figure &figure)
{
    const QString path = qEnvironmentVariable("COPYDESK_BENCH_RESULTS");
    if (path.isEmpty())
        return;
    QJsonObject line {{QStringLiteral("bench"), figure.bench},
        {QStringLiteral("figure"), figure.name}, {QStringLiteral("unit"), figure.unit},
        {QStringLiteral("median"), figure.median}, {QStringLiteral("runs"), figure.runs}};
    const auto optional = [&line](const char *key, const std::optional<double> &value) {
        if (value)
            line.insert(QLatin1StringView(key), *value);
    };
    optional("p90", figure.p90);
    optional("p99", figure.p99);
    optional("target", figure.target);
    optional("tail_target", figure.tailTarget);
    optional("peer", figure.peer);
    optional("target_ratio", figure.targetRatio);
    if (!figure.peerName.isEmpty())
        line.insert(QStringLiteral("peer_name"), figure.peerName);

    // One write() of a whole line in append mode: benchmarks that run at once do not interleave.
    QFile file(path);
    static bool warned = false;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)
        || file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') < 0) {
        if (!warned)
            QTextStream(stderr) << "cannot write benchmark results to " << path << ": "
                                << file.errorString() << Qt::endl;
        warned = true;
    }
}

} // namespace Copydesk::Bench
