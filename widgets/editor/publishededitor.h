// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;

namespace Copydesk {

/// The publication date-time with its time zone, or "unset" (an invalid QDateTime) while a
/// draft has no date.
class PublishedEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PublishedEditor(QWidget *parent = nullptr);

    /// Invalid when unset.
    QDateTime dateTime() const;
    /// Shows `dateTime` (invalid: unset) without emitting dateTimeEdited().
    void setDateTime(const QDateTime &dateTime);

    QCheckBox *setBox() const { return m_set; }
    QDateTimeEdit *dateTimeEdit() const { return m_edit; }
    QComboBox *zoneBox() const { return m_zone; }

Q_SIGNALS:
    void dateTimeEdited(const QDateTime &dateTime);

private:
    void selectZone(const QTimeZone &zone);
    void emitEdited();

    QCheckBox *m_set;
    QDateTimeEdit *m_edit;
    QComboBox *m_zone;
    bool m_updating = false;
};

} // namespace Copydesk
