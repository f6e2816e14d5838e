#!/bin/sh
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# reuse-lint.sh SOURCE: `reuse lint` over the checkout. Where git cannot read it (a git worktree
# whose repository lies outside the toolbox), reuse would check the build folders too: then every
# file except those folders goes through `reuse lint-file`.
set -eu
cd "$1"
git rev-parse --git-dir >/dev/null 2>&1 && exec reuse lint
find . \( -path ./.git -o -name 'build*' -o -path ./dist -o -path ./LICENSES -o -name LICENSE \) \
    -prune -o -type f -print0 | xargs -0 reuse lint-file
