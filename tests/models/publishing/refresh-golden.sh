#!/bin/sh
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# Regenerates expected/*.html and expected/*.ninjs.json from input/*.json and profile.json after
# an intended change of the renderer, the templates, the house stylesheet or the ninjs mapping.
# Review `git diff` before committing.
#
#   tests/models/publishing/refresh-golden.sh
#
# Builds only the publishing_rendergolden tool, in $COPYDESK_BUILD (default ./build), through
# ./dev so that it runs in the same environment as the tests.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${COPYDESK_BUILD:-$root/build}
cd "$root"
./dev shell sh -c '
    set -e
    [ -f "$1/build.ninja" ] || cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$1" --target publishing_rendergolden >/dev/null
    "$1/tests/models/publishing/publishing_rendergolden" "$2" "$2/expected"
' refresh "$build" "$here"
git diff --stat -- "$here/expected" || true
