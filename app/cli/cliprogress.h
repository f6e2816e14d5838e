// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "pdfprogress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTextStream;

namespace Copydesk {

/// A PDF export's progress (PdfExporter::progress()) on standard error, for a person: nothing
/// for an export that ends within PdfProgress::QuietMs; after that a line when the stage changes or
/// the export has come another tenth of the way, and one when it is done:
///
///     copydesk: article 12: Printing the pages… (30 %, 2 s)
///     copydesk: article 12: Done: 3,118 page(s). (100 %, 41 s)
///
/// The first line waits for a timer, so the local event loop PdfExporter runs must be the
/// thread's (it is).
class CliProgress : public QObject
{
    Q_OBJECT
public:
    explicit CliProgress(QTextStream &err, QObject *parent = nullptr);

    /// A new export of `what` ("article 12") starts now.
    void begin(const QString &what);
    void update(const Copydesk::PdfProgress &progress);

private:
    void show();

    QTextStream &m_err;
    QString m_what;
    QElapsedTimer m_clock;
    QTimer m_quiet;
    PdfProgress m_last;
    PdfProgress m_shown;
    bool m_any = false;
};

} // namespace Copydesk
