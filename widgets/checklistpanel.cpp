// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "checklistpanel.h"

#include "accessiblestatus.h"
#include "articledocument.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

constexpr int pathRole = Qt::UserRole;
constexpr int ruleRole = Qt::UserRole + 1;

QIcon severityIcon(const QStyle *style, RuleLevel severity)
{
    return severity == RuleLevel::Required ? QIcon::fromTheme(QStringLiteral("dialog-error"),
                                                 style->standardIcon(QStyle::SP_MessageBoxCritical))
                                           : QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                                 style->standardIcon(QStyle::SP_MessageBoxWarning));
}

} // namespace

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_summary->setWordWrap(true);
    m_list->setAccessibleName(tr("Checklist findings"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    m_delay.setSingleShot(true);
    m_delay.setInterval(100);
    connect(&m_delay, &QTimer::timeout, this, &ChecklistPanel::recheck);
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { activate(m_list->row(item)); });
    recheck();
}

ChecklistPanel::~ChecklistPanel() = default;

void ChecklistPanel::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_quiet = true;
    if (m_document) {
        connect(m_document, &ArticleDocument::changed, this, [this] { m_delay.start(); });
        // Another article is no change to announce.
        connect(m_document, &ArticleDocument::documentReset, this, [this] { m_quiet = true; });
        connect(m_document, &QObject::destroyed, this, [this] { recheck(); });
    }
    recheck();
}

void ChecklistPanel::setConfig(const ChecklistConfig &config)
{
    m_config = config;
    recheck();
}

int ChecklistPanel::requiredCount() const
{
    return Checklist::requiredCount(m_findings);
}

void ChecklistPanel::recheck()
{
    m_delay.stop();
    const QList<ChecklistFinding> findings
        = m_document ? Checklist::run(m_document->article(), m_config) : QList<ChecklistFinding>();
    if (m_document) {
        const int required = Checklist::requiredCount(findings);
        const int recommended = int(findings.size()) - required;
        m_summary->setText(findings.isEmpty()
                ? tr("Ready: no findings")
                : tr("%1, %2").arg(tr("%n required", nullptr, required),
                      tr("%n recommended", nullptr, recommended)));
        const int before = Checklist::requiredCount(m_findings);
        if (!m_quiet && (before == 0) != (required == 0))
            AccessibleStatus::announce(this,
                required > 0
                    ? tr("Checklist: %n required finding(s); the article cannot be submitted.",
                          nullptr, required)
                    : tr("Checklist: nothing required is missing any more."));
    } else {
        m_summary->setText(tr("No article open"));
    }
    AccessibleStatus::setValue(m_summary, tr("Checklist summary"), m_summary->text());
    m_quiet = false;
    if (findings == m_findings && m_list->count() == findings.size())
        return;
    showFindings(findings);
    const int required = Checklist::requiredCount(findings);
    Q_EMIT findingsChanged(required, int(findings.size()) - required);
}

void ChecklistPanel::showFindings(const QList<ChecklistFinding> &findings)
{
    // The finding the writer had selected stays selected while it is still there.
    const QListWidgetItem *current = m_list->currentItem();
    const QString currentPath = current ? current->data(pathRole).toString() : QString();
    const QString currentRule = current ? current->data(ruleRole).toString() : QString();
    m_findings = findings;
    m_list->clear();
    for (const ChecklistFinding &finding : findings) {
        auto *item = new QListWidgetItem(severityIcon(style(), finding.severity), finding.message);
        const QString level
            = finding.severity == RuleLevel::Required ? tr("Required") : tr("Recommended");
        item->setData(pathRole, finding.path);
        item->setData(ruleRole, finding.ruleId);
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(level, finding.message));
        item->setToolTip(tr("%1: %2").arg(level, ChecklistConfig::description(finding.ruleId)));
        m_list->addItem(item);
        if (!currentPath.isEmpty() && finding.path == currentPath && finding.ruleId == currentRule)
            m_list->setCurrentItem(item);
    }
}

void ChecklistPanel::activate(int row)
{
    if (row >= 0 && row < m_findings.size())
        Q_EMIT findingActivated(m_findings.at(row).path);
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_list->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Copydesk
