// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlejson.h"
#include "articlestats.h"
#include "pdfexporter.h"
#include "poppler.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSizeF>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using Copydesk::Testing::poppler;
using namespace Qt::StringLiterals;

namespace {

/// The page count pdfinfo reads from the file at `path`; 0 when it reads none.
int pageCount(const QString &path)
{
    return QRegularExpression(u"Pages:\\s+(\\d+)"_s)
        .match(poppler(u"pdfinfo"_s, {path}))
        .captured(1)
        .toInt();
}

/// `text` without white space: pdftotext spaces out letter-spaced headings ("K E Y FAC T S").
QString squeezed(const QString &text)
{
    QString result = text;
    result.removeIf([](QChar c) { return c.isSpace(); });
    return result;
}

/// The lines pdffonts prints for the fonts of the PDF at `path`, without its header.
QStringList fontLines(const QString &path)
{
    return poppler(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
}

/// Whether a line of fontLines() says that its font is embedded.
bool embedded(const QString &line)
{
    // name type encoding emb sub uni object ID: "emb" is the fifth column from the end.
    const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
    return columns.size() >= 7 && columns.at(columns.size() - 5) == u"yes"_s;
}

} // namespace

// PdfExporter: the page printed by Qt WebEngine on the offscreen platform, read back with
// poppler: every part's text present and selectable, page size from the profile, fonts embedded.
class TestPdfExporter : public QObject
{
    Q_OBJECT

private:
    PdfExporter *m_exporter = nullptr;
    QTemporaryDir m_directory;

    QString exportToFile(
        const Article &article, const PublicationProfile &profile, const QString &name)
    {
        const QString path = m_directory.filePath(name);
        const Status written = m_exporter->exportToFile(article, profile, path);
        if (!written)
            qWarning("%s", qPrintable(written.error().message));
        return written ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext is missing (poppler-utils)");
        m_exporter = new PdfExporter(this);
    }

    void everyPartIsText()
    {
        const Article article = Testing::fullArticle();
        const QString path = exportToFile(article, {}, u"full.pdf"_s);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile(path).size() > 1000);
        const QString text
            = squeezed(poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
        QVERIFY2(!text.isEmpty(), "pdftotext found no text");
        QStringList expected {
            article.headline, article.dek, article.bylines.first().name, article.hero.caption};
        for (const ArticlePart &part : article.parts) {
            expected << (part.heading.isEmpty() ? ArticlePart::defaultHeading(part.kind)
                                                : part.heading);
            if (!part.items.isEmpty())
                expected << part.items.first();
            if (!part.quotes.isEmpty())
                expected << part.quotes.first().speaker;
            if (!part.faq.isEmpty())
                expected << part.faq.first().question;
            if (!part.references.isEmpty())
                expected << part.references.first().title;
        }
        for (const QString &wanted : std::as_const(expected)) {
            const QString words = squeezed(wanted.simplified()
                    .remove(QRegularExpression(u"[*_`\\[\\]]"_s))
                    .section(u' ', 0, 3));
            // Case-insensitive: the house style sets some headings in capitals. Markdown
            // emphasis is not text; compare the first words only.
            QVERIFY2(text.contains(words, Qt::CaseInsensitive),
                qPrintable(u"missing from the PDF: "_s + words));
        }
    }

    // Title, Author, Subject, Keywords, Creator and the catalog's language, as pdfinfo reads
    // them (issue #12), in UTF-8 with non-Latin-1 text.
    void metadata()
    {
        Article article = Testing::fullArticle();
        article.headline = u"Fähren über die Förde — „leiser“"_s;
        article.dek = u"Zwei neue Schiffe für Kiel"_s;
        article.bylines = {{u"Jürgen Weiß"_s, u"Redakteur"_s}, {u"Zoë Ångström"_s, {}}};
        article.tags = {u"Fähre"_s, u"Kiel"_s};
        article.language = u"de-DE"_s;
        const QString path = exportToFile(article, {}, u"metadata.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString info = poppler(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, path});
        const auto field = [&info](const QString &name) {
            return QRegularExpression(
                u"^"_s + name + u":\\s+(.*)$"_s, QRegularExpression::MultilineOption)
                .match(info)
                .captured(1)
                .trimmed();
        };
        QCOMPARE(field(u"Title"_s), article.headline);
        QCOMPARE(field(u"Author"_s), u"Jürgen Weiß, Zoë Ångström"_s);
        QCOMPARE(field(u"Subject"_s), article.dek);
        QCOMPARE(field(u"Keywords"_s), u"Fähre, Kiel"_s);
        QCOMPARE(field(u"Creator"_s), u"Copydesk"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("/Lang (de-DE)"));
    }

    // Tagged (accessible) PDF, issue #12: Qt WebEngine 6.8 cannot make one. Chromium tags a
    // printed PDF when its print helper's delegate asks for it (ShouldGenerateTaggedPDF(), true
    // in Chrome and headless Chrome) or the DevTools call sets generateTaggedPDF; Qt's delegate
    // keeps the default (false) and printToPdf() has no such option. The expected failure turns
    // into an unexpected pass the day a Qt WebEngine update tags the PDF: then docs/export.md
    // and this test change.
    void taggedPdf()
    {
        const QString path = exportToFile(Testing::fullArticle(), {}, u"tagged.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString info = poppler(u"pdfinfo"_s, {path});
        QVERIFY2(info.contains(u"Tagged:"_s), qPrintable(info));
        QEXPECT_FAIL(
            "", "Qt WebEngine's printToPdf() makes untagged PDFs (docs/export.md)", Continue);
        QVERIFY2(QRegularExpression(u"^Tagged:\\s+yes$"_s, QRegularExpression::MultilineOption)
                     .match(info)
                     .hasMatch(),
            "pdfinfo: not a tagged PDF");
    }

    void pageSize_data()
    {
        QTest::addColumn<PublicationProfile::PageSize>("size");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("A4") << PublicationProfile::PageSize::A4 << QSizeF(595.28, 841.89);
        QTest::newRow("Letter") << PublicationProfile::PageSize::Letter << QSizeF(612, 792);
    }

    void pageSize()
    {
        QFETCH(PublicationProfile::PageSize, size);
        QFETCH(QSizeF, points);
        PublicationProfile profile;
        profile.pageSize = size;
        const QString path = exportToFile(
            Testing::fullArticle(), profile, PublicationProfile::pageSizeName(size) + u".pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString info = poppler(u"pdfinfo"_s, {path});
        // Chromium rounds the page to whole device pixels: within half a point.
        const QRegularExpressionMatch measured
            = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
        QVERIFY2(measured.hasMatch(), qPrintable(info));
        QVERIFY2(qAbs(measured.captured(1).toDouble() - points.width()) < 0.5, qPrintable(info));
        QVERIFY2(qAbs(measured.captured(2).toDouble() - points.height()) < 0.5, qPrintable(info));
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
        QVERIFY2(pages >= 2, qPrintable(info));
    }

    void fontsAreEmbedded()
    {
        const QString path = exportToFile(Testing::oddUnicodeArticle(), {}, u"odd.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QStringList fonts = fontLines(path);
        QVERIFY2(!fonts.isEmpty(), "pdffonts lists no font");
        for (const QString &line : fonts)
            QVERIFY2(embedded(line), qPrintable(line));
    }

    void pageNumbers_data()
    {
        QTest::addColumn<PublicationProfile::PageSize>("size");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("A4") << PublicationProfile::PageSize::A4 << QSizeF(595.28, 841.89);
        QTest::newRow("Letter") << PublicationProfile::PageSize::Letter << QSizeF(612, 792);
    }

    void pageNumbers()
    {
        // A long article: every page carries "k / N" on its own, the text stays text, the fonts
        // (the article's and the numbers') stay embedded, the page size is unchanged.
        QFETCH(PublicationProfile::PageSize, size);
        QFETCH(QSizeF, points);
        PublicationProfile profile;
        profile.pageSize = size;
        const Article article = Testing::generatedArticle(7, 2500);
        const QString path = exportToFile(
            article, profile, u"long-"_s + PublicationProfile::pageSizeName(size) + u".pdf"_s);
        QVERIFY(!path.isEmpty());

        const QString info = poppler(u"pdfinfo"_s, {path});
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        const QRegularExpressionMatch measured
            = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
        QVERIFY2(measured.hasMatch(), qPrintable(info));
        QVERIFY2(qAbs(measured.captured(1).toDouble() - points.width()) < 0.5, qPrintable(info));
        QVERIFY2(qAbs(measured.captured(2).toDouble() - points.height()) < 0.5, qPrintable(info));

        for (int page = 1; page <= pages; ++page) {
            const QString number = QString::number(page);
            const QString text = poppler(u"pdftotext"_s,
                {u"-enc"_s, u"UTF-8"_s, u"-f"_s, number, u"-l"_s, number, path, u"-"_s});
            // pdftotext may drop the spaces around the slash: compare lines without them.
            QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
            for (QString &line : lines)
                line = squeezed(line);
            const QString label = u"%1/%2"_s.arg(page).arg(pages);
            QVERIFY2(
                lines.contains(label), qPrintable(u"page %1 lacks “%2”"_s.arg(page).arg(label)));
            // Only this page's number on this page.
            for (int other = 1; other <= pages; ++other) {
                if (other != page)
                    QVERIFY(!lines.contains(u"%1/%2"_s.arg(other).arg(pages)));
            }
            QVERIFY2(lines.size() > 5,
                qPrintable(u"page %1 has no text besides its number"_s.arg(page)));
        }
        const QString all
            = squeezed(poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
        QVERIFY(all.contains(squeezed(article.headline.section(u' ', 0, 3)), Qt::CaseInsensitive));

        const QStringList fonts = fontLines(path);
        QVERIFY2(fonts.size() > 1, "pdffonts lists too few fonts");
        for (const QString &line : fonts)
            QVERIFY2(embedded(line), qPrintable(line));
    }

    void warmBatch()
    {
        // One page serves many exports; each gives a complete PDF of its own article.
        for (quint32 seed = 1; seed <= 3; ++seed) {
            const Article article = Testing::generatedArticle(seed, 400);
            const auto pdf = m_exporter->exportArticle(article, {});
            QVERIFY(pdf.ok());
            QVERIFY(pdf->startsWith("%PDF-"));
            QVERIFY(pdf->trimmed().endsWith("%%EOF"));
        }
    }

    void failedExportLeavesNoFile()
    {
        const QString path = m_directory.filePath(u"missing-folder/story.pdf"_s);
        const Status written = m_exporter->exportToFile(Testing::fullArticle(), {}, path);
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void largePagesPrint()
    {
        // Bigger than setHtml()'s 2 MB limit: a 3 MB picture.
        Article article = Testing::fullArticle();
        article.hero.data = Testing::tinyPng() + QByteArray(3 * 1024 * 1024, '\0');
        const auto pdf = m_exporter->exportArticle(article, {});
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().message));
    }

    void longArticlePrints()
    {
        // A long read three times over: some fifty pages.
        Article article = Testing::fullArticle();
        QString body;
        for (int i = 0; i < 3000; ++i)
            body += u"The council met again on Tuesday to vote on the flood wall. "_s;
        article.parts.first().body = body;
        const QString path = exportToFile(article, {}, u"long.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString info = poppler(u"pdfinfo"_s, {path});
        const qsizetype at = info.indexOf(u"Pages:"_s);
        QVERIFY(at >= 0);
        const int pages = info.mid(at + 6).section(u'\n', 0, 0).trimmed().toInt();
        QVERIFY2(pages > 40, qPrintable(info));
    }

    void progressIsReported()
    {
        // A fresh exporter: its first export also waits for the engine to start.
        PdfExporter exporter;
        QList<PdfProgress> reports;
        connect(&exporter, &PdfExporter::progress, this,
            [&reports](const PdfProgress &progress) { reports << progress; });
        const auto pdf = exporter.exportArticle(Testing::generatedArticle(5, 2500), {});
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().message));
        QVERIFY(reports.size() >= 4);
        for (qsizetype i = 1; i < reports.size(); ++i) {
            QVERIFY(reports.at(i).percent >= reports.at(i - 1).percent);
            QVERIFY(reports.at(i).stage >= reports.at(i - 1).stage);
        }
        QList<PdfProgress::Stage> stages;
        for (const PdfProgress &progress : std::as_const(reports)) {
            if (!stages.contains(progress.stage))
                stages << progress.stage;
        }
        using Stage = PdfProgress::Stage;
        QCOMPARE(stages.first(), Stage::Rendering);
        QVERIFY(stages.contains(Stage::Loading));
        QVERIFY(stages.contains(Stage::Printing));
        QVERIFY(stages.contains(Stage::Numbering));
        QCOMPARE(reports.last().stage, Stage::Done);
        QCOMPARE(reports.last().percent, 100);
        const QString path = m_directory.filePath(u"progress.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(*pdf) == pdf->size());
        file.close();
        QCOMPARE(reports.last().pages, pageCount(path));
        QVERIFY(!reports.last().text().isEmpty());

        // Warm now: no Starting stage, and again from 0 % to Done.
        reports.clear();
        QVERIFY(exporter.exportArticle(Testing::generatedArticle(6, 400), {}).ok());
        QCOMPARE(reports.first().stage, Stage::Rendering);
        QCOMPARE(reports.first().percent, 0);
        QCOMPARE(reports.last().stage, Stage::Done);
        for (const PdfProgress &progress : std::as_const(reports))
            QVERIFY(progress.stage != Stage::Starting);
    }

    void batchReusesOnePage()
    {
        // One renderer process, started for the exporter's page, prints every article of a
        // batch.
        PdfExporter exporter;
        qint64 renderer = 0;
        for (quint32 seed = 11; seed <= 13; ++seed) {
            QVERIFY(exporter.exportArticle(Testing::generatedArticle(seed, 400), {}).ok());
            QVERIFY(exporter.renderProcessId() > 0);
            QVERIFY(QFile::exists(u"/proc/%1"_s.arg(exporter.renderProcessId())));
            if (renderer == 0)
                renderer = exporter.renderProcessId();
            QCOMPARE(exporter.renderProcessId(), renderer);
        }
    }

    // A page printed in pieces (issue #13), each a document of its own printed by the same
    // page, joined: the same text in the same order as the page printed in one (nothing missing
    // or twice at the joins), every page numbered over the whole, the metadata and the fonts of
    // a single print, and the progress told piece by piece.
    void printsInPieces()
    {
        Article article = Testing::generatedArticle(21, 12000);
        article.headline = u"Stücke über Stücke"_s;
        article.tags = {u"Fähre"_s, u"Kiel"_s};
        const QString whole = exportToFile(article, {}, u"whole.pdf"_s);
        QVERIFY(!whole.isEmpty());

        PdfExporter exporter;
        exporter.setPieceText(12 * 1024);
        QList<PdfProgress> reports;
        connect(&exporter, &PdfExporter::progress, this,
            [&reports](const PdfProgress &progress) { reports << progress; });
        const QString path = m_directory.filePath(u"pieces.pdf"_s);
        const Status written = exporter.exportToFile(article, {}, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        int pieces = 0;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (i > 0) {
                QVERIFY(reports.at(i).percent >= reports.at(i - 1).percent);
                QVERIFY(reports.at(i).stage >= reports.at(i - 1).stage);
            }
            if (reports.at(i).stage == PdfProgress::Stage::Printing) {
                QCOMPARE(reports.at(i).piece, ++pieces);
                QVERIFY(reports.at(i).text().contains(u" of %1"_s.arg(reports.at(i).pieces)));
            }
        }
        QVERIFY2(pieces >= 3, qPrintable(QString::number(pieces)));
        QCOMPARE(reports.last().stage, PdfProgress::Stage::Done);

        // Each piece continues the pages of the one before (PieceJoin: a page starting with one
        // of its blocks), so there are as many pages as in the page printed in one; a piece that
        // started on a new page would add one.
        const int pages = pageCount(path);
        QCOMPARE(reports.last().pages, pages);
        QCOMPARE(pages, pageCount(whole));

        // The text without the page numbers, in order, is the text printed in one.
        const auto textOf = [](const QString &pdf, QStringList *labels) {
            const QStringList pagesText
                = poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).split(u'\f');
            QString text;
            static const QRegularExpression label(u"^(\\d+)/(\\d+)$"_s);
            for (const QString &pageText : pagesText) {
                for (const QString &line : pageText.split(u'\n')) {
                    const QString squeezedLine = squeezed(line);
                    if (label.match(squeezedLine).hasMatch()) {
                        if (labels)
                            *labels << squeezedLine;
                        continue;
                    }
                    text += squeezedLine;
                }
            }
            return text;
        };
        QStringList labels;
        const QString text = textOf(path, &labels);
        QVERIFY(text.size() > 50000);
        QCOMPARE(text, textOf(whole, nullptr));
        // "k / N" on every page, k in order, N the whole's pages.
        QCOMPARE(labels.size(), pages);
        for (int page = 1; page <= pages; ++page)
            QCOMPARE(labels.at(page - 1), u"%1/%2"_s.arg(page).arg(pages));

        const QString info = poppler(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, path});
        QVERIFY2(info.contains(QRegularExpression(
                     u"^Title:\\s+Stücke über Stücke$"_s, QRegularExpression::MultilineOption)),
            qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(
                     u"^Keywords:\\s+Fähre, Kiel$"_s, QRegularExpression::MultilineOption)),
            qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(
                     u"^Creator:\\s+Copydesk$"_s, QRegularExpression::MultilineOption)),
            qPrintable(info));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("/Lang (en)"));
        const QStringList fonts = fontLines(path);
        QVERIFY2(fonts.size() > 1, "pdffonts lists too few fonts");
        for (const QString &line : fonts)
            QVERIFY2(embedded(line), qPrintable(line));
    }

    void veryLongArticlePrints()
    {
        // Longer than the old limit of 250,000 words (issue #13): some 550 pages, numbered.
        Article article = Testing::fullArticle();
        const QString paragraph = u"The council met again on Tuesday to vote on the flood wall "
                                  "that the harbour district has asked for since the storm of "
                                  "the winter before last, and the vote was close, with the "
                                  "harbour master abstaining and two members absent.\n\n"_s;
        article.parts.first().body = paragraph.repeated(7500);
        QVERIFY(ArticleStats::wordCount(article) > 300000);
        const QString path = exportToFile(article, {}, u"very-long.pdf"_s);
        QVERIFY(!path.isEmpty());
        const int pages = pageCount(path);
        QVERIFY2(pages > 450, qPrintable(QString::number(pages)));
        const QString last = QString::number(pages);
        const QString text = squeezed(poppler(
            u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-f"_s, last, u"-l"_s, last, path, u"-"_s}));
        QVERIFY2(text.contains(u"%1/%1"_s.arg(pages)), qPrintable(text.right(200)));
    }
};

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
