// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "revisionhistorydialog.h"

#include "articlediff.h"
#include "dateformat.h"
#include "workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

QString markedText(const QString &before, const QString &after)
{
    QString html;
    for (const DiffSpan &span : diffWords(before, after)) {
        const QString text = span.text.toHtmlEscaped();
        switch (span.kind) {
        case DiffSpan::Kind::Equal:
            html += text;
            break;
        case DiffSpan::Kind::Deleted:
            html += QStringLiteral("<span style=\"background:#f8d0d0;color:#5c0000;"
                                   "text-decoration:line-through\">%1</span>")
                        .arg(text);
            break;
        case DiffSpan::Kind::Inserted:
            html += QStringLiteral("<span style=\"background:#c8ecc8;color:#003000\">%1</span>")
                        .arg(text);
            break;
        }
    }
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

RevisionHistoryDialog::RevisionHistoryDialog(
    ArticleStore *store, qint64 articleId, const QString &author, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_id(articleId)
    , m_author(author)
    , m_tabs(new QTabWidget(this))
    , m_list(new QTreeWidget(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_diff(new QTextBrowser(this))
    , m_audit(new QTreeWidget(this))
{
    setWindowTitle(tr("Revision History"));
    m_list->setHeaderLabels({tr("Revision"), tr("Saved"), tr("Author"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_from->setAccessibleName(tr("Compare from revision"));
    m_to->setAccessibleName(tr("Compare to revision"));
    m_diff->setAccessibleName(tr("Differences"));
    m_list->setObjectName(QStringLiteral("revisions"));
    m_audit->setObjectName(QStringLiteral("auditLog"));
    m_audit->setHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("Status"), tr("Note"), tr("Revision")});
    m_audit->setRootIsDecorated(false);
    m_audit->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_audit->setAccessibleName(tr("Workflow log"));
    m_audit->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *pick = new QFormLayout;
    pick->addRow(tr("&From:"), m_from);
    pick->addRow(tr("&To:"), m_to);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(pick);
    rightLayout->addWidget(m_diff, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setSizes({360, 560});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *restore
        = buttons->addButton(tr("&Restore Selected"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    m_tabs->addTab(splitter, tr("Re&visions"));
    m_tabs->addTab(m_audit, tr("&Workflow log"));
    m_tabs->setTabVisible(1, false);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(980, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this, &RevisionHistoryDialog::restoreSelected);
    connect(m_from, &QComboBox::currentIndexChanged, this, &RevisionHistoryDialog::showDifferences);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RevisionHistoryDialog::showDifferences);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        // Selecting a revision compares it with the one before it.
        const int number = item->data(0, Qt::UserRole).toInt();
        const int index = m_to->findData(number);
        compare(index + 1 < m_from->count() ? m_from->itemData(index + 1).toInt() : number, number);
    });
    load();
}

void RevisionHistoryDialog::load()
{
    const auto revisions = m_store->revisions(m_id);
    m_list->clear();
    m_from->clear();
    m_to->clear();
    if (!revisions) {
        m_diff->setPlainText(revisions.error().message);
        return;
    }
    for (const RevisionInfo &revision : *revisions) {
        const QString time = DateFormat::toString(revision.created.toLocalTime());
        auto *item = new QTreeWidgetItem(
            m_list, {QString::number(revision.number), time, revision.author, revision.note});
        item->setData(0, Qt::UserRole, revision.number);
        const QString label = tr("%1 — %2, %3").arg(revision.number).arg(time, revision.author);
        m_from->addItem(label, revision.number);
        m_to->addItem(label, revision.number);
    }
    if (!revisions->isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void RevisionHistoryDialog::setWorkflow(Workflow *workflow)
{
    m_workflow = workflow;
    m_tabs->setTabVisible(1, workflow != nullptr);
    loadAudit();
}

void RevisionHistoryDialog::loadAudit()
{
    m_audit->clear();
    if (!m_workflow)
        return;
    const auto entries = m_workflow->audit(m_id);
    if (!entries) {
        new QTreeWidgetItem(m_audit, {QString(), QString(), entries.error().message});
        return;
    }
    for (const AuditEntry &entry : *entries) {
        bool known = false;
        const WorkflowAction action = actionFromName(entry.action, &known);
        const QString what = known                ? actionLabel(action)
            : entry.action == u"contentChanged"   ? tr("Text changed after approval")
            : entry.action == u"smallEdit"        ? tr("Small edit, approval kept")
            : entry.action == u"approvalRestored" ? tr("Approved text again, approval restored")
                                                  : entry.action;
        const QString status = entry.from == entry.to
            ? statusLabel(entry.to)
            : tr("%1 → %2").arg(statusLabel(entry.from), statusLabel(entry.to));
        // An entry copied in from another library (team push) says who brought it.
        QString who = entry.actor.isEmpty() ? tr("The library") : entry.actor;
        if (const QString imported = auditImportNote(entry); !imported.isEmpty())
            who = tr("%1 (%2)").arg(who, imported);
        new QTreeWidgetItem(m_audit,
            {DateFormat::toString(entry.time.toLocalTime()), who, what, status, entry.note,
                entry.revision > 0 ? QString::number(entry.revision) : QString()});
    }
}

void RevisionHistoryDialog::compare(int from, int to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    showDifferences();
}

void RevisionHistoryDialog::showDifferences()
{
    const auto from = m_store->revision(m_id, m_from->currentData().toInt());
    const auto to = m_store->revision(m_id, m_to->currentData().toInt());
    if (!from || !to) {
        m_diff->setPlainText(!from ? from.error().message : to.error().message);
        return;
    }
    m_diff->setHtml(changesToHtml(*from, *to));
}

QString RevisionHistoryDialog::differencesText() const
{
    return m_diff->toPlainText();
}

QString RevisionHistoryDialog::changesToHtml(const Article &from, const Article &to)
{
    return changesToHtml(diffArticles(from, to));
}

QString RevisionHistoryDialog::changesToHtml(const QList<FieldChange> &changes)
{
    if (changes.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("No differences.").toHtmlEscaped());
    QString html;
    for (const FieldChange &change : changes) {
        html += QStringLiteral("<h4>%1</h4>").arg(change.label.toHtmlEscaped());
        if (change.kind == FieldChange::Kind::Moved)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Moved from position %1 to %2")
                                .arg(change.before, change.after)
                                .toHtmlEscaped());
        else
            html += QStringLiteral("<p>%1</p>").arg(markedText(change.before, change.after));
    }
    return html;
}

void RevisionHistoryDialog::restoreSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int number = item->data(0, Qt::UserRole).toInt();
    if (QMessageBox::question(this, tr("Restore Revision"),
            tr("Make revision %1 the current text? The current text stays in the history.")
                .arg(number))
        != QMessageBox::Yes)
        return;
    const auto restored = m_store->restoreRevision(m_id, number, m_author);
    if (!restored) {
        QMessageBox::warning(this, tr("Restore Revision"), restored.error().message);
        return;
    }
    m_restored = *restored;
    accept();
}

} // namespace Copydesk
