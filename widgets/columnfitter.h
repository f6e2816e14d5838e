// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTreeView;

namespace Copydesk {

/// Keeps a QTreeView's columns inside its viewport, so that it never scrolls sideways.
///
/// One column stretches (the headline); every other column gets the width its content needs
/// (header text with the sort arrow, and the widest cell among the loaded rows), capped at a
/// maximum. When the stretching column would fall below its minimum, the optional columns are
/// hidden in the given order, and shown again as the view widens: a narrow panel becomes a
/// list of headlines with their status. Runs on every resize of the viewport and whenever the
/// model's rows change.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    ColumnFitter(QTreeView *view, int stretchColumn, int minimumStretchWidth);

    /// `column` is at most `maximumWidth` wide; optional columns are hidden, first first, when
    /// the view is too narrow for them all.
    void setMaximumWidth(int column, int maximumWidth);
    void setOptionalColumns(const QList<int> &hideFirst);

    /// The width `column` would have if there were room.
    int naturalWidth(int column) const;
    /// Lays the columns out now (it also happens by itself on resizes and model changes).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleFit();

    QTreeView *m_view;
    int m_stretchColumn;
    int m_minimumStretchWidth;
    QList<int> m_optional;
    QHash<int, int> m_maximumWidths;
    bool m_scheduled = false;
};

} // namespace Copydesk
