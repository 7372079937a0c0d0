"""Named-entity scores: CoNLL exact-span precision, recall and F1, micro and per type.

A predicted entity counts only when its type and both its boundaries equal a gold entity's, as
conlleval scores it. Spans are read from BIO labels the way conlleval reads them: an `I-X` that
does not continue an `X` (after `O`, or after another type) opens a new entity rather than being
thrown away, so a tagger's ill-formed output is scored, not repaired in its favour.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class NerScore:
    """Precision, recall and F1 (0-1) of one entity type or of all of them, with the counts."""

    precision: float
    recall: float
    f1: float
    correct: int
    predicted: int
    gold: int


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities of one sentence as (start, end, type), end exclusive, from BIO labels."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, label in enumerate(labels):
        tag, _, typ = label.partition("-")
        inside = tag == "I" and typ == kind and start >= 0
        if start >= 0 and not inside:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if tag in ("B", "I") and not inside:
            start, kind = i, typ
    if start >= 0:
        spans.append((start, len(labels), kind))
    return spans


def _score(correct: int, predicted: int, gold: int) -> NerScore:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return NerScore(p, r, f, correct, predicted, gold)


def ner_scores(
    gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]
) -> dict[str, NerScore]:
    """Scores per entity type and under "micro" (all types pooled), sentence by sentence.

    `gold` and `predicted` are parallel lists of sentences, each a list of BIO labels.
    """
    correct: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence lengths differ: {len(g)} gold, {len(p)} predicted")
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        n_gold.update(t for _, _, t in gs)
        n_pred.update(t for _, _, t in ps)
        correct.update(t for _, _, t in gs & ps)
    scores = {t: _score(correct[t], n_pred[t], n_gold[t]) for t in sorted(n_gold | n_pred)}
    scores["micro"] = _score(sum(correct.values()), sum(n_pred.values()), sum(n_gold.values()))
    return scores


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a `token TAG` file as (tokens, labels); blank lines end sentences."""
    sentences, words, labels = [], [], []
    for line in [*path.read_text("utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) == 2:
            words.append(parts[0])
            labels.append(parts[1])
        elif words:
            sentences.append((words, labels))
            words, labels = [], []
    return sentences
