"""The entity tagger on real news sentences, and the CoNLL scorer on hand-counted cases."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys

import pytest
from conftest import SAMPLES, need

from mujaz.evaluate.ner import bio_spans, ner_scores
from mujaz.extract import tagger as ner
from mujaz.extract.tagger import (
    clitic_length,
    find_mentions,
    key_zipf,
    sentences,
    tag,
    tokenize,
)

# From the coalition-2016 samples (Paris meeting of the coalition's defence ministers).
KERRY = (
    "يأتى ذلك في الوقت الذى يجرى فيه جون كيري وزير الخارجية الأمريكي محادثات بشأن سوريا مع "
    "نظيره الروسي سيرجي لافروف في زوريخ خلال ساعات."
)
CARTER = (
    "وقال وزير الدفاع الأميركي آشتون كارتر إثر اجتماع وزراء دفاع سبع دول في التحالف بباريس "
    "اليوم الأربعاء إن الحرب على تنظيم الدولة لها ثلاثة أهداف رئيسية."
)
FALLON = (
    "وقبيل بدء هذا الاجتماع, قال وزير الدفاع البريطاني مايكل فالون إن بلاده قلقة من تصاعد "
    "الغارات الروسية ضد فصائل المعارضة السورية."
)


def mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in find_mentions(text)}


# --- scorer ------------------------------------------------------------------------------------


def test_bio_spans_read_like_conlleval():
    assert bio_spans(["B-PERS", "I-PERS", "O", "B-LOC"]) == [(0, 2, "PERS"), (3, 4, "LOC")]
    # an I- that continues nothing opens an entity; a type change closes one
    assert bio_spans(["O", "I-ORG", "I-ORG", "I-LOC"]) == [(1, 3, "ORG"), (3, 4, "LOC")]
    assert bio_spans(["B-LOC", "B-LOC"]) == [(0, 1, "LOC"), (1, 2, "LOC")]
    assert bio_spans(["O", "O"]) == []


def test_scores_count_exact_spans_only():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PERS", "O", "O", "B-LOC"], ["B-ORG", "I-ORG", "B-MISC"]]
    scores = ner_scores(gold, pred)
    # right: LOC, ORG; wrong: PERS cut short (exact span needed), MISC invented
    assert (scores["micro"].correct, scores["micro"].predicted, scores["micro"].gold) == (2, 4, 3)
    assert scores["micro"].precision == pytest.approx(0.5)
    assert scores["micro"].recall == pytest.approx(2 / 3)
    assert scores["micro"].f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert scores["PERS"].f1 == 0.0 and scores["LOC"].f1 == 1.0
    assert scores["MISC"].precision == 0.0 and scores["MISC"].gold == 0
    with pytest.raises(ValueError):
        ner_scores([["O"]], [["O", "O"]])


# --- tokens and clitics --------------------------------------------------------------------


def test_tokens_look_like_anercorp():
    text = "قال كارتر: «الحرب»، وخسر التنظيم 25% و2.5 مليون (تقريبا)."
    words = [text[a:b] for a, b in tokenize(text)]
    # punctuation apart, clitics on the word, numbers whole: as ANERcorp writes و6 and 1.3
    assert words == [
        "قال", "كارتر", ":", "«", "الحرب", "»", "،", "وخسر", "التنظيم", "25%", "و2.5", "مليون",
        "(", "تقريبا", ")", ".",
    ]


def test_sentences_end_at_marks_and_line_breaks():
    text = "جملة أولى. ثم ثانية\nسطر ثالث 2.5"
    assert [[text[a:b] for a, b in s] for s in sentences(text)] == [
        ["جملة", "أولى", "."], ["ثم", "ثانية"], ["سطر", "ثالث", "2.5"],
    ]


def test_clitic_is_stripped_only_when_the_rest_is_the_word():
    zipf = key_zipf()
    assert clitic_length("وجون", zipf) == 1
    assert clitic_length("وبريطانيا", zipf) == 1
    assert clitic_length("بباريس", zipf) == 1
    assert clitic_length("لبنان", zipf) == 0
    assert clitic_length("كيري", zipf) == 0
    assert clitic_length("واشنطن", zipf) == 0
    assert clitic_length("بوتين", zipf) == 0


def test_affix_profile_tells_places_people_and_words_apart():
    from mujaz.arabic.normalize import matching_key
    from mujaz.extract.tagger import affix_profile, article_class

    zipf = key_zipf()

    def profile(word: str) -> dict[str, str]:
        return dict(own.split("=") for own, _, _ in affix_profile(matching_key(word), zipf))

    paris, obama, company = profile("باريس"), profile("أوباما"), profile("شركة")
    assert int(paris["mب"]) > int(obama["mب"])  # بباريس is common, بأوباما rare
    assert paris["mي"] != "-" and obama["mي"] == "-"  # باريسي, no أوبامي
    assert company["mك"] != "-"  # كشركة
    assert profile("سوريا")["mي"] == profile("فرنسا")["mي"] == "-1"  # سوري، فرنسي
    assert article_class("باريس", zipf) == "0" and article_class("شركه", zipf) in "345"
    assert affix_profile("xyzzy", zipf) == []


# --- tagging -----------------------------------------------------------------------------------


def test_tag_gives_bio_labels_for_each_token():
    words = ["قال", "وزير", "الدفاع", "البريطاني", "مايكل", "فالون", "إن", "لندن", "قلقة", "."]
    labels = tag(words)
    assert len(labels) == len(words)
    assert labels[4:6] == ["B-PERS", "I-PERS"]
    assert labels[7] == "B-LOC"
    assert labels[0] == labels[1] == "O"
    assert tag([]) == []


def test_people_and_places_of_real_sentences():
    found = mentions(KERRY) | mentions(CARTER) | mentions(FALLON)
    for name in ("جون كيري", "سيرجي لافروف", "آشتون كارتر", "مايكل فالون"):
        assert (name, "PERSON") in found
    assert ("سوريا", "LOCATION") in found
    assert ("باريس", "LOCATION") in found  # بباريس: the clitic is not part of the name
    assert not any(text.startswith("وزير") for text, _ in found)


def test_a_number_word_is_never_a_person():
    text = (
        "وكشف التقرير الحادي والخمسون الذي أصدرته الهيئة العامة للإحصاء أن عدد السكان ارتفع "
        "خلال العام الماضي."
    )
    assert not [m for m in find_mentions(text) if m.type == "PERSON"]


def test_spans_point_into_the_text_and_leave_clitics_out():
    text = "والتقى الوزير وجون كيري في بباريس مع نظيره الفرنسي جان إيف لودريان."
    found = find_mentions(text, "a7")
    assert found and all(text[m.start : m.end] == m.text for m in found)
    assert all(m.article == "a7" for m in found)
    assert all(m.type in {"PERSON", "ORG", "LOCATION", "MISC"} for m in found)
    names = {m.text for m in found}
    assert "جون كيري" in names
    assert "وجون كيري" not in names


def test_two_people_joined_by_wa_are_two_names():
    text = (
        "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرجي لافروف في جنيف. "
        "وقال المتحدث إن كيري ولافروف سيبحثان الوضع في سوريا."
    )
    names = {(m.text, m.type) for m in find_mentions(text)}
    assert {("كيري", "PERSON"), ("لافروف", "PERSON")} <= names
    assert not any(" و" in name for name, _ in names)


def test_a_dash_of_tatweel_or_a_figure_is_never_part_of_a_name():
    text = "وصلت المساعدات بتوجيه من الملك سلمان بن عبدالعزيز آل سعود ــ حفظه الله ــ إلى عدن."
    assert not any("\u0640" in m.text for m in find_mentions(text))
    text = "ونال المرشح جيب بوش 40% من الأصوات مقابل 18% لدونالد ترامب و11% لسكوت ووكر."
    assert not any(any(c.isdigit() for c in m.text) for m in find_mentions(text))


def test_empty_and_punctuation_only_text():
    assert find_mentions("") == []
    assert find_mentions(" .، ") == []


def test_sample_articles():
    folder = need(SAMPLES)
    found: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text("utf-8")
        for m in find_mentions(text, path.stem):
            assert text[m.start : m.end] == m.text
            found.setdefault(m.type, set()).add(m.text)
    assert {"باريس", "سوريا", "العراق"} <= found["LOCATION"]
    assert {"آشتون كارتر", "مايكل فالون"} <= found["PERSON"]
    assert "داعش" in found["ORG"] | found["MISC"] | found["PERSON"] | found["LOCATION"]


def test_gazetteer_keeps_places_and_drops_people_and_common_words():
    from mujaz.arabic.normalize import matching_key
    from mujaz.extract.gazetteer import gazetteer

    gaz = gazetteer()
    for place in ("باريس", "لندن", "الرقة", "الموصل", "فرنسا", "سوريا"):
        assert gaz.single.get(matching_key(place)) == "LOCATION", place
    for word in ("كيري", "فالون", "أوباما", "مدينة", "أنه"):
        assert matching_key(word) not in gaz.single, word
    keys = [matching_key(w) for w in ["في", "الولايات", "المتحدة", "و", "كوريا", "الشمالية"]]
    assert gaz.spans(keys, keys) == [(1, 3, "LOCATION"), (4, 6, "LOCATION")]


# --- loading -----------------------------------------------------------------------------------


def test_every_shipped_data_file_has_its_origin_and_licence_noticed():
    data = ner.MODEL.parent
    notice = (data / "NOTICE.md").read_text("utf-8")
    for path in data.iterdir():
        if path.name != "NOTICE.md" and not path.name.startswith("."):
            assert f"## `{path.name}`" in notice, path.name
    assert "SaudiNewsNet" not in notice.split("## `ner.crfsuite`")[1].split("Word clusters are")[0]


def test_nothing_is_loaded_at_import():
    code = (
        "import mujaz.extract.tagger as t, sys; "
        "sys.exit(t.tagger.cache_info().currsize + ('pycrfsuite' in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
    # the word frequencies neither: importing the package (stories' word lists and all)
    code = (
        "import mujaz, mujaz.cluster, sys; from mujaz.arabic.clean import word_zipf; "
        "sys.exit(word_zipf.cache_info().currsize)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def _worker(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.type) for m in find_mentions(text)]


@pytest.mark.skipif(sys.platform == "win32", reason="fork start method")
def test_forked_workers_tag_like_the_parent():
    ner.tagger()  # loaded before the fork: children use the inherited copy
    expected = _worker(CARTER)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        assert pool.map(_worker, [CARTER, CARTER]) == [expected, expected]


def test_own_decoder_equals_crfsuite():
    import pycrfsuite

    crf = pycrfsuite.Tagger()
    crf.open(str(ner.MODEL))
    features = ner.featurizer()
    sents = [
        [text[a:b] for a, b in span] for text in (KERRY, CARTER, FALLON) for span in sentences(text)
    ]
    sents.append(["."])
    assert ner.tagger().tag_many(sents) == [crf.tag(features.sentence(s)) for s in sents]
