#include "preflight.h"

#include "urlpolicy.h"

namespace Copydesk {

namespace {

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString partName(const ArticlePart &part)
{
    return blank(part.heading) ? ArticlePart::defaultHeading(part.kind) : part.heading.trimmed();
}

} // namespace

QList<PreflightFinding> Preflight::check(const Article &article)
{
    using Severity = PreflightFinding::Severity;
    QList<PreflightFinding> findings;
    const auto add = [&findings](Severity severity, const QString &field, const QString &message) {
        findings.append({severity, field, message});
    };

    if (blank(article.headline))
        add(Severity::Error, QStringLiteral("headline"), tr("The article has no headline."));
    if (article.bylines.isEmpty())
        add(Severity::Error, QStringLiteral("bylines"), tr("The article has no byline."));
    for (qsizetype i = 0; i < article.bylines.size(); ++i) {
        if (blank(article.bylines.at(i).name))
            add(Severity::Error, QStringLiteral("bylines[%1].name").arg(i),
                tr("Byline %1 has no name.").arg(i + 1));
    }
    if (!article.published.isValid())
        add(Severity::Error, QStringLiteral("published"), tr("The publication date is not set."));
    if (!article.hero.isEmpty() && blank(article.hero.altText))
        add(Severity::Error, QStringLiteral("hero.altText"),
            tr("The hero image has no alt text for readers who cannot see it."));

    for (qsizetype i = 0; i < article.parts.size(); ++i) {
        const ArticlePart &part = article.parts.at(i);
        const QString path = QStringLiteral("parts[%1]").arg(i);
        if (part.isEmpty()) {
            add(Severity::Warning, path,
                part.kind == ArticlePart::Kind::Section && blank(part.heading)
                    ? tr("Part %1 is an empty section; it will be left out.").arg(i + 1)
                    : tr("“%1” is empty; it will be left out.").arg(partName(part)));
            continue;
        }
        if (part.kind != ArticlePart::Kind::References)
            continue;
        for (qsizetype j = 0; j < part.references.size(); ++j) {
            const Reference &reference = part.references.at(j);
            const QString referencePath = path + QStringLiteral(".references[%1]").arg(j);
            if (blank(reference.url))
                add(Severity::Error, referencePath + QStringLiteral(".url"),
                    tr("Reference %1 has no URL.").arg(j + 1));
            else if (!UrlPolicy::isWebUrl(reference.url))
                add(Severity::Error, referencePath + QStringLiteral(".url"),
                    tr("Reference %1 has a malformed URL “%2”; it will not be linked.")
                        .arg(j + 1)
                        .arg(reference.url.trimmed()));
            if (blank(reference.title))
                add(Severity::Warning, referencePath + QStringLiteral(".title"),
                    tr("Reference %1 has no title.").arg(j + 1));
        }
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
    return QStringLiteral("%1: %2: %3").arg(severity, finding.field, finding.message);
}

} // namespace Copydesk
