#!/bin/sh
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# with-keyring.sh COMMAND [ARG…]
# Runs COMMAND with a system keyring of its own and no desktop: HOME and the XDG folders in a
# fresh temporary folder, a private D-Bus session bus, and GNOME Keyring's Secret Service on
# it with a "login" keyring made and unlocked (password "test"). Nothing of the user's keyring
# or home is reachable; everything goes when COMMAND ends. Used by the keyring tests in ctest
# (./dev test, CI), which pass on COMMAND's exit status.
set -eu
if [ "${1:-}" = --inside ]; then
    shift
    # The daemon prints its environment (GNOME_KEYRING_CONTROL…); the bus finds the Secret
    # Service by name once it runs.
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    status=0
    "$@" || status=$?
    # The bus ends with dbus-run-session; the daemon with it.
    exit "$status"
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
        echo "with-keyring.sh: $tool is missing (Debian: dbus-daemon, gnome-keyring)" >&2
        exit 1
    }
done
home=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$home/.local/share" "$home/.config" "$home/.cache" "$home/run"
chmod 700 "$home/run"
status=0
HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
    XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/run \
    dbus-run-session -- "$0" --inside "$@" || status=$?
exit "$status"
