"""Story entities: spreading confident names across sources and merging aliases, on mentions
of names as news writes them."""

from mujaz.extract.entities import resolve_name, spread_mentions, story_entities
from mujaz.model import Mention


def mention(article: str, text: str, kind: str) -> Mention:
    return Mention(article, 0, len(text), text, kind)


def by_name(entities):
    return {e.name: e for e in entities}


def test_spelling_variants_merge_into_one_entity():
    entities = by_name(story_entities(
        [
            mention("a1", "أشتون كارتر", "PERSON"),
            mention("a2", "آشتون كارتر", "PERSON"),
            mention("a1", "سوريا", "LOCATION"),
            mention("a2", "سورية", "LOCATION"),
            mention("a1", "جان إيف لودريان", "PERSON"),
            mention("a2", "جون إيف لودريان", "PERSON"),
        ],
        ["a1", "a2"],
    ))
    assert len(entities) == 3
    assert entities["سوريا"].articles == ["a1", "a2"]
    carter = next(e for e in entities.values() if "كارتر" in e.name)
    assert carter.mentions == 2 and len(carter.aliases) == 1


def test_partial_name_resolves_only_when_unambiguous():
    entities = by_name(story_entities(
        [
            mention("a1", "آشتون كارتر", "PERSON"),
            mention("a2", "كارتر", "PERSON"),
            mention("a1", "جون كيري", "PERSON"),
            mention("a2", "جون كيربي", "PERSON"),
            mention("a3", "جون", "PERSON"),
        ],
        ["a1", "a2", "a3"],
    ))
    assert entities["آشتون كارتر"].aliases == ["كارتر"]
    assert entities["آشتون كارتر"].articles == ["a1", "a2"]
    # Kerry and Kirby differ by a consonant: two people; "جون" alone could be either
    assert "جون كيري" in entities and "جون كيربي" in entities
    assert "جون" in entities


def test_a_name_shortened_by_its_middle_names_is_one_person_but_not_his_father():
    entities = by_name(story_entities(
        [
            mention("a1", "سلطان بن عاطي القرشي", "PERSON"),
            mention("a2", "سلطان عاطي القرشي", "PERSON"),
            mention("a3", "سلطان القرشي", "PERSON"),
            mention("a3", "القرشي", "PERSON"),
            mention("a4", "عبد الناصر العبد اللطيف", "PERSON"),
            mention("a5", "عبدالناصر العبداللطيف", "PERSON"),
            mention("a1", "محمد بن نايف بن عبدالعزيز", "PERSON"),
            mention("a2", "محمد بن نايف", "PERSON"),
            mention("a3", "نايف بن عبدالعزيز", "PERSON"),
        ],
        ["a1", "a2", "a3", "a4", "a5"],
    ))
    # the forms of one name are one person, and the family name alone then resolves to him
    assert set(entities["سلطان بن عاطي القرشي"].aliases) == {
        "سلطان عاطي القرشي", "سلطان القرشي", "القرشي",
    }
    # عبد الناصر and عبدالناصر are one name written apart and joined
    assert len([e for e in entities if "الناصر" in e]) == 1
    # the father's name inside a son's name is the father
    assert entities["محمد بن نايف بن عبدالعزيز"].aliases == ["محمد بن نايف"]
    assert "نايف بن عبدالعزيز" in entities


def test_god_s_name_an_honorific_a_month_or_a_word_with_a_pronoun_are_no_party():
    entities = by_name(story_entities(
        [
            mention("a1", "الله عز", "PERSON"),
            mention("a1", "لله الحمد", "PERSON"),
            mention("a2", "معاليه", "PERSON"),
            mention("a2", "حزب الله", "ORG"),
            mention("a2", "شوال", "PERSON"),  # a month, as in «10 شوال 1436هـ»
            mention("a2", "شوال الجاري", "PERSON"),
            mention("a2", "رمضان قاديروف", "PERSON"),
            mention("a2", "بيانه", "LOCATION"),  # "his statement", spelled as the town بيانة
            mention("a2", "جده", "LOCATION"),  # Jeddah, as some pages write it
        ],
        ["a1", "a2"],
    ))
    assert list(entities) == ["جده", "حزب الله", "رمضان قاديروف"]


def test_a_preposition_the_tagger_left_on_a_name_comes_off():
    entities = by_name(story_entities(
        [
            mention("a1", "للأمم المتحدة", "ORG"),
            mention("a2", "للاذقية", "LOCATION"),
            mention("a2", "فهد بالهفوف", "PERSON"),
            mention("a3", "الهفوف", "LOCATION"),
            mention("a3", "هيئة الأمر بالمعروف", "ORG"),
        ],
        ["a1", "a2", "a3"],
    ))
    assert set(entities) == {"الأمم المتحدة", "اللاذقية", "فهد", "الهفوف", "هيئة الأمر بالمعروف"}


def test_curated_aliases_name_the_group_once():
    entities = story_entities(
        [
            mention("a1", "داعش", "ORG"),
            mention("a2", "تنظيم الدولة", "ORG"),
            mention("a3", "الدولة الإسلامية", "LOCATION"),
        ],
        ["a1", "a2", "a3"],
    )
    assert len(entities) == 1
    (isis,) = entities
    assert isis.name == "تنظيم الدولة الإسلامية" and isis.type == "ORG"
    assert set(isis.aliases) == {"داعش", "تنظيم الدولة", "الدولة الإسلامية"}
    assert isis.mentions == 3


def test_different_names_with_common_words_stay_apart():
    entities = story_entities(
        [mention("a1", "محمد عباس", "PERSON"), mention("a2", "محمود عباس", "PERSON")], ["a1", "a2"]
    )
    assert len(entities) == 2


def test_confident_names_spread_to_other_sources():
    texts = {
        "a1": "وقال وزير الدفاع البريطاني مايكل فالون إن الحملة مستمرة.",
        "a2": "وأكد مايكل فالون أن الضربات ستتواصل، وقال فالون إن الوقت مناسب.",
    }
    start = texts["a1"].find("مايكل فالون")
    tagged = {"a1": [Mention("a1", start, start + 11, "مايكل فالون", "PERSON")], "a2": []}
    spread = spread_mentions(texts, tagged)
    assert [m.text for m in spread["a2"]] == ["مايكل فالون"]
    assert texts["a2"][spread["a2"][0].start : spread["a2"][0].end] == "مايكل فالون"


def test_a_word_mistaken_twice_for_a_name_is_not_spread_where_the_story_writes_it():
    lines = ["وتقدم الوزير بخالص العزاء وخالص المواساة لأسر الشهداء في أبها."] * 10
    texts = {f"a{k}": line for k, line in enumerate(lines)}
    place = lines[0].find("خالص")
    tagged: dict[str, list[Mention]] = {a: [] for a in texts}
    # خالص, a town's name too, tagged at two of its twenty places; أبها at two of ten
    for a in ("a0", "a1"):
        tagged[a] = [
            Mention(a, place, place + 4, "خالص", "LOCATION"),
            Mention(a, lines[0].find("أبها"), lines[0].find("أبها") + 4, "أبها", "LOCATION"),
        ]
    spread = spread_mentions(texts, tagged)
    assert [m.text for m in spread["a5"]] == ["أبها"]
    assert [m.text for m in spread["a0"]] == ["خالص", "أبها"]


def test_spread_names_stand_as_words_after_clitics_and_never_overlap():
    texts = {
        "a1": "التقى جون كيري نظيره الروسي.",
        "a2": "ولجون كيري رأي، وكيري لا يرى ما يراه كيربي، وقال كيري_ و«كيري» إن جون كيريان زار.",
    }
    tagged = {
        "a1": [Mention("a1", 6, 14, "جون كيري", "PERSON")],
        "a2": [],
    }
    tagged["a1"] += [Mention("a1", 10, 14, "كيري", "PERSON")] * 2  # tagged twice: confident
    spread = spread_mentions(texts, tagged)["a2"]
    # ولجون كيري: two clitic letters before the longer name; وكيري: one; «كيري» stands alone;
    # كيربي, كيري_ and كيريان are other words, and كيري inside جون كيري is not a second name
    assert [(m.text, texts["a2"][m.start : m.end]) for m in spread] == [
        ("جون كيري", "جون كيري"), ("كيري", "كيري"), ("كيري", "كيري"),
    ]
    assert [texts["a2"][m.start - 1] for m in spread] == ["ل", "و", "«"]


def test_speaker_names_resolve_to_the_entity():
    entities = story_entities(
        [mention("a1", "آشتون كارتر", "PERSON"), mention("a2", "داعش", "ORG")], ["a1", "a2"]
    )
    assert resolve_name("كارتر", entities) == "آشتون كارتر"
    assert resolve_name("تنظيم الدولة", entities) == "تنظيم الدولة الإسلامية"
    assert resolve_name("مصادر محلية", entities) == "مصادر محلية"


def test_god_and_currencies_are_not_parties_to_a_story():
    entities = by_name(story_entities(
        [
            mention("a1", "الله", "MISC"),
            mention("a2", "الله", "MISC"),
            mention("a1", "ريال", "ORG"),
            mention("a2", "دولارا", "MISC"),
            mention("a1", "ريال مدريد", "ORG"),
            mention("a2", "عبدالله", "PERSON"),
            mention("a1", "رحمه الله", "ORG"),
            mention("a2", "حزب الله", "ORG"),
        ],
        ["a1", "a2"],
    ))
    assert set(entities) == {"ريال مدريد", "عبدالله", "حزب الله"}


def test_a_father_s_name_alone_does_not_resolve_to_his_son():
    entities = story_entities(
        [mention("a1", "خالد بن عبدالعزيز الفالح", "PERSON")], ["a1"]
    )
    assert resolve_name("عبدالعزيز", entities) == "عبدالعزيز"
    assert resolve_name("الفالح", entities) == "خالد بن عبدالعزيز الفالح"


def test_a_compound_name_counts_as_one_word_when_choosing_the_fullest_form():
    # the tagger left يمين off «الرئيس عبد الله يمين»; عبدالله is then إيفا عبدالله's name
    entities = by_name(story_entities(
        [mention("a1", "عبد الله", "PERSON"), mention("a1", "إيفا عبدالله", "PERSON")],
        ["a1"],
    ))
    assert "إيفا عبدالله" in entities
