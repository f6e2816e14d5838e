#!/bin/sh
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# `./dev __mirror APT_DIR` against sample apt sources: the first Debian archive (not security,
# not a third-party repository, not deb-src, not a disabled stanza) in apt's file order;
# COPYDESK_MIRROR overrides; without either it fails telling the user to set COPYDESK_MIRROR.
# Usage: check-dev-mirror.sh SOURCE_DIR
set -u
dev=$1/dev
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# expect NAME EXPECTED: runs ./dev __mirror on $work/NAME and compares its output.
expect() {
    got=$(env -u COPYDESK_MIRROR "$dev" __mirror "$work/$1" 2>/dev/null)
    if [ "$got" = "$2" ]; then
        echo "PASS $1"
    else
        echo "FAIL $1: expected '$2', got '$got'"
        failures=$((failures + 1))
    fi
}

sample() { mkdir -p "$work/$1/sources.list.d"; }

# A classic sources.list: security first, deb-src and an option block before the archive.
sample one-line
cat >"$work/one-line/sources.list" <<'X'
# deb http://commented.example/debian trixie main
deb http://security.debian.org/debian-security trixie-security main
deb-src http://src.example/debian trixie main
deb [arch=amd64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://mirror.newsroom.example/debian/ trixie main contrib
deb http://later.example/debian trixie main
X
expect one-line http://mirror.newsroom.example/debian

# Debian 12/13's deb822 form, security stanza first, a disabled stanza and a snapshot comment.
sample deb822
cat >"$work/deb822/sources.list.d/debian.sources" <<'X'
Types: deb
URIs: http://deb.example.org/debian-security
Suites: trixie-security
Components: main

Types: deb
URIs: http://disabled.example/debian
Suites: trixie
Components: main
Enabled: no

Types: deb-src deb
# http://snapshot.debian.org/archive/debian/20250520T000000Z
URIs: https://proxy.newsroom.example/debian https://second.example/debian
Suites: trixie trixie-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
X
expect deb822 https://proxy.newsroom.example/debian

# Third-party repositories (their suites are not Debian's) and files apt ignores are skipped;
# the parts are read in alphabetical order whatever their format.
sample parts
printf 'deb https://packages.cloud.google.com/apt cloud-sdk-trixie main\n' >"$work/parts/sources.list.d/a-google.list"
printf 'Types: deb\nURIs: https://deb.nodesource.com/node_20.x\nSuites: nodistro\nComponents: main\n' >"$work/parts/sources.list.d/b-node.sources"
printf 'deb http://ignored.example/debian trixie main\n' >"$work/parts/sources.list.d/c-debian.list.disabled"
printf 'Types: deb\nURIs: http://d.example/debian\nSuites: bookworm\nComponents: main\n' >"$work/parts/sources.list.d/d-debian.sources"
printf 'deb http://e.example/debian trixie main\n' >"$work/parts/sources.list.d/e-debian.list"
expect parts http://d.example/debian

# An Ubuntu host, and a host without apt: no mirror, and a message naming COPYDESK_MIRROR.
sample ubuntu
printf 'deb http://archive.ubuntu.com/ubuntu noble main\n' >"$work/ubuntu/sources.list"
expect ubuntu ""
message=$(env -u COPYDESK_MIRROR "$dev" __mirror "$work/none" 2>&1 >/dev/null)
if env -u COPYDESK_MIRROR "$dev" __mirror "$work/none" >/dev/null 2>&1; then
    echo "FAIL none: succeeded without a mirror"
    failures=$((failures + 1))
elif ! printf '%s' "$message" | grep -q COPYDESK_MIRROR; then
    echo "FAIL none: the message does not say to set COPYDESK_MIRROR: $message"
    failures=$((failures + 1))
else
    echo "PASS none"
fi

# COPYDESK_MIRROR wins over the host's sources.
got=$(COPYDESK_MIRROR=http://override.example/debian "$dev" __mirror "$work/one-line")
if [ "$got" = http://override.example/debian ]; then echo "PASS override"; else
    echo "FAIL override: got '$got'"
    failures=$((failures + 1))
fi

# No address may be written into the script itself.
if grep -n 'deb\.debian\.org\|ftp\.[a-z.]*debian' "$dev"; then
    echo "FAIL ./dev names a mirror address"
    failures=$((failures + 1))
fi

[ "$failures" = 0 ]
