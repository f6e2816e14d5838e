// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "storagequeries.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>
#include <cstdlib>

namespace Copydesk::Bench {

void die(const QString &message)
{
    QTextStream(stderr) << "storagebench: " << message << Qt::endl;
    std::exit(1);
}

namespace {

/// `count` items spread evenly over `items`.
template<typename T> QList<T> spread(const QList<T> &items, int count)
{
    QList<T> picked;
    for (int i = 0; i < count && !items.isEmpty(); ++i) {
        const qsizetype at = qsizetype(i) * items.size() / count;
        if (picked.isEmpty() || picked.last() != items.at(at))
            picked.append(items.at(at));
    }
    return picked;
}

} // namespace

QList<QueryClass> chooseQueries(RawLibrary &raw, qint64 articles, int wanted, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    QList<std::pair<QString, qint64>> vocabulary = raw.vocabulary();
    std::sort(vocabulary.begin(), vocabulary.end());
    const auto inRange = [&](qint64 low, qint64 high) {
        QStringList terms;
        for (const auto &[term, docs] : std::as_const(vocabulary)) {
            if (docs >= low && docs <= high)
                terms.append(term);
        }
        return terms;
    };
    const qint64 veryCommonFloor = articles * 9 / 10 + 1;
    const QStringList veryCommon = inRange(veryCommonFloor, articles);
    QHash<QString, qint64> docs;
    for (const auto &[term, n] : std::as_const(vocabulary))
        docs.insert(term, n);

    QList<QueryClass> classes;
    const auto add = [&](const QString &name, qint64 low, qint64 high, const QStringList &terms,
                         const std::function<QStringList(const QString &, qsizetype)> &partners,
                         qint64 minMatches) {
        QueryClass c {name, low, high, {}, {}};
        for (qsizetype i = 0; i < terms.size() && c.queries.size() < wanted; ++i) {
            for (const QString &partner : partners(terms.at(i), i)) {
                if (partner == terms.at(i))
                    continue;
                const QString words = terms.at(i) + u' ' + partner;
                const qint64 matched = raw.matches(words);
                if (matched >= minMatches) {
                    c.queries.append(words);
                    c.matches.append(matched);
                    break;
                }
            }
        }
        classes.append(c);
    };
    const QStringList partners = spread(veryCommon, 3);
    const auto veryCommonPartner = [&](const QString &, qsizetype) {
        return partners;
    };
    const qint64 commonLow = std::max<qint64>(2, articles / 5);
    const qint64 commonHigh = articles * 3 / 5;
    const QStringList common = spread(inRange(commonLow, commonHigh), wanted * 4);
    // A query is as rare as its rarest word: a rare word goes with a mid-frequency word found in
    // one of its articles, a mid word with a common one. Pairing with a word that is in nearly
    // every article makes SQLite walk that word's whole doclist; those rows are kept too.
    const QStringList midPartners = spread(inRange(200, 2000), 60);
    const QStringList commonPartners = spread(inRange(commonLow, commonHigh), 20);
    add(
        u"rare"_s, 2, 10, spread(inRange(2, 10), wanted * 8),
        [&](const QString &, qsizetype) { return midPartners; }, 1);
    add(
        u"mid"_s, 200, 2000, spread(inRange(200, 2000), wanted * 4),
        [&](const QString &, qsizetype) { return commonPartners; }, 1);
    add(u"rare+v.common"_s, 2, 10, spread(inRange(2, 10), wanted * 4), veryCommonPartner, 1);
    add(u"mid+v.common"_s, 200, 2000, spread(inRange(200, 2000), wanted * 4), veryCommonPartner, 1);
    add(
        u"common"_s, commonLow, commonHigh, common,
        [&](const QString &, qsizetype i) {
            QStringList next;
            for (qsizetype j = 1; j <= 6; ++j)
                next.append(common.at((i + j * 5) % common.size()));
            return next;
        },
        articles / 10);
    const QStringList veryCommonPicks = spread(veryCommon, wanted * 2);
    add(
        u"very common"_s, veryCommonFloor, articles, veryCommonPicks,
        [&](const QString &, qsizetype i) {
            return QStringList {veryCommonPicks.value(
                (i + veryCommonPicks.size() / 2) % std::max<qsizetype>(1, veryCommonPicks.size()))};
        },
        1);
    out << "Query words chosen from " << vocabulary.size() << " indexed words in "
        << timer.elapsed() << " ms:" << Qt::endl;
    for (const QueryClass &c : std::as_const(classes)) {
        // The class's own word is the first of each query; the second is its partner.
        qint64 low = -1, high = 0, partnerLow = -1, partnerHigh = 0;
        for (const QString &words : c.queries) {
            const qint64 own = docs.value(words.section(u' ', 0, 0));
            const qint64 partner = docs.value(words.section(u' ', 1, 1));
            low = low < 0 ? own : std::min(low, own);
            high = std::max(high, own);
            partnerLow = partnerLow < 0 ? partner : std::min(partnerLow, partner);
            partnerHigh = std::max(partnerHigh, partner);
        }
        const auto [fewest, most] = std::minmax_element(c.matches.begin(), c.matches.end());
        out << "  " << c.name.leftJustified(14) << c.queries.size() << " queries; words in " << low
            << "–" << high << " articles, partners in " << partnerLow << "–" << partnerHigh
            << "; queries match " << (c.matches.isEmpty() ? 0 : *fewest) << "–"
            << (c.matches.isEmpty() ? 0 : *most) << "; e.g. \"" << c.queries.value(0) << "\""
            << Qt::endl;
    }
    return classes;
}

} // namespace Copydesk::Bench
