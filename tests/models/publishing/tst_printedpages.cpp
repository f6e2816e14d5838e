// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// PrintedPages: which pages a print dialog's choices make (range, copies, collation, last page
// first), one row per rule, and the PDF of exactly those pages read back with QtPdf; the same
// choices paint the same pages (PdfPagePainter).

#include "pdfpagepainter.h"
#include "printedpages.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// An A5 PDF of `pages` pages titled "Harbour", page n saying "Page n".
QByteArray numberedPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(72);
    writer.setTitle(u"Harbour"_s);
    QPainter painter(&writer);
    painter.setFont(QFont(u"DejaVu Sans"_s, 24));
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(QPointF(60, 100), u"Page %1"_s.arg(page));
    }
    painter.end();
    return bytes;
}

/// The page numbers a PDF of numberedPdf() pages shows, in order; empty when it cannot be read.
QList<int> shownPages(const QByteArray &pdf, QString *title = nullptr)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (!QTest::qWaitFor([&] {
            return document.status() == QPdfDocument::Status::Ready
                || document.status() == QPdfDocument::Status::Error;
        })
        || document.status() != QPdfDocument::Status::Ready)
        return {};
    if (title)
        *title = document.metaData(QPdfDocument::MetaDataField::Title).toString();
    QList<int> shown;
    for (int page = 0; page < document.pageCount(); ++page)
        shown.append(document.getAllText(page).text().simplified().section(u' ', 1).toInt());
    return shown;
}

PrintedPages pages(const QString &ranges, int copies, bool collate, bool lastPageFirst)
{
    PrintedPages printed;
    printed.ranges = QPageRanges::fromString(ranges);
    printed.copies = copies;
    printed.collate = collate;
    printed.lastPageFirst = lastPageFirst;
    return printed;
}

} // namespace

Q_DECLARE_METATYPE(PrintedPages)

class TestPrintedPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequence_data()
    {
        QTest::addColumn<PrintedPages>("printed");
        QTest::addColumn<int>("pageCount");
        QTest::addColumn<QList<int>>("sequence");
        QTest::newRow("every page") << PrintedPages() << 3 << QList<int> {1, 2, 3};
        QTest::newRow("pages 2-3") << pages(u"2-3"_s, 1, true, false) << 4 << QList<int> {2, 3};
        QTest::newRow("pages 1, 3-4")
            << pages(u"1,3-4"_s, 1, true, false) << 5 << QList<int> {1, 3, 4};
        QTest::newRow("range past the end")
            << pages(u"2-9"_s, 1, true, false) << 3 << QList<int> {2, 3};
        QTest::newRow("range wholly past the end")
            << pages(u"5-6"_s, 1, true, false) << 3 << QList<int> {};
        QTest::newRow("2 collated copies")
            << pages(QString(), 2, true, false) << 3 << QList<int> {1, 2, 3, 1, 2, 3};
        QTest::newRow("2 uncollated copies")
            << pages(QString(), 2, false, false) << 3 << QList<int> {1, 1, 2, 2, 3, 3};
        QTest::newRow("last page first")
            << pages(QString(), 1, true, true) << 3 << QList<int> {3, 2, 1};
        QTest::newRow("pages 2-3, 2 collated copies, last first")
            << pages(u"2-3"_s, 2, true, true) << 4 << QList<int> {3, 2, 3, 2};
        QTest::newRow("pages 2-3, 3 uncollated copies")
            << pages(u"2-3"_s, 3, false, false) << 4 << QList<int> {2, 2, 2, 3, 3, 3};
        QTest::newRow("no copies count as one")
            << pages(QString(), 0, true, false) << 2 << QList<int> {1, 2};
        QTest::newRow("an empty document") << PrintedPages() << 0 << QList<int> {};
    }

    void sequence()
    {
        QFETCH(PrintedPages, printed);
        QFETCH(int, pageCount);
        QFETCH(QList<int>, sequence);
        QCOMPARE(printed.sequence(pageCount), sequence);
    }

    void selectsExactlyThosePages_data() { sequence_data(); }

    void selectsExactlyThosePages()
    {
        QFETCH(PrintedPages, printed);
        QFETCH(int, pageCount);
        QFETCH(QList<int>, sequence);
        if (pageCount < 1 || sequence.isEmpty())
            QSKIP("no page to print: selectNothing");
        const auto selected = printed.select(numberedPdf(pageCount));
        QVERIFY2(selected, selected ? "" : qPrintable(selected.error().message));
        QString title;
        QCOMPARE(shownPages(*selected, &title), sequence);
        QCOMPARE(title, u"Harbour"_s);

        // Painted onto a device, the same choices give the same pages.
        QByteArray painted;
        QBuffer buffer(&painted);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A5));
        QVERIFY(PdfPagePainter::paint(numberedPdf(pageCount), &writer, sequence));
        buffer.close();
        QCOMPARE(*PdfPagePainter::pageCount(painted), sequence.size());
    }

    void selectNothing()
    {
        const auto none = pages(u"5-6"_s, 1, true, false).select(numberedPdf(3));
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::InvalidInput);
        QCOMPARE(
            none.error().message, u"The article has 3 page(s); pages 5-6 are not among them."_s);
        const auto broken = PrintedPages().select("%PDF-1.4 broken");
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.startsWith(u"Cannot choose the pages to print"_s),
            qPrintable(broken.error().message));
        QByteArray painted;
        QBuffer buffer(&painted);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const Status missing = PdfPagePainter::paint(numberedPdf(2), &writer, {1, 3});
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, u"The pages to print have no page 3."_s);
        QVERIFY(painted.isEmpty());
    }
};

QTEST_MAIN(TestPrintedPages)
#include "tst_printedpages.moc"
