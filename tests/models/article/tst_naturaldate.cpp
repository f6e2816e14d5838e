// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "naturaldate.h"

#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

// A Saturday.
const QDate Today(2026, 12, 5);
const QLocale British(QLocale::English, QLocale::UnitedKingdom);
const QLocale American(QLocale::English, QLocale::UnitedStates);
const QLocale German(QLocale::German, QLocale::Germany);

} // namespace

class TestNaturalDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        const QTime none;
        QTest::newRow("today") << British << u"today"_s << Today << none;
        QTest::newRow("Tomorrow.") << British << u"  Tomorrow. "_s << Today.addDays(1) << none;
        QTest::newRow("yesterday") << American << u"yesterday"_s << Today.addDays(-1) << none;
        QTest::newRow("heute") << German << u"heute"_s << Today << none;
        QTest::newRow("vorgestern") << German << u"Vorgestern"_s << Today.addDays(-2) << none;
        QTest::newRow("übermorgen") << German << u"übermorgen"_s << Today.addDays(2) << none;
        QTest::newRow("English words in German")
            << German << u"tomorrow"_s << Today.addDays(1) << none;
        QTest::newRow("in 3 days") << British << u"in 3 days"_s << Today.addDays(3) << none;
        QTest::newRow("3 days ago") << British << u"3 days ago"_s << Today.addDays(-3) << none;
        QTest::newRow("in 2 weeks") << British << u"in 2 weeks"_s << Today.addDays(14) << none;
        QTest::newRow("vor 2 Tagen") << German << u"vor 2 Tagen"_s << Today.addDays(-2) << none;
        QTest::newRow("in 1 Monat") << German << u"in 1 Monat"_s << QDate(2027, 1, 5) << none;
        QTest::newRow("next friday") << British << u"next friday"_s << QDate(2026, 12, 11) << none;
        QTest::newRow("monday") << British << u"Monday"_s << QDate(2026, 12, 7) << none;
        QTest::newRow("saturday is next week")
            << British << u"saturday"_s << QDate(2026, 12, 12) << none;
        QTest::newRow("last monday") << British << u"last Monday"_s << QDate(2026, 11, 30) << none;
        QTest::newRow("letzten Samstag")
            << German << u"letzten Samstag"_s << QDate(2026, 11, 28) << none;
        QTest::newRow("nächsten Mittwoch")
            << German << u"nächsten Mittwoch"_s << QDate(2026, 12, 9) << none;
        QTest::newRow("ISO") << American << u"2026-05-12"_s << QDate(2026, 5, 12) << none;
        QTest::newRow("German order") << German << u"12.5.2026"_s << QDate(2026, 5, 12) << none;
        QTest::newRow("German short year") << German << u"12.05.26"_s << QDate(2026, 5, 12) << none;
        QTest::newRow("German no year") << German << u"12.5."_s << QDate(2026, 5, 12) << none;
        QTest::newRow("British order") << British << u"12/5/2026"_s << QDate(2026, 5, 12) << none;
        QTest::newRow("American order") << American << u"5/12/2026"_s << QDate(2026, 5, 12) << none;
        QTest::newRow("old year") << American << u"5/12/99"_s << QDate(1999, 5, 12) << none;
        QTest::newRow("12 May 2026") << British << u"12 May 2026"_s << QDate(2026, 5, 12) << none;
        QTest::newRow("May 12, 2026")
            << American << u"May 12, 2026"_s << QDate(2026, 5, 12) << none;
        QTest::newRow("Dec 3rd") << American << u"Dec 3rd"_s << QDate(2026, 12, 3) << none;
        QTest::newRow("12. Mai") << German << u"12. Mai"_s << QDate(2026, 5, 12) << none;
        QTest::newRow("3. Dez. 2025") << German << u"3. Dez. 2025"_s << QDate(2025, 12, 3) << none;
        QTest::newRow("sept") << British << u"4 sept 2026"_s << QDate(2026, 9, 4) << none;
        QTest::newRow("with time")
            << German << u"12.5.2026 14:30"_s << QDate(2026, 5, 12) << QTime(14, 30);
        QTest::newRow("tomorrow 9am")
            << British << u"tomorrow 9am"_s << Today.addDays(1) << QTime(9, 0);
        QTest::newRow("morgen um 15 Uhr")
            << German << u"morgen um 15 Uhr"_s << Today.addDays(1) << QTime(15, 0);
        QTest::newRow("3pm") << British << u"3pm"_s << Today << QTime(15, 0);
        QTest::newRow("12 May 26 is a year")
            << British << u"12 May 26"_s << QDate(2026, 5, 12) << none;
    }
    void reads()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        const auto parsed = parseTypedDate(typed, locale, Today);
        QVERIFY2(parsed, qPrintable(typed));
        QCOMPARE(parsed->date, date);
        QCOMPARE(parsed->time, time);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("typed");
        for (const QString &text : {u""_s, u"   "_s, u"soon"_s, u"31.2."_s, u"2026-13-01"_s,
                 u"3 days"_s, u"in 3 days ago"_s, u"12"_s, u"25:00"_s, u"Maybe 12"_s, u"1.2.3.4"_s,
                 QString(200, u'1'), u"ju 5"_s, u"next"_s})
            QTest::newRow(qPrintable(text.left(20))) << text;
    }
    void refuses()
    {
        QFETCH(QString, typed);
        QVERIFY2(!parseTypedDate(typed, German, Today), qPrintable(typed));
        QVERIFY2(!parseTypedDate(typed, British, Today), qPrintable(typed));
    }
};

QTEST_GUILESS_MAIN(TestNaturalDate)
#include "tst_naturaldate.moc"
