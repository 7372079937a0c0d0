"""Quote extraction against our labels: precision and recall of statements and speakers.

    .venv/bin/python bench/quotes.py [--show] [--no-write]

Labels: `bench/labels/quotes-saudinewsnet.jsonl`, statements we marked by reading in the
SaudiNewsNet articles listed in `quotes-saudinewsnet-articles.txt` (every statement of each
listed article is labelled): url, character span of the statement in the raw `content`
field, speaker as a reader would name them (title stripped), kind. The articles are read
through Mujaz (JSONL reader, cleaning, segmentation, tagger) and `find_quotes` runs on them.

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
from datetime import date
from pathlib import Path

from results import git_commit, write_section

from mujaz import Engine
from mujaz.arabic.normalize import matching_key
from mujaz.arabic.segment import tokens
from mujaz.extract.quotes import find_quotes
from mujaz.model import Article, Quote

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
LABELS = ROOT / "bench" / "labels" / "quotes-saudinewsnet.jsonl"
ARTICLES = ROOT / "bench" / "labels" / "quotes-saudinewsnet-articles.txt"
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


def extract(article: Article, tagger: bool) -> list[Quote]:
    if not tagger:
        return find_quotes(article)
    from mujaz.extract.tagger import find_mentions

    return find_quotes(article, find_mentions(article.text, article.id))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print misses and false quotes")
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    parser.add_argument(
        "--no-tagger", action="store_true", help="speakers without the entity tagger's names"
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is missing: this bench needs ../shared beside the project")

    urls = ARTICLES.read_text("utf-8").split()
    raw = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("url") in set(urls):
                raw.setdefault(record["url"], record["content"])
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in LABELS.read_text("utf-8").splitlines():
        label = json.loads(line)
        label["text"] = raw[label["url"]][label["start"] : label["end"]]
        gold[label["url"]].append(label)

    found = matched = speaker_exact = speaker_partial = 0
    misses, false = [], []
    for article in load(urls):
        predicted = extract(article, not args.no_tagger)
        labels = gold.get(article.location, [])
        found += len(predicted)
        pairs = sorted(
            (
                (dice(words(q.text), words(g["text"])), i, j)
                for i, q in enumerate(predicted)
                for j, g in enumerate(labels)
            ),
            reverse=True,
        )
        used_q, used_g = set(), set()
        for score, i, j in pairs:
            if score < MATCH or i in used_q or j in used_g:
                continue
            used_q.add(i)
            used_g.add(j)
            matched += 1
            speaker_exact += same_speaker(predicted[i].speaker, labels[j]["speaker"], False)
            if same_speaker(predicted[i].speaker, labels[j]["speaker"], True):
                speaker_partial += 1
            elif args.show:
                print(f"speaker {predicted[i].speaker!r} ≠ {labels[j]['speaker']!r}")
        misses += [(article.location, g) for j, g in enumerate(labels) if j not in used_g]
        false += [(article.location, q) for i, q in enumerate(predicted) if i not in used_q]

    total = sum(len(v) for v in gold.values())
    if args.show:
        for url, g in misses:
            print(f"MISS {url} [{g['speaker']}] {g['text'][:120]}")
        for url, q in false:
            print(f"FALSE {url} [{q.speaker}] {q.text[:120]}")

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "n/a"

    rows = [
        ("statement found", matched, found, total),
        ("statement + speaker (partial name ok)", speaker_partial, found, total),
        ("statement + speaker (exact name)", speaker_exact, found, total),
    ]
    table = ["| match | precision | recall |", "|---|---|---|"]
    table += [f"| {name} | {ratio(m, f)} ({m}/{f}) | {ratio(m, t)} ({m}/{t}) |"
              for name, m, f, t in rows]
    print("\n".join(table))
    if args.no_write or args.no_tagger:
        return
    body = "\n".join(
        [
            f"`{shlex.join(['.venv/bin/python', 'bench/quotes.py'])}` on {date.today()}, "
            f"commit {git_commit()}.",
            "",
            f"{total} labelled statements in {len(urls)} articles (`bench/labels/`); a "
            f"prediction matches a label by word Dice ≥ {MATCH} in the same article. Goal: "
            "precision ≥ 0.9, recall ≥ 0.8.",
            "",
            *table,
        ]
    )
    write_section(SECTION, body)


if __name__ == "__main__":
    main()
