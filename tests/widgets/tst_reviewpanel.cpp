// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The review panel on a real library: comments typed into the panel land in the workflow with
// the anchor given, replies, resolve and reopen, anchors described with their quoted text, the
// changes since the last review, refusals shown, and comments never in the rendered page.
#include "articlefactory.h"
#include "articlerenderer.h"
#include "commentthreadwidget.h"
#include "reviewpanel.h"
#include "sqlitearticlestore.h"
#include "sqliteworkflow.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::CommentAnchor)

namespace {

const QString BackgroundId = u"b7e3a1d2-0c4f-4a8e-9d61-5f2e8c7b3a01"_s;
const QString KeyFactsId = u"d5a0f3b8-7e21-4c9d-8b3a-6f4e2d1c0b03"_s;

SaveOptions by(const QString &author)
{
    SaveOptions options;
    options.author = author;
    return options;
}

} // namespace

class tst_ReviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void noWorkflowExplains();
    void commentTypedIntoTheBox();
    void replyToThread();
    void resolveAndReopen();
    void describeAnchor_data();
    void describeAnchor();
    void rangeAnchorShowsQuotedText();
    void clickingThreadActivatesAnchor();
    void editsRedescribeAnchors();
    void refusalShowsError();
    void changesSinceLastReview();
    void commentsNeverRendered();

private:
    QList<CommentThreadWidget *> threads() const
    {
        return m_panel->findChildren<CommentThreadWidget *>();
    }
    template<typename T> T *child(const QString &name, QObject *parent = nullptr) const
    {
        T *found = (parent ? parent : m_panel.get())->findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }
    /// Types `text` into the panel's comment box and clicks Comment.
    void comment(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteArticleStore> m_store;
    std::unique_ptr<SqliteWorkflow> m_workflow;
    std::unique_ptr<ReviewPanel> m_panel;
    qint64 m_id = 0;
    Article m_article;
};

void tst_ReviewPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = SqliteArticleStore::open(
        m_dir->filePath(u"library.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
    auto workflow = SqliteWorkflow::open(*m_store);
    QVERIFY2(workflow, workflow ? "" : qPrintable(workflow.error().message));
    m_workflow = std::move(workflow).value();
    QVERIFY(m_workflow->addPerson({u"ada"_s, Role::Admin}, u"anyone"_s));
    QVERIFY(m_workflow->addPerson({u"ann"_s, Role::Reporter}, u"ada"_s));
    QVERIFY(m_workflow->addPerson({u"eve"_s, Role::Editor}, u"ada"_s));

    Article article = Testing::fullArticle();
    article.status = ArticleStatus::Draft;
    article.owner = u"ann"_s;
    const Result<qint64> id = m_store->create(article, by(u"ann"_s));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    m_id = *id;
    const auto submitted = m_workflow->apply(m_id, WorkflowAction::Submit, u"ann"_s);
    QVERIFY2(submitted, submitted ? "" : qPrintable(submitted.error().message));
    m_article = m_store->load(m_id)->article;

    m_panel = std::make_unique<ReviewPanel>();
    m_panel->resize(420, 640);
    m_panel->setWorkflow(m_workflow.get(), m_workflow.get(), u"eve"_s);
    m_panel->setArticle(m_id, m_article);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_ReviewPanel::cleanup()
{
    m_panel.reset();
    m_workflow.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_ReviewPanel::comment(const QString &text)
{
    auto *box = child<QPlainTextEdit>(u"commentBox"_s);
    QVERIFY(box && box->isEnabled());
    box->setFocus();
    QTest::keyClicks(box, text);
    auto *button = child<QPushButton>(u"commentButton"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_ReviewPanel::noWorkflowExplains()
{
    ReviewPanel panel;
    panel.setArticle(m_id, m_article);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.findChild<QTabWidget *>()->isVisible());
    bool explained = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        explained = explained || (label->isVisible() && label->text().contains(u"no editorial"_s));
    QVERIFY(explained);

    panel.setWorkflow(m_workflow.get(), m_workflow.get(), u"eve"_s);
    QVERIFY(panel.findChild<QTabWidget *>()->isVisible());
}

void tst_ReviewPanel::commentTypedIntoTheBox()
{
    QSignalSpy changed(m_panel.get(), &ReviewPanel::commentsChanged);
    auto *button = child<QPushButton>(u"commentButton"_s);
    QVERIFY(!button->isEnabled()); // no anchor yet
    m_panel->setCurrentAnchor({u"headline"_s, -1, -1});
    QCOMPARE(child<QLabel>(u"anchorLabel"_s)->text(), u"Comment on: Headline"_s);
    QVERIFY(!button->isEnabled()); // nothing typed

    comment(u"Can we get the barrier count in?"_s);
    const QList<ReviewComment> all = m_workflow->comments(m_id).value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().text, u"Can we get the barrier count in?"_s);
    QCOMPARE(all.first().author, u"eve"_s);
    QCOMPARE(all.first().anchor, (CommentAnchor {u"headline"_s, -1, -1}));
    QCOMPARE(changed.size(), 1);
    QVERIFY(child<QPlainTextEdit>(u"commentBox"_s)->toPlainText().isEmpty());
    QCOMPARE(threads().size(), 1);
    QCOMPARE(threads().first()->threadId(), all.first().id);

    // Ctrl+Return in the box comments too.
    auto *box = child<QPlainTextEdit>(u"commentBox"_s);
    QTest::keyClicks(box, u"And the dek."_s);
    QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_workflow->comments(m_id)->size(), 2);
    QCOMPARE(m_workflow->comments(m_id)->last().text, u"And the dek."_s);
    QCOMPARE(changed.size(), 2);
}

void tst_ReviewPanel::replyToThread()
{
    const auto first = m_workflow->addComment(
        m_id, {u"parts/%1/items/0"_s.arg(KeyFactsId), -1, -1}, u"Source?"_s, u"ann"_s);
    QVERIFY(first);
    m_panel->refresh();
    QCOMPARE(threads().size(), 1);

    auto *box = child<QLineEdit>(u"replyBox"_s, threads().first());
    auto *send = child<QPushButton>(u"replyButton"_s, threads().first());
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(box, u"The Senate department."_s);
    QTest::mouseClick(send, Qt::LeftButton);

    const QList<ReviewComment> all = m_workflow->comments(m_id).value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).parentId, *first);
    QCOMPARE(all.at(1).author, u"eve"_s);
    QCOMPARE(all.at(1).text, u"The Senate department."_s);
    QCOMPARE(threads().size(), 1);
    QStringList texts;
    for (const QLabel *label : threads().first()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(u"Source?"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY(texts.contains(u"The Senate department."_s));

    // Return in the reply box sends too.
    box = child<QLineEdit>(u"replyBox"_s, threads().first());
    QTest::keyClicks(box, u"Thanks"_s);
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_workflow->comments(m_id)->size(), 3);
}

void tst_ReviewPanel::resolveAndReopen()
{
    QVERIFY(m_workflow->addComment(m_id, {u"dek"_s, -1, -1}, u"Too long."_s, u"eve"_s));
    m_panel->refresh();
    auto *showResolved = child<QCheckBox>(u"showResolved"_s);
    QVERIFY(!showResolved->isChecked());

    QTest::mouseClick(child<QPushButton>(u"resolveButton"_s, threads().first()), Qt::LeftButton);
    QVERIFY(m_workflow->comments(m_id)->first().resolved);
    QCOMPARE(m_workflow->comments(m_id)->first().resolvedBy, u"eve"_s);
    QVERIFY(threads().isEmpty()); // hidden until asked for
    QCOMPARE(showResolved->text(), u"Show &resolved (1)"_s);

    showResolved->setChecked(true);
    QCOMPARE(threads().size(), 1);
    QVERIFY(threads().first()->isResolved());
    auto *reopen = child<QPushButton>(u"resolveButton"_s, threads().first());
    QCOMPARE(reopen->text(), u"Reopen"_s);
    QTest::mouseClick(reopen, Qt::LeftButton);
    QVERIFY(!m_workflow->comments(m_id)->first().resolved);
    QCOMPARE(threads().size(), 1);
    QVERIFY(!threads().first()->isResolved());
}

void tst_ReviewPanel::describeAnchor_data()
{
    QTest::addColumn<CommentAnchor>("anchor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("field") << CommentAnchor {u"headline"_s, -1, -1} << u"Headline"_s;
    QTest::newRow("hero caption") << CommentAnchor {u"hero.caption"_s, -1, -1} << u"Hero caption"_s;
    QTest::newRow("range in a field") << CommentAnchor {u"dek"_s, 4, 8} << u"Dek: “city”"_s;
    QTest::newRow("whole part") << CommentAnchor {u"parts/"_s + BackgroundId, -1, -1}
                                << u"Background"_s;
    QTest::newRow("range in a body") << CommentAnchor {u"parts/%1/body"_s.arg(BackgroundId), 0, 12}
                                     << u"Background › body: “Berlin spent”"_s;
    QTest::newRow("long range") << CommentAnchor {u"parts/%1/body"_s.arg(BackgroundId), 0, 120}
                                << u"Background › body: “Berlin spent **€48 million** on the "
                                   u"barrier…”"_s;
    QTest::newRow("default heading") << CommentAnchor {u"parts/%1/heading"_s.arg(KeyFactsId), -1,
        -1} << u"Key Facts › heading"_s;
    QTest::newRow("removed part") << CommentAnchor {u"parts/gone/body"_s, 0, 3}
                                  << u"A removed part"_s;
}

void tst_ReviewPanel::describeAnchor()
{
    QFETCH(CommentAnchor, anchor);
    QFETCH(QString, expected);
    QCOMPARE(ReviewPanel::describeAnchor(anchor, Testing::fullArticle()), expected);
}

void tst_ReviewPanel::rangeAnchorShowsQuotedText()
{
    const CommentAnchor anchor {u"parts/%1/body"_s.arg(BackgroundId), 0, 12};
    m_panel->setCurrentAnchor(anchor);
    QCOMPARE(child<QLabel>(u"anchorLabel"_s)->text(),
        u"Comment on: Background › body: “Berlin spent”"_s);
    comment(u"How much exactly?"_s);
    QCOMPARE(m_workflow->comments(m_id)->first().anchor, anchor);
    QCOMPARE(threads().size(), 1);
    QCOMPARE(child<QPushButton>(u"anchorButton"_s, threads().first())->text(),
        u"Background › body: “Berlin spent”"_s);

    // A key fact is quoted whole.
    const CommentAnchor item {u"parts/%1/items/0"_s.arg(KeyFactsId), -1, -1};
    const QString fact = m_article.parts.at(m_article.partIndex(KeyFactsId)).items.first();
    QVERIFY(ReviewPanel::describeAnchor(item, m_article)
            .startsWith(u"Key Facts › item 1: “"_s + fact.left(20)));
}

void tst_ReviewPanel::clickingThreadActivatesAnchor()
{
    const CommentAnchor anchor {u"parts/%1/body"_s.arg(BackgroundId), 13, 30};
    QVERIFY(m_workflow->addComment(m_id, anchor, u"Check figure"_s, u"eve"_s));
    m_panel->refresh();
    QSignalSpy activated(m_panel.get(), &ReviewPanel::anchorActivated);
    QTest::mouseClick(child<QPushButton>(u"anchorButton"_s, threads().first()), Qt::LeftButton);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<CommentAnchor>(), anchor);

    // Anywhere on the thread's frame, outside its buttons and boxes.
    CommentThreadWidget *thread = threads().first();
    QTest::mouseClick(thread, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().value<CommentAnchor>(), anchor);
}

void tst_ReviewPanel::editsRedescribeAnchors()
{
    const CommentAnchor anchor {u"parts/%1/body"_s.arg(BackgroundId), 0, 12};
    QVERIFY(m_workflow->addComment(m_id, anchor, u"Figure?"_s, u"eve"_s));
    m_panel->refresh();
    m_panel->setCurrentAnchor({u"parts/"_s + BackgroundId, -1, -1});
    CommentThreadWidget *thread = threads().first();
    QTest::keyClicks(child<QLineEdit>(u"replyBox"_s, thread), u"Half a reply"_s);

    // The editor renames the section: the same threads say so, the typed reply stays.
    Article edited = m_article;
    edited.parts[edited.partIndex(BackgroundId)].heading = u"How it started"_s;
    m_panel->setArticle(m_id, edited);
    QCOMPARE(threads(), QList<CommentThreadWidget *> {thread});
    QCOMPARE(child<QPushButton>(u"anchorButton"_s, thread)->text(),
        u"How it started › body: “Berlin spent”"_s);
    QCOMPARE(child<QLineEdit>(u"replyBox"_s, thread)->text(), u"Half a reply"_s);
    QCOMPARE(child<QLabel>(u"anchorLabel"_s)->text(), u"Comment on: How it started"_s);
}

void tst_ReviewPanel::refusalShowsError()
{
    m_panel->setWorkflow(m_workflow.get(), m_workflow.get(), u"stranger"_s);
    m_panel->setCurrentAnchor({u"lede"_s, -1, -1});
    QSignalSpy errors(m_panel.get(), &ReviewPanel::errorOccurred);
    QSignalSpy changed(m_panel.get(), &ReviewPanel::commentsChanged);
    comment(u"Who am I?"_s);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QCOMPARE(m_panel->errorText(), errors.first().first().toString());
    QVERIFY(child<QLabel>(u"errorLabel"_s)->isVisible());
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_workflow->comments(m_id)->isEmpty());
    // The text stays for another try.
    QCOMPARE(child<QPlainTextEdit>(u"commentBox"_s)->toPlainText(), u"Who am I?"_s);

    m_panel->setWorkflow(m_workflow.get(), m_workflow.get(), u"eve"_s);
    QTest::mouseClick(child<QPushButton>(u"commentButton"_s), Qt::LeftButton);
    QCOMPARE(m_workflow->comments(m_id)->size(), 1);
    QVERIFY(m_panel->errorText().isEmpty());
    QVERIFY(!child<QLabel>(u"errorLabel"_s)->isVisible());
}

void tst_ReviewPanel::changesSinceLastReview()
{
    QCOMPARE(m_panel->changesText(), u"Not reviewed yet."_s);

    QVERIFY(m_workflow->apply(
        m_id, WorkflowAction::RequestChanges, u"eve"_s, u"Sharper headline, please"_s));
    m_panel->refresh();
    QCOMPARE(m_panel->changesText(), u"No changes since the last review."_s);

    Article changed = m_store->load(m_id)->article;
    changed.headline = u"Spree flood walls hold in record Berlin rain"_s;
    const auto saved = m_workflow->save(m_id, changed, by(u"ann"_s));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    m_panel->setArticle(m_id, changed);
    m_panel->refresh();
    const QString text = m_panel->changesText();
    QVERIFY2(text.startsWith(u"Headline\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"walls"_s), qPrintable(text));
    QVERIFY2(text.contains(u"barriers"_s), qPrintable(text)); // the deleted word, marked
    QVERIFY(!text.contains(u"Background"_s)); // nothing else changed
}

void tst_ReviewPanel::commentsNeverRendered()
{
    m_panel->setCurrentAnchor({u"parts/%1/body"_s.arg(BackgroundId), 0, 12});
    comment(u"Internal: confirm figure with zqxjv desk"_s);
    QCOMPARE(m_workflow->comments(m_id)->size(), 1);

    const Article stored = m_store->load(m_id)->article;
    const auto page = ArticleRenderer::render(stored, m_store->publicationProfile().value());
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QVERIFY(page->contains("Spree flood barriers hold"));
    QVERIFY(!page->contains("zqxjv"));
    QVERIFY(!page->contains("confirm figure"));
}

QTEST_MAIN(tst_ReviewPanel)
#include "tst_reviewpanel.moc"
