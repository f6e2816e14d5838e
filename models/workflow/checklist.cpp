// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "checklist.h"

#include "articlestats.h"
#include "imagesize.h"
#include "referenceurl.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace Copydesk {

namespace {

using Kind = ArticlePart::Kind;

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString partPath(const ArticlePart &part, const QString &member = {})
{
    QString path = QStringLiteral("parts/") + part.id;
    if (!member.isEmpty())
        path += QLatin1Char('/') + member;
    return path;
}

QString headingOf(const ArticlePart &part)
{
    return part.heading.trimmed().isEmpty() ? ArticlePart::defaultHeading(part.kind)
                                            : part.heading.trimmed();
}

class Run
{
public:
    Run(const Article &article, const ChecklistConfig &config)
        : m_article(article)
        , m_config(config)
    { }

    QList<ChecklistFinding> findings;

    void rule(const char *id, const std::function<void()> &check)
    {
        m_rule = QString::fromLatin1(id);
        m_level = m_config.level(m_rule);
        if (m_level != RuleLevel::Off)
            check();
    }

    void find(const QString &path, const QString &message)
    {
        findings.append({m_rule, m_level, path, message});
    }

    /// One finding per part of `kind` without items, or one for the article when it has none.
    void nonEmptyList(Kind kind)
    {
        const QString heading = ArticlePart::defaultHeading(kind);
        bool present = false;
        for (const ArticlePart &part : m_article.parts) {
            if (part.kind != kind)
                continue;
            present = true;
            if (part.isEmpty()) {
                find(partPath(part, QStringLiteral("items")),
                    Checklist::tr("“%1” is empty; add at least one entry or remove the part.")
                        .arg(headingOf(part)));
            }
        }
        if (!present) {
            find(QStringLiteral("parts"),
                Checklist::tr("The article has no %1; the publication uses them, so add them.")
                    .arg(heading));
        }
    }

private:
    const Article &m_article;
    const ChecklistConfig &m_config;
    QString m_rule;
    RuleLevel m_level = RuleLevel::Off;
};

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool endsWithQuestionMark(const QString &question)
{
    const QString text = question.trimmed();
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return last == u'?' || last == u'\uFF1F' || last == u'\u061F' || last == u'\u037E';
}

} // namespace

// Also German ("5 Min. Lesezeit"): the header names only the English forms.
int Checklist::statedReadingMinutes(const QString &text)
{
    // English ("5 min read", "a 12-minute read") and German ("5 Min. Lesezeit", "5 Minuten
    // Lesedauer"), the languages Copydesk's pages are labelled in.
    static const QRegularExpression pattern(
        QStringLiteral(R"(\b(\d{1,3})[\s\x{00A0}-]*(?:(?:min|mins|minute|minutes)\.?\s+read\b)"
                       R"(|(?:min\.?|minuten)[\s\x{00A0}]*(?:lesezeit|lesedauer)\b))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<ChecklistFinding> Checklist::run(const Article &article, const ChecklistConfig &config)
{
    Run run(article, config);

    run.rule("headline.present", [&] {
        if (blank(article.headline))
            run.find(QStringLiteral("headline"), tr("Write a headline."));
    });
    run.rule("headline.length", [&] {
        const qsizetype length = article.headline.trimmed().size();
        if (config.headlineMaxLength > 0 && length > config.headlineMaxLength) {
            run.find(QStringLiteral("headline"),
                tr("The headline has %1 characters; shorten it to %2 at most.")
                    .arg(length)
                    .arg(config.headlineMaxLength));
        }
    });
    run.rule("dek.present", [&] {
        if (blank(article.dek))
            run.find(QStringLiteral("dek"), tr("Write a dek (the standfirst under the headline)."));
    });
    run.rule("bylines.present", [&] {
        const bool any = std::any_of(article.bylines.cbegin(), article.bylines.cend(),
            [](const Byline &byline) { return !blank(byline.name); });
        if (!any) {
            run.find(QStringLiteral("bylines"), tr("Add at least one byline."));
            return;
        }
        for (qsizetype i = 0; i < article.bylines.size(); ++i) {
            if (blank(article.bylines.at(i).name))
                run.find(QStringLiteral("bylines"),
                    tr("Byline %1 has no name; name the author or remove it.").arg(i + 1));
        }
    });
    run.rule("published.set", [&] {
        if (!article.published.isValid())
            run.find(QStringLiteral("published"), tr("Set the publication date."));
    });
    run.rule("hero.altText", [&] {
        const HeroImage &hero = article.hero;
        if (hero.isEmpty())
            return;
        const QString path = QStringLiteral("hero.altText");
        if (blank(hero.altText)) {
            run.find(path,
                tr("Describe the hero image in its alt text for readers who cannot "
                   "see it."));
        } else if (sameText(hero.altText, hero.caption)) {
            run.find(path,
                tr("The hero image's alt text repeats its caption; describe what "
                   "the picture shows instead."));
        } else if (!blank(hero.fileName)
            && (sameText(hero.altText, hero.fileName)
                || sameText(hero.altText, QFileInfo(hero.fileName).completeBaseName()))) {
            run.find(path,
                tr("The hero image's alt text is its file name; describe what the "
                   "picture shows instead."));
        }
    });
    run.rule("hero.size", [&] {
        const QSize size = ImageSize::of(article.hero.data);
        if (!size.isValid() || size.width() >= socialCardWidth)
            return;
        const QString path = QStringLiteral("hero");
        if (size.width() < pageColumnWidth) {
            run.find(path,
                tr("The hero image is only %1 pixels wide: narrower than the page's column (%2) "
                   "and far from the %3 social cards need. Use a larger picture.")
                    .arg(size.width())
                    .arg(pageColumnWidth)
                    .arg(socialCardWidth));
        } else {
            run.find(path,
                tr("The hero image is %1 pixels wide; social cards need at least %2. Use a "
                   "larger picture.")
                    .arg(size.width())
                    .arg(socialCardWidth));
        }
    });
    run.rule("body.sections", [&] {
        const bool any = std::any_of(article.parts.cbegin(), article.parts.cend(),
            [](const ArticlePart &part) { return part.kind == Kind::Section && !part.isEmpty(); });
        if (!any)
            run.find(QStringLiteral("parts"), tr("Add at least one body section with text."));
    });
    run.rule("parts.nonEmpty", [&] {
        // Lists whose own rule is on are that rule's business ("“Key Facts” is empty…").
        const auto covered = [&config](Kind kind) {
            const char *rule = kind == Kind::KeyFacts ? "keyFacts.nonEmpty"
                : kind == Kind::KeyTakeaways          ? "keyTakeaways.nonEmpty"
                : kind == Kind::References            ? "references.nonEmpty"
                                                      : nullptr;
            return rule && config.level(QString::fromLatin1(rule)) != RuleLevel::Off;
        };
        for (qsizetype i = 0; i < article.parts.size(); ++i) {
            const ArticlePart &part = article.parts.at(i);
            if (!part.isEmpty() || covered(part.kind))
                continue;
            run.find(partPath(part),
                part.kind == Kind::Section && blank(part.heading)
                    ? tr("Part %1 is an empty section; the page leaves it out.").arg(i + 1)
                    : tr("“%1” is empty; the page leaves it out.").arg(headingOf(part)));
        }
    });
    run.rule("keyFacts.nonEmpty", [&] { run.nonEmptyList(Kind::KeyFacts); });
    run.rule("keyTakeaways.nonEmpty", [&] { run.nonEmptyList(Kind::KeyTakeaways); });
    run.rule("references.nonEmpty", [&] { run.nonEmptyList(Kind::References); });
    run.rule("faq.questions", [&] {
        for (const ArticlePart &part : article.parts) {
            if (part.kind != Kind::Faq)
                continue;
            for (qsizetype i = 0; i < part.faq.size(); ++i) {
                const FaqEntry &entry = part.faq.at(i);
                const QString path = partPath(part, QStringLiteral("faq/%1").arg(i));
                if (blank(entry.question)) {
                    run.find(path, tr("FAQ entry %1 has no question.").arg(i + 1));
                } else if (!endsWithQuestionMark(entry.question)) {
                    run.find(path,
                        tr("End the FAQ question “%1” with a question mark.")
                            .arg(entry.question.trimmed()));
                }
                if (blank(entry.answer)) {
                    run.find(
                        path, tr("Answer the FAQ question “%1”.").arg(entry.question.trimmed()));
                }
            }
        }
    });
    run.rule("references.urls", [&] {
        for (const ArticlePart &part : article.parts) {
            if (part.kind != Kind::References)
                continue;
            for (qsizetype i = 0; i < part.references.size(); ++i) {
                const QString &url = part.references.at(i).url;
                // A reference without an address (a printed report) is fine: it is not linked.
                if (!blank(url) && !ReferenceUrl::isWellFormed(url))
                    run.find(partPath(part, QStringLiteral("references/%1").arg(i)),
                        tr("The reference URL “%1” is not a well-formed http or https address.")
                            .arg(url));
            }
        }
    });
    run.rule("references.titles", [&] {
        for (const ArticlePart &part : article.parts) {
            if (part.kind != Kind::References)
                continue;
            for (qsizetype i = 0; i < part.references.size(); ++i) {
                if (blank(part.references.at(i).title) && !blank(part.references.at(i).url))
                    run.find(partPath(part, QStringLiteral("references/%1").arg(i)),
                        tr("Reference %1 has no title; readers see only its address.").arg(i + 1));
            }
        }
    });
    run.rule("sections.uniqueTitles", [&] {
        QSet<QString> seen;
        for (const ArticlePart &part : article.parts) {
            const QString heading = headingOf(part);
            if (heading.isEmpty())
                continue;
            const QString key = heading.toCaseFolded();
            if (seen.contains(key)) {
                run.find(partPath(part, QStringLiteral("heading")),
                    tr("Another part is already titled “%1”; give this one a different title.")
                        .arg(heading));
            }
            seen.insert(key);
        }
    });
    run.rule("readingTime.matches", [&] {
        const int computed = ArticleStats::readingMinutes(article,
            ReadingTimeOptions {config.wordsPerMinute, ReadingTimeOptions {}.secondsPerImage});
        auto check = [&](const QString &path, const QString &text) {
            const int stated = statedReadingMinutes(text);
            if (stated >= 0 && stated != computed) {
                run.find(path,
                    tr("The text says %1 min read, but the article takes %2 min to "
                       "read; correct or remove it.")
                        .arg(stated)
                        .arg(computed));
            }
        };
        // Everywhere a reader sees text, in reading order.
        check(QStringLiteral("headline"), article.headline);
        check(QStringLiteral("dek"), article.dek);
        for (const Byline &byline : article.bylines) {
            check(QStringLiteral("bylines"), byline.name);
            check(QStringLiteral("bylines"), byline.role);
        }
        if (!article.hero.isEmpty())
            check(QStringLiteral("hero.caption"), article.hero.caption);
        check(QStringLiteral("lede"), article.lede);
        for (const ArticlePart &part : article.parts) {
            check(partPath(part, QStringLiteral("heading")), part.heading);
            if (part.kind == Kind::Section)
                check(partPath(part, QStringLiteral("body")), part.body);
            for (qsizetype i = 0; i < part.items.size(); ++i) {
                if (part.kind == Kind::KeyFacts || part.kind == Kind::KeyTakeaways)
                    check(partPath(part, QStringLiteral("items/%1").arg(i)), part.items.at(i));
            }
            if (part.kind == Kind::Quotes) {
                for (qsizetype i = 0; i < part.quotes.size(); ++i) {
                    const Quote &quote = part.quotes.at(i);
                    const QString path = partPath(part, QStringLiteral("quotes/%1").arg(i));
                    check(path, quote.text);
                    check(path, quote.speaker);
                    check(path, quote.role);
                }
            }
            if (part.kind == Kind::Faq) {
                for (qsizetype i = 0; i < part.faq.size(); ++i) {
                    const QString path = partPath(part, QStringLiteral("faq/%1").arg(i));
                    check(path, part.faq.at(i).question);
                    check(path, part.faq.at(i).answer);
                }
            }
            if (part.kind == Kind::References) {
                for (qsizetype i = 0; i < part.references.size(); ++i) {
                    const QString path = partPath(part, QStringLiteral("references/%1").arg(i));
                    check(path, part.references.at(i).title);
                    check(path, part.references.at(i).publisher);
                }
            }
        }
    });
    run.rule("words.target", [&] {
        const int target = config.wordTargets.targetFor(article);
        if (target <= 0)
            return;
        const int words = ArticleStats::wordCount(article);
        const int over = config.wordTargets.overPercent;
        if (words < target) {
            run.find(QStringLiteral("parts"),
                tr("Under target: %L1 of %L2 words.").arg(words).arg(target));
        } else if (over > 0 && qint64(words) * 100 > qint64(target) * (100 + over)) {
            run.find(QStringLiteral("parts"),
                tr("Over target: %L1 of %L2 words, more than %3 % over; shorten it.")
                    .arg(words)
                    .arg(target)
                    .arg(over));
        }
    });
    return run.findings;
}

int Checklist::requiredCount(const QList<ChecklistFinding> &findings)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
        [](const ChecklistFinding &f) { return f.severity == RuleLevel::Required; }));
}

} // namespace Copydesk
