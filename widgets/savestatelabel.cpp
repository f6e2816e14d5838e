#include "savestatelabel.h"

#include "autosavecontroller.h"

#include <QLocale>

namespace Copydesk {

SaveStateLabel::SaveStateLabel(AutosaveController *autosave, QWidget *parent)
    : QLabel(parent)
    , m_autosave(autosave)
{
    setAccessibleName(tr("Save state"));
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
}

} // namespace Copydesk
