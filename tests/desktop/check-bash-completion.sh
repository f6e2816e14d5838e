#!/bin/bash
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# check-bash-completion.sh SCRIPT: what the completion offers for a few command lines.
set -u
# shellcheck disable=SC1090
source "$1" || exit 1
failed=0
expect() { # expect "WANTED WORDS" WORD…  (the last word is the one being completed)
    local wanted=$1; shift
    COMP_WORDS=(copydesk "$@"); COMP_CWORD=$#; COMPREPLY=()
    _copydesk
    local got=" ${COMPREPLY[*]} " word
    for word in $wanted; do
        [[ $got == *" $word "* ]] || { echo "copydesk $* <TAB>: no '$word' in:$got"; failed=1; }
    done
}
expect "list" li
expect "export" --library x.copydesk ex
expect "check check-library checklist" chec
expect "--status --from --sort --limit" list --
expect "--format --output" export --
expect "--library --version --help --templates" --
expect "profile" prof
expect "templates" templ
expect "--force" templates export --
complete -p copydesk >/dev/null || { echo "nothing registered for copydesk"; failed=1; }
exit $failed
