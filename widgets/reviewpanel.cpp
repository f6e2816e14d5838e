// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "reviewpanel.h"

#include "commentthreadwidget.h"
#include "review.h"
#include "revisionhistorydialog.h"
#include "workflow.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

constexpr int QuoteLength = 48;

QString fieldLabel(const QString &path)
{
    static const QStringList paths {QStringLiteral("headline"), QStringLiteral("dek"),
        QStringLiteral("dateline"), QStringLiteral("lede"), QStringLiteral("bylines"),
        QStringLiteral("published"), QStringLiteral("category"), QStringLiteral("tags"),
        QStringLiteral("hero"), QStringLiteral("hero.caption"), QStringLiteral("hero.altText"),
        QStringLiteral("hero.credit"), QStringLiteral("article")};
    switch (paths.indexOf(path)) {
    case 0:
        return ReviewPanel::tr("Headline");
    case 1:
        return ReviewPanel::tr("Dek");
    case 2:
        return ReviewPanel::tr("Dateline");
    case 3:
        return ReviewPanel::tr("Lede");
    case 4:
        return ReviewPanel::tr("Bylines");
    case 5:
        return ReviewPanel::tr("Publication time");
    case 6:
        return ReviewPanel::tr("Category");
    case 7:
        return ReviewPanel::tr("Tags");
    case 8:
        return ReviewPanel::tr("Hero image");
    case 9:
        return ReviewPanel::tr("Hero caption");
    case 10:
        return ReviewPanel::tr("Hero alt text");
    case 11:
        return ReviewPanel::tr("Hero credit");
    case 12:
        return ReviewPanel::tr("The whole article");
    }
    return path;
}

QString partTitle(const ArticlePart &part)
{
    if (!part.heading.trimmed().isEmpty())
        return part.heading;
    return part.kind == ArticlePart::Kind::Section ? ReviewPanel::tr("Untitled section")
                                                   : ArticlePart::defaultHeading(part.kind);
}

QString memberLabel(const QString &member, int n)
{
    if (member == QLatin1String("heading"))
        return ReviewPanel::tr("heading");
    if (member == QLatin1String("body"))
        return ReviewPanel::tr("body");
    if (member == QLatin1String("items"))
        return ReviewPanel::tr("item %1").arg(n + 1);
    if (member == QLatin1String("quotes"))
        return ReviewPanel::tr("quote %1").arg(n + 1);
    if (member == QLatin1String("faq"))
        return ReviewPanel::tr("question %1").arg(n + 1);
    if (member == QLatin1String("references"))
        return ReviewPanel::tr("source %1").arg(n + 1);
    return member;
}

QString quoted(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > QuoteLength) {
        // Cut at a word boundary where there is one in the second half.
        line.truncate(QuoteLength);
        if (const qsizetype space = line.lastIndexOf(QLatin1Char(' ')); space > QuoteLength / 2)
            line.truncate(space);
        line += QStringLiteral("…");
    }
    return ReviewPanel::tr("“%1”").arg(line);
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_noWorkflow(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_showResolved(new QCheckBox(this))
    , m_threads(new QWidget(this))
    , m_threadLayout(new QVBoxLayout(m_threads))
    , m_emptyLabel(new QLabel(tr("No comments yet."), m_threads))
    , m_error(new QLabel(this))
    , m_anchorLabel(new QLabel(this))
    , m_commentBox(new QPlainTextEdit(this))
    , m_commentButton(new QPushButton(tr("&Comment"), this))
    , m_reviewedLabel(new QLabel(this))
    , m_changes(new QTextBrowser(this))
{
    m_noWorkflow->setText(tr("This library has no editorial workflow, so there are no review "
                             "comments. Add people to the library (copydesk people add NAME "
                             "ROLE) to start one."));
    m_noWorkflow->setWordWrap(true);
    m_noWorkflow->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_showResolved->setObjectName(QStringLiteral("showResolved"));
    m_threadLayout->addWidget(m_emptyLabel);
    m_threadLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // Threads wrap to the width.
    scroll->setWidget(m_threads);
    scroll->setAccessibleName(tr("Comment threads"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_anchorLabel->setObjectName(QStringLiteral("anchorLabel"));
    m_anchorLabel->setWordWrap(true);
    m_commentBox->setObjectName(QStringLiteral("commentBox"));
    m_commentBox->setAccessibleName(tr("New comment"));
    m_commentBox->setPlaceholderText(tr("Write a comment… (Ctrl+Return sends it)"));
    m_commentBox->setTabChangesFocus(true);
    m_commentBox->setMaximumHeight(m_commentBox->fontMetrics().lineSpacing() * 5);
    m_commentButton->setObjectName(QStringLiteral("commentButton"));

    auto *comments = new QWidget(this);
    auto *commentsLayout = new QVBoxLayout(comments);
    commentsLayout->addWidget(m_showResolved);
    commentsLayout->addWidget(scroll, 1);
    commentsLayout->addWidget(m_error);
    commentsLayout->addWidget(m_anchorLabel);
    commentsLayout->addWidget(m_commentBox);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_commentButton);
    commentsLayout->addLayout(buttonRow);

    m_reviewedLabel->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("changesView"));
    m_changes->setAccessibleName(tr("Changes since last review"));
    auto *changes = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->addWidget(m_reviewedLabel);
    changesLayout->addWidget(m_changes, 1);

    m_tabs->addTab(comments, tr("Co&mments"));
    m_tabs->addTab(changes, tr("Changes since &last review"));
    // In a narrow dock the tab titles shorten rather than scroll.
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setTabToolTip(1, tr("Changes since last review"));
    m_pages->addWidget(m_noWorkflow);
    m_pages->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_commentButton, &QPushButton::clicked, this, &ReviewPanel::addComment);
    m_commentBox->installEventFilter(this);
    connect(m_commentBox, &QPlainTextEdit::textChanged, this, &ReviewPanel::updateCommentControls);
    connect(m_showResolved, &QCheckBox::toggled, this, &ReviewPanel::showThreads);
    setCurrentAnchor({});
    refresh();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::setWorkflow(Review *review, Workflow *workflow, const QString &currentUser)
{
    m_review = review;
    m_workflow = review ? workflow : nullptr;
    m_user = currentUser;
    refresh();
}

void ReviewPanel::setArticle(qint64 articleId, const Article &article)
{
    const bool sameArticle = articleId == m_articleId;
    m_articleId = articleId;
    m_article = article;
    if (!sameArticle) {
        report(true, {});
        refresh();
        return;
    }
    setCurrentAnchor(m_anchor);
    for (CommentThreadWidget *thread : m_threads->findChildren<CommentThreadWidget *>())
        thread->setAnchorDescription(describeAnchor(thread->anchor(), m_article));
}

void ReviewPanel::setCurrentAnchor(const CommentAnchor &anchor)
{
    m_anchor = anchor;
    m_anchorLabel->setText(anchor.path.isEmpty()
            ? tr("Select a field or some text in the editor to comment on it.")
            : tr("Comment on: %1").arg(describeAnchor(anchor, m_article)));
    updateCommentControls();
}

void ReviewPanel::refresh()
{
    m_pages->setCurrentWidget(m_review ? static_cast<QWidget *>(m_tabs) : m_noWorkflow);
    setCurrentAnchor(m_anchor);
    refreshComments();
    refreshChanges();
}

QString ReviewPanel::changesText() const
{
    return m_changes->toPlainText();
}

QString ReviewPanel::errorText() const
{
    return m_error->text();
}

QString ReviewPanel::describeAnchor(const CommentAnchor &anchor, const Article &article)
{
    const QStringList segments = anchor.path.split(QLatin1Char('/'));
    QString description;
    if (segments.first() != QLatin1String("parts")) {
        description = fieldLabel(anchor.path);
    } else {
        const qsizetype index = article.partIndex(segments.value(1));
        if (index < 0)
            return tr("A removed part");
        description = partTitle(article.parts.at(index));
        if (segments.size() > 2)
            description
                += QStringLiteral(" › ") + memberLabel(segments.at(2), segments.value(3).toInt());
    }
    // Quote what the comment is about when it is a piece of a longer text or one entry.
    if ((anchor.hasRange() || segments.size() == 4) && anchor.validate(article).isEmpty()) {
        const QString text = anchor.text(article);
        if (!text.trimmed().isEmpty())
            description = tr("%1: %2").arg(description, quoted(text));
    }
    return description;
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_commentBox && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            addComment();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPanel::addComment()
{
    const QString text = m_commentBox->toPlainText().trimmed();
    if (!m_review || m_articleId == 0 || m_anchor.path.isEmpty() || text.isEmpty())
        return;
    const Result<qint64> added = m_review->addComment(m_articleId, m_anchor, text, m_user);
    if (!report(added.ok(), added ? QString() : added.error().message))
        return;
    m_commentBox->clear();
    refreshComments();
    Q_EMIT commentsChanged();
}

void ReviewPanel::reply(qint64 threadId, const QString &text)
{
    if (!m_review)
        return;
    const Result<qint64> added = m_review->reply(threadId, text, m_user);
    if (!report(added.ok(), added ? QString() : added.error().message))
        return;
    refreshComments();
    Q_EMIT commentsChanged();
}

void ReviewPanel::setResolved(qint64 threadId, bool resolved)
{
    if (!m_review)
        return;
    const Status done = m_review->setResolved(threadId, resolved, m_user);
    if (!report(done.ok(), done ? QString() : done.error().message))
        return;
    refreshComments();
    Q_EMIT commentsChanged();
}

bool ReviewPanel::report(bool ok, const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!ok);
    if (!ok)
        Q_EMIT errorOccurred(message);
    return ok;
}

void ReviewPanel::refreshComments()
{
    m_comments.clear();
    if (m_review && m_articleId != 0) {
        const auto loaded = m_review->comments(m_articleId);
        if (loaded)
            m_comments = *loaded;
        else
            report(false, loaded.error().message);
    }
    showThreads();
}

void ReviewPanel::showThreads()
{
    // Threads may be asking for this refresh from their own signal: never delete one now.
    for (CommentThreadWidget *old : m_threads->findChildren<CommentThreadWidget *>()) {
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    QList<QList<ReviewComment>> threads;
    for (const ReviewComment &comment : std::as_const(m_comments)) {
        if (comment.parentId == 0 || threads.isEmpty())
            threads.append({comment});
        else
            threads.last().append(comment);
    }
    int resolved = 0;
    int shown = 0;
    for (const QList<ReviewComment> &thread : std::as_const(threads)) {
        if (thread.first().resolved) {
            ++resolved;
            if (!m_showResolved->isChecked())
                continue;
        }
        auto *widget = new CommentThreadWidget(
            thread, describeAnchor(thread.first().anchor, m_article), m_threads);
        connect(widget, &CommentThreadWidget::anchorActivated, this, &ReviewPanel::anchorActivated);
        connect(widget, &CommentThreadWidget::replyRequested, this, &ReviewPanel::reply);
        connect(widget, &CommentThreadWidget::resolveRequested, this, &ReviewPanel::setResolved);
        m_threadLayout->insertWidget(shown++, widget);
    }
    m_showResolved->setText(tr("Show &resolved (%1)").arg(resolved));
    m_showResolved->setEnabled(resolved > 0 || m_showResolved->isChecked());
    m_emptyLabel->setVisible(shown == 0);
    m_emptyLabel->setText(resolved > 0 ? tr("No open comments.") : tr("No comments yet."));
    m_tabs->setTabText(0,
        threads.size() - resolved > 0 ? tr("Co&mments (%1)").arg(threads.size() - resolved)
                                      : tr("Co&mments"));
}

void ReviewPanel::refreshChanges()
{
    m_reviewedLabel->clear();
    if (!m_review || m_articleId == 0) {
        m_changes->clear();
        return;
    }
    const auto changes = m_review->changesSinceReview(m_articleId);
    if (!changes) {
        m_changes->setPlainText(changes.error().code == Error::Code::NotFound
                ? tr("Not reviewed yet.")
                : changes.error().message);
        return;
    }
    const auto state
        = m_workflow ? m_workflow->state(m_articleId) : Result<ArticleWorkflowState>(Error {});
    if (state && state->reviewedRevision > 0)
        m_reviewedLabel->setText(tr("Since revision %1, reviewed by %2.")
                .arg(state->reviewedRevision)
                .arg(state->reviewedBy));
    if (changes->isEmpty())
        m_changes->setPlainText(tr("No changes since the last review."));
    else
        m_changes->setHtml(RevisionHistoryDialog::changesToHtml(*changes));
}

void ReviewPanel::updateCommentControls()
{
    const bool canComment = m_review && m_articleId != 0 && !m_anchor.path.isEmpty();
    m_commentBox->setEnabled(canComment);
    m_commentButton->setEnabled(canComment && !m_commentBox->toPlainText().trimmed().isEmpty());
}

} // namespace Copydesk
