"""Quote extraction against our labels: precision and recall of statements and speakers.

    .venv/bin/python bench/quotes.py [--show] [--no-write]

Labels: statements we marked by reading SaudiNewsNet articles (every statement of each listed
article): url, character span of the statement in the raw `content` field, speaker as a reader
would name them (title stripped), kind. Sets: `quotes-saudinewsnet.*` and
`quotes-saudinewsnet-dev2.*` (development: looked at while building the extractor),
`quotes-saudinewsnet-dev3.*`, `quotes-saudinewsnet-dev4.*` to `quotes-saudinewsnet-dev9.*`
(the next development sets: each first scored as it came, then worked on),
`quotes-saudinewsnet-heldout.*` (labelled later, independently; its totals were read while the
speaker rules were written), `quotes-saudinewsnet-heldout2.*` (labelled after those rules, its
errors never read) and `quotes-saudinewsnet-heldout3.*` (labelled during the sixth session's
work, scored at its end). The articles are read through Mujaz (JSONL reader, cleaning,
segmentation, tagger, quotes), each briefed as a story of its own, and the story's quotes are
scored.

The extractor works on the cleaned text, so offsets differ; a predicted statement matches a
label of the same article when their word sets overlap with Dice ≥ 0.5 (one-to-one, best
first). Speakers compare on matching keys (normalised spelling): `exact` needs the same name,
`partial` accepts one name inside the other, ال aside (الغامدي for راشد الغامدي).
"""

from __future__ import annotations

import argparse
import gzip
import json
import shlex
import sys
import tempfile
from collections import defaultdict
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path

from results import git_commit, write_section

from mujaz import Engine
from mujaz.arabic.normalize import matching_key
from mujaz.arabic.segment import tokens
from mujaz.model import Article, Quote, Story
from mujaz.pipeline import describe_story

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
LABELS = ROOT / "bench" / "labels" / "quotes-saudinewsnet.jsonl"
ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-articles.txt"
HELDOUT = ROOT / "bench" / "labels" / "quotes-saudinewsnet-heldout.jsonl"
HELDOUT_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-heldout-articles.txt"
DEV2 = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev2.jsonl"
DEV2_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev2-articles.txt"
DEV3 = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev3.jsonl"
DEV3_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev3-articles.txt"
DEV4 = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev4.jsonl"
DEV4_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev4-articles.txt"
DEV5 = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev5.jsonl"
DEV5_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev5-articles.txt"
DEV6 = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev6.jsonl"
DEV6_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev6-articles.txt"
DEV7 = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev7.jsonl"
DEV7_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev7-articles.txt"
DEV8 = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev8.jsonl"
DEV8_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev8-articles.txt"
DEV9 = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev9.jsonl"
DEV9_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-dev9-articles.txt"
FRESH = ROOT / "bench" / "labels" / "quotes-saudinewsnet-heldout2.jsonl"
FRESH_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-heldout2-articles.txt"
THIRD = ROOT / "bench" / "labels" / "quotes-saudinewsnet-heldout3.jsonl"
THIRD_ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-heldout3-articles.txt"
# the development sets in the order they were made: name in the table, statements, articles
DEVELOPMENT = [
    ("development", LABELS, ARTICLES), ("second development", DEV2, DEV2_ARTICLES),
    ("third development", DEV3, DEV3_ARTICLES), ("fourth development", DEV4, DEV4_ARTICLES),
    ("fifth development", DEV5, DEV5_ARTICLES), ("sixth development", DEV6, DEV6_ARTICLES),
    ("seventh development", DEV7, DEV7_ARTICLES), ("eighth development", DEV8, DEV8_ARTICLES),
    ("ninth development", DEV9, DEV9_ARTICLES),
]
SECTION = "## Quotes (SaudiNewsNet, our labels)"
MATCH = 0.5


def words(text: str) -> set[str]:
    return {matching_key(t) for t in tokens(text)}


def dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def same_speaker(a: str, b: str, partial: bool) -> bool:
    ka, kb = matching_key(a).split(), matching_key(b).split()
    if ka == kb:
        return True
    if not partial or not ka or not kb:
        return False
    ka, kb = [w.removeprefix("ال") for w in ka], [w.removeprefix("ال") for w in kb]
    short, long_ = sorted((ka, kb), key=len)
    return all(w in long_ for w in short)


def load(urls: list[str]) -> list[Article]:
    wanted = set(urls)
    records = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("url") in wanted:
                records.setdefault(record["url"], record)
    engine = Engine()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "quotes.jsonl"
        path.write_text(
            "\n".join(json.dumps(records[u], ensure_ascii=False) for u in urls) + "\n", "utf-8"
        )
        articles, errors = engine.read([path])
        articles = engine.prepare(articles, errors)
    for error in errors:
        print(f"{error.location}: {error.error}", file=sys.stderr)
    return articles


def extract(article: Article) -> list[Quote]:
    """The quotes the briefing shows for this article as a story of its own: speakers
    resolved against the story's entities."""
    story = Story(id="s", articles=[article.id], sources=[article.source])
    describe_story(story, [article])
    return story.quotes


@dataclass(slots=True)
class Score:
    """Counts of one label set: predictions, labels, and matches at three strictness levels."""

    found: int = 0
    total: int = 0
    matched: int = 0
    speaker_partial: int = 0
    speaker_exact: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))


def score(labels_path: Path, articles_path: Path, show: bool) -> Score:
    """Run the extractor on the listed articles and match its quotes to the labels."""
    urls = articles_path.read_text("utf-8").split()
    wanted = set(urls)
    raw = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("url") in wanted:
                raw.setdefault(record["url"], record["content"])
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in labels_path.read_text("utf-8").splitlines():
        label = json.loads(line)
        label["text"] = raw[label["url"]][label["start"] : label["end"]]
        gold[label["url"]].append(label)

    result = Score(total=sum(len(v) for v in gold.values()))
    for article in load(urls):
        predicted = extract(article)
        labels = gold.get(article.location, [])
        result.found += len(predicted)
        pairs = sorted(
            (
                (dice(words(q.text), words(g["text"])), i, j)
                for i, q in enumerate(predicted)
                for j, g in enumerate(labels)
            ),
            reverse=True,
        )
        used_q, used_g = set(), set()
        for value, i, j in pairs:
            if value < MATCH or i in used_q or j in used_g:
                continue
            used_q.add(i)
            used_g.add(j)
            result.matched += 1
            said, label = predicted[i].speaker, labels[j]["speaker"]
            result.speaker_exact += same_speaker(said, label, False)
            if same_speaker(said, label, True):
                result.speaker_partial += 1
            elif show:
                print(f"speaker {said!r} ≠ {label!r}")
        if show:
            for j, g in enumerate(labels):
                if j not in used_g:
                    print(f"MISS {article.location} [{g['speaker']}] {g['text'][:120]}")
            for i, q in enumerate(predicted):
                if i not in used_q:
                    print(f"FALSE {article.location} [{q.speaker}] {q.text[:120]}")
    return result


def rows(name: str, s: Score) -> list[str]:
    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    return [
        f"| {name} | {what} | {ratio(m, s.found)} | {ratio(m, s.total)} |"
        for what, m in [
            ("statement", s.matched),
            ("statement + speaker (partial name ok)", s.speaker_partial),
            ("statement + speaker (exact name)", s.speaker_exact),
        ]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--show", action="store_true",
        help="print misses and false quotes of the development sets (never of the held-out ones)",
    )
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is missing: this bench needs ../shared beside the project")
    devs = [score(lab, art, args.show) if lab.exists() else None for _, lab, art in DEVELOPMENT]
    heldout = score(HELDOUT, HELDOUT_ARTICLES, False)
    table = ["| labels | match | precision | recall |", "|---|---|---|---|"]
    for (name, _, _), scored in zip(DEVELOPMENT, devs, strict=True):
        if scored is not None:
            table += rows(f"{name} (25 articles)", scored)
    table += rows("held out (25 articles)", heldout)
    fresh = score(FRESH, FRESH_ARTICLES, False) if FRESH.exists() else None
    if fresh is not None:
        table += rows("second held out (25 articles)", fresh)
        table += rows("both held-out sets pooled (50 articles)", heldout + fresh)
    third = score(THIRD, THIRD_ARTICLES, False) if THIRD.exists() else None
    if third is not None:
        table += rows("third held out (25 articles)", third)
    print("\n".join(table))
    if args.no_write:
        return
    body = "\n".join(
        [
            f"`{shlex.join(['.venv/bin/python', 'bench/quotes.py'])}` on {date.today()}, "
            f"commit {git_commit()}.",
            "",
            "Our labels (`bench/labels/`), each set 25 SaudiNewsNet articles (seeds and "
            "filters in `bench/labels/README.md`), the first labelled while the extractor was "
            "built, every other one by a reader who had not seen it: "
            + f"{sum(d.total for d in devs if d is not None)} statements in "
            + f"{sum(d is not None for d in devs)} development sets, whose errors were read "
            "and rules written from them; "
            + f"{heldout.total}"
            + (f", {fresh.total}" if fresh is not None else "")
            + (f" and {third.total}" if third is not None else "")
            + " in held-out sets, whose errors were never read. How each set was made and "
            "used, and every time the held-out totals were read, are in the hand-written "
            "section after this one ('Quotes: the labels and every read of the held-out sets')."
            + " A "
            f"prediction matches a label by word Dice ≥ {MATCH} in the same article. Goal: "
            "precision ≥ 0.9, recall ≥ 0.8.",
            "",
            *table,
        ]
    )
    write_section(SECTION, body)


if __name__ == "__main__":
    main()
