// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// What a screen reader gets from the window's status values: the save state, the checklist's
// summary, a field's character count and the banners carry their values in their accessible
// names, send NameChanged when they change, and announce changes of state once (never on
// every keystroke). Checked through Qt's accessibility layer, as an AT-SPI bridge sees it.

#include "accessiblestatus.h"
#include "articledocument.h"
#include "articlefactory.h"
#include "autosavecontroller.h"
#include "checklistpanel.h"
#include "linefieldeditor.h"
#include "noticebanner.h"
#include "paragraphlineedit.h"
#include "savestatelabel.h"
#include "sqlitearticlestore.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

struct Heard
{
    QObject *source;
    QString message;
};

QList<Heard> announcements;
QList<QObject *> renamed;

void record(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Announcement)
        announcements.append(
            {event->object(), static_cast<QAccessibleAnnouncementEvent *>(event)->message()});
    else if (event->type() == QAccessible::NameChanged)
        renamed.append(event->object());
}

QString nameOf(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString descriptionOf(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Description) : QString();
}

QStringList heardFrom(QObject *source)
{
    QStringList messages;
    for (const Heard &heard : std::as_const(announcements)) {
        if (heard.source == source)
            messages << heard.message;
    }
    return messages;
}

} // namespace

class TestAccessibleStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::installUpdateHandler(record);
    }

    void init()
    {
        announcements.clear();
        renamed.clear();
    }

    void characterCounter()
    {
        LineFieldEditor field;
        field.setLengthLimit(10);
        field.show();
        field.input()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        QTest::keyClicks(field.input(), u"Harbour"_s);
        QCOMPARE(nameOf(field.counter()), u"Character count: 7 of 10 characters"_s);
        QCOMPARE(descriptionOf(field.input()), u"7 of 10 characters"_s);
        QVERIFY(renamed.contains(field.counter()));
        QVERIFY(announcements.isEmpty()); // typing is not announced

        QTest::keyClicks(field.input(), u" bri"_s); // 11: over the limit, said once
        QTest::keyClicks(field.input(), u"dge"_s);
        // (The tests load no translation: English plurals read "character(s)".)
        QCOMPARE(heardFrom(field.input()), QStringList {u"1 character(s) over the limit"_s});
        QCOMPARE(descriptionOf(field.input()), u"4 character(s) over the limit"_s);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(field.input(), Qt::Key_Backspace);
        QCOMPARE(heardFrom(field.input()),
            QStringList({u"1 character(s) over the limit"_s, u"Within the limit."_s}));
    }

    void saveState()
    {
        QTemporaryDir dir;
        auto opened = SqliteArticleStore::open(
            dir.filePath(u"lib.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        std::unique_ptr<SqliteArticleStore> store = std::move(opened).value();
        const auto id = store->create(Testing::fullArticle(), {u"ann"_s, {}, true});
        QVERIFY(id);
        ArticleDocument document;
        document.reset(store->load(*id)->article);
        AutosaveController autosave(store.get(), &document);
        autosave.open(*id);
        SaveStateLabel label(&autosave);
        QVERIFY(nameOf(&label).startsWith(u"Save state: Saved"_s));

        // Saving as the writer types is not announced…
        document.setText(ArticleDocument::Field::Headline, u"A new headline"_s);
        QVERIFY(autosave.saveNow());
        QVERIFY(heardFrom(&label).isEmpty());

        // …a failed save is, and so is the next good one.
        autosave.open(987654); // no such article: the save fails
        document.setText(ArticleDocument::Field::Headline, u"Lost?"_s);
        QVERIFY(!autosave.saveNow());
        QCOMPARE(nameOf(&label), u"Save state: Unsaved"_s);
        QVERIFY(renamed.contains(&label));
        QCOMPARE(heardFrom(&label).size(), 1);
        QVERIFY2(heardFrom(&label).first().startsWith(u"Not saved: "_s),
            qPrintable(heardFrom(&label).first()));
        autosave.open(*id);
        document.setText(ArticleDocument::Field::Headline, u"Found"_s);
        QVERIFY(autosave.saveNow());
        QCOMPARE(heardFrom(&label).last(), u"Saved again."_s);
    }

    void checklist()
    {
        Article article = Testing::fullArticle();
        ArticleDocument document;
        document.reset(article);
        ChecklistPanel panel;
        panel.setDocument(&document);
        QLabel *summary = panel.findChild<QLabel *>();
        QVERIFY(summary);
        QCOMPARE(nameOf(summary), u"Checklist summary: "_s + summary->text());
        QCOMPARE(panel.requiredCount(), 0);

        // The headline emptied: submission is blocked, and the writer hears it once.
        document.setText(ArticleDocument::Field::Headline, QString());
        QTRY_VERIFY(panel.requiredCount() > 0);
        QCOMPARE(nameOf(summary), u"Checklist summary: "_s + summary->text());
        QCOMPARE(heardFrom(&panel).size(), 1);
        QVERIFY2(heardFrom(&panel).first().contains(u"cannot be submitted"_s),
            qPrintable(heardFrom(&panel).first()));
        document.setText(ArticleDocument::Field::Dek, u"Still no headline"_s);
        QTest::qWait(600);
        QCOMPARE(heardFrom(&panel).size(), 1); // no news, no words
        document.setText(ArticleDocument::Field::Headline, u"Back"_s);
        QTRY_COMPARE(panel.requiredCount(), 0);
        QCOMPARE(heardFrom(&panel).size(), 2);

        // Opening another article is no change to announce.
        Article broken = article;
        broken.headline.clear();
        document.reset(broken);
        QTRY_VERIFY(panel.requiredCount() > 0);
        QCOMPARE(heardFrom(&panel).size(), 2);
    }

    void banner()
    {
        NoticeBanner banner(u"Review notice"_s);
        banner.showNotice(u"The approved text changed."_s, true);
        QCOMPARE(nameOf(&banner), u"Review notice"_s);
        QCOMPARE(descriptionOf(&banner), u"The approved text changed."_s);
        QCOMPARE(heardFrom(&banner), QStringList {u"The approved text changed."_s});
        banner.showAction(u"Bob saved too."_s, u"Compare and Merge…"_s);
        QCOMPARE(heardFrom(&banner).last(), u"Bob saved too. Compare and Merge…"_s);
    }
};

QTEST_MAIN(TestAccessibleStatus)
#include "tst_accessiblestatus.moc"
