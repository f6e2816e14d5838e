#!/bin/sh
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

# check-installed.sh DEB: runs as root inside a fresh minimal Debian 13 root (./dev test-package).
# Installs DEB with apt as a user would, uses it as the user "reporter" (the command line, an HTML
# and a PDF export, the window from its desktop file under Xvfb with a screenshot), then purges
# it and checks that none of its files is left. Writes /tmp/out/first-start.png, screenshot.png
# and sizes.txt.
set -eu
deb=$1
out=/tmp/out
mkdir -p "$out"
# Shared memory for everyone, as on a booted system (Chromium, inside Qt WebEngine, needs it).
chmod 1777 /dev/shm
step() { printf '\ntest-package: %s\n' "$*"; }

step "apt-get update; the test's own tools (Xvfb, a screenshot, a desktop-file launcher)"
apt-get update -qq
apt-get install -y -qq --no-install-recommends xvfb xauth x11-apps x11-utils netpbm dex xdotool >/dev/null
useradd --create-home reporter

step "apt-get install $deb"
before=$(du -sxk / | cut -f1)
apt-get install -y -qq "$deb" >/dev/null
after=$(du -sxk / | cut -f1)
echo "installed size with dependencies: $((after - before)) KiB" | tee "$out/sizes.txt"
dpkg-query -W -f='installed size of the package: ${Installed-Size} KiB\n' copydesk | tee -a "$out/sizes.txt"

as_user() {
    setpriv --reuid=reporter --regid=reporter --init-groups env -i HOME=/home/reporter \
        USER=reporter PATH=/usr/bin:/bin LANG=C.UTF-8 QTWEBENGINE_DISABLE_SANDBOX=1 "$@"
}
cd /tmp
step "copydesk --version"
as_user copydesk --version
step "copydesk check on the sample article"
as_user copydesk check /tmp/welcome.json || [ $? = 1 ] # 1: a required rule failed, said so
step "import, HTML and PDF export"
lib=/home/reporter/desk.copydesk
as_user copydesk --library "$lib" import /tmp/welcome.json
as_user copydesk --library "$lib" export --format html -o /home/reporter/welcome.html 1
as_user copydesk --library "$lib" export --format pdf -o /home/reporter/welcome.pdf 1
grep -q '<html' /home/reporter/welcome.html || { echo "no HTML page"; exit 1; }
[ "$(head -c 5 /home/reporter/welcome.pdf)" = "%PDF-" ] || { echo "no PDF"; exit 1; }
ls -l /home/reporter/welcome.html /home/reporter/welcome.pdf

step "the window, started from its desktop file (dex) under Xvfb"
Xvfb :7 -screen 0 1280x800x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &
xvfb=$!
sleep 2
as_user env DISPLAY=:7 dex /usr/share/applications/org.copydesk.Copydesk.desktop &
if ! DISPLAY=:7 timeout 90 xdotool search --sync --onlyvisible --class copydesk >/dev/null; then
    echo "no Copydesk window within 90 s"
    exit 1
fi
sleep 8
DISPLAY=:7 xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$out/first-start.png"
# A first start asks who you are (the login name is offered), the publication's name, and
# whether to add the sample article (yes); then the window shows it.
DISPLAY=:7 xdotool key Return
sleep 3
DISPLAY=:7 xdotool type --delay 40 "The Valley Post"
DISPLAY=:7 xdotool key Return
sleep 3
DISPLAY=:7 xdotool key Return
sleep 10
DISPLAY=:7 xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$out/screenshot.png"
window=$(DISPLAY=:7 xdotool search --onlyvisible --class copydesk | head -n 1)
echo "window title: $(DISPLAY=:7 xdotool getwindowname "$window")"
# The window carries its icon (the hicolor theme's, through the desktop file's Icon=).
if DISPLAY=:7 xprop -id "$window" _NET_WM_ICON | grep -q '_NET_WM_ICON(CARDINAL) = '; then
    echo "window icon: $(DISPLAY=:7 xprop -id "$window" _NET_WM_ICON | grep -o 'Icon ([0-9]* x [0-9]*)' | sort -u | tr '\n' ' ')"
else
    echo "the window has no icon"
    exit 1
fi
desk=/home/reporter/.local/share/copydesk/library.copydesk
as_user copydesk --library "$desk" profile show | grep '^name'
as_user copydesk --library "$desk" list | grep -q . || { echo "no sample article in the library"; exit 1; }
# Added at first start, the sample was not updated then: its page must not say so.
as_user copydesk --library "$desk" export 1 --format html >/tmp/sample.html
! grep -q 'Updated' /tmp/sample.html || { echo "the sample's page says it was updated"; exit 1; }
kill "$xvfb" # the window ends with its X server
sleep 2

step "apt-get purge copydesk"
dpkg-query -L copydesk >/tmp/files
apt-get purge -y -qq copydesk >/dev/null
left=0
while IFS= read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then echo "left behind: $path"; left=1; fi
done </tmp/files
[ ! -e /usr/share/doc/copydesk ] || { echo "left behind: /usr/share/doc/copydesk"; left=1; }
[ $left = 0 ] && echo "no file of the package is left"
exit $left
