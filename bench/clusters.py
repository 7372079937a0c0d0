"""Story clustering quality: labeled SaudiNewsNet days, SemEval-2022 pairs, corpus overview.

    .venv/bin/python bench/clusters.py            # labeled days + SemEval (about a minute)
    .venv/bin/python bench/clusters.py --corpus   # also all of SaudiNewsNet (a few minutes)

Labeled days: `bench/labels/saudinewsnet-DAY.tsv` (url, story) are our own labels; each
day's articles are briefed as one batch (day by day, as a newsroom would), and the stories
are scored with pairwise and B-cubed F1 (`mujaz.evaluate.clusters`). The peer is the plain
baseline the issue names: TF-IDF cosine of the raw words with average linkage, reported at
its best threshold on the same day (an oracle setting: generous to the peer). Where a day was
labelled a second time by another reader who saw neither the first labels nor Mujaz's stories
(`saudinewsnet-DAY-second.tsv`), the two readers' agreement is scored the same way (the
second reader's stories against the first's), and Mujaz against the second reader too.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import numpy as np
from results import git_commit, write_section
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from scipy.stats import spearmanr
from sklearn.feature_extraction.text import TfidfVectorizer

from mujaz.evaluate.clusters import cluster_scores
from mujaz.ingest.readers import _article_from_record
from mujaz.model import Article
from mujaz.pipeline import Engine, batch_vocabulary

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CORPUS = DATA / "saudinewsnet" / "saudinewsnet.jsonl.gz"
LABELS = ROOT / "bench" / "labels"
# labelled by readers who had not seen Mujaz's stories; never tuned on, their errors never read
HELD_OUT = {"2015-08-09", "2015-08-02"}


def load_corpus() -> list[Article]:
    """All SaudiNewsNet articles with text, read as `mujaz brief` reads them."""
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                a = _article_from_record(json.loads(line), f"{CORPUS}:{n}")
            except ValueError:
                continue
            a.id = f"a{n}"
            out.append(a)
    return out


def stories_of(engine: Engine, articles: list[Article]) -> list[list[Article]]:
    articles = engine.prepare(articles, [])
    vocabulary = batch_vocabulary(articles)
    engine.link(articles)
    return engine.cluster(articles, vocabulary.idf, vocabulary.unseen_idf)


def baseline(articles: list[Article], gold: dict[str, str]) -> tuple[float, float, float]:
    """Plain TF-IDF cosine + average linkage, best pairwise F1 over thresholds."""
    texts = [f"{a.title or ''} {a.raw}" for a in articles]
    x = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    dist = squareform(np.clip(1.0 - (x @ x.T).toarray(), 0, 1), checks=False)
    tree = linkage(dist, method="average")
    best = (0.0, 0.0, 0.0)
    for t in np.arange(0.05, 0.6, 0.025):
        labels = fcluster(tree, t=1 - t, criterion="distance")
        pred = {a.location: int(lab) for a, lab in zip(articles, labels, strict=True)}
        s = cluster_scores(pred, gold)
        if s.pairwise_f1 > best[0]:
            best = (s.pairwise_f1, s.bcubed_f1, float(t))
    return best


SECOND = "-second"  # saudinewsnet-DAY-second.tsv: the same day labelled by another reader


def labeled_days(corpus: list[Article], lines: list[str]) -> None:
    by_url = {a.location: a for a in corpus}
    lines += ["| day | articles | gold stories | system | pairwise P | R | F1 | B-cubed F1 |",
              "|---|---|---|---|---|---|---|---|"]
    for path in sorted(LABELS.glob("saudinewsnet-*.tsv")):
        day = path.stem.removeprefix("saudinewsnet-")
        if day.endswith(SECOND):
            continue  # a second reader's labels of a day: scored with that day
        second_path = path.with_name(f"{path.stem}{SECOND}.tsv")
        if day in HELD_OUT:
            day += " (held out)"
        gold = read_labels(path)
        articles = [by_url[u] for u in gold if u in by_url]
        groups = stories_of(Engine(), [_copy(a) for a in articles])
        pred = {a.location: k for k, g in enumerate(groups) for a in g}
        s = cluster_scores(pred, gold)
        n_gold = len(set(gold[a.location] for a in articles))
        lines.append(
            f"| {day} | {len(articles)} | {n_gold} | Mujaz | {s.pairwise_precision:.3f} | "
            f"{s.pairwise_recall:.3f} | **{s.pairwise_f1:.3f}** | {s.bcubed_f1:.3f} |"
        )
        f1, b3, t = baseline(articles, gold)
        lines.append(
            f"| {day} | {len(articles)} | {n_gold} | TF-IDF cosine + average link "
            f"(best threshold {t:.3f}) | | | {f1:.3f} | {b3:.3f} |"
        )
        if second_path.exists():
            urls = [a.location for a in articles]
            first = {u: gold[u] for u in urls}
            second = {u: story for u, story in read_labels(second_path).items() if u in first}
            for name, labels, truth in [
                ("a second reader's labels (human agreement)", second, first),
                ("Mujaz, against the second reader's labels", pred, second),
            ]:
                s = cluster_scores(labels, truth)
                lines.append(
                    f"| {day} | {len(articles)} | {n_gold} | {name} | {s.pairwise_precision:.3f} "
                    f"| {s.pairwise_recall:.3f} | **{s.pairwise_f1:.3f}** | {s.bcubed_f1:.3f} |"
                )


def read_labels(path: Path) -> dict[str, str]:
    """url → story id, from one of our label files."""
    with path.open(encoding="utf-8") as fh:
        return {row["url"]: row["story"] for row in csv.DictReader(fh, delimiter="\t")}


def _copy(a: Article) -> Article:
    return Article(id=a.id, source=a.source, location=a.location, raw=a.raw, title=a.title,
                   published=a.published)


def semeval(lines: list[str]) -> None:
    """Spearman between our story similarity and annotators' Overall (1 same … 4 unrelated)."""
    path = DATA / "semeval2022-ar" / "ar_ar_pairs.jsonl"
    pairs = [json.loads(line) for line in path.open(encoding="utf-8")]
    engine = Engine()
    articles = []
    for k, p in enumerate(pairs):
        for side in (1, 2):
            articles.append(Article(id=f"p{k}-{side}", source=f"s{side}", location=f"p{k}-{side}",
                                    raw=p[f"text{side}"]))
    articles = engine.prepare(articles, [])
    vocabulary = batch_vocabulary(articles)
    idf, default = vocabulary.idf, vocabulary.unseen_idf
    from mujaz.cluster import article_terms, story_vectors

    terms = [article_terms(a.title_stems, [s.stems for s in a.sentences]) for a in articles]
    vec = story_vectors(terms, idf, default)
    index = {a.id: i for i, a in enumerate(articles)}
    ours, overall = [], []
    for k, p in enumerate(pairs):
        i, j = index.get(f"p{k}-1"), index.get(f"p{k}-2")
        if i is None or j is None:
            continue
        ours.append(float((vec[i] @ vec[j].T).toarray()[0, 0]))
        overall.append(float(p["overall"] if "overall" in p else p["Overall"]))
    rho = spearmanr(ours, overall).statistic
    lines.append("")
    lines.append(f"SemEval-2022 Task 8 Arabic pairs ({len(ours)} of {len(pairs)} pairs): Spearman "
                 f"between our story similarity and annotators' Overall = **{rho:.3f}** "
                 "(negative is right: Overall 1 = same story, 4 = unrelated).")


def corpus_overview(corpus: list[Article], lines: list[str]) -> None:
    engine = Engine()
    groups = stories_of(engine, corpus)
    sizes = Counter(min(len(g), 10) for g in groups)
    per_day: dict[date | None, int] = defaultdict(int)
    for g in groups:
        per_day[g[0].published] += 1
    lines.append("")
    lines.append(f"All of SaudiNewsNet in one batch: {len(corpus)} articles → {len(groups)} "
                 "stories. Story sizes (10 = 10 or more): "
                 + ", ".join(f"{k}: {v}" for k, v in sorted(sizes.items())) + ".")
    lines.append("Stories by the day of their first article: "
                 + ", ".join(f"{d}: {n}" for d, n in sorted(per_day.items(), key=str)) + ".")
    lines.append("")
    lines.append("The five largest stories (articles, outlets, first and last day, first title):")
    lines.append("")
    for g in sorted(groups, key=len, reverse=True)[:5]:
        days = sorted(a.published for a in g if a.published)
        span = f"{days[0]} to {days[-1]}" if days else "undated"
        lines.append(f"- {len(g)} articles, {len({a.source for a in g})} outlets, {span}: "
                     f"{g[0].title}")
    multi = [g for g in groups if len({a.source for a in g}) > 1]
    lines.append("")
    lines.append(f"{len(multi)} multi-outlet stories; 20 drawn at random (seed 1):")
    lines.append("")
    for g in random.Random(1).sample(multi, min(20, len(multi))):
        titles = " / ".join(f"{a.source}: {a.title}" for a in g[:4])
        more = f" (+{len(g) - 4})" if len(g) > 4 else ""
        lines.append(f"- {len(g)} articles — {titles}{more}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", action="store_true", help="also brief all of SaudiNewsNet")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not available")
        return
    corpus = load_corpus()
    lines = [f"Date {date.today()}, commit {git_commit()}, command "
             "`.venv/bin/python bench/clusters.py`.", ""]
    labeled_days(corpus, lines)
    semeval(lines)
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section("## Stories (SaudiNewsNet days, SemEval-2022)", text)
    if args.corpus:
        lines = [f"Date {date.today()}, commit {git_commit()}, command "
                 "`.venv/bin/python bench/clusters.py --corpus`."]
        corpus_overview(corpus, lines)
        text = "\n".join(lines)
        print(text)
        if not args.no_write:
            write_section("## Stories (all of SaudiNewsNet in one batch)", text)


if __name__ == "__main__":
    sys.exit(main())
