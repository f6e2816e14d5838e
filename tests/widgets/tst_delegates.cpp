// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlestore.h"
#include "snippetdelegate.h"
#include "statusbadgedelegate.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QSet>
#include <QStandardItemModel>
#include <QTest>

using namespace Copydesk;

class TestDelegates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippetToHtml_data();
    void snippetToHtml();
    void snippetPaintsTwoBlocks();
    void badgeColoursTellStatusesApart();
    void badgeFitsItsLabel();
};

void TestDelegates::snippetToHtml_data()
{
    const QString open(SnippetOpen);
    const QString close(SnippetClose);
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("html");
    QTest::newRow("plain") << QStringLiteral("no match here") << QStringLiteral("no match here");
    QTest::newRow("one term") << QStringLiteral("the %1harbour%2 reopened").arg(open, close)
                              << QStringLiteral("the <b>harbour</b> reopened");
    QTest::newRow("two terms") << (open + QStringLiteral("a") + close + QStringLiteral(" and ")
        + open + QStringLiteral("b") + close)
                               << QStringLiteral("<b>a</b> and <b>b</b>");
    QTest::newRow("markup is text")
        << (QStringLiteral("<script>&") + open + QStringLiteral("x") + close)
        << QStringLiteral("&lt;script&gt;&amp;<b>x</b>");
    QTest::newRow("unclosed") << (QStringLiteral("x ") + open + QStringLiteral("y"))
                              << QStringLiteral("x <b>y</b>");
    QTest::newRow("stray close") << (QStringLiteral("x") + close + QStringLiteral(" y"))
                                 << QStringLiteral("x y");
    QTest::newRow("nested open") << (open + open + QStringLiteral("x") + close + close)
                                 << QStringLiteral("<b>x</b>");
    QTest::newRow("ellipsis") << (SnippetEllipsis.toString() + QStringLiteral(" end"))
                              << (SnippetEllipsis.toString() + QStringLiteral(" end"));
    QTest::newRow("empty") << QString() << QString();
}

void TestDelegates::snippetToHtml()
{
    QFETCH(QString, snippet);
    QFETCH(QString, html);
    QCOMPARE(SnippetDelegate::snippetToHtml(snippet), html);
}

void TestDelegates::snippetPaintsTwoBlocks()
{
    constexpr int SnippetRole = Qt::UserRole + 7;
    QStandardItemModel model;
    auto *item = new QStandardItem(QStringLiteral("Harbour reopens"));
    item->setData(QStringLiteral("the %1harbour%2 reopened after the storm")
                      .arg(QString(SnippetOpen), QString(SnippetClose)),
        SnippetRole);
    model.appendRow(item);
    auto *bare = new QStandardItem(QStringLiteral("No snippet"));
    model.appendRow(bare);

    QListView view;
    SnippetDelegate delegate(SnippetRole);
    view.setModel(&model);
    view.setItemDelegate(&delegate);
    view.resize(400, 300);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, 400, 0);
    const QSize withSnippet = delegate.sizeHint(option, model.index(0, 0));
    const QSize withoutSnippet = delegate.sizeHint(option, model.index(1, 0));
    QVERIFY(withSnippet.height() >= 2 * view.fontMetrics().height());
    QVERIFY(withSnippet.height() > withoutSnippet.height());

    QImage image(400, withSnippet.height(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    option.rect = QRect(QPoint(0, 0), image.size());
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixel(x, y) != qRgb(255, 255, 255);
    QVERIFY(inked > 100);
}

void TestDelegates::badgeColoursTellStatusesApart()
{
    QSet<QRgb> colours;
    for (ArticleStatus status :
        {ArticleStatus::Draft, ArticleStatus::InReview, ArticleStatus::ChangesRequested,
            ArticleStatus::Approved, ArticleStatus::Published, ArticleStatus::Spiked}) {
        const QColor colour = StatusBadgeDelegate::badgeColor(status);
        // White text must stay readable on it.
        QVERIFY2(colour.lightnessF() < 0.6, qPrintable(statusName(status)));
        colours.insert(colour.rgb());
    }
    QCOMPARE(colours.size(), 6);
}

void TestDelegates::badgeFitsItsLabel()
{
    constexpr int StatusRole = Qt::UserRole + 2;
    QStandardItemModel model;
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::ChangesRequested}) {
        auto *item = new QStandardItem(statusLabel(status));
        item->setData(int(status), StatusRole);
        model.appendRow(item);
    }
    QListView view;
    StatusBadgeDelegate delegate(StatusRole);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    const QSize shortLabel = delegate.sizeHint(option, model.index(0, 0));
    const QSize longLabel = delegate.sizeHint(option, model.index(1, 0));
    QVERIFY(longLabel.width() > shortLabel.width());
    QVERIFY(shortLabel.width()
        > view.fontMetrics().horizontalAdvance(statusLabel(ArticleStatus::Draft)) / 2);

    QImage image(longLabel.width(), longLabel.height(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    option.rect = image.rect();
    delegate.paint(&painter, option, model.index(1, 0));
    painter.end();
    const QColor expected = StatusBadgeDelegate::badgeColor(ArticleStatus::ChangesRequested);
    // The pill's colour fills the left end of the badge, clear of the text.
    QCOMPARE(QColor(image.pixel(10, image.height() / 2)).rgb(), expected.rgb());
}

QTEST_MAIN(TestDelegates)
#include "tst_delegates.moc"
