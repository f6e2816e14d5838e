// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>
#include <QString>

namespace Copydesk {

/// The object preview.js talks to over QWebChannel: the page reports clicks on parts and
/// finished paints here. Lives on the GUI thread; calls arrive from the channel's transport.
class PreviewBridge : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS:
    void partClicked(const QString &partId) { Q_EMIT clicked(partId); }
    void painted(double sequence) { Q_EMIT frame(quint64(sequence)); }

Q_SIGNALS:
    void clicked(const QString &partId);
    void frame(quint64 sequence);
};

} // namespace Copydesk
