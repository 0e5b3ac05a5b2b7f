#!/usr/bin/env python3
"""Validate a held-out story's FACTS.md against the article files beside it:

    python3 scripts/check_facts.py eval/heldout8


Checks:
  * every keyed sentence occurs verbatim in its article file;
  * article names are known (file name without .txt);
  * at most one main (non-"also") line per article per fact;
  * every fact has at least one line; ids are unique;
  * a "[follow-up: partial match — ...]" note sits directly under a fact
    heading and the fact has at least one "followup (also)" line;
  * every near miss has exactly two lines, from two different articles,
    each verbatim in its article, and no fact lists both sentences.
Warnings (not errors): a fact whose only follow-up lines are "(also)"
without a partial-match note.
"""
import os
import re
import sys
from collections import defaultdict

HERE = sys.argv[1] if len(sys.argv) > 1 else "."
ARTICLES = ["wire", "broadcaster", "broadsheet", "aggregator", "followup"]

LINE_RE = re.compile(r"^- (\w+)( \(also\))? \| (.+)$")
FACT_RE = re.compile(r"^### (F\d{2,})\. (.+)$")
NEAR_RE = re.compile(r"^### (N\d{2,})\. (.+)$")
NOTE_RE = re.compile(r"^\[follow-up: partial match — .+\]$")


def main():
    texts = {}
    for a in ARTICLES:
        with open(os.path.join(HERE, a + ".txt"), encoding="utf-8") as fh:
            texts[a] = fh.read()
    with open(os.path.join(HERE, "FACTS.md"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")

    errors, warnings = [], []
    facts = {}  # id -> dict(lines=[(article, also, sentence)], note=bool)
    nears = {}
    section = "facts"
    cur = None
    prev_was_heading = False

    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if not line:
            prev_was_heading = False
            continue
        if line.startswith("# "):
            continue
        if line == "## Near misses":
            section = "near"
            cur = None
            continue
        m = FACT_RE.match(line)
        if m:
            if section != "facts":
                errors.append(f"line {n}: fact heading inside near-miss section")
            fid = m.group(1)
            if fid in facts:
                errors.append(f"line {n}: duplicate fact id {fid}")
            facts[fid] = {"lines": [], "note": False}
            cur = ("F", fid)
            prev_was_heading = True
            continue
        m = NEAR_RE.match(line)
        if m:
            if section != "near":
                errors.append(f"line {n}: near-miss heading before '## Near misses'")
            nid = m.group(1)
            if nid in nears:
                errors.append(f"line {n}: duplicate near-miss id {nid}")
            nears[nid] = []
            cur = ("N", nid)
            prev_was_heading = True
            continue
        if NOTE_RE.match(line):
            if cur is None or cur[0] != "F":
                errors.append(f"line {n}: partial-match note outside a fact")
            elif not prev_was_heading:
                errors.append(f"line {n}: partial-match note not directly under heading")
            else:
                facts[cur[1]]["note"] = True
            prev_was_heading = False
            continue
        m = LINE_RE.match(line)
        if m:
            art, also, sent = m.group(1), bool(m.group(2)), m.group(3)
            prev_was_heading = False
            if cur is None:
                errors.append(f"line {n}: keyed line outside any section")
                continue
            if art not in texts:
                errors.append(f"line {n}: unknown article '{art}'")
                continue
            if sent not in texts[art]:
                errors.append(f"line {n}: sentence not found verbatim in {art}.txt: {sent[:90]!r}")
            if cur[0] == "F":
                facts[cur[1]]["lines"].append((art, also, sent))
            else:
                if also:
                    errors.append(f"line {n}: '(also)' not allowed in near misses")
                nears[cur[1]].append((art, sent))
            continue
        errors.append(f"line {n}: unparsable line: {line[:90]!r}")
        prev_was_heading = False

    # per-fact checks
    sentence_facts = defaultdict(set)  # (article, sentence) -> fact ids
    for fid, f in facts.items():
        if not f["lines"]:
            errors.append(f"{fid}: no keyed lines")
        mains = defaultdict(int)
        for art, also, sent in f["lines"]:
            sentence_facts[(art, sent)].add(fid)
            if not also:
                mains[art] += 1
        for art, c in mains.items():
            if c > 1:
                errors.append(f"{fid}: {c} main lines for article {art}")
        seen = set()
        for art, also, sent in f["lines"]:
            if (art, sent) in seen:
                errors.append(f"{fid}: duplicate line for {art}: {sent[:60]!r}")
            seen.add((art, sent))
        fu_also = any(a == "followup" and al for a, al, _ in f["lines"])
        fu_main = any(a == "followup" and not al for a, al, _ in f["lines"])
        if f["note"] and not fu_also:
            errors.append(f"{fid}: partial-match note but no 'followup (also)' line")
        if fu_also and not fu_main and not f["note"]:
            warnings.append(f"{fid}: only '(also)' follow-up lines and no partial-match note")

    # near-miss checks
    for nid, pair in nears.items():
        if len(pair) != 2:
            errors.append(f"{nid}: expected 2 lines, got {len(pair)}")
            continue
        (a1, s1), (a2, s2) = pair
        if a1 == a2:
            errors.append(f"{nid}: both sentences from the same article ({a1})")
        common = sentence_facts.get((a1, s1), set()) & sentence_facts.get((a2, s2), set())
        if common:
            errors.append(f"{nid}: both sentences listed under {sorted(common)}")

    multi = sum(1 for f in facts.values() if len({a for a, _, _ in f["lines"]}) >= 2)
    print(f"facts: {len(facts)} ({multi} reported by 2+ articles)")
    print(f"near misses: {len(nears)}")
    print(f"keyed lines: {sum(len(f['lines']) for f in facts.values())}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
