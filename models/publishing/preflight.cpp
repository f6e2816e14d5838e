// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "preflight.h"

#include "checklist.h"
#include "findingplace.h"

namespace Copydesk {

namespace {

/// A checklist path ("parts/<id>/references/1") as the article's JSON names the place
/// ("parts[7].references[1]"), for people reading the command line's report.
QString jsonField(const Article &article, const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    if (segments.size() < 2 || segments.first() != QLatin1String("parts"))
        return path;
    QString field = QStringLiteral("parts[%1]").arg(article.partIndex(segments.at(1)));
    for (qsizetype i = 2; i < segments.size(); ++i) {
        bool number = false;
        segments.at(i).toInt(&number);
        field += number ? QLatin1Char('[') + segments.at(i) + QLatin1Char(']')
                        : QLatin1Char('.') + segments.at(i);
    }
    return field;
}

} // namespace

QList<PreflightFinding> Preflight::check(const Article &article)
{
    QList<PreflightFinding> findings;
    for (const ChecklistFinding &found : Checklist::run(article, ChecklistConfig::preflight())) {
        findings.append(
            {found.severity == RuleLevel::Required ? PreflightFinding::Severity::Error
                                                   : PreflightFinding::Severity::Warning,
                jsonField(article, found.path), FindingPlace::name(article, found.path),
                found.message});
    }
    return findings;
}

bool Preflight::hasErrors(const QList<PreflightFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const PreflightFinding &finding) {
        return finding.severity == PreflightFinding::Severity::Error;
    });
}

QString Preflight::format(const PreflightFinding &finding)
{
    const QString severity
        = finding.severity == PreflightFinding::Severity::Error ? tr("error") : tr("warning");
    return QStringLiteral("%1: %2: %3").arg(severity, finding.place, finding.message);
}

} // namespace Copydesk
