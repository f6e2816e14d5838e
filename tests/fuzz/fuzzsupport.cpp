// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <cstdio>
#include <cstdlib>

namespace CopydeskFuzz {

void initialize(int *argc, char ***argv)
{
    static QCoreApplication *app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv);
}

void fail(const char *target, const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", target, qPrintable(what));
    std::abort();
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace CopydeskFuzz

// Every target needs the same set-up; libFuzzer calls this once before the first input.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    CopydeskFuzz::initialize(argc, argv);
    return 0;
}
