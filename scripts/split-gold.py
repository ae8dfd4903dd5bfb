#!/usr/bin/env python3
"""Cuts the documents of an alignment set into short documents, at gold bead boundaries.

Users align articles of a few dozen sentences more often than books; the shared gold sets
are long documents. This makes short ones from them: each document's gold beads are taken in
order and a piece ends at the first bead boundary where it holds at least SIZE source
sentences (the last piece may be shorter; a piece with fewer than SIZE / 2 is joined to the
one before). Each piece is a folder with the two texts, the gold (beads renumbered from 0)
and, for a verse-level set, the verse ids, named <document>-<k>; every sentence of the set
lands in exactly one piece.

Usage: split-gold.py SETDIR OUTDIR [--size N]   (N: source sentences a piece, default 30)
"""
import argparse
import glob
import os
import sys


def read_beads(path):
    beads = []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line:
            continue
        sides = line.split(':')
        parse = lambda side: [int(v) for v in side.strip('[] ').split(',') if v.strip()]
        beads.append((parse(sides[0]), parse(sides[1])))
    return beads


def pieces(beads, size):
    """Runs of consecutive beads, each with at least `size` source sentences but the last."""
    runs, current, count = [], [], 0
    for bead in beads:
        current.append(bead)
        count += len(bead[0])
        if count >= size:
            runs.append(current)
            current, count = [], 0
    if current:
        if runs and count < size / 2:
            runs[-1].extend(current)
        else:
            runs.append(current)
    return runs


def main():
    parser = argparse.ArgumentParser(description='Cut an alignment set into short documents at gold bead boundaries.')
    parser.add_argument('set')
    parser.add_argument('out')
    parser.add_argument('--size', type=int, default=30)
    args = parser.parse_args()
    if args.size < 2:
        sys.exit('split-gold: --size must be at least 2')
    made = 0
    for gold in sorted(glob.glob(os.path.join(args.set, '*', 'gold.*-*'))):
        doc = os.path.dirname(gold)
        pair = os.path.basename(gold)[len('gold.'):]
        l1, l2 = pair.split('-', 1)
        texts = {l: open(os.path.join(doc, f'{l}.txt'), encoding='utf-8').read().split('\n') for l in (l1, l2)}
        verses = {}
        for l in (l1, l2):
            path = os.path.join(doc, f'{l}.verse')
            if os.path.exists(path):
                verses[l] = open(path, encoding='utf-8').read().split('\n')
        for k, run in enumerate(pieces(read_beads(gold), args.size)):
            folder = os.path.join(args.out, f'{os.path.basename(doc)}-{k:03d}')
            os.makedirs(folder, exist_ok=True)
            source = [i for bead in run for i in bead[0]]
            target = [j for bead in run for j in bead[1]]
            s0 = source[0] if source else 0
            t0 = target[0] if target else 0
            for l, indexes in ((l1, source), (l2, target)):
                with open(os.path.join(folder, f'{l}.txt'), 'w', encoding='utf-8') as out:
                    out.writelines(texts[l][i] + '\n' for i in indexes)
                if l in verses:
                    with open(os.path.join(folder, f'{l}.verse'), 'w', encoding='utf-8') as out:
                        out.writelines(verses[l][i] + '\n' for i in indexes)
            with open(os.path.join(folder, f'gold.{pair}'), 'w', encoding='utf-8') as out:
                for src, tgt in run:
                    out.write(f'[{", ".join(str(i - s0) for i in src)}]:[{", ".join(str(j - t0) for j in tgt)}]\n')
            made += 1
    print(f'split-gold: {made} documents in {args.out}', file=sys.stderr)


if __name__ == '__main__':
    main()
