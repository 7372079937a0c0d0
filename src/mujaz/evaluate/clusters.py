"""Story clustering scores: pairwise precision/recall/F1 and B-cubed, against gold labels.

Pairwise counts every pair of items put in one story (by us, by the gold labels, by both);
it is dominated by large stories. B-cubed averages, over items, the precision and recall of
each item's own story; it is kinder to singletons. Both are reported because each hides what
the other shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClusterScores:
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(sizes: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def cluster_scores(
    predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]
) -> ClusterScores:
    """Scores of `predicted` against `gold` (both item → story) on their common items."""
    items = [i for i in gold if i in predicted]
    pred_sizes = Counter(predicted[i] for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    both = Counter((predicted[i], gold[i]) for i in items)
    together = _pairs(both)
    pred_pairs, gold_pairs = _pairs(pred_sizes), _pairs(gold_sizes)
    pp = together / pred_pairs if pred_pairs else 1.0
    pr = together / gold_pairs if gold_pairs else 1.0
    n = len(items) or 1
    bp = sum(both[(predicted[i], gold[i])] / pred_sizes[predicted[i]] for i in items) / n
    br = sum(both[(predicted[i], gold[i])] / gold_sizes[gold[i]] for i in items) / n
    return ClusterScores(pp, pr, _f1(pp, pr), bp, br, _f1(bp, br))
