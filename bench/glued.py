"""Measure the glued-word repair of `clean_text` on SaudiNewsNet.

Runs `clean_text` on the content of every article, counts the splits it makes, lists the most
frequent ones and draws a fixed random sample of split occurrences (with context from the raw
content) for a human to judge. When `bench/labels/glued-judged.tsv` exists (columns token,
split, verdict [ok|false], note), the false-split rate over the judged sample is reported with
a 95% Wilson interval.

    .venv/bin/python bench/glued.py [--sample N] [--seed S] [--context W]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
LABELS = ROOT / "bench" / "labels" / "glued-judged.tsv"

_AR = "\u0621-\u064a\u0671-\u06d3"  # the letter range clean._ARABIC_WORD splits tokens on


@dataclass(slots=True)
class Occurrence:
    """One split made by `clean_text`, with where it was found."""

    article: int
    token: str
    split: str
    left: str = ""
    right: str = ""


def articles(path: Path) -> Iterator[str]:
    """The `content` of every article of a gzip JSONL file, in file order."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line).get("content") or ""


def locate(raw: str, token: str, start: int) -> tuple[int, int] | None:
    """Span of the next whole-token occurrence of `token` in `raw` at or after `start`."""
    m = re.compile(rf"(?<![{_AR}]){re.escape(token)}(?![{_AR}])").search(raw, start)
    if m is None:
        m = re.compile(re.escape(token)).search(raw, start)
    return None if m is None else m.span()


def context(raw: str, span: tuple[int, int], words: int) -> tuple[str, str]:
    """About `words` whitespace words of `raw` on each side of `span`."""
    before = raw[: span[0]].split()[-words:]
    after = raw[span[1] :].split()[:words]
    return " ".join(before), " ".join(after)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for k successes out of n."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def read_labels(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """Judgements keyed by (token, split): (verdict, note). Header and # lines skipped."""
    labels: dict[tuple[str, str], tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or cols[2].strip() == "verdict":
            continue
        verdict = cols[2].strip().lower()
        if verdict not in ("ok", "false"):
            raise SystemExit(f"{path}: bad verdict {verdict!r} in line {line!r}")
        note = cols[3].strip() if len(cols) > 3 else ""
        labels[(cols[0].strip(), cols[1].strip())] = (verdict, note)
    return labels


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print the report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", type=int, default=100, help="occurrences to sample (100)")
    ap.add_argument("--seed", type=int, default=2015, help="random seed (2015)")
    ap.add_argument("--context", type=int, default=8, help="words of context each side (8)")
    ap.add_argument("--top", type=int, default=30, help="most frequent splits to list (30)")
    args = ap.parse_args(argv)

    if not CORPUS.exists():
        print(f"skip: {CORPUS} not found (../shared is absent)")
        return 0

    from mujaz.arabic.clean import clean_text

    n_articles = n_tokens = 0
    occurrences: list[Occurrence] = []
    raws: list[str] = []
    for i, raw in enumerate(articles(CORPUS)):
        n_articles += 1
        n_tokens += len(raw.split())
        glued = clean_text(raw).glued
        raws.append(raw if glued else "")  # kept only where context will be needed
        occurrences.extend(Occurrence(i, token, fixed) for token, fixed in glued)

    counts = Counter((o.token, o.split) for o in occurrences)
    rate = 10_000 * len(occurrences) / n_tokens if n_tokens else 0.0
    print(f"corpus: {CORPUS}")
    print(f"articles: {n_articles}")
    print(f"raw whitespace tokens: {n_tokens}")
    print(f"splits: {len(occurrences)} occurrences, {len(counts)} distinct glued tokens")
    print(f"rate: {rate:.2f} splits per 10k tokens")

    print(f"\n## {args.top} most frequent splits")
    for (token, fixed), n in counts.most_common(args.top):
        print(f"{n:6d}  {token}  ->  {fixed}")

    rng = random.Random(args.seed)
    k = min(args.sample, len(occurrences))
    sample = rng.sample(occurrences, k)
    sampled = {id(o) for o in sample}
    cursors: dict[int, int] = {}
    # Locate every occurrence in corpus order so repeated tokens in one article line up.
    for o in occurrences:
        raw = raws[o.article]
        span = locate(raw, o.token, cursors.get(o.article, 0))
        if span is not None:
            cursors[o.article] = span[1]
            if id(o) in sampled:
                o.left, o.right = context(raw, span, args.context)

    print(f"\n## sample of {k} split occurrences (random.Random({args.seed}))")
    for j, o in enumerate(sample, 1):
        print(f"\n[{j:3d}] article {o.article}: {o.token}  ->  {o.split}")
        print(f"      … {o.left} ⟦{o.token}⟧ {o.right} …")

    if not LABELS.exists():
        print(f"\nno judgements yet ({LABELS.relative_to(ROOT)} absent)")
        return 0
    labels = read_labels(LABELS)
    judged = [(o, labels[(o.token, o.split)]) for o in sample if (o.token, o.split) in labels]
    false = [(o, note) for o, (verdict, note) in judged if verdict == "false"]
    lo, hi = wilson(len(false), len(judged))
    print(f"\n## judged: {len(judged)} of {k} sampled occurrences")
    if judged:
        share = len(false) / len(judged)
        print(
            f"false splits: {len(false)}/{len(judged)} = {share:.1%} "
            f"(95% Wilson interval {lo:.1%}-{hi:.1%})"
        )
    for o, note in false:
        print(f"  false: {o.token}  ->  {o.split}   {note}")
    unjudged = k - len(judged)
    if unjudged:
        print(f"unjudged sampled occurrences: {unjudged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
