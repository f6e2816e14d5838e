#!/bin/sh
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# ./dev's fast path: `./dev copydesk` skips the build only while nothing changed, and a toolbox
# that lacks a package of the list still gets it installed. A copy of ./dev runs on a tiny CMake
# project (no compiler: its "copydesk" is a shell script copied from the source tree, and every
# build appends a line to builds.log), in the build environment this test runs in.
# Usage: check-dev-fastpath.sh SOURCE_DIR
set -u
work=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
failures=0
src=$work/src
mkdir -p "$src/app" "$src/models" "$src/tests/tools" "$work/node-tools/node_modules"
cp "$1/dev" "$src/dev"
echo '{}' >"$src/tests/tools/package-lock.json"
cp "$src/tests/tools/package-lock.json" "$work/node-tools/"
cat >"$src/CMakeLists.txt" <<'X'
cmake_minimum_required(VERSION 3.20)
project(fastpath LANGUAGES NONE)
add_subdirectory(models)
set(program ${CMAKE_BINARY_DIR}/app/copydesk)
add_custom_command(OUTPUT ${program}
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/app/copydesk.sh ${program}
    DEPENDS ${CMAKE_SOURCE_DIR}/app/copydesk.sh)
add_custom_target(copydesk ALL DEPENDS ${program})
add_custom_target(count ALL COMMAND sh ${CMAKE_SOURCE_DIR}/count.sh)
X
printf 'echo built >>"%s"\n' "$work/builds.log" >"$src/count.sh"
echo '# nothing' >"$src/models/CMakeLists.txt"
version() { printf '#!/bin/sh\necho %s "$@"\n' "$1" >"$src/app/copydesk.sh"; chmod +x "$src/app/copydesk.sh"; }
version v1

export COPYDESK_IN_TOOLBOX=1 COPYDESK_BUILD=$work/build COPYDESK_CACHE=$work/cache
export COPYDESK_NODE_TOOLS=$work/node-tools
unset COPYDESK_CMAKE_ARGS COPYDESK_NINJA_ARGS

# expect NAME OUTPUT BUILDS: `./dev copydesk --version` prints OUTPUT, after BUILDS builds in all.
expect() {
    got=$("$src/dev" copydesk --version 2>"$work/stderr")
    builds=$(cat "$work/builds.log" 2>/dev/null | wc -l)
    if [ "$got" = "$2 --version" ] && [ "$builds" = "$3" ]; then
        echo "PASS $1"
    else
        echo "FAIL $1: expected '$2 --version' after $3 builds, got '$got' after $builds"
        cat "$work/stderr"
        failures=$((failures + 1))
    fi
}

expect "first run builds" v1 1
expect "nothing changed: no build" v1 1
expect "still nothing changed" v1 1
version v2
expect "a changed source file builds" v2 2
version v3
expect "a second change right after builds" v3 3
touch "$src/models/added.h"
expect "an added file builds" v3 4
expect "then nothing changed" v3 4
rm "$src/models/added.h"
expect "a removed file builds" v3 5
COPYDESK_CMAKE_ARGS=-DSOMETHING=1 expect "other cmake arguments build" v3 6
echo '# reconfigured by hand' >>"$work/build/CMakeCache.txt"
expect "a build folder configured by hand builds" v3 7
rm "$work/build/app/copydesk"
expect "a missing program builds" v3 8
# A source file changed while the build runs (after ninja looked at it) builds again next time.
printf 'sleep 1; touch "%s"\n' "$src/models/late.h" >"$src/late.sh"
echo 'add_custom_target(late ALL COMMAND sh ${CMAKE_SOURCE_DIR}/late.sh)' >>"$src/CMakeLists.txt"
expect "a changed CMakeLists.txt builds" v3 9
expect "a file changed during that build builds again" v3 10
sed -i '/late/d' "$src/CMakeLists.txt"
rm -f "$src/models/late.h" "$src/late.sh"
expect "builds after the change" v3 11
expect "nothing changed since" v3 11

# The toolbox: a list with a package its stamp lacks installs it before anything runs (here the
# installation itself fails, the toolbox being a stand-in); the same list does not.
toolbox=$work/cache/toolbox-trixie
mkdir -p "$toolbox/usr/bin"
printf '#!/bin/sh\n' >"$toolbox/usr/bin/apt-get"
chmod +x "$toolbox/usr/bin/apt-get"
sed -n '/^PACKAGES=(/,/^)/p' "$src/dev" | sed '1d;$d' | tr -s ' ' '\n' | sed '/^$/d' | sort >"$toolbox/.copydesk-packages"
packages() {
    env -u COPYDESK_IN_TOOLBOX COPYDESK_NATIVE=0 "$src/dev" shell true >/dev/null 2>"$work/stderr"
    if grep -q 'installing the build packages' "$work/stderr"; then echo installs; else echo ready; fi
}
check() {
    if [ "$2" = "$3" ]; then echo "PASS $1"; else echo "FAIL $1: expected $2, got $3"; cat "$work/stderr"; failures=$((failures + 1)); fi
}
check "toolbox with every package" ready "$(packages)"
echo another-branchs-package >>"$toolbox/.copydesk-packages"
check "toolbox with more packages (another branch's list)" ready "$(packages)"
sed -i 's/^    reuse dpkg-dev lintian$/    reuse dpkg-dev lintian copydesk-test-package/' "$src/dev"
check "a package added to the list is installed" installs "$(packages)"
sed -i 's/ copydesk-test-package$//' "$src/dev"
sed -i '/^cmake$/d' "$toolbox/.copydesk-packages"
check "a package missing from the toolbox is installed" installs "$(packages)"

[ "$failures" = 0 ] || { echo "$failures check(s) failed"; exit 1; }
