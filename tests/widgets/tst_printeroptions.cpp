// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The print dialog's choices as CUPS job options (PrinterOptions): every choice the dialog
// offers, one row each, on a printer of a real scheduler (a two-sided A4/Letter queue of the
// test's own), as Qt's CUPS support sets it up. tst_printcups prints with them.

#include "cupstestserver.h"
#include "printeroptions.h"

#include <QPageRanges>
#include <QPrintEngine>
#include <QPrinter>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

struct Choices
{
    int copies = 1;
    bool collate = true;
    QPrinter::DuplexMode duplex = QPrinter::DuplexNone;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QPrinter::ColorMode colour = QPrinter::Color;
    QPrinter::PageOrder order = QPrinter::FirstPageFirst;
    QList<std::pair<int, int>> ranges = {};
    QPageSize::PageSizeId paper = QPageSize::A4;
    QStringList dialogCupsOptions = {};
};

QStringList options(const Choices &choices)
{
    QPrinter printer;
    printer.setPrinterName(u"duplex"_s);
    printer.setCopyCount(choices.copies);
    printer.setCollateCopies(choices.collate);
    printer.setDuplex(choices.duplex);
    printer.setPageSize(QPageSize(choices.paper));
    printer.setPageOrientation(choices.orientation);
    printer.setColorMode(choices.colour);
    printer.setPageOrder(choices.order);
    if (!choices.ranges.isEmpty()) {
        QPageRanges ranges;
        for (const auto &[from, to] : choices.ranges)
            ranges.addRange(from, to);
        printer.setPageRanges(ranges);
        printer.setPrintRange(QPrinter::PageRange);
    }
    if (!choices.dialogCupsOptions.isEmpty())
        printer.printEngine()->setProperty(
            QPrintEngine::PrintEnginePropertyKey(0xfe00), choices.dialogCupsOptions);
    QStringList result;
    for (const auto &[name, value] : PrinterOptions::of(&printer))
        result.append(name + u'=' + value);
    return result;
}

/// The options of the defaults with `changed` in place of (or after) their names.
QStringList expected(const QStringList &changed)
{
    QStringList result {u"copies=1"_s,
        u"multiple-document-handling=separate-documents-collated-copies"_s, u"sides=one-sided"_s,
        u"print-color-mode=color"_s, u"media=A4"_s};
    for (const QString &option : changed) {
        const QString name = option.section(u'=', 0, 0);
        const auto at = std::find_if(result.begin(), result.end(),
            [&](const QString &o) { return o.section(u'=', 0, 0) == name; });
        if (at != result.end())
            *at = option;
        else
            result.insert(name == "page-ranges"_L1 ? 2 : result.size() - 1, option);
    }
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Choices)

class TestPrinterOptions : public QObject
{
    Q_OBJECT

private:
    Copydesk::Testing::CupsTestServer m_cups;

private Q_SLOTS:
    void initTestCase()
    {
        const QString started = m_cups.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString added = m_cups.addQueue(u"duplex"_s);
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }

    void mapsTheDialogsChoices_data()
    {
        QTest::addColumn<Choices>("choices");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("defaults") << Choices {} << expected({});
        QTest::newRow("3 collated copies") << Choices {.copies = 3} << expected({u"copies=3"_s});
        QTest::newRow("2 uncollated copies")
            << Choices {.copies = 2, .collate = false}
            << expected({u"copies=2"_s,
                   u"multiple-document-handling=separate-documents-uncollated-copies"_s});
        QTest::newRow("pages 2 to 3")
            << Choices {.ranges = {{2, 3}}} << expected({u"page-ranges=2-3"_s});
        QTest::newRow("pages 1 to 2 and 4")
            << Choices {.ranges = {{1, 2}, {4, 4}}} << expected({u"page-ranges=1-2,4"_s});
        QTest::newRow("long edge") << Choices {.duplex = QPrinter::DuplexLongSide}
                                   << expected({u"sides=two-sided-long-edge"_s});
        QTest::newRow("short edge") << Choices {.duplex = QPrinter::DuplexShortSide}
                                    << expected({u"sides=two-sided-short-edge"_s});
        QTest::newRow("automatic two-sided, portrait") << Choices {
            .duplex = QPrinter::DuplexAuto} << expected({u"sides=two-sided-long-edge"_s});
        QTest::newRow("automatic two-sided, landscape") << Choices {.duplex = QPrinter::DuplexAuto,
            .orientation = QPageLayout::Landscape} << expected({u"sides=two-sided-short-edge"_s});
        QTest::newRow("landscape one-sided: the PDF turns its own pages")
            << Choices {.orientation = QPageLayout::Landscape} << expected({});
        QTest::newRow("greyscale") << Choices {.colour = QPrinter::GrayScale}
                                   << expected({u"print-color-mode=monochrome"_s});
        QTest::newRow("last page first")
            << Choices {.order = QPrinter::LastPageFirst} << expected({u"outputorder=reverse"_s});
        QTest::newRow("the dialog's own CUPS options come last")
            << Choices {.dialogCupsOptions = {u"number-up"_s, u"2"_s, u"page-set"_s, u"odd"_s}}
            << expected({}) + QStringList {u"number-up=2"_s, u"page-set=odd"_s};
        QTest::newRow("US Letter")
            << Choices {.paper = QPageSize::Letter} << expected({u"media=Letter"_s});
    }

    void mapsTheDialogsChoices()
    {
        QFETCH(Choices, choices);
        QFETCH(QStringList, options);
        QPrinter printer;
        printer.setPrinterName(u"duplex"_s);
        QCOMPARE(printer.outputFormat(), QPrinter::NativeFormat);
        QCOMPARE(::options(choices), options);
    }
};

QTEST_MAIN(TestPrinterOptions)
#include "tst_printeroptions.moc"
