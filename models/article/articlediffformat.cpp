// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlediff.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ArticleDiff)
};

constexpr QLatin1StringView Red("\x1b[31m");
constexpr QLatin1StringView Green("\x1b[32m");
constexpr QLatin1StringView Bold("\x1b[1m");
constexpr QLatin1StringView Reset("\x1b[0m");

class Printer
{
public:
    explicit Printer(bool color)
        : m_color(color)
    { }

    QString change(const FieldChange &c) const
    {
        QString out = paint(Bold, kindName(c.kind) + u": "_s + c.label) + u'\n';
        switch (c.kind) {
        case FieldChange::Kind::Moved:
            return out + u"  "_s + Tr::tr("position %1 → %2").arg(c.before, c.after) + u'\n';
        case FieldChange::Kind::Added:
            return out + prefixed(c.after, u"  + "_s, Green);
        case FieldChange::Kind::Removed:
            return out + prefixed(c.before, u"  - "_s, Red);
        case FieldChange::Kind::Changed:
            return out + (isProse(c.path) ? words(c.before, c.after) : lines(c.before, c.after));
        }
        return out;
    }

private:
    static QString kindName(FieldChange::Kind kind)
    {
        switch (kind) {
        case FieldChange::Kind::Added:
            return Tr::tr("Added");
        case FieldChange::Kind::Removed:
            return Tr::tr("Removed");
        case FieldChange::Kind::Changed:
            return Tr::tr("Changed");
        case FieldChange::Kind::Moved:
            return Tr::tr("Moved");
        }
        return {};
    }

    /// Running text gets word marks; lists and short values are shown line by line.
    static bool isProse(const QString &path)
    {
        static const QStringList prose {u"headline"_s, u"dek"_s, u"lede"_s, u"hero.caption"_s,
            u"hero.altText"_s, u"hero.credit"_s};
        return prose.contains(path) || path.endsWith(u"/body"_s) || path.endsWith(u"/heading"_s);
    }

    QString paint(QLatin1StringView colour, const QString &text) const
    {
        return m_color ? colour + text + Reset : text;
    }

    QString prefixed(const QString &text, const QString &prefix, QLatin1StringView colour) const
    {
        QString out;
        for (const QString &line : text.split(u'\n'))
            out += paint(colour, prefix + line) + u'\n';
        return out;
    }

    QString lines(const QString &before, const QString &after) const
    {
        QString out;
        for (const DiffSpan &span : diffLines(QString(before + u'\n'), QString(after + u'\n'))) {
            QStringList pieces = span.text.split(u'\n');
            pieces.removeLast(); // every span ends with a line break
            for (const QString &line : std::as_const(pieces)) {
                switch (span.kind) {
                case DiffSpan::Kind::Equal:
                    out += u"    "_s + line + u'\n';
                    break;
                case DiffSpan::Kind::Deleted:
                    out += paint(Red, u"  - "_s + line) + u'\n';
                    break;
                case DiffSpan::Kind::Inserted:
                    out += paint(Green, u"  + "_s + line) + u'\n';
                    break;
                }
            }
        }
        return out;
    }

    QString mark(DiffSpan::Kind kind, const QString &text) const
    {
        return kind == DiffSpan::Kind::Deleted ? paint(Red, u"[-"_s + text + u"-]"_s)
                                               : paint(Green, u"{+"_s + text + u"+}"_s);
    }

    /// The new text with word marks, only the lines (paragraphs) that changed, "…" between.
    QString words(const QString &before, const QString &after) const
    {
        struct Line
        {
            QString text;
            bool changed = false;
        };
        QList<Line> rendered(1);
        for (const DiffSpan &span : diffWords(before, after)) {
            const QStringList pieces = span.text.split(u'\n');
            for (qsizetype p = 0; p < pieces.size(); ++p) {
                if (p > 0) {
                    if (span.kind != DiffSpan::Kind::Equal) {
                        rendered.last().text += mark(span.kind, u"↵"_s);
                        rendered.last().changed = true;
                    }
                    rendered.append(Line());
                }
                if (pieces.at(p).isEmpty())
                    continue;
                if (span.kind == DiffSpan::Kind::Equal) {
                    rendered.last().text += pieces.at(p);
                } else {
                    rendered.last().text += mark(span.kind, pieces.at(p));
                    rendered.last().changed = true;
                }
            }
        }
        QString out;
        bool skipped = false;
        for (const Line &line : std::as_const(rendered)) {
            if (!line.changed) {
                skipped = skipped || !line.text.trimmed().isEmpty();
                continue;
            }
            if (skipped)
                out += u"  …\n"_s;
            skipped = false;
            out += u"  "_s + line.text + u'\n';
        }
        if (skipped)
            out += u"  …\n"_s;
        return out;
    }

    bool m_color;
};

} // namespace

QString formatChangesAsText(const QList<FieldChange> &changes, bool color)
{
    const Printer printer(color);
    QStringList blocks;
    for (const FieldChange &change : changes)
        blocks << printer.change(change);
    return blocks.join(u'\n');
}

} // namespace Copydesk
