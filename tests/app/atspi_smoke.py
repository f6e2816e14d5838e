#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

"""The real copydesk window through AT-SPI, as a screen reader meets it.

Run inside `dbus-run-session` (a session bus of the test's own): starts Xvfb and copydesk on a
library of its own with the sample article open, then walks the accessibility tree with pyatspi
and checks what a screen-reader user depends on: the window and the article's fields are there
and named, the headline's text is readable and editable, every button has a name, the status
values (save state, word count, checklist) are in the names, and editing sends the change events
that make a screen reader speak the new save state.

Usage: atspi_smoke.py COPYDESK_BINARY SAMPLE_JSON
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

FAILURES = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        FAILURES.append(message)


def start_xvfb():
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
        pass_fds=[write_end], stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_end)
    if not number.strip():
        xvfb.kill()
        sys.exit("Xvfb did not report its display")
    return xvfb, ":" + number.decode().strip()


def walk(node, depth=0, limit=40):
    """Every accessible under `node`, depth first (bounded: Qt trees are not cyclic, but a
    broken bridge could make one)."""
    if node is None or depth > limit:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        yield from walk(child, depth + 1, limit)


def find_application(pyatspi, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and (app.name or "").lower() == "copydesk":
                frames = [c for c in (app.getChildAtIndex(i) for i in range(app.childCount))
                          if c is not None and c.getRole() == pyatspi.ROLE_FRAME]
                if frames:
                    return app
        time.sleep(0.25)
    return None


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return None


def by_name_prefix(nodes, prefix):
    return [n for n in nodes if (n.name or "").startswith(prefix)]


def main():
    binary, sample_path = sys.argv[1], sys.argv[2]
    with open(sample_path, encoding="utf-8") as sample_file:
        headline = json.load(sample_file)["headline"]

    home = tempfile.mkdtemp(prefix="copydesk-atspi-")
    xvfb, display = start_xvfb()
    os.environ["DISPLAY"] = display
    environment = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
                       XDG_CONFIG_HOME=os.path.join(home, "config"),
                       XDG_CACHE_HOME=os.path.join(home, "cache"),
                       XDG_STATE_HOME=os.path.join(home, "state"),
                       QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8", LANGUAGE="en")
    library = os.path.join(home, "atspi.copydesk")
    app_process = subprocess.Popen([binary, "--library", library, "--user", "Ann Reporter"],
                                   env=environment)
    try:
        import pyatspi  # after DISPLAY: the a11y bus address may be found through X

        app = find_application(pyatspi, 60)
        check(app is not None, "copydesk shows up on the AT-SPI desktop with a window")
        if app is None:
            return
        def wait_for_dialog(title):
            dialog, deadline = None, time.monotonic() + 20
            while dialog is None and time.monotonic() < deadline:
                dialog = next((n for n in walk(app) if n.getRole() in (pyatspi.ROLE_DIALOG,
                               pyatspi.ROLE_ALERT) and (n.name or "").startswith(title)), None)
                time.sleep(0.25)
            check(dialog is not None, f"the question {title!r} is a named dialog ("
                  + ", ".join(f"{c.getRoleName()} {c.name!r}" for c in
                              (app.getChildAtIndex(i) for i in range(app.childCount)) if c) + ")")
            return dialog

        def press(dialog, label):
            button = next((n for n in walk(dialog) if n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                           and n.name.replace("&", "") == label), None)
            check(button is not None, f"the dialog's {label} button is there by name")
            if button is not None:
                action = button.queryAction()
                action.doAction([action.getName(i) for i in range(action.nActions)].index("Press"))

        # A library whose publication has no name asks for it first: typed into the dialog's
        # text field and saved, as a screen-reader user does.
        dialog = wait_for_dialog("Publication Name")
        if dialog is not None:
            entry = next((n for n in walk(dialog)
                          if n.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY)), None)
            check(entry is not None and entry.getState().contains(pyatspi.STATE_EDITABLE),
                  "the publication name dialog has an editable text field")
            if entry is not None:
                entry.queryEditableText().setTextContents("The Harbour Herald")
            press(dialog, "Save")

        # A new library asks whether to add the sample article: answered as a screen-reader
        # user does, through the dialog's Yes button's action.
        dialog = wait_for_dialog("Empty library")
        if dialog is not None:
            press(dialog, "Yes")

        def headline_field():
            return next((n for n in walk(app) if n.name == "Headline"
                         and n.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY)), None)

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            field = headline_field()
            if field is not None and text_of(field) == headline:
                break
            time.sleep(0.25)
        time.sleep(2)  # the preview and the checklist settle
        nodes = list(walk(app))
        print(f"     {len(nodes)} accessible objects", flush=True)
        check(len(nodes) > 150, "the tree holds the whole window (more than 150 objects)")

        frames = [n for n in nodes if n.getRole() == pyatspi.ROLE_FRAME]
        check(any("Copydesk" in (f.name or "") for f in frames),
              "the window's name says Copydesk: " + ", ".join(f.name or "" for f in frames))

        headline_fields = [n for n in nodes if n.name == "Headline"
                           and n.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY)]
        check(len(headline_fields) == 1, "one text field is named Headline")
        if headline_fields:
            field = headline_fields[0]
            check(text_of(field) == headline,
                  f"the Headline field reads the sample's headline ({text_of(field)!r})")
            check(field.getState().contains(pyatspi.STATE_EDITABLE), "the Headline is editable")

        buttons = [n for n in nodes if n.getRole() in (pyatspi.ROLE_PUSH_BUTTON,
                                                        pyatspi.ROLE_TOGGLE_BUTTON)
                   and n.getState().contains(pyatspi.STATE_SHOWING)]
        unnamed = [b for b in buttons if not (b.name or "").strip()]
        check(buttons and not unnamed,
              f"every shown button has a name ({len(buttons)} buttons, {len(unnamed)} unnamed)")

        # A row's or a part's Remove button leads to what it removes (CONTROLLER_FOR), and that
        # is the item holding the button.
        removes = [b for b in buttons if (b.name or "").startswith("Remove ")]
        related = 0
        for button in removes:
            ancestors, node = [], button.parent
            while node is not None and len(ancestors) < 4:
                ancestors.append(node)
                node = node.parent
            for relation in button.getRelationSet():
                if relation.getRelationType() != pyatspi.RELATION_CONTROLLER_FOR:
                    continue
                target = relation.getTarget(0)
                if target is not None and any(target == a for a in ancestors):
                    related += 1
        check(len(removes) >= 5 and related == len(removes),
              f"each Remove button controls the item holding it ({related} of {len(removes)})")

        for purpose in ("Save state: ", "Word count and reading time: ", "Checklist summary: "):
            found = by_name_prefix(nodes, purpose)
            check(len(found) >= 1, f"a status value is exposed in a name: {purpose!r} "
                  + (repr(found[0].name) if found else "missing"))

        counters = by_name_prefix(nodes, "Character count: ")
        check(len(counters) >= 2, f"character counters expose their values ({len(counters)})")

        if headline_fields:
            events = []

            def heard(event):
                source = event.source
                events.append((event.type, (source.name or "") if source else ""))

            pyatspi.Registry.registerEventListener(
                heard, "object:property-change:accessible-name", "object:announcement")
            from gi.repository import GLib

            def edit():
                editable = headline_fields[0].queryEditableText()
                editable.insertText(len(headline), " today", len(" today"))
                return False

            GLib.timeout_add(500, edit)
            GLib.timeout_add(8000, lambda: (pyatspi.Registry.stop(), False)[1])
            pyatspi.Registry.start()
            check(text_of(headline_fields[0]) == headline + " today",
                  "text inserted through AT-SPI lands in the Headline")
            save_changes = [name for kind, name in events if name.startswith("Save state: ")]
            check(len(save_changes) >= 1,
                  f"editing sends a name change for the save state ({save_changes[:3]})")
            word_changes = [name for kind, name in events
                            if name.startswith("Character count: ")]
            check(len(word_changes) >= 1,
                  f"the headline's counter announces its new value ({word_changes[:2]})")
    finally:
        app_process.terminate()
        try:
            app_process.wait(20)
        except subprocess.TimeoutExpired:
            app_process.kill()
        # The name typed at the first start is the library's: the command line reads it.
        profile = subprocess.run([binary, "--library", library, "profile"], env=environment,
                                 capture_output=True, text=True, timeout=60)
        check("The Harbour Herald" in profile.stdout,
              f"the publication name typed at the first start is stored ({profile.stdout!r})")
        xvfb.terminate()
        xvfb.wait(10)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
    if FAILURES:
        print(f"{len(FAILURES)} check(s) failed", flush=True)
        sys.exit(1)
    print("all checks passed", flush=True)
