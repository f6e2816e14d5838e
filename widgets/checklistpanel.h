// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "checklist.h"
#include "checklistconfig.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;

namespace Copydesk {

class ArticleDocument;

/// The live checklist beside the editor: a summary line ("2 required, 1 recommended" or
/// "Ready: no findings") over the list of findings, each with a required or recommended icon
/// and the finding's message. Activating a finding (click, Enter) emits findingActivated() with
/// its path, for ArticleEditor::focusPath().
///
/// The panel holds no rules: it runs Checklist::run() on the document's article, on the GUI
/// thread (a 20,000-word article takes well under 5 ms), at once when the document or config
/// is set and 100 ms after the last of a burst of document changes.
class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(QWidget *parent = nullptr);
    ~ChecklistPanel() override;

    /// The document to check; not owned. nullptr (or the document's destruction) clears the
    /// panel.
    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }
    /// The publication's rule levels and limits; the house default until set.
    void setConfig(const ChecklistConfig &config);
    const ChecklistConfig &config() const { return m_config; }

    /// The findings shown, in Checklist::run() order; empty without a document.
    QList<ChecklistFinding> findings() const { return m_findings; }
    /// The number of Required findings shown; they block submitting and approving.
    int requiredCount() const;

    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *findingList() const { return m_list; }

Q_SIGNALS:
    /// The writer activated a finding; `path` is in CommentAnchor syntax.
    void findingActivated(const QString &path);
    /// The findings differ from the previous run (also when they go from some to none).
    void findingsChanged(int required, int recommended);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recheck();
    void showFindings(const QList<ChecklistFinding> &findings);
    void activate(int row);

    QPointer<ArticleDocument> m_document;
    ChecklistConfig m_config;
    QList<ChecklistFinding> m_findings;
    /// The next check follows a new document, not an edit: it announces nothing.
    bool m_quiet = true;
    QTimer m_delay;
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace Copydesk
