// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// One date reads the same everywhere in the window: the library list, the revision history
// and the date fields, in German and in English.
#include "articledocument.h"
#include "articlefactory.h"
#include "librarymodel.h"
#include "publishededitor.h"
#include "referenceeditor.h"
#include "revisionhistorydialog.h"
#include "sqlitearticlestore.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestDatesShown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void theSameTextEverywhere_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTime");
        QTest::newRow("German") << u"de_DE"_s << u"14.03.2025"_s << u"14.03.2025 09:26"_s;
        QTest::newRow("English") << u"en_US"_s << u"3/14/2025"_s << u"3/14/2025 9:26\u202FAM"_s;
    }

    void theSameTextEverywhere()
    {
        QFETCH(QString, locale);
        QFETCH(QString, date);
        QFETCH(QString, dateTime);
        QLocale::setDefault(QLocale(locale));

        // An article last changed on 14 March 2025 at 9:26, imported into a real library.
        const QDateTime changed(QDate(2025, 3, 14), QTime(9, 26));
        QTemporaryDir dir;
        auto store = SqliteArticleStore::open(
            dir.filePath(u"dates.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY(store);
        Article article = Testing::fullArticle();
        article.published = changed;
        SaveOptions options(u"ann"_s);
        options.importedModified = {changed.toUTC()};
        const auto ids = (*store)->importArticles({article}, options);
        QVERIFY(ids);
        const auto revisions = (*store)->revisions(ids->first());
        QVERIFY(revisions && !revisions->isEmpty());
        const QDateTime saved = revisions->first().created.toLocalTime();

        // The date fields.
        PublishedEditor published;
        published.setDateTime(changed);
        QCOMPARE(published.dateTimeEdit()->text(), dateTime);
        ArticleDocument document;
        Article withReference;
        withReference.parts = {ArticlePart::make(ArticlePart::Kind::References)};
        withReference.parts[0].references
            = {{u"Flood report"_s, u"https://example.org"_s, u"Senate"_s, changed.date()}};
        document.reset(withReference);
        ReferenceEditor references(&document, document.article().parts.at(0).id);
        const auto *accessed = references.rowEditor(0)->findChild<QDateEdit *>(u"accessed"_s);
        QVERIFY(accessed);
        QCOMPARE(accessed->text(), date);

        // The library list: the date in its column, date and time in the row's tooltip.
        LibraryModel library(store->get());
        while (library.canFetchMore({}))
            library.fetchMore({});
        QCOMPARE(library.rowCount(), 1);
        QCOMPARE(library.index(0, LibraryModel::ModifiedColumn).data().toString(), date);
        QVERIFY2(library.index(0, 0).data(Qt::ToolTipRole).toString().contains(dateTime),
            qPrintable(library.index(0, 0).data(Qt::ToolTipRole).toString()));

        // The revision history, as the date field shows the same moment.
        RevisionHistoryDialog history(store->get(), ids->first(), u"ann"_s);
        const auto *list = history.findChild<QTreeWidget *>(u"revisions"_s);
        QVERIFY(list && list->topLevelItemCount() == 1);
        published.setDateTime(saved);
        QCOMPARE(list->topLevelItem(0)->text(1), published.dateTimeEdit()->text());
    }
};

QTEST_MAIN(TestDatesShown)
#include "tst_datesshown.moc"
