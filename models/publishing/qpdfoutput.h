// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>

class QPDF;

namespace Copydesk {

/// The bytes of `document` as qpdf writes them (streams compressed): how the PDF steps that
/// change a PDF with qpdf (page numbers, pages chosen for printing) finish. May throw what
/// QPDFWriter throws.
QByteArray qpdfOutput(QPDF &document);

} // namespace Copydesk
