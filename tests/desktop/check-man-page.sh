#!/bin/sh
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# check-man-page.sh COPYDESK PAGE: man(1) formats PAGE without a warning, and it documents every
# command that `COPYDESK --help` lists.
set -eu
copydesk=$1 page=$2
warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
    printf 'man --warnings on %s:\n%s\n' "$page" "$warnings"
    exit 1
fi
missing=0
for command in $(LC_ALL=C.UTF-8 "$copydesk" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p'); do
    grep -qx ".SS $command" "$page" ||
        { echo "the man page lacks the command $command"; missing=1; }
done
exit $missing
