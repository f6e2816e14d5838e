// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The window's one date format: the locale's short format with four-digit years, for dates
// and date-times, in several locales.
#include "dateformat.h"

#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestDateFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("date");
        // 6 December 2026, at 12:03 and at 18:45 (CLDR puts a narrow no-break space before
        // "PM").
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("evening");
        QTest::newRow("en_US") << QLocale(u"en_US"_s) << u"12/6/2026"_s
                               << u"12/6/2026 12:03\u202FPM"_s << u"12/6/2026 6:45\u202FPM"_s;
        QTest::newRow("en_GB") << QLocale(u"en_GB"_s) << u"06/12/2026"_s << u"06/12/2026 12:03"_s
                               << u"06/12/2026 18:45"_s;
        QTest::newRow("de_DE") << QLocale(u"de_DE"_s) << u"06.12.2026"_s << u"06.12.2026 12:03"_s
                               << u"06.12.2026 18:45"_s;
        QTest::newRow("fr_FR") << QLocale(u"fr_FR"_s) << u"06/12/2026"_s << u"06/12/2026 12:03"_s
                               << u"06/12/2026 18:45"_s;
        QTest::newRow("ja_JP") << QLocale(u"ja_JP"_s) << u"2026/12/06"_s << u"2026/12/06 12:03"_s
                               << u"2026/12/06 18:45"_s;
    }

    void formats()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, date);
        QFETCH(QString, dateTime);
        QFETCH(QString, evening);
        const QDate day(2026, 12, 6);
        QCOMPARE(DateFormat::toString(day, locale), date);
        QCOMPARE(DateFormat::toString(QDateTime(day, QTime(12, 3)), locale), dateTime);
        QCOMPARE(DateFormat::toString(QDateTime(day, QTime(18, 45)), locale), evening);
        // The formats a QDateEdit shows are the same, and hold a four-digit year.
        QVERIFY(DateFormat::date(locale).contains(u"yyyy"_s));
        QVERIFY(!DateFormat::date(locale).contains(u"yyyyy"_s));
        QCOMPARE(locale.toString(day, DateFormat::date(locale)), date);
        QCOMPARE(
            locale.toString(QDateTime(day, QTime(12, 3)), DateFormat::dateTime(locale)), dateTime);
        // The date-time starts with the date.
        QVERIFY(dateTime.startsWith(date));
    }

    void theDefaultLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(u"de_DE"_s));
        const QString shown = DateFormat::toString(QDate(1999, 1, 2));
        QLocale::setDefault(before);
        QCOMPARE(shown, u"02.01.1999"_s);
    }

    void nothingForInvalidValues()
    {
        QCOMPARE(DateFormat::toString(QDate()), QString());
        QCOMPARE(DateFormat::toString(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDateFormat)
#include "tst_dateformat.moc"
