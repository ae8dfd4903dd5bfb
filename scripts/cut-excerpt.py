#!/usr/bin/env python3
"""Cuts an excerpt of the target side out of each document of an alignment set.
A user often holds a whole document and the translation of only part of it (one chapter, one
section of a site). This keeps each document's whole source and, of its target, only the
sentences of a run of gold beads (a tenth of the beads, at the start, the middle or the end):
every source sentence outside the run has no counterpart, and the gold says so with one
one-to-none bead each. Each excerpt is a folder <document>-<where> with the two texts and the
gold (target sentences renumbered from 0). Every sentence of the excerpt appears in the gold
exactly once.
Usage: cut-excerpt.py SETDIR OUTDIR [--share 0.1]
"""
import argparse
import glob
import os
import sys


def lines(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().split("\n")[:-1]


def parse(bead):
    left, right = bead.split(":")[:2]
    side = lambda text: [int(x) for x in text.strip()[1:-1].split(",") if x.strip()]
    return side(left), side(right)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("set")
    parser.add_argument("out")
    parser.add_argument("--share", type=float, default=0.1)
    args = parser.parse_args()
    if not 0 < args.share <= 1:
        sys.exit("cut-excerpt: --share must be above 0 and at most 1")
    count = 0
    for gold in sorted(glob.glob(os.path.join(args.set, "*", "gold.*-*"))):
        folder = os.path.dirname(gold)
        pair = os.path.basename(gold)[len("gold."):]
        source_language, target_language = pair.split("-")
        source = lines(os.path.join(folder, source_language + ".txt"))
        target = lines(os.path.join(folder, target_language + ".txt"))
        beads = [parse(b) for b in lines(gold) if b.strip()]
        run = max(1, int(len(beads) * args.share))
        for where, start in (("start", 0), ("middle", (len(beads) - run) // 2), ("end", len(beads) - run)):
            chosen = beads[start:start + run]
            targets = [t for _, ts in chosen for t in ts]
            if not targets:
                continue
            first, last = min(targets), max(targets)
            out = os.path.join(args.out, f"{os.path.basename(folder)}-{where}")
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, source_language + ".txt"), "w", encoding="utf-8") as handle:
                handle.write("\n".join(source) + "\n")
            with open(os.path.join(out, target_language + ".txt"), "w", encoding="utf-8") as handle:
                handle.write("\n".join(target[first:last + 1]) + "\n")
            rows = []
            for index, (ss, ts) in enumerate(beads):
                if start <= index < start + run:
                    rows.append(f"{ss}:{[t - first for t in ts]}")
                else:
                    rows.extend(f"[{s}]:[]" for s in ss)
            with open(os.path.join(out, "gold." + pair), "w", encoding="utf-8") as handle:
                handle.write("\n".join(rows) + "\n")
            count += 1
    print(f"cut-excerpt: {count} excerpts in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
