#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

"""Fails when a C++ string literal that holds non-ASCII text is read as Latin-1.

QLatin1String("—"), QLatin1StringView("•") and "…"_L1 take the UTF-8 bytes of the source file
one by one as Latin-1 characters, so readers see mojibake ("â\u0080\u0094"). Such text belongs
in QStringLiteral, u"…"_s or tr(). Usage: check-latin1-literals.py FOLDER...
Prints FILE:LINE: TEXT for each offending literal and exits 1 when there is any.
"""
import pathlib
import re
import sys

LITERAL = r'"(?:[^"\\\n]|\\.)*"'
# A literal opened by a Latin-1 wrapper (QLatin1Char too: '—' would not even compile as one
# char), or followed by the _L1 suffix.
WRAPPED = re.compile(r'\bQLatin1(?:String|StringView|Char)\s*\(\s*(' + LITERAL + r"|'(?:[^'\\\n]|\\.)*')")
SUFFIXED = re.compile(r'(' + LITERAL + r')_L1\b')


def offending(source):
    for pattern in (WRAPPED, SUFFIXED):
        for match in pattern.finditer(source):
            if any(ord(c) > 0x7F for c in match.group(1)):
                yield source.count('\n', 0, match.start()) + 1, match.group(0)


def main(folders):
    # The check must see what it is for, or it proves nothing.
    assert len(list(offending('a(QLatin1String("\u2014 x"));\nb("\u2022"_L1);'))) == 2
    assert not list(offending('QStringLiteral("\u2014"); QLatin1String("ok"); "\u00e9"_s;'))
    found = 0
    for folder in folders:
        for path in sorted(pathlib.Path(folder).rglob('*')):
            if path.suffix not in ('.cpp', '.h') or not path.is_file():
                continue
            for line, text in offending(path.read_text(encoding='utf-8')):
                print(f'{path}:{line}: {text}')
                found += 1
    if found:
        print(f'{found} non-ASCII literal(s) read as Latin-1; use QStringLiteral or u""_s')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
