#!/usr/bin/env python3
"""Turns an answer key of facts (eval/heldout/FACTS.md: "### Fnn. title", then
"- ARTICLE | exact sentence" or "- ARTICLE (also) | exact sentence" lines) into the
fact lines of `parallax eval-links` (fact NAME doc sentence words [also]), by finding
each sentence of the key among the sentences Parallax cuts the article into.

    parallax export eval/heldout > /tmp/heldout.json
    scripts/facts_to_tsv.py eval/heldout/FACTS.md /tmp/heldout.json > eval/links-heldout.tsv

A key sentence that Parallax cuts in two is matched to the part that holds most of it;
one that Parallax joins to its neighbour is matched to the joined sentence. Each such
case is reported on stderr, as is a sentence found nowhere (then left out).
A note "[follow-up: partial match …]" under a fact marks the follow-up's sentence `also`.
"""
import json
import os
import re
import sys


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def main(key_path, export_path):
    export = json.load(open(export_path))
    sentences = {}
    for d in export["documents"]:
        sentences[d["id"]] = [norm(s["text"]) for p in d["passages"] for s in p["sentences"]]
    facts = []
    for line in open(key_path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## Near misses"):
            break
        m = re.match(r"### (F\d+)\.", line)
        if m:
            facts.append((m.group(1), []))
            continue
        m = re.match(r"- (\w+)( \(also\))? \| (.+)$", line)
        if m and facts:
            facts[-1][1].append([m.group(1), bool(m.group(2)), m.group(3)])
            continue
        m = re.match(r"\s*\[(\S+?):? partial match", line)
        if m and facts:
            article = m.group(1).replace("-", "")
            for member in facts[-1][1]:
                if member[0] == article:
                    member[1] = True
    folder = os.path.dirname(key_path) or "."
    title = next((l[1:].strip() for l in open(key_path, encoding="utf-8") if l.startswith("# ")), "answer key")
    print(f"# Same-fact annotation made from {key_path} ({title}) by scripts/facts_to_tsv.py,")
    print(f"# against the sentences Parallax cuts the pages of {folder}/ into. Scored by")
    print(f"# `parallax eval-links THIS_FILE {folder}`; format in crates/core/src/align/eval.rs.")
    print("#")
    for name, members in facts:
        for article, also, text in members:
            key = norm(text)
            ours = sentences.get(article, [])
            best, how = None, None
            for i, s in enumerate(ours):
                if s == key:
                    best, how = i, None
                    break
            if best is None:
                inside = [(len(s), i) for i, s in enumerate(ours) if len(s) > 8 and s in key]
                holds = [i for i, s in enumerate(ours) if key in s]
                if holds:
                    best, how = holds[0], "joined to a neighbour"
                elif inside:
                    best, how = max(inside)[1], "cut in parts"
            if best is None:
                print(f"{name} {article}: not found: {text[:70]}", file=sys.stderr)
                continue
            if how:
                print(f"{name} {article}#{best}: {how}: {text[:70]}", file=sys.stderr)
            words = " ".join(ours[best].split()[:4])
            print("\t".join(["fact", name, article, str(best), words, "also" if also else ""]))


if __name__ == "__main__":
    main(*sys.argv[1:3])
