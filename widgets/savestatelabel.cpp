// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "savestatelabel.h"

#include "accessiblestatus.h"
#include "autosavecontroller.h"

#include <QLocale>

namespace Copydesk {

SaveStateLabel::SaveStateLabel(AutosaveController *autosave, QWidget *parent)
    : QLabel(parent)
    , m_autosave(autosave)
{
    setMinimumWidth(
        fontMetrics().horizontalAdvance(tr("Saved %1").arg(QStringLiteral("00:00 AM"))));
    connect(m_autosave, &AutosaveController::stateChanged, this, &SaveStateLabel::refresh);
    refresh();
}

void SaveStateLabel::refresh()
{
    using State = AutosaveController::State;
    setToolTip({});
    switch (m_autosave->state()) {
    case State::Saved: {
        const QDateTime saved = m_autosave->lastSaved();
        setText(saved.isValid()
                ? tr("Saved %1").arg(QLocale().toString(saved.time(), QLocale::ShortFormat))
                : tr("Saved"));
        break;
    }
    case State::Pending:
        setText(tr("Saving…"));
        break;
    case State::Failed:
        setText(tr("Unsaved"));
        setToolTip(m_autosave->lastError());
        break;
    case State::ReadOnly:
        setText(tr("Read-only"));
        setToolTip(tr("Someone else has this article open; your changes are not saved."));
        break;
    case State::Conflict:
        setText(tr("Not saved: changed elsewhere"));
        setToolTip(tr("Someone else saved this article while you were editing. Your text is "
                      "kept here until you choose what to keep."));
        break;
    }
    AccessibleStatus::setValue(this, tr("Save state"), text());
    if (std::exchange(m_shown, int(m_autosave->state())) != m_shown)
        AccessibleStatus::announce(this, announcement());
}

QString SaveStateLabel::announcement()
{
    using State = AutosaveController::State;
    switch (m_autosave->state()) {
    case State::Saved:
        return std::exchange(m_troubled, false) ? tr("Saved again.") : QString();
    case State::Failed:
        m_troubled = true;
        return tr("Not saved: %1").arg(m_autosave->lastError());
    case State::Conflict:
        m_troubled = true;
        return tr("Not saved: someone else changed this article.");
    case State::ReadOnly:
    case State::Pending:
        return {};
    }
    return {};
}

} // namespace Copydesk
