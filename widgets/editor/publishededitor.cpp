// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "publishededitor.h"

#include "dateformat.h"
#include "focusnavigation.h"
#include "typeddateinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QTimeZone>

namespace Copydesk {

PublishedEditor::PublishedEditor(QWidget *parent)
    : QWidget(parent)
    , m_set(new QCheckBox(tr("Set"), this))
    , m_edit(new TypedDateInput<QDateTimeEdit>(this))
    , m_zone(new QComboBox(this))
{
    // The zone under the date, with a label of its own: one line would be too wide for a
    // laptop's editor pane in German, and the label lets a screen reader name the box for its
    // purpose (on Linux, Qt names a combo box by its current text and leaves the purpose to the
    // label relation).
    auto *zoneLabel = new QLabel(tr("Time zone:"), this);
    zoneLabel->setBuddy(m_zone);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set, 0, 0);
    layout->addWidget(m_edit, 0, 1);
    layout->addWidget(zoneLabel, 1, 0);
    layout->addWidget(m_zone, 1, 1);
    layout->setColumnStretch(1, 1);
    m_set->setAccessibleName(tr("Publication date set"));
    m_edit->setAccessibleName(tr("Publication date and time"));
    FocusNavigation::tabLeavesInOneStep(m_edit);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(DateFormat::dateTime());
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(false);
    m_zone->setMaxVisibleItems(20);
    // The longest zone names ("America/Argentina/ComodRivadavia") must not widen the editor.
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(13);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), id);
    setFocusProxy(m_set);

    connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        m_zone->setEnabled(on);
        emitEdited();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &PublishedEditor::emitEdited);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &PublishedEditor::emitEdited);
    setDateTime({});
}

QDateTime PublishedEditor::dateTime() const
{
    if (!m_set->isChecked())
        return {};
    const QTimeZone zone(m_zone->currentData().toByteArray());
    const QDateTime local = m_edit->dateTime();
    return QDateTime(
        local.date(), local.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone());
}

void PublishedEditor::setDateTime(const QDateTime &dateTime)
{
    m_updating = true;
    m_set->setChecked(dateTime.isValid());
    m_edit->setEnabled(dateTime.isValid());
    m_zone->setEnabled(dateTime.isValid());
    if (dateTime.isValid()) {
        m_edit->setDateTime(QDateTime(dateTime.date(), dateTime.time()));
        selectZone(dateTime.timeZone());
    } else {
        m_edit->setDateTime(QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0)));
        selectZone(QTimeZone::systemTimeZone());
    }
    m_updating = false;
}

void PublishedEditor::selectZone(const QTimeZone &zone)
{
    QByteArray id = zone.id();
    if (id.isEmpty() || !zone.isValid())
        id = QTimeZone::systemTimeZoneId();
    int index = m_zone->findData(id);
    if (index < 0) {
        // Fixed offsets ("UTC+05:45") and zones missing from the list are still shown.
        m_zone->addItem(QString::fromUtf8(id), id);
        index = m_zone->count() - 1;
    }
    m_zone->setCurrentIndex(index);
}

void PublishedEditor::emitEdited()
{
    if (!m_updating)
        Q_EMIT dateTimeEdited(dateTime());
}

} // namespace Copydesk
