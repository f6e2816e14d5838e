// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "reviewcomment.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QVBoxLayout;

namespace Copydesk {

class Review;
class Workflow;

/// The review panel beside the editor: the article's comment threads (replies, resolve and
/// reopen, resolved threads hidden until "Show resolved"), a box to comment on the editor's
/// current field or selection, and the changes since the last review, field by field.
///
/// The panel holds no rules: it asks the library's Review and Workflow and shows what it refuses
/// (and emits errorOccurred()). It reads the library on setWorkflow(), setArticle() and refresh()
/// only; changes made elsewhere (the command line, another window) appear on the next refresh().
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    /// The library's review comments and workflow (for the revision the last review saw). Not
    /// owned; they must outlive the panel (or be replaced first). A nullptr `review` means the
    /// library has no workflow, and the panel says so instead of showing comments.
    /// `currentUser` writes the comments, replies and resolutions.
    void setWorkflow(Review *review, Workflow *workflow, const QString &currentUser);
    /// The article under review: its library id (0 for none) and its current content, used to
    /// describe where comments point. A new id refreshes the panel; the same id (the editor's
    /// changes while typing) only describes the anchors anew and reads nothing from the
    /// library, so call refresh() after a save to update the changes since the last review.
    void setArticle(qint64 articleId, const Article &article);
    /// Where a new comment will point: the editor's focused field or selection. Shown above the
    /// comment box; an empty path means nothing to comment on (the Comment button is disabled).
    void setCurrentAnchor(const CommentAnchor &anchor);
    /// Reloads the comments and the changes since the last review from the workflow.
    void refresh();

    /// What the "Changes since last review" tab shows, as plain text (tests, accessibility).
    QString changesText() const;
    /// The message of the last refused operation; empty when the last one succeeded.
    QString errorText() const;

    /// Where `anchor` points in `article`, for people: "Headline", "Background › body:
    /// “quoted range…”", "Key Facts › item 2: “…”". A part that is no longer in the article
    /// is "A removed part".
    static QString describeAnchor(const CommentAnchor &anchor, const Article &article);

Q_SIGNALS:
    /// A thread was clicked: the window shows where it points.
    void anchorActivated(const CommentAnchor &anchor);
    /// A comment, reply, resolution or reopening was stored.
    void commentsChanged();
    /// The workflow refused an operation; `message` says why.
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addComment();
    void reply(qint64 threadId, const QString &text);
    void setResolved(qint64 threadId, bool resolved);
    void refreshComments();
    void showThreads();
    void refreshChanges();
    void updateCommentControls();
    /// Shows the error of a refused operation (and emits errorOccurred); true when `ok`.
    bool report(bool ok, const QString &message);

    Review *m_review = nullptr;
    Workflow *m_workflow = nullptr;
    QString m_user;
    qint64 m_articleId = 0;
    Article m_article;
    CommentAnchor m_anchor;
    QList<ReviewComment> m_comments;

    QStackedWidget *m_pages;
    QLabel *m_noWorkflow;
    QTabWidget *m_tabs;
    QCheckBox *m_showResolved;
    QWidget *m_threads;
    QVBoxLayout *m_threadLayout;
    QLabel *m_emptyLabel;
    QLabel *m_error;
    QLabel *m_anchorLabel;
    QPlainTextEdit *m_commentBox;
    QPushButton *m_commentButton;
    QLabel *m_reviewedLabel;
    QTextBrowser *m_changes;
};

} // namespace Copydesk
