// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "qpdfoutput.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

namespace Copydesk {

QByteArray qpdfOutput(QPDF &document)
{
    QPDFWriter writer(document);
    writer.setOutputMemory();
    writer.setCompressStreams(true);
    writer.write();
    const std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
    return QByteArray(
        reinterpret_cast<const char *>(written->getBuffer()), qsizetype(written->getSize()));
}

} // namespace Copydesk
