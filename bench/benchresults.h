// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <optional>

namespace Copydesk::Bench {

/// One figure a benchmark measured, as `./dev bench` tabulates it at the end of a run (see
/// bench/benchtable.py). Times are milliseconds unless `unit` says otherwise; every figure is
/// one where less is better.
struct Figure
{
    QString bench; ///< The program that measured it: "storagebench".
    QString name; ///< What was measured, unique within `bench`: "open library".
    QString unit = QStringLiteral("ms");
    double median = 0;
    std::optional<double> p90;
    std::optional<double> p99;
    std::optional<double> target; ///< The median's target: met when median <= target.
    std::optional<double> tailTarget; ///< The target of p99 (or p90 when there is no p99).
    int runs = 0;
    /// The same figure of a peer program measured beside it (Ghostwriter, say), and the largest
    /// ratio median / peer that meets the target.
    std::optional<double> peer;
    QString peerName;
    std::optional<double> targetRatio;
};

/// A target as a benchmark prints it ("50", "-"): its number, or nothing when it is not one.
std::optional<double> targetOf(const QString &printed);

/// Appends `figure` as one JSON line (keys as in Figure, in snake_case; absent optionals
/// are left out) to the file that COPYDESK_BENCH_RESULTS names. Does nothing when the variable
/// is unset; a file that cannot be written is reported on stderr once and otherwise ignored, so
/// a benchmark's own output never depends on it. Not thread-safe.
void recordFigure(const Figure &figure);

} // namespace Copydesk::Bench
