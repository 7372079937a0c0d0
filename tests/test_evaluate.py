"""ROUGE for Arabic, on cases counted by hand."""

from __future__ import annotations

import pytest

from mujaz.evaluate import Score, rouge, rouge_n, rouge_tokens


def test_tokens_normalise_and_drop_marks():
    assert rouge_tokens("أعلنَتْ الحكومـــة، إلى «الشورى»!") == ["اعلنت", "الحكومه", "الي", "الشوري"]
    assert rouge_tokens("إيران آشتون") == ["ايران", "اشتون"]


def test_tokens_keep_arabic_letters_and_latin():
    # the failure of Google's rouge-score: Arabic letters must survive
    assert rouge_tokens("البحرين تحبط تهريب C4") == ["البحرين", "تحبط", "تهريب", "C4"]


def test_separator_between_digits_stays():
    assert rouge_tokens("ضبط 43.8 كجم و1,200 طلقة.") == ["ضبط", "43.8", "كجم", "و1,200", "طلقه"]
    assert rouge_tokens("عام 2013. ثم") == ["عام", "2013", "ثم"]  # a full stop after a digit goes
    assert rouge_tokens("١٬٢٠٠") == ["١٬٢٠٠"]


def test_identical_is_one_and_disjoint_is_zero():
    text = "أعلنت وزارة الداخلية البحرينية إحباط تهريب متفجرات"
    for n in (1, 2):
        assert rouge_n(text, text, n) == Score(1.0, 1.0, 1.0)
    assert rouge_n(text, "قال الوزير في مؤتمر صحفي", 1) == Score(0.0, 0.0, 0.0)
    assert rouge_n("", text, 1) == Score(0.0, 0.0, 0.0)


def test_hand_counted_example():
    candidate = "أحبطت البحرين تهريب متفجرات من إيران"  # 6 tokens, 5 bigrams
    reference = "البحرين تحبط تهريب متفجرات قادمة من إيران عبر البحر"  # 9 tokens, 8 bigrams
    # unigrams shared: البحرين تهريب متفجرات من ايران = 5
    r1 = rouge_n(candidate, reference, 1)
    assert r1.precision == pytest.approx(5 / 6)
    assert r1.recall == pytest.approx(5 / 9)
    assert r1.f1 == pytest.approx(2 * (5 / 6) * (5 / 9) / (5 / 6 + 5 / 9))
    # bigrams shared: (تهريب متفجرات), (من ايران) = 2
    r2 = rouge_n(candidate, reference, 2)
    assert (r2.precision, r2.recall) == pytest.approx((2 / 5, 2 / 8))
    assert rouge(candidate, reference)[2] == r2


def test_repeated_ngrams_are_clipped():
    # candidate says ايران three times; the reference once: one match, not three
    r1 = rouge_n("إيران إيران إيران", "إيران والبحرين", 1)
    assert (r1.precision, r1.recall) == pytest.approx((1 / 3, 1 / 2))


def test_scores_are_averaged_over_references():
    candidate = "البحرين تستدعي سفيرها"
    got = rouge_n(candidate, ["البحرين تستدعي سفيرها", "المنامة تستدعي سفيرها في طهران"], 1)
    # ref 1: P = R = F = 1; ref 2: 2 shared, P = 2/3, R = 2/5, F = 1/2
    assert got.precision == pytest.approx((1 + 2 / 3) / 2)
    assert got.recall == pytest.approx((1 + 2 / 5) / 2)
    assert got.f1 == pytest.approx((1 + 1 / 2) / 2)


def test_summaries_are_cut_to_the_first_100_tokens():
    reference = " ".join(f"كلمة{i}" for i in range(100))
    padded = reference + " " + " ".join(f"زيادة{i}" for i in range(50))
    assert rouge_n(padded, reference, 1).f1 == 1.0  # tokens past 100 are not counted
    assert rouge_n(padded, reference, 1, max_tokens=None).precision == pytest.approx(100 / 150)
    # the cut applies to the reference too: here the candidate covers all of its first 10
    assert rouge_n("أ ب ج د ه و ز ح ط ي", "أ ب ج د ه و ز ح ط ي ك ل", 1, max_tokens=10).recall == 1.0


def test_cluster_scores_by_hand():
    from mujaz.evaluate.clusters import cluster_scores

    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    perfect = cluster_scores({"a": "x", "b": "x", "c": "x", "d": "y"}, gold)
    assert perfect.pairwise_f1 == 1.0 and perfect.bcubed_f1 == 1.0
    # predicted {a,b} {c,d}: 1 of 2 predicted pairs right, 1 of 3 gold pairs found
    s = cluster_scores({"a": "x", "b": "x", "c": "y", "d": "y"}, gold)
    assert s.pairwise_precision == 0.5 and abs(s.pairwise_recall - 1 / 3) < 1e-12
    # B-cubed precision: a,b → 1; c,d → 1/2 → 0.75; recall: a,b → 2/3; c → 1/3; d → 1
    assert s.bcubed_precision == 0.75 and abs(s.bcubed_recall - (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4) < 1e-12
