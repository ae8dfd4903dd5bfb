#!/usr/bin/env python3
"""Where an alignment's errors are: per document strict P/R/F1 and the errors by type.

Scores with the shared scorer itself (SHARED/tools/score.py, or score_verses.py's merge first
for a set whose gold is at verse level), so the figures are score.py's by construction.

Errors are found by cutting both bead sequences at the points both pass through (a point is
a pair (source sentences so far, target sentences so far) after a bead): between two
consecutive common points lie k gold beads and l test beads. k = l = 1 is a correct bead;
anything else is an error block of one type:
  merged       one test bead over several gold beads (e.g. 2-2 for two 1-1, or 1-2 for 1-1 + 0-1);
  split        several test beads over one gold bead (e.g. 1-1 + 0-1 for a 1-2, or 1-0 + 0-1 for a 1-1);
  shifted      as many test beads as gold beads, their boundaries moved (the path is off by some
               sentences for a while);
  wrong shape  several test beads over several gold beads, a different number of them.
A two-sided gold bead is missed (strict recall) exactly when it lies in an error block, so
the per-type counts of missed gold beads add up to the recall misses; the wrong test beads
are those of the blocks that the gold lacks (a 1-0 bead is placed by one side only, so the
gold may hold it though the block is wrong), and add up to the precision misses.

Usage: alignment-errors.py SHARED SETDIR TESTDIR [--verses] [--json] [--list FILE]
  --verses   the set's gold is at verse level (<doc>/<lang>.verse): merge test beads as score_verses.py
  --json     one JSON object (pooled scores, per-type totals, per-document rows) instead of the tables
  --list     write every error block (gold beads, test beads, the first words of their sentences) to FILE
"""
import argparse
import glob
import json
import os
import sys

TYPES = ('merged', 'split', 'shifted', 'wrong shape')


def cuts(beads):
    """The points after each bead, as a list parallel to beads."""
    i = j = 0
    points = []
    for src, tgt in beads:
        i += len(src)
        j += len(tgt)
        points.append((i, j))
    return points


def blocks(gold, test):
    """Error blocks: (type, gold beads, test beads), in document order. Both sequences meet
    the common points in the same order (points grow in both coordinates), so each block
    ends at the next common point; a tail that never meets again (a test that does not
    cover every sentence) is one last block."""
    gold = [b for b in gold if b[0] or b[1]]
    test = [b for b in test if b[0] or b[1]]
    gold_cuts, test_cuts = cuts(gold), cuts(test)
    common = set(gold_cuts) & set(test_cuts)
    found = []
    g = t = 0
    while g < len(gold) or t < len(test):
        g_end, t_end = g, t
        while g_end < len(gold) and gold_cuts[g_end] not in common:
            g_end += 1
        while t_end < len(test) and test_cuts[t_end] not in common:
            t_end += 1
        g_end, t_end = min(g_end, len(gold) - 1), min(t_end, len(test) - 1)
        k, l = g_end - g + 1, t_end - t + 1
        if k != 1 or l != 1:
            kind = 'merged' if l == 1 else 'split' if k == 1 else 'shifted' if k == l else 'wrong shape'
            found.append((kind, gold[g:g_end + 1], test[t:t_end + 1]))
        g, t = g_end + 1, t_end + 1
    return found


def shape(bead):
    return '%d-%d' % (len(bead[0]), len(bead[1]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('shared')
    ap.add_argument('setdir')
    ap.add_argument('testdir')
    ap.add_argument('--verses', action='store_true')
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--list')
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.shared, 'tools'))
    import score
    import score_verses

    total = [0] * 6
    totals = {kind: [0, 0, 0] for kind in TYPES}  # blocks, gold beads missed (2-sided), test beads wrong
    rows = []
    listing = []
    for doc, gold_path, test_path, _ in score.dir_pairs(a.setdir, a.testdir):
        gold, test = score.read_beads(gold_path), score.read_beads(test_path)
        if a.verses:
            l1, l2 = os.path.basename(gold_path)[len('gold.'):].split('-', 1)
            folder = os.path.dirname(gold_path)
            source_verses = score_verses.read_verses(os.path.join(folder, l1 + '.verse'))
            target_verses = score_verses.read_verses(os.path.join(folder, l2 + '.verse'))
            test = score_verses.merge(test, source_verses, target_verses, test_path)
        counts = score.counts(gold, test)
        total = [x + y for x, y in zip(total, counts)]
        row = dict(document=doc, **score.summarize(counts))
        per_type = {kind: [0, 0, 0] for kind in TYPES}
        gold_set = set(gold)
        for kind, gold_beads, test_beads in blocks(gold, test):
            entry = per_type[kind]
            entry[0] += 1
            entry[1] += sum(1 for b in gold_beads if b[0] and b[1])
            entry[2] += sum(1 for b in test_beads if b not in gold_set)
            listing.append((doc, kind, gold_beads, test_beads, os.path.dirname(gold_path)))
        for kind in TYPES:
            totals[kind] = [x + y for x, y in zip(totals[kind], per_type[kind])]
        row['errors'] = {kind: dict(blocks=v[0], gold_missed=v[1], test_wrong=v[2]) for kind, v in per_type.items()}
        rows.append(row)
    pooled = score.summarize(total)
    result = dict(pooled, documents=len(rows), per_doc=rows,
                  errors={kind: dict(blocks=v[0], gold_missed=v[1], test_wrong=v[2]) for kind, v in totals.items()})
    if a.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print('  %-34s %6s %6s %7s %7s %7s   %s' % ('document', 'gold', 'test', 'P', 'R', 'F1',
                                                  'missed gold beads: merged / split / shifted / wrong shape'))
        for row in rows:
            missed = ' / '.join(str(row['errors'][kind]['gold_missed']) for kind in TYPES)
            print('  %-34s %6d %6d %7.4f %7.4f %7.4f   %s' % (
                row['document'][:34], row['gold_beads_2sided'], row['test_beads'], row['precision_strict'],
                row['recall_strict'], row['f1_strict'], missed))
        print('  errors by type: ' + '; '.join(
            '%s %d blocks (%d gold beads missed, %d test beads wrong)' % (kind, v[0], v[1], v[2])
            for kind, v in totals.items()))
    if a.list:
        write_listing(a.list, listing)


def write_listing(path, listing):
    """Every error block with the first words of its sentences, to read where the errors are."""
    texts = {}

    def sentences(folder, side):
        key = (folder, side)
        if key not in texts:
            name = sorted(glob.glob(os.path.join(folder, 'gold.*-*')))[0]
            languages = os.path.basename(name)[len('gold.'):].split('-', 1)
            with open(os.path.join(folder, languages[side] + '.txt'), encoding='utf-8') as f:
                texts[key] = f.read().split('\n')
        return texts[key]

    def show(folder, bead):
        parts = []
        for side in (0, 1):
            lines = sentences(folder, side)
            words = ' | '.join(lines[i][:40] for i in bead[side] if i < len(lines))
            parts.append('%s %s' % (list(bead[side]), words))
        return '    ' + shape(bead) + '  ' + '  <->  '.join(parts)

    with open(path, 'w', encoding='utf-8') as out:
        for doc, kind, gold_beads, test_beads, folder in listing:
            out.write('%s: %s\n  gold\n%s\n  test\n%s\n' % (
                doc, kind, '\n'.join(show(folder, b) for b in gold_beads), '\n'.join(show(folder, b) for b in test_beads)))


if __name__ == '__main__':
    main()
