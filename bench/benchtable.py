#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Copydesk contributors
# SPDX-License-Identifier: GPL-2.0-or-later

"""Prints the figures of a benchmark run as one table: ./dev bench calls it at the end.

Usage: benchtable.py RESULTS.jsonl

Each line of RESULTS is one JSON object (bench/benchresults.h writes them; an external harness
may add its own): bench, figure, unit, median, runs and, when known, p90, p99, target (of the
median), tail_target (of p99, else p90), peer (the same figure of another program), peer_name
and target_ratio (the largest median / peer that meets the target). A later line for the same
bench and figure replaces an earlier one in place, so a figure measured again shows its last
value.
Every figure is one where less is better. Exit status 0; 1 when the file cannot be read or a
line is not such an object (its number is named).
"""

import json
import sys


def number(value, unit="", exact=False):
    """Three significant digits or so; `exact` (a target) drops trailing zeros instead."""
    if value is None:
        return "-"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    text = f"{value:.{digits}f}"
    if exact:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip()


def verdict(row):
    """'yes', 'NO' or '-' (no target), from the targets the row has."""
    checks = []
    if row.get("target") is not None:
        checks.append(row["median"] <= row["target"])
    tail = row.get("p99", row.get("p90"))
    if row.get("tail_target") is not None and tail is not None:
        checks.append(tail <= row["tail_target"])
    ratio = peer_ratio(row)
    if row.get("target_ratio") is not None and ratio is not None:
        checks.append(ratio <= row["target_ratio"])
    if not checks:
        return "-"
    return "yes" if all(checks) else "NO"


def peer_ratio(row):
    peer = row.get("peer")
    return row["median"] / peer if peer else None


def target_text(row):
    parts = []
    unit = row.get("unit", "")
    if row.get("target") is not None:
        parts.append("≤ " + number(row["target"], unit, exact=True))
    if row.get("tail_target") is not None:
        tail = "p99" if row.get("p99") is not None else "p90"
        parts.append(f"{tail} ≤ " + number(row["tail_target"], unit, exact=True))
    if row.get("target_ratio") is not None:
        parts.append(f"≤ {number(row['target_ratio'], exact=True)}× peer")
    return ", ".join(parts) or "-"


def read(path):
    rows = {}
    with open(path, encoding="utf-8") as lines:
        for number_, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or not isinstance(row.get("median"), (int, float)):
                    raise ValueError("no median")
                key = (str(row.get("bench", "")), str(row["figure"]))
            except (ValueError, KeyError) as error:
                raise SystemExit(f"{path}:{number_}: not a benchmark figure ({error})")
            rows[key] = row  # A figure measured again keeps its place.
    return list(rows.values())


def main(argv):
    if len(argv) != 2:
        raise SystemExit(__doc__.strip().splitlines()[2])
    try:
        rows = read(argv[1])
    except OSError as error:
        raise SystemExit(f"cannot read {argv[1]}: {error.strerror}")
    if not rows:
        print("No benchmark figures were recorded.")
        return 0
    header = ["figure", "median", "p90", "p99", "target", "met?", "peer", "ratio"]
    table = []
    for row in rows:
        unit = row.get("unit", "")
        peer = row.get("peer")
        peer_text = "-" if peer is None else number(peer, unit)
        if peer is not None and row.get("peer_name"):
            peer_text += f" ({row['peer_name']})"
        ratio = peer_ratio(row)
        table.append([
            f"{row.get('bench', '')}: {row['figure']}",
            number(row["median"], unit),
            number(row.get("p90"), unit),
            number(row.get("p99"), unit),
            target_text(row),
            verdict(row),
            peer_text,
            "-" if ratio is None else f"{ratio:.2f}×",
        ])
    widths = [max(len(line[i]) for line in table + [header]) for i in range(len(header))]
    def show(cells):
        # The figure left-aligned, the numbers right-aligned.
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
    show(header)
    print("  ".join("-" * w for w in widths))
    for line in table:
        show(line)
    missed = sum(1 for row in rows if verdict(row) == "NO")
    targeted = sum(1 for row in rows if verdict(row) != "-")
    print(f"{targeted - missed} of {targeted} targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
