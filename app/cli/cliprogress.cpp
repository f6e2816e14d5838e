// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cliprogress.h"

#include "clicontext.h"

#include <QLocale>
#include <QTextStream>

namespace Copydesk {

CliProgress::CliProgress(QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_err(err)
{
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, &CliProgress::show);
}

void CliProgress::begin(const QString &what)
{
    m_what = what;
    m_last = {};
    m_shown = {};
    m_any = false;
    m_clock.start();
    m_quiet.start(PdfProgress::QuietMs);
}

void CliProgress::update(const PdfProgress &progress)
{
    m_last = progress;
    if (progress.stage == PdfProgress::Stage::Done) {
        m_quiet.stop();
        if (m_any)
            show();
        return;
    }
    if (m_clock.elapsed() >= PdfProgress::QuietMs
        && (!m_any || progress.stage != m_shown.stage || progress.percent >= m_shown.percent + 10))
        show();
}

void CliProgress::show()
{
    m_any = true;
    m_shown = m_last;
    m_err << "copydesk: "
          << CliContext::tr("%1: %2 (%3 %, %4 s)")
                 .arg(m_what, m_last.text(), QLocale().toString(m_last.percent),
                     QLocale().toString(qRound(m_clock.elapsed() / 1000.0)))
          << '\n';
    m_err.flush();
}

} // namespace Copydesk
