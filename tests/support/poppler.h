// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace Copydesk::Testing {

/// The standard output of a poppler tool (pdftotext, pdfinfo, pdffonts) run with `arguments`;
/// empty when it cannot run, fails or takes longer than a minute.
QString poppler(const QString &tool, const QStringList &arguments);

} // namespace Copydesk::Testing
