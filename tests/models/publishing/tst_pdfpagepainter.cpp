// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// PdfPagePainter: a PDF's pages painted onto a paged device (here QPdfWriter, as QPrinter is
// one) come out one for one and look like the pages painted; bad input paints nothing.

#include "pdfpagepainter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// A4 without margins, as a printer set to paint on the full page has it.
QPageLayout fullA4()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
}

/// An A4 PDF of `pages` pages, each with a black bar whose height tells the page apart.
QByteArray barsPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(fullA4());
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.fillRect(QRect(100, 100, 300, 100 * (page + 1)), Qt::black);
    }
    painter.end();
    return bytes;
}

/// Page `page` of `pdf` at 36 dpi, in grey.
QImage pageImage(const QByteArray &pdf, int page)
{
    QTemporaryDir directory;
    QFile file(directory.filePath(u"page.pdf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None)
        return {};
    return document.render(page, (document.pagePointSize(page) / 2).toSize())
        .convertToFormat(QImage::Format_Grayscale8);
}

/// The share of pixels that are dark.
double darkShare(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            dark += line[x] < 128;
    }
    return double(dark) / (qint64(image.width()) * image.height());
}

} // namespace

class TestPdfPagePainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageCount()
    {
        QCOMPARE(*PdfPagePainter::pageCount(barsPdf(3)), 3);
        const auto none = PdfPagePainter::pageCount("not a PDF");
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::InvalidInput);
    }

    void paintsEveryPageAsItIs()
    {
        const QByteArray source = barsPdf(3);
        QByteArray printed;
        QBuffer buffer(&printed);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(fullA4());
        writer.setResolution(150);
        const Status painted = PdfPagePainter::paint(source, &writer);
        QVERIFY2(painted.ok(), painted.ok() ? "" : qPrintable(painted.error().message));
        buffer.close();

        QCOMPARE(*PdfPagePainter::pageCount(printed), 3);
        for (int page = 0; page < 3; ++page) {
            const QImage expected = pageImage(source, page);
            const QImage actual = pageImage(printed, page);
            QCOMPARE(actual.size(), expected.size());
            // Same bar, same place: the dark share matches and grows with the page number.
            QVERIFY(darkShare(expected) > 0.01 * (page + 1));
            QVERIFY2(qAbs(darkShare(actual) - darkShare(expected)) < 0.005,
                qPrintable(u"page %1: %2 against %3"_s.arg(page + 1)
                        .arg(darkShare(actual))
                        .arg(darkShare(expected))));
            int differing = 0;
            for (int y = 0; y < expected.height(); ++y) {
                for (int x = 0; x < expected.width(); ++x)
                    differing
                        += qAbs(expected.pixelColor(x, y).value() - actual.pixelColor(x, y).value())
                        > 64;
            }
            QVERIFY2(differing < expected.width() * expected.height() / 100,
                qPrintable(u"page %1: %2 pixels differ"_s.arg(page + 1).arg(differing)));
        }
    }

    void badInputPaintsNothing()
    {
        QByteArray printed;
        QBuffer buffer(&printed);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const Status painted = PdfPagePainter::paint("%PDF-1.4 broken", &writer);
        QVERIFY(!painted);
        QCOMPARE(painted.error().message, u"The pages to print are no readable PDF."_s);
        QVERIFY(printed.isEmpty());
    }
};

QTEST_MAIN(TestPdfPagePainter)
#include "tst_pdfpagepainter.moc"
