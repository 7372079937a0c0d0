"""Build the entity tagger the package ships: the CRF model (and word clusters, if they help).

    .venv/bin/python scripts/build_gazetteers.py      # first, if the gazetteer changed
    .venv/bin/python scripts/build_tagger.py          # the CRF (clusters only if WITH_CLUSTERS)
    .venv/bin/python scripts/build_tagger.py --dev    # held-out scores, with and without clusters

Inputs, all licensed so that what is derived from them may ship with the package (see
src/mujaz/data/NOTICE.md): ANERcorp train (CAMeL split, CC BY-SA 4.0), wordfreq's Arabic
frequencies (CC BY-SA 4.0, read at run time too), the shipped gazetteer, and for word clusters
only, EASC (CC BY-SA) and the Wojood sample (MIT). SaudiNewsNet (CC BY-NC-SA), ARGEn (research
only) and SemEval (publishers' texts) are never read here.

1. Word clusters, only if WITH_CLUSTERS (`--clusters` rebuilds them; otherwise built when
   src/mujaz/data/word-clusters.tsv.gz is missing, and the file is removed when WITH_CLUSTERS
   is off): every word key seen CLUSTER_MIN_COUNT+ times in ANERcorp train, EASC and the
   Wojood sample (`cluster_segments`, about 210,000 tokens, tokenised as the tagger does) is
   described by the words up to WINDOW left and right of it (PPMI over the CONTEXT_WORDS most
   frequent words), reduced by truncated SVD and grouped by k-means at three granularities
   (CLUSTER_SIZES). Fixed seeds: a rebuild gives the same clusters. On --dev they do not help
   (so WITH_CLUSTERS is off): that text is too small to place names the tagger was not
   trained on; wordfreq's affix profile (`mujaz.extract.tagger.affix_profile`) does that job.
   (Former builds used clusters from SaudiNewsNet's 8.8M words: about as good, may not ship.)
2. The CRF (python-crfsuite, L-BFGS with elastic net) on ANERcorp train, features from
   `mujaz.extract.tagger.Featurizer`, c1/c2 = C1/C2. The test split is never read here
   (bench/entities.py scores it). `--dev` trains on the first three quarters of train and
   scores the last quarter, sentence by sentence and with document consistency
   (`Tagger.tag_document`) at several zipf limits, without clusters and with clusters built
   from the allowed text minus that quarter: C1/C2 (of 0.05/0.01, 0.01/0.05, 0.2/0.01,
   0.1/0.1, all within 1 point), CONSISTENT_ZIPF and WITH_CLUSTERS were chosen there. `--cv`
   picks c1/c2 by K-fold cross-validation on the train split instead (folds are contiguous
   blocks of sentences, so one document's repeated names do not leak across folds; about 40
   minutes).

Writes src/mujaz/data/ner.crfsuite (and src/mujaz/data/word-clusters.tsv.gz if WITH_CLUSTERS).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import tempfile
import time
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from mujaz.arabic.normalize import matching_key
from mujaz.evaluate.ner import ner_scores, read_conll
from mujaz.extract.tagger import CLUSTERS, MODEL, TOKEN, Featurizer, featurizer

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
TRAIN = DATA / "anercorp" / "ANERCorp_approxCamelSplit_train.txt"
# Text the clusters may be learnt from: licences that let a derived table ship with an
# Apache-2.0 package (attribution and share-alike, src/mujaz/data/NOTICE.md), never NC or
# research-only corpora (SaudiNewsNet, ARGEn) nor publishers' texts (SemEval).
EASC = DATA / "easc-articles"  # CC BY-SA
WOJOOD = [DATA / "wojood-sample" / "train.txt", DATA / "wojood-sample" / "val.txt"]  # MIT
CLUSTER_SOURCES = [TRAIN, EASC, *WOJOOD]

WITH_CLUSTERS = False  # ship word clusters? Chosen with --dev, which scores both variants
CLUSTER_MIN_COUNT = 5
CONTEXT_WORDS = 1000
WINDOW = 1
SVD_DIMS = 100
CLUSTER_SIZES = (64, 256, 1024)
SEED = 2015

C1, C2 = 0.1, 0.1  # chosen on the held-out quarter of train (--dev); printed with every build
GRID = [(c1, c2) for c1 in (0.0, 0.05, 0.2) for c2 in (0.01, 0.1)]
FOLDS = 4
DOC_SENTENCES = 10  # ANERcorp marks no documents: this many consecutive sentences stand for one
MAX_ITERATIONS = 300


# --- clusters ----------------------------------------------------------------------------------


def cluster_segments(train_sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """The text clusters are learnt from, as runs of tokens (sentences or articles): the given
    ANERcorp train sentences, the EASC articles and the Wojood sample. Only text whose licence
    lets a derived table ship with the package (CLUSTER_SOURCES); never SaudiNewsNet (CC
    BY-NC-SA) or any other corpus."""
    segments = [list(s) for s in train_sentences]
    for path in sorted(EASC.glob("*/*")):
        text = path.read_text("utf-8-sig")
        segments.append(TOKEN.findall(text))
    for path in WOJOOD:
        # `token TAG [TAG...]` lines; `$#$` ends a document
        segments += [[w for w in words if w != "$#$"] for words, _ in read_conll(path)]
    return [s for s in segments if s]


def corpus_stream(
    segments: Iterable[Sequence[str]], min_count: int
) -> tuple[np.ndarray, list[str]]:
    """The segments as one array of word ids (on matching keys), -1 between segments; ids
    rank the words seen `min_count`+ times, most frequent first (id 0), others are -1."""
    ids: dict[str, int] = {}
    stream = array("i")
    for tokens in segments:
        stream.extend(ids.setdefault(matching_key(t) or t, len(ids)) for t in tokens)
        stream.append(-1)
    raw = np.frombuffer(stream, dtype=np.int32).astype(np.int64)
    counts = np.bincount(raw[raw >= 0], minlength=len(ids))
    order = np.argsort(-counts, kind="stable")
    words = list(ids)
    rank = np.full(len(ids) + 1, -1, dtype=np.int64)  # rank[-1] stays -1
    keep = order[counts[order] >= min_count]
    rank[keep] = np.arange(len(keep))
    return rank[raw], [words[i] for i in keep]


def build_clusters(
    path: Path,
    segments: Iterable[Sequence[str]],
    min_count: int = CLUSTER_MIN_COUNT,
    context_words: int = CONTEXT_WORDS,
    window: int = WINDOW,
    dims: int = SVD_DIMS,
    sizes: Sequence[int] = CLUSTER_SIZES,
) -> None:
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    t0 = time.perf_counter()
    stream, vocab = corpus_stream(segments, min_count)
    print(f"clusters: {len(stream):,} tokens, {len(vocab):,} words seen {min_count}+ times")
    # one block of context columns per offset: the words `window` left ... `window` right;
    # a -1 (segment end) stops the context
    rows, cols, block = [], [], 0
    for offset in (*range(-window, 0), *range(1, window + 1)):
        word = stream[window : len(stream) - window]
        ctx = stream[window + offset : len(stream) - window + offset]
        between = stream[window + min(offset, 0) : len(stream) - window + max(offset, 0)]
        ok = (word >= 0) & (ctx >= 0) & (ctx < context_words)
        if abs(offset) > 1:  # no segment end between the word and its context
            span = np.lib.stride_tricks.sliding_window_view(between, abs(offset) + 1)
            ok &= (span >= 0).all(axis=1)
        rows.append(word[ok])
        cols.append(ctx[ok] + block)
        block += context_words
    r, c = np.concatenate(rows), np.concatenate(cols)
    m = sparse.coo_matrix(
        (np.ones(len(r), dtype=np.float64), (r, c)), shape=(len(vocab), block)
    ).tocsr()
    m.sum_duplicates()
    # positive pointwise mutual information, context distribution smoothed (^0.75)
    total = m.sum()
    row_p = np.asarray(m.sum(axis=1)).ravel() / total
    col_p = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_p /= col_p.sum()
    m = m.tocoo()
    pmi = np.log(m.data / total / (row_p[m.row] * col_p[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vectors = normalize(TruncatedSVD(dims, random_state=SEED).fit_transform(ppmi))
    labels = []
    for k in sizes:
        km = MiniBatchKMeans(k, random_state=SEED, batch_size=4096, n_init=3, max_iter=200)
        labels.append(km.fit_predict(vectors))
    lines = (key + "\t" + "\t".join(str(lab[i]) for lab in labels) for i, key in enumerate(vocab))
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(
        f"clusters: {len(vocab):,} words written to {path} ({path.stat().st_size:,} bytes, "
        f"{time.perf_counter() - t0:.0f} s)"
    )


# --- CRF ---------------------------------------------------------------------------------------


def train(data: list[tuple[list[list[str]], list[str]]], path: Path, c1: float, c2: float) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": MAX_ITERATIONS,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(path))


def predict(path: Path, data: list[tuple[list[list[str]], list[str]]]) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return [tagger.tag(x) for x, _ in data]


def cross_validate(data: list[tuple[list[list[str]], list[str]]]) -> tuple[float, float]:
    """c1/c2 with the best mean micro F1 over FOLDS contiguous folds of the train split."""
    size = -(-len(data) // FOLDS)
    folds = [data[i : i + size] for i in range(0, len(data), size)]
    best = (-1.0, C1, C2)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "cv.crfsuite"
        for c1, c2 in GRID:
            t0 = time.perf_counter()
            f1s = []
            for k, held in enumerate(folds):
                rest = list(itertools.chain(*(f for j, f in enumerate(folds) if j != k)))
                train(rest, model, c1, c2)
                pred = predict(model, held)
                f1s.append(ner_scores([y for _, y in held], pred)["micro"].f1)
            mean = sum(f1s) / len(f1s)
            print(
                f"cv c1={c1} c2={c2}: micro F1 {100 * mean:.2f} "
                f"({' '.join(f'{100 * f:.1f}' for f in f1s)}; {time.perf_counter() - t0:.0f} s)",
                flush=True,
            )
            if mean > best[0]:
                best = (mean, c1, c2)
    print(f"cv: best c1={best[1]} c2={best[2]} (micro F1 {100 * best[0]:.2f})")
    return best[1], best[2]


def held_out(
    sentences: list[tuple[list[str], list[str]]],
    features: Featurizer,
    name: str,
    c1: float,
    c2: float,
) -> None:
    """Train on the first 3/4 of train, score the last 1/4: sentence by sentence, and as
    documents of DOC_SENTENCES sentences made consistent at several zipf limits."""
    from mujaz.extract.tagger import Tagger

    t0 = time.perf_counter()
    data = [(features.sentence(words), labels) for words, labels in sentences]
    cut = len(data) * 3 // 4
    gold = [y for _, y in data[cut:]]
    held = [words for words, _ in sentences[cut:]]
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "dev.crfsuite"
        train(data[:cut], model, c1, c2)
        size = model.stat().st_size
        tagger = Tagger(model)
        tagger.features = features  # the variant's clusters, not the shipped ones
        tagger.clear()
        rows = [("sentences", tagger.tag_many(held))]
        for limit in (3.5, 4.0, 4.5, 5.0):
            pred = []
            for i in range(0, len(held), DOC_SENTENCES):
                pred += tagger.tag_document(held[i : i + DOC_SENTENCES], limit)
            rows.append((f"documents, zipf < {limit}", pred))
    print(f"dev {name}: model {size / 1e6:.2f} MB ({time.perf_counter() - t0:.0f} s)")
    for kind, pred in rows:
        scores = ner_scores(gold, pred)
        print(
            f"dev {name} c1={c1} c2={c2} {kind}: "
            + " ".join(f"{k} {100 * v.f1:.1f}" for k, v in scores.items()),
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", action="store_true", help="rebuild the word clusters")
    parser.add_argument("--cv", action="store_true", help="choose c1/c2 by cross-validation")
    parser.add_argument(
        "--dev",
        action="store_true",
        help="score on the last quarter of train without and with clusters, build nothing",
    )
    parser.add_argument("--c1", type=float, default=C1)
    parser.add_argument("--c2", type=float, default=C2)
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()
    missing = [str(p) for p in CLUSTER_SOURCES if not p.exists()]
    if not TRAIN.exists():
        print(f"cannot build: {TRAIN} not available", file=sys.stderr)
        return 1
    sentences = read_conll(TRAIN)

    if args.dev:
        # the clusters of the dev run see no text of the held-out quarter
        cut = len(sentences) * 3 // 4
        held_out(sentences, featurizer(None), "no clusters", args.c1, args.c2)
        if missing:
            print(f"cannot build clusters: {', '.join(missing)} not available", file=sys.stderr)
            return 1
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "clusters.tsv.gz"
            build_clusters(path, cluster_segments([words for words, _ in sentences[:cut]]))
            held_out(sentences, featurizer(path), "clusters", args.c1, args.c2)
        return 0

    if not WITH_CLUSTERS:
        if CLUSTERS.exists():
            CLUSTERS.unlink()
            print(f"clusters: {CLUSTERS} removed (WITH_CLUSTERS is off)")
    elif args.clusters or not CLUSTERS.exists():
        if missing:
            print(f"cannot build clusters: {', '.join(missing)} not available", file=sys.stderr)
            return 1
        build_clusters(CLUSTERS, cluster_segments([words for words, _ in sentences]))

    t0 = time.perf_counter()
    features = featurizer(CLUSTERS if WITH_CLUSTERS else None)
    data = [(features.sentence(words), labels) for words, labels in sentences]
    print(f"features: {len(data)} sentences ({time.perf_counter() - t0:.0f} s)")
    c1, c2 = cross_validate(data) if args.cv else (args.c1, args.c2)
    t0 = time.perf_counter()
    train(data, args.out, c1, c2)
    print(
        f"model: c1={c1} c2={c2}, {args.out.stat().st_size:,} bytes written to {args.out} "
        f"({time.perf_counter() - t0:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
