"""Quotes: who said what, direct («…», "…") and reported (قال … إن …).

A statement is found from its cue, never from quotation marks alone: straight quotes in Arabic
news mark names and scare phrases ("رأس الأفعى") as often as speech. The cues are

    reporting verb + speaker phrase + إن/أن/: or an opening quote mark     وقال الوزير إن …
    participle or speaker-less verb, speaker carried from the passage     مضيفا أن … / وأضاف: …
    عن + speaker + قوله after a verb of quoting                  نقلت الوكالة عن الوزير قوله إن …
    quotation + reporting verb or "according to" + speaker      «…»، قال الوزير / «…»، بحسب الوكالة
    نقل + who reports + عن + speaker + أن               ونقلت وسائل إعلام عن والدة المنفذ أنها …
    "according to" + source + فإن                           وبحسب المصادر، فإن …

The speaker phrase loses its title (وزير الدفاع البريطاني مايكل فالون → مايكل فالون) through
the tagger's PERSON mention inside it, or, without one, through a scan for the name at its end;
a surname alone (وأضاف فالون) is resolved to the full name said earlier in the article. What
the reporting structure puts between verb and speaker is skipped: a parenthesis, whom it was
told to (لـ«عكاظ»), a short place or time (سفير المملكة في أثينا فلان). A phrase without a
name is read as Arabic news uses it, as a reference back:

    التقرير، البيان، بيان للوزارة     the body that issued it (أصدرت شركة … تقريرها)
    الوزارة، الصحيفة، المصادر         the nearest full naming with that head (وزارة الصحة)
    المصدر ذاته                      the source cited before
    مساعد مدير الأمن العام، الوزير     the person named with that title before
    سموه، معاليه                     the dignitary named with the matching honorific
    الحق سبحانه وتعالى               الله
    قاضية أمريكية                    the person القاضية goes on to name later

A cue without a speaker phrase takes the subject its reporting structure implies: the name a
relative pronoun follows (… ناصر العنزي والذي أوضح), one put before the verb (وكانت الوزارة قد
قالت), the topic after أما (أما الحارس فلان فأكد), the subject of the sentence's earlier verb
(أعلنت حركة طالبان …، قائلة; وروى الزوج …، مشيرا), else the speaker of the passage, one the
verb agrees with in gender (وقالت فلانة … وأضاف: not her). A statement runs to the end of its
sentence (the segmenter keeps quotations inside sentences), or to the next statement; a
reported statement that ends by quoting the speaker («…») is two statements.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mujaz.arabic.clean import word_zipf
from mujaz.arabic.normalize import ARABIC_LETTER, matching_key
from mujaz.extract.entities import HONORIFIC_PRONOUN_TITLES, only_as_fathers_name
from mujaz.extract.tagger import TITLES as TAGGER_TITLES
from mujaz.model import Article, Mention, Quote

_MARKS = "\u064b-\u0652\u0640"  # tashkeel and tatweel may sit after any letter
CARRY_SENTENCES = 6
SPEAKER_TOKENS = 18  # words a cue's speaker phrase may span before its complementizer …
TITLED_SPEAKER_TOKENS = 30  # … or, when it ends on an honorific and a name, this many
HONORED_NAME_WORDS = 6  # words of that name, at most
FRONTED_TOPIC_CHARS = 60  # a topic put before a verb of saying (وعن النتائج قال) runs this far
LOOK_BACK = 5000  # characters an anaphoric speaker (الوزارة، مساعد المدير) looks back over
PATTERNS = 4096  # patterns built on a word (a title, a noun) kept compiled: re keeps only 512
FAMILY_NAME_ZIPF = 4.6  # an ال word as common as this is a noun, not a family name
PREPOSITION_ZIPF_GAP = 0.6  # بفرع is ب + فرع when فرع is this much commoner than بفرع


def _loose(word: str) -> str:
    """A pattern for `word` that tolerates tashkeel, tatweel and alef/yeh/teh spelling."""
    classes = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]",
               "ى": "[ىي]", "ي": "[يى]", "ة": "[ةه]", "ه": "[هة]"}
    return "".join(f"{classes.get(ch, re.escape(ch))}[{_MARKS}]*" for ch in word)


def _keys(words: Sequence[str]) -> frozenset[str]:
    return frozenset(matching_key(w) for w in words)


def _alternatives(words: Sequence[str]) -> str:
    """A pattern for any of `words`, each `_loose`, longest first. Written as a trie (shared
    beginnings once): Python's regex engine tries a plain alternation word by word at every
    position, which made this module's searches its slowest part."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in matching_key(word):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


_LOOSE_KEY = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}


def _trie_pattern(node: dict) -> str:
    branches = [
        f"{_LOOSE_KEY.get(ch, re.escape(ch))}[{_MARKS}]*{_trie_pattern(child)}"
        for ch, child in sorted(node.items()) if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_PAST = [
    "قال", "أضاف", "أكد", "أوضح", "أشار", "اعتبر", "وصف", "اعترف", "أعلن", "صرح", "ذكر", "تابع",
    "شدد", "بين", "أفاد", "لفت", "كشف", "حذر", "أعرب", "نوه", "زعم", "استطرد", "أردف", "اختتم",
    "أجاب", "علق", "رد", "كتب", "غرد", "أقر", "ألمح", "جدد", "أبلغ", "أفصح", "استدرك",
    "أبان", "استبعد",  # وأبان المدير أن (أوضح); واستبعد الوزير أن: ruling out is a statement
    "وجد",  # ووجد الباحثون أن: a finding reported
    "خلص", "توصل",  # وخلصت الدراسة إلى أن: a conclusion reported
]
_PAST_IRREGULAR = [
    "نفى", "نفت", "دعا", "دعت", "رأى", "رأت", "ادعى", "ادعت",
    "تمنى", "تمنت", "تمنوا",  # a hope voiced is a statement: وتمنى المدير أن
    "زاد", "زادت",  # وزاد: «…», "he went on": before a colon or a quotation, or وزاد أن
    "أكمل", "أكملت",  # وأكمل: «…», as زاد
]
_PRESENT = [
    "يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد", "يوضح", "توضح", "يشير", "تشير", "يرى", "ترى",
    "يعتبر", "تعتبر", "يرد", "ترد", "يكشف", "تكشف", "يحذر", "تحذر", "يتابع", "تتابع", "يصف",
    "تصف", "يأمل", "يأملون", "يتمنى", "تتمنى", "يرجح", "ترجح",  # not تأمل: also "contemplate!"
    "يفيد", "تفيد",  # وتفيد تقديرات الصندوق بأن (see `_not_a_verb`)
]
_VERBS = [
    *_PAST, *(v + "ت" for v in _PAST), *(v + "وا" for v in _PAST), *_PAST_IRREGULAR, *_PRESENT
]
# participles report for a speaker already named: مضيفا أن … , قائلا: «…»
_PARTICIPLES = [
    "قائلا", "مضيفا", "مؤكدا", "موضحا", "مشيرا", "معتبرا", "لافتا", "مبينا", "منوها", "مشددا",
    "محذرا", "واصفا", "معربا", "مستطردا", "مردفا", "متابعا", "مستدركا", "قائلة", "مضيفة", "مؤكدة",
    "موضحة", "مشيرة", "معتبرة", "لافتة", "مبينة", "منوهة", "مشددة", "قائلين", "مضيفين", "مؤكدين",
    "موضحين", "مشيرين", "معتبرين", "لافتين", "مبينين", "منوهين", "مشددين", "محذرين", "داعيا",
    "مطالبا", "معلنا", "مشيدا", "متهما", "منتقدا", "مهديا", "مستشهدا", "مرجعا", "معترفا", "نافيا",
    "مرجحا", "مرجحة", "متوقعا", "متوقعة", "مفيدا", "مفيدة", "مفيدين", "منبها", "منبهة",
]

_QUOTE_OPEN = "«\"“"
_PARENTHETICAL = re.compile(r"\([^()\n]{0,80}\)")
_QUOTE_CLOSE = {"«": "»", "“": "”", '"': '"'}
_NOT_QUOTE = "[^«»\"“”\n]"
# a speaker phrase may hold a short quoted or bracketed name (المشرف على برنامج "بارع" فلان,
# وقال لـ«الرياض» فلان), a parenthesis or an abbreviated title (د. فلان)
_SPEAKER_TOKEN = (
    rf"(?:\([^()\n]{{0,80}}\)|(?:[أا]\.)?[دمأ]\.|[^\s.؟!?:;؛«»\"“”]+"
    rf"|(?:لـ|ل)?[«\"“]{_NOT_QUOTE}{{1,30}}?[»\"”][^\s.؟!?:;؛«»\"“”]*)"
)
# an opening quote starts a statement only when three words or more follow before it closes
_WORD_IN_QUOTE = "[^«»\"“”\\s]+"
# a straight mark right after a word closes a quotation (العرض المسرحي "قال الراوي" الذي …)
_STATEMENT_QUOTE = (
    rf"(?:[«“]|(?<![^\s،,:])\")(?=\s*{_WORD_IN_QUOTE}\s+{_WORD_IN_QUOTE}\s+{_WORD_IN_QUOTE})"
)
_COMPLEMENTIZER = (
    rf"(?:(?:{_alternatives(['إلى', 'على', 'عن', 'من'])})\s+)?"
    rf"(?:ب)?{_loose('أن')}(?:ه|ها|هم|هما|نا|ني)?(?=[\s،,])"
)
_CUE = re.compile(
    rf"(?<![^\s(«\"“،,.:؛])[وف]?(?:(?P<verb>{_alternatives(_VERBS)})|(?P<part>{_alternatives(_PARTICIPLES)}))"
    rf"(?![^\s،,:«\"“])"
    rf"(?P<speaker>(?:[\s،,]+{_SPEAKER_TOKEN}){{0,{TITLED_SPEAKER_TOKENS}}}?)"
    rf"[\s،,]*(?P<comp>(?<![^\s،,]){_COMPLEMENTIZER}|:|{_STATEMENT_QUOTE})"
)
# a comma and a participle turn from the statement to what the speaker did with it
# …, and a verb of the speaker's next act (…، ودعا إلى …) turns from it too
_NEXT_ACTS = [
    *_PAST, *(v + "ت" for v in _PAST), "دعا", "دعت", "طالب", "طالبت", "حث", "حثت", "ناشد",
    "ناشدت", "أشاد", "أشادت", "توقع", "توقعت", "رجح", "رجحت",  # a forecast is no statement
    "أرفق", "أرفقت",  # وأرفقت صورة من …: what the speaker sent with the statement
]
_CNN = re.compile(r"سي\s+[اإ]ن\s+[اإ]ن(?!\w)")
_TURN = re.compile(
    rf"[،,]\s*(?:[وف]?(?:{_alternatives(_PARTICIPLES)})|و(?:{_alternatives(_NEXT_ACTS)})"
    rf"|و?(?:رافق|رافقت|يرافق|ترافق)(?:ه|ها|هم|هما))"  # …، رافقه خلال الزيارة فلان: his retinue
    rf"(?![^\s،,:])"
)
# … وناشدت المحلفين: with no comma, و and a next act in the speaker's gender (`_own_next_act`);
# not رد and بين, whose و+ forms are mostly ورد (came) and وبين (and between)
_NOT_AFTER_WAW = ("رد", "ردت", "بين", "بينت")
_NEXT_ACT = re.compile(
    rf"\sو(?P<act>{_alternatives([v for v in _NEXT_ACTS if v not in _NOT_AFTER_WAW])})"
    rf"(?![^\s،,:])"
)
_AFTER_QUOTE = re.compile(
    rf"^[\s،,]*[وف]?(?P<verb>{_alternatives(_VERBS)})(?![^\s،,])"
    rf"(?P<speaker>(?:[\s،,]+{_SPEAKER_TOKEN}){{1,8}}?)\s*(?=[.،,؛:]|$)"
)

_PARTICIPLE_KEYS = frozenset(matching_key(w) for w in _PARTICIPLES)
# the gender a singular verb or participle shows: قالت، تقول، مضيفة / قال، يقول، مضيفا
_GENDERED = {
    **{matching_key(v): "m" for v in [*_PAST, "نفى", "دعا", "رأى", "ادعى", "تمنى", "زاد"]},
    **{matching_key(v): "f" for v in [
        *(v + "ت" for v in _PAST), "نفت", "دعت", "رأت", "ادعت", "تمنت", "زادت",
    ]},
    **{matching_key(v): "m" if v.startswith("ي") else "f" for v in _PRESENT
       if not v.endswith("ون")},
    **{matching_key(p): "f" if p.endswith("ة") else "m" for p in _PARTICIPLES
       if not p.endswith("ين")},
}
_VERB_KEYS = _keys(_VERBS)
_LEADING_INNA = re.compile(r"[إا]ن(?:ه|ها|هم)?\s+")
_PREPOSITIONS = frozenset(
    matching_key(w) for w in [
        "في", "على", "عن", "من", "إلى", "الى", "خلال", "عقب", "لدى", "عند", "أثناء", "عبر", "بعد",
        "أمام", "ضمن", "حول",
    ]
)
_CUT = frozenset(
    matching_key(w)
    for w in [
        "في", "خلال", "عقب", "لدى", "عند", "أثناء", "عبر", "بعد", "أمام", "ضمن", "حول", "عن", "لـ",
        "ل", "تحت",
        "وفق", "وفقا", "طبقا", "نقلا", "بحسب", "حسب", "الذي", "التي", "الذين", "بـ", "ما", "وهو",
        "وهي", *_PARTICIPLES,
    ]
)
_TIME_WORDS = [
    "اليوم", "أمس", "امس", "غدا", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
    "الخميس", "الجمعة", "السبت", "صباح", "مساء", "ظهر", "فجر", "ليلة", "أول", "الماضي",
    "الجاري", "أيضا", "ايضا", "كذلك", "بدوره", "بدورها", "الشهر", "الأسبوع", "السنة",
    "مطلع", "منتصف", "أواخر", "أوائل", "المقبل", "الحالي", "مؤخرا", "سابقا", "لاحقا", "يوم",
    "الآن", "حاليا",
]
_TIME = _keys(_TIME_WORDS)
# Honorifics come straight before a name (الدكتور راشد الغامدي، اللواء الغامدي); offices take a
# complement first (وزير الدفاع البريطاني مايكل فالون). Both are stripped from speakers.
HONORIFICS = frozenset(
    matching_key(w)
    for w in [
        "الدكتور", "د", "الدكتورة", "المهندس", "م", "الأستاذ", "الأستاذة", "السيد", "السيدة",
        "الشيخ", "شيخ", "الأمير", "الملك", "السفير", "اللواء", "العميد", "العقيد", "المقدم",
        "الرائد", "النقيب", "الفريق", "المشير", "الجنرال", "الكابتن", "المدرب", "سمو", "معالي",
        "فضيلة", "سعادة", "الإمام", "المفتي", "القاضي", "الإعلامي", "الكاتب", "الزميل", "النائب",
        "الأميرة", "الملكة", "الشيخة", "السفيرة", "الإعلامية", "الكاتبة", "الزميلة", "النائبة",
    ]
)
OFFICES = frozenset(
    matching_key(w)
    for w in [
        "وزير", "الوزير", "وزيرة", "رئيس", "الرئيس", "رئيسة", "نائب", "المتحدث", "الناطق",
        "متحدث", "ناطق", "مدير", "المدير", "مديرة", "المديرة", "الأمين", "أمين", "العام",
        "المساعد", "مساعد", "وكيل", "محافظ", "المحافظ", "أمير", "ملك", "ولي", "العهد", "سفير",
        "قائد", "القائد", "عضو", "العضو", "مستشار", "المستشار", "مدرب", "المحلل", "الخبير",
        "الباحث", "صاحب", "السمو", "الملكي", "البابا", "المنسق", "المبعوث", "مبعوث", "المندوب",
        "مندوب", "المفوض", "الممثل", "ممثل", "المشرف", "مشرف", "رئيسا", "باسم", "والي",
        # the feminine forms: قالت العضوة في مبادرة "بلدي" إيمان فلاتة
        "عضوة", "العضوة", "المتحدثة", "متحدثة", "الناطقة", "ناطقة", "المستشارة", "مستشارة",
        "سفيرة", "مندوبة", "المندوبة", "ممثلة", "الممثلة", "المشرفة", "مشرفة", "وكيلة", "الوكيلة",
        "قائدة", "القائدة", "الباحثة", "المحللة", "الخبيرة", "المنسقة", "نائبة", "المفوضة",
        # a mosque's imam and preacher, a college's dean (العميد alone is a brigadier)
        "إمام", "خطيب", "الخطيب", "عميد", "عميدة",
        # a specialist or an officer by his field (المختص في الأرصاد الدكتور خالد الزعاق،
        # المسؤول الأمني في المطار عبدالله قائد)
        "المختص", "مختص", "المختصة", "مختصة", "الأخصائي", "أخصائي", "الأخصائية", "أخصائية",
        "الاستشاري", "استشاري", "الاستشارية", "استشارية", "المسؤول", "مسؤول", "المسؤولة",
        "مسؤولة",
    ]
)
TITLE_WORDS = HONORIFICS | OFFICES


@dataclass(slots=True)
class _Passage:
    """What a speaker is resolved against: the article's text, its tagged people and other
    names (organisations, places), and the quotes found so far."""

    text: str
    sentences: list[tuple[int, int]]
    people: list[Mention]
    names: list[Mention]
    quotes: list[Quote]


def find_quotes(article: Article, mentions: Sequence[Mention] = ()) -> list[Quote]:
    """The statements of one cleaned, segmented article, each with its resolved speaker."""
    text = article.text
    starts = [s.start for s in article.sentences]
    people = [
        p for m in mentions
        if m.type == "PERSON" and (p := _untitled(m)) is not None and not _praise_formula(m.text)
        and not _PLACE_NAMED_AFTER.search(text, max(0, m.start - 40), m.start)
    ]
    quotes: list[Quote] = []
    passage = _Passage(
        text, [(s.start, s.end) for s in article.sentences], people,
        [m for m in mentions if m.type != "PERSON"], quotes,
    )
    taken: list[tuple[int, int]] = []
    last: Quote | None = None
    genders: dict[str, str] = {}  # speaker → the gender of the verb that first reported them
    cues = _cues(text)
    for n, m in enumerate(cues):
        k = bisect_right(starts, m.start) - 1
        if k < 0 or m.end > article.sentences[k].end:
            continue
        sentence = article.sentences[k]
        if any(p.start == m.comp_start for p in people):
            continue  # الأمين العام بان كي مون: بان starts a name, not a that-clause
        if matching_key(m.comp).startswith("علي") and not (
            matching_key(m.verb or m.part or "") in _ON_TAKERS
            or _ON_NOUN.search(text, m.speaker[0], m.speaker[1] + 1)
        ):
            continue  # اختتم تدريباته …، على أن: "provided that", not what was said
        if m.verb and m.word_start == m.start and _after_preposition(text, m.start):
            continue  # يوصف في كتب التاريخ بأنه: a noun, a verb never follows في
        if m.verb and _not_a_verb(text, m):
            continue  # إبان الحرب: "during"; المزاعم التي تفيد بأن: what a claim holds
        if matching_key(m.verb or "") in _ACCORDING_KEYS:
            if not (
                _names_someone(text, *m.speaker, people)
                or text[slice(*m.speaker)].lstrip()[:1] in _QUOTE_OPEN
                or any(
                    n.type == "ORG" and m.speaker[0] <= n.start < m.speaker[1]
                    for n in passage.names
                )
            ):
                continue  # بحسب الإحصاءات، فإن: a source must be someone (or «رويترز»)
            if re.match(r"\s*ل[^ل\s]", text[slice(*m.speaker)]):
                m = _told_source(text, m)  # وفقا لوزير المالية فلان، فإن: ل is not the name's
        phrase = _trim_phrase(text, *m.speaker, people, quoting=m.comp[:1] in _QUOTE_OPEN)
        if phrase is not None and _found_object(text, m, phrase, people):
            continue  # ووجدوا فرصتهم مع شركة …: what was found, not who found it
        raw_phrase = text[slice(*m.speaker)].split()
        if raw_phrase and matching_key(m.verb or "") in _REPLIED and matching_key(
            raw_phrase[0]
        ).startswith("فعل"):
            continue  # رد فعل: "reaction", a noun
        if phrase is not None and (
            _between_not_said(m, text[phrase[0] : phrase[1]], text)
            or _prayer(m, text[slice(*m.speaker)])
            or (raw_phrase and matching_key(raw_phrase[-1]) in _NOT_REPORT_BEFORE_ANNA)
        ):
            phrase = None
        if phrase is not None and m.verb and matching_key(m.verb) in _DESCRIBE:
            phrase = _without_object(text, phrase, people)
            if _construct_head(text, phrase, people, not m.verb.endswith(("ت", "وا"))):
                phrase = (phrase[0], phrase[0])  # ووصف معسكر الفريق بأنه: all of it described
        honored = ""
        if phrase is not None and (key := matching_key(text[slice(*phrase)])) in _HONORED:
            honored = _honored(passage, _HONORED[key], m.start)
            phrase = (phrase[0], phrase[0])  # وأضاف سموه: the dignitary of the passage
        if phrase is None or (m.part and phrase[0] < phrase[1]):
            # "أكد على ضرورة أن": the words after the verb are not a speaker; a participle
            # reports for the sentence's subject, so words after it are its object
            continue
        # a reported statement stops where the sentence goes on to the next statement
        # (…، مضيفا أن … / … وأضاف أن …); a report inside it (… أن التحقيقات كشفت أن …) stays
        stop = sentence.end
        for later in cues[n + 1 :]:
            if later.start < m.end:
                continue  # a cue word inside this one's speaker phrase
            if later.start >= stop:
                break
            if later.part or _joined(text, later.start) or _after_relative(text, later):
                stop = _before_particle(text, later.start)
                break
            if later.verb and (topic := _FRONTED_TOPIC.search(text, m.end, later.start)):
                stop = topic.start() + 1  # … وعن النتائج قال إن …: a new topic, a new statement
                break
        if (turn := _TURN.search(text, m.end, stop)) is not None:
            stop = turn.start()  # …، داعيا الأسر إلى …: the statement ended at the comma
        if (act := _own_next_act(text, m, stop)) is not None:
            stop = act  # قالت هيئة الدفاع إن هولمز يعاني من مرض عقلي وناشدت المحلفين …
        content = _content(text, m, stop)
        if content is None:
            continue
        start, end, kind = content
        if any(a < end and start < b for a, b in taken):
            continue
        gender = _gender(m)
        if phrase[0] < phrase[1]:
            speaker = _speaker_name(passage, phrase)
        else:
            carried = _agreeing(quotes, genders, gender, last, k)
            speaker = honored or _carried_speaker(
                passage, k, m, carried, genders.get(carried.speaker, "") if carried else ""
            )
        speaker = plausible_speaker(speaker.strip(" -–—،,"))  # صندوق النقد الدولي- الذي …
        if not speaker or matching_key(speaker.split()[0]) in _LEGAL:
            continue  # نص المرسوم على أن، وأقر القرار أن: a legal text is not a statement
        if gender and speaker not in genders:
            genders[speaker] = gender
        taken.append((start, end))
        if kind == "reported" and (tail := _direct_tail(text, start, end)) is not None:
            cut, (a, b) = tail
            quotes.append(Quote(speaker, text[start:cut], article.id, k, start, cut, kind))
            start, end, kind = a, b, "direct"
        quote = Quote(speaker, text[start:end], article.id, k, start, end, kind)
        quotes.append(quote)
        if speaker not in _CITED:  # a verse or a hadith a preacher cites: he goes on after it
            last = quote
    quotes.extend(_quotes_before_verb(article, passage, taken))
    quotes.sort(key=lambda q: q.start)
    return quotes


# a person a place or body is named after (جامعة الملك عبدالعزيز، مستشفى الأمير سلطان) is no
# one who speaks there
_PLACE_NAMED_AFTER = re.compile(
    r"(?:^|\s)[وبل]?(?:جامعة|جامعتي|مستشفى|مدينة|مركز|مطار|شارع|طريق|جامع|مسجد|مجمع|ميناء"
    r"|قاعدة|كلية|معهد|مؤسسة|برنامج|جائزة|صندوق|مشروع|ملعب|استاد|قصر)"
    r"\s+(?:الملك|الأمير|الأميرة|الشيخ|الإمام)\s*$"
)


def plausible_speaker(speaker: str) -> str:
    """A speaker as a name reads, or "" when the words found cannot name anyone: they open
    on a preposition (بين المملكة، في بيان أمس) or a word with tanween (أبعاداً أخرى), end on a
    demonstrative (تفاصيل ذلك) or on a participle in the accusative (مدافعا، يصرخ معتلا), or
    are a pronoun alone (هؤلاء، وهم). A present-tense verb in the plural ends them (بعض
    الإخونجية يقومون بنفس الدور → بعض الإخونجية): the clause after it says what they do."""
    words = speaker.split()
    if words and words[0].startswith(_TOLD):
        return ""  # لـ«الشرق الأوسط»: whom it was told to
    first = matching_key(words[0]) if words else ""
    if len(words) > 1 and words[0] not in _OPENING_PREPOSITIONS and (
        first in _VERB_KEYS or (first[:1] in "وف" and first[1:] in _VERB_KEYS)
    ):
        words = words[1:]  # يشير جيروين بلوكلاند: the verb of a cue inside the phrase
    for i, word in enumerate(words):
        if i and len(word) > 4 and (
            word.startswith("ي") and word.endswith("ون") and not word.endswith("يون")
            or word.startswith("وي") and word.endswith(("ونها", "ونه", "ونهم"))
        ):  # not ويلسون، تايسون: names end so too
            words = words[:i]  # … يقومون بنفس الدور، … ويؤكدونها: another verb, a clause
            break
    keys = [matching_key(w) for w in words]
    for i in range(1, len(words)):
        if keys[i] in _WHEN or i < len(words) - 1 and keys[i] not in _ADVERBS and (
            keys[i] in _DEMONSTRATIVES or _accusative_participle(words[i])
        ):  # الحزب هذا القصف، النسوة حين رأينه، آصف مخاطبا البرلمان: what follows is the
            words, keys = words[:i], keys[:i]  # clause the speaker phrase ran into
            break
        if i < len(words) - 1 and keys[i] in _BLESSING and keys[i + 1] in _BLESSING[keys[i]]:
            words, keys = words[:i], keys[:i]  # نوح عليه السلام لقومه → نوح
            break
        if i > 1 and keys[i] in _OFFICE_AFTER_NAME and not keys[0].startswith("ال") and (
            keys[0] not in TITLE_WORDS
        ):
            words, keys = words[:i], keys[:i]  # دلال كعكي منسقة مبادرة بلدي → دلال كعكي
            break
    while len(words) > 1 and keys[-1] in _ADVERBS:
        words, keys = words[:-1], keys[:-1]  # حماس فورا: how soon, not who
    if not words or words[0] in _OPENING_PREPOSITIONS or words[0].endswith(("اً", "ًا")) or (
        words[0].startswith(("بال", "لل", "كال"))
    ):  # بالسرقة: a preposition on the first word; no name opens so
        return ""
    if words[-1] in _DANGLING or keys[0] in _ADVERBS or any(
        w in _NEGATIONS or w in _CLAUSE_WORDS for w in words
    ):
        return ""  # فيما تكدست …، الشركة أول من، النجيفي لا بد من …: a clause, not a name
    pronoun = keys[0] in _PRONOUN_SUBJECTS or (
        keys[0][:1] in "وف" and keys[0][1:] in _PRONOUN_SUBJECTS
    )
    if keys[-1] in _DEMONSTRATIVES or (pronoun and len(keys) == 1) or (
        _accusative_participle(words[-1])
    ):
        return ""
    return " ".join(words)


def _accusative_participle(word: str) -> bool:
    """مدافعا، معتلا: a participle in the accusative, how someone did something, never a name
    (not a word ending in اء, nor a pronoun: مصادرها، منهما)."""
    return _ADVERBIAL.match(word) is not None and not word.endswith(("اء", "ها", "هما"))


# written as they are: على, not the name علي that shares its matching key
_OPENING_PREPOSITIONS = frozenset([
    "في", "على", "عن", "من", "إلى", "الى", "بين", "خلال", "عقب", "لدى", "عند", "أثناء", "عبر",
    "بعد", "أمام", "ضمن", "حول",
])
# a blessing after a name: عليه السلام، رضي الله عنه، رحمه الله، حفظه الله
_BLESSING = {
    matching_key(first): _keys(seconds)
    for first, seconds in [
        ("عليه", ["السلام"]), ("عليها", ["السلام"]), ("رضي", ["الله"]), ("رحمه", ["الله"]),
        ("رحمها", ["الله"]), ("حفظه", ["الله"]), ("صلى", ["الله"]),
    ]
}
# offices that follow a name and are never names themselves (not أمين، أمير، مساعد، قائد)
_OFFICE_AFTER_NAME = _keys([
    "وزير", "الوزير", "رئيس", "الرئيس", "منسق", "منسقة", "مدير", "المدير", "مديرة", "المتحدث",
    "الناطق", "عضو", "مستشار", "المستشار", "سفير", "نائب", "محافظ", "وكيل", "رئيسة",
])
_WHEN = _keys(["حين", "حينما", "عندما", "لما", "بعدما"])
# words of a clause, never of a name, written as they are (فيما تكدست …، حوالي 40 بالمئة)
_CLAUSE_WORDS = frozenset([
    "فيما", "بينما", "حيث", "كما", "وكما", "إذ", "لكن", "ولكن", "ثم", "قد", "وقد", "لقد",
    "ولقد", "فقد", "حوالي", "حوالى", "نحو", "يمكن", "بما", "مما", "عما", "بالمئة", "بالمائة",
    "%",
])
_DANGLING = frozenset([
    "من", "مع", "كما", "بما", "وبما", "أو", "في", "على", "عن", "إلى", "الى", "و", "ب", "ل", "أن",
    "لأن", "لان",
])
_ADVERBIAL = re.compile(r"^م[^اوي]\S{2,}ا$")


def _gender(cue: _Cue) -> str:
    """The gender the cue's verb or participle agrees with, "f" (قالت، مضيفة) or "m" (قال،
    مضيفا); "" for a plural or a form that does not tell."""
    key = matching_key(cue.verb or cue.part or "")
    if key[:1] in "وف" and key[1:] in _GENDERED:
        key = key[1:]
    return _GENDERED.get(key, "")


def _own_next_act(text: str, cue: _Cue, stop: int) -> int | None:
    """Where a that-clause ends at the speaker's next act, told by و and a verb of the cue's
    gender with no comma before it: أوضحت الجامعة أنه لم يتم أي إجراء وأرفقت صورة …. A verb of
    the other gender goes on with the clause's own subject (أفادت السلطات أن شرطيا انهار
    واعترف), and so does one after a that of the speaker's gender (قالت الوزارة إنها ضبطت
    … واعتقلت), which makes the speaker the clause's subject."""
    gender = _gender(cue)
    if not gender or cue.comp == ":" or cue.comp[:1] in _QUOTE_OPEN:
        return None  # a quotation or a colon: it ends where it closes
    if matching_key(cue.comp).endswith("ها" if gender == "f" else "ه"):
        return None
    for act in _NEXT_ACT.finditer(text, cue.end, stop):
        key = matching_key(act["act"])
        if _GENDERED.get(key, "f" if key.endswith("ت") else "m") != gender:
            continue  # لفت is masculine, طالبت feminine
        if key in _ALSO_NOUNS:
            after = text[act.end() : act.end() + 20].split()[:1]
            key = matching_key(after[0]) if after else ""
            if not (key.startswith("ال") or key in _PREPOSITIONS or key[:1] in "بل"):
                continue  # بتأن وحذر شديدين: caution, a noun
        return act.start() + 1
    return None


# acts spelt as nouns too (حذر caution، توقع expectation، طالب student، لفت أنظار drawing
# attention): a verb only before an object with ال, a preposition or ب/ل (وحذر من …)
_ALSO_NOUNS = _keys(["حذر", "توقع", "طالب", "رجح", "لفت"])


def _agreeing(
    quotes: Sequence[Quote], genders: dict[str, str], gender: str, last: Quote | None, k: int
) -> Quote | None:
    """The statement a speaker-less cue carries its speaker from: the last one, unless its
    speaker was reported with a verb of the other gender (وقالت فلانة … وأضاف: someone else
    speaks); then the latest within `CARRY_SENTENCES` whose speaker agrees, if one does."""
    if last is None or not gender or genders.get(last.speaker, gender) == gender:
        return last
    for q in reversed(quotes):
        if k - q.sentence > CARRY_SENTENCES:
            break
        if genders.get(q.speaker) == gender and q.speaker not in _CITED:
            return q
    return last


_CITED = frozenset(["الله", "النبي"])  # cited in a speech, they do not go on speaking in it


@dataclass(slots=True, frozen=True)
class _Cue:
    """Where a statement is announced: the verb or participle, the words after it that may
    name the speaker, and what opens the statement (أن، :، a quotation mark) ending at `end`."""

    start: int
    end: int
    verb: str | None
    part: str | None
    speaker: tuple[int, int]
    comp: str
    word_start: int = 0
    comp_start: int = 0


_NEGATIONS = _keys(["لم", "ولم", "فلم", "لن", "ولن", "فلن", "لا", "ولا"])


def _negated(text: str, verb_start: int) -> bool:
    """Whether the word right before a verb negates it (لم، لن، لا, with و/ف)."""
    end = verb_start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    return end - start <= 3 and matching_key(text[start:end]) in _NEGATIONS


def _cues(text: str) -> list[_Cue]:
    """Every cue, overlapping: a cue whose words run on to a later cue's complementizer
    (مشيدا بمواقفهم، مؤكدا أن …) must not hide that later cue when it is rejected. Quoting
    cues (نقلت الوكالة عن الوزير قوله إن) join them in order."""
    found = []
    pos = 0
    while (m := _CUE.search(text, pos)) is not None:
        speaker, comp, end = m.span("speaker"), m.group("comp"), m.end()
        if matching_key(m.group("verb") or "") in _WENT_ON and (
            len(text[slice(*speaker)].split()) > WENT_ON_WORDS
            or (comp[:1] not in ":«“\"" and text[slice(*speaker)].strip())
        ):
            pos = m.end("verb")
            continue  # زاد الخلافات كما …: "increased", not "went on to say"
        if m.group("verb") and _negated(text, m.start("verb")):
            pos = m.end("verb")
            continue  # لم ترد، لن يقول: what was not said is no statement
        phrase_words = text[slice(*speaker)].split()
        if len(phrase_words) > SPEAKER_TOKENS and not any(
            matching_key(w) in HONORIFICS for w in phrase_words[-HONORED_NAME_WORDS - 1 :]
        ) and not _ONE_OF.search(" ".join(phrase_words[: SPEAKER_TOKENS + 1])):
            pos = m.end("verb") if m.group("verb") else m.end("part")
            continue  # a long phrase speaks only as offices before الدكتور فلان, or as a name
            # that "one of …" follows (`_trim_phrase`)
        comp_start = m.start("comp")
        if (tail := _past_quoted_name(text, m)) is not None:
            speaker, comp, end = (speaker[0], tail.end("speaker")), tail.group("comp"), tail.end()
            comp_start = tail.start("comp")
        elif (channel := _CNN.match(text, max(0, comp_start - 3))) is not None:
            # لشبكة سي إن إن: the channel's name, not a that-clause; the speaker phrase goes on
            tail = _NAME_THEN_THAT.match(text, channel.end()) or _CUE_TAIL.match(
                text, channel.end()
            )
            if tail is None or re.search(
                r"[.؟!\n]", tail.group("speaker")
            ):
                pos = m.end("verb") if m.group("verb") else m.end("part")
                continue
            speaker, comp, end = (speaker[0], tail.end("speaker")), tail.group("comp"), tail.end()
            comp_start = tail.start("comp")
        elif (tail := _past_time_clause(text, m)) is not None:
            # وقالت قبل أن يبدأ المحلفون مداولاتهم إن …: the time clause is no statement
            before = text.rfind(" ", speaker[0], m.start("comp") - 1)
            speaker, comp, end = (speaker[0], max(before, speaker[0])), tail.group("comp"), (
                tail.end()
            )
            comp_start = tail.start("comp")
        found.append(_Cue(m.start(), end, m.group("verb"), m.group("part"), speaker, comp,
                          m.start("verb") if m.group("verb") else m.start("part"), comp_start))
        pos = m.end("verb") if m.group("verb") else m.end("part")
    if "قول" in text:
        for m in _QUOTING.finditer(text):
            found.append(_Cue(m.start(), m.end(), m.group("said"), None, m.span("speaker"),
                              m.group("comp"), m.start("said"), m.start("comp")))
    for m in _according_cues(text):
        found.append(_Cue(m.start(), m.end(), m.group("said"), None, m.span("speaker"),
                          m.group("comp"), m.start("said"), m.start("comp")))
    if "نقل" in text or "علمت" in text:
        for m in _TRANSMITTED.finditer(text):
            said = [matching_key(w) for w in m.group("speaker").split()]
            if not any(
                "قول" in k or k in _PARTICLES or k in _RELATIVES or k == "ما" or k.startswith("وصف")
                for k in said
            ):
                # … عن الوزير قوله: a quoting cue; … عن الصندوق بما يفيد بأن: not the source
                said_as = "said" if m.group("said") else "learned"
                found.append(_Cue(m.start(), m.end(), m.group(said_as), None, m.span("speaker"),
                                  m.group("comp"), m.start(said_as), m.start("comp")))
    found.sort(key=lambda c: c.start)
    return found


_CUE_TAIL = re.compile(
    rf"(?P<speaker>(?:[\s،,]+{_SPEAKER_TOKEN}){{1,8}}?)"
    rf"[\s،,]*(?P<comp>(?<![^\s،,]){_COMPLEMENTIZER}|:|{_STATEMENT_QUOTE})"
)
# وقال «مجلس اللاجئين النرويجي» إن …: a quotation right after the verb and right before إن/أن
# is the speaker's name
_NAME_THEN_THAT = re.compile(rf"(?P<speaker>)[\s،,]*(?P<comp>{_COMPLEMENTIZER})")
# a quotation after a preposition names a body (المدير العام لـ«المنظمة الدولية للهجرة»،
# مدير مركز في «مجلس اللاجئين»): the speaker phrase goes on past it
_BEFORE_NAME = _keys(["لـ", "ل", "في", "من", "عن", "باسم", "ب", "لدى", "بـ"])
QUOTED_NAME_WORDS = 5  # a quoted name is short; a longer quotation is a statement


def _past_quoted_name(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The rest of a speaker phrase that holds a quoted name: after a title in construct
    (قال ممثل "يورو سبورت عربية" إدوارد غريفيود: "…"), after a preposition (المدير العام
    لـ«المنظمة الدولية للهجرة»، إن), or standing alone between verb and إن (وقال «مجلس
    اللاجئين النرويجي» إن); the statement opens after it. None when the cue needs no such
    reading."""
    opener = m.group("comp")
    if opener not in _QUOTE_CLOSE:
        return None
    words = text[slice(*m.span("speaker"))].split()
    close = text.find(_QUOTE_CLOSE[opener], m.end(), m.end() + 60)
    if close < 0 or len(text[m.end() : close].split()) > QUOTED_NAME_WORDS:
        return None
    that = _NAME_THEN_THAT.match(text, close + 1)
    if not words or that is not None:
        # a short quotation that إن/أن follows at once is a name in the speaker phrase
        # (وخلص الباحثون في دراستهم التي نشرت في دورية «…» إلى أن), the statement comes after
        return that
    key = matching_key(words[-1])
    construct = not key.startswith(("ال", "لل", "وال", "بال"))  # مدير، لتحالف: a name follows
    if not (construct and (key in OFFICES or _bare(key) in _BODY_HEADS or key in _GROUPS)) and (
        key not in _BEFORE_NAME
    ):
        return None
    tail = _NAME_THEN_THAT.match(text, close + 1) or _CUE_TAIL.match(text, close + 1)
    if tail is None or "\n" in tail.group("speaker") or re.search(r"[.؟!]", tail.group("speaker")):
        return None
    return tail


_TIME_CONJUNCTIONS = _keys(["قبل", "بعد", "بعدما", "قبلما"])
_CLAUSE_TAIL = re.compile(
    rf"(?P<speaker>(?:[\s،,]+{_SPEAKER_TOKEN}){{1,8}}?)"
    rf"[\s،,]*(?P<comp>(?<![^\s،,]){_COMPLEMENTIZER}|:|{_STATEMENT_QUOTE})"
)


def _past_time_clause(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """After a verb and قبل أن/بعد أن, the clause of time (… قبل أن يبدأ المحلفون مداولاتهم)
    and the complementizer that follows it in the same sentence, if one does."""
    words = text[slice(*m.span("speaker"))].split()
    if not words or matching_key(words[-1]) not in _TIME_CONJUNCTIONS or m.group("comp") == ":":
        return None
    tail = _CLAUSE_TAIL.match(text, m.end("comp"))
    if tail is None or re.search(r"[.؟!\n]", tail.group("speaker")) or tail.group("comp") == ":":
        return None
    return tail


# وبحسب المصادر، فإن …: the source the sentence opens with says what follows فإن
_ACCORDING_THAT = re.compile(
    rf"(?<![^\s،,(])[وف]?(?P<said>ب?حسب|(?:وفق|طبق)[ًا{_MARKS}]*(?:\s+لـ?(?=\s))?)"
    rf"(?P<speaker>(?:[\s]+{_SPEAKER_TOKEN}){{1,8}}?)"
    rf"\s*[،,]\s*(?P<comp>ف{_loose('إن')}(?:ه|ها|هم)?)(?=\s)"
)


def _told_source(text: str, cue: _Cue) -> _Cue:
    """The cue with its source's attached ل left out of the speaker phrase (لوزير → وزير)."""
    a, b = cue.speaker
    a += len(text[a:b]) - len(text[a:b].lstrip()) + 1
    return _Cue(cue.start, cue.end, cue.verb, cue.part, (a, b), cue.comp, cue.word_start,
                cue.comp_start)


_ACCORDING_HINT = re.compile("حسب|وفق|طبق")


def _according_cues(text: str) -> list[re.Match[str]]:
    """`_ACCORDING_THAT` tried only where its word is (a search of the whole text for the
    pattern costs more than these few tries)."""
    found: list[re.Match[str]] = []
    for hint in _ACCORDING_HINT.finditer(text):
        for start in range(max(0, hint.start() - 2), hint.start() + 1):
            if found and start < found[-1].end():
                continue
            if (m := _ACCORDING_THAT.match(text, start)) is not None:
                found.append(m)
                break
    return found


_ACCORDING_KEYS = _keys(["حسب", "بحسب", "وفقا", "طبقا", "وفقا لـ", "طبقا لـ", "وفقا ل", "طبقا ل"])


# ونقلت وسائل إعلام تركية عن والدة آلاجوز أنها …: the one after عن says what follows أن
_TRANSMITTED = re.compile(
    rf"(?<![^\s،,])[وف]?(?:(?P<said>{_alternatives(['نقل', 'نقلت', 'نقلوا'])})"
    rf"(?![^\s،,])(?:[\s،,]+{_SPEAKER_TOKEN}){{0,6}}?[\s،,]+عن"
    # علمت «الشرق الأوسط» من مصادر مطلعة أن: the newspaper learned it from its sources
    rf"|(?P<learned>{_alternatives(['علمت', 'وعلمت'])})(?:[\s،,]+{_SPEAKER_TOKEN}){{1,3}}?"
    rf"[\s،,]+من)"
    rf"(?P<speaker>(?:[\s،,]+{_SPEAKER_TOKEN}){{1,8}}?)"
    rf"[\s،,]*(?P<comp>(?<![^\s،,])(?:ب)?{_loose('أن')}(?:ه|ها|هم|هما)?(?=[\s،,])|:)"
)


# نقلت الوكالة عن الوزير قوله إن …، نسبت الصحيفة إلى مسؤول قوله: the one after عن/إلى speaks
_QUOTING = re.compile(
    rf"(?<![^\s،,])(?:عن|إلى|الى)(?P<speaker>(?:[\s،,]+{_SPEAKER_TOKEN}){{1,12}}?)[\s،,]+"
    rf"(?P<said>قول(?:ه|ها|هم|هما))(?![^\s،,:«\"“])"
    rf"(?:[\s،,]+(?:{_alternatives(_TIME_WORDS)})){{0,2}}"
    rf"[\s،,]*(?P<comp>(?<![^\s،,]){_COMPLEMENTIZER}|:|{_STATEMENT_QUOTE})"
)


_REPLIED = _keys(["رد", "ورد"])
_LEGAL = _keys([
    "قرار", "القرار", "قرارات", "القرارات", "مرسوم", "المرسوم", "قانون", "القانون", "لائحة",
    "اللائحة", "المادة", "مادة",
])
_WENT_ON = _keys(["زاد", "زادت", "وزاد", "وزادت", "أكمل", "أكملت", "وأكمل", "وأكملت"])
WENT_ON_WORDS = 3  # وزاد الوزير قائلا: a short subject at most before its colon
_DESCRIBE = _keys(["وصف", "وصفت", "وصفوا", "يصف", "تصف", "ووصف", "ووصفت"])


def _without_object(
    text: str, phrase: tuple[int, int], people: Sequence[Mention] = ()
) -> tuple[int, int]:
    """وصف الوزير القرار بأنه …: the last word is what is described, not who describes it;
    after a tagged name, all that follows is (وصف … الدكتور عمر الحسن العلاقة بين المملكة
    ومصر بأنها)."""
    a, b = phrase
    named = [p.end for p in people if a <= p.start and p.end < b]
    if named and text[max(named) : b].strip(" ،,"):
        return (a, max(named))
    cut = text.rfind(" ", a, b)
    pointed = next(  # ووصف الوزير هذه الزيارة بأنها: from the demonstrative on, the object
        (w.start() for w in _WORD.finditer(text, a, b)
         if matching_key(w.group()) in _DEMONSTRATIVES),
        None,
    )
    if pointed is not None:
        cut = pointed
    if cut < 0 or cut <= a:
        return (a, a)
    return (a, a + len(text[a:cut].rstrip(" ،,")))


def _construct_head(
    text: str, phrase: tuple[int, int], people: Sequence[Mention], masculine_verb: bool = False
) -> bool:
    """Whether what `_without_object` left is the head of the object's construct (ووصف معسكر
    الفريق بأنه: معسكر الفريق is what is described): one word without the article, not a
    plural that ends in ون/ين (a construct head drops the ن: ناشطون الوضع is subject and
    object) nor in ات unless the verb is masculine (وصف انتخابات الرئاسة: a plural of things
    as subject takes وصفت), not a title and not a name."""
    words = text[slice(*phrase)].split()
    if len(words) != 1:
        return False
    key = matching_key(words[0])
    return not (
        key.startswith(("ال", "وال")) or key.endswith(("ون", "ين"))
        or (key.endswith("ات") and not masculine_verb)
        or key in TITLE_WORDS or _bare(key) in _BODY_HEADS
        or any(phrase[0] <= p.start < phrase[1] for p in people)
    )


_DEMONSTRATIVES = _keys(["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء"])
_WORD = re.compile(r"\S+")


def _joined(text: str, cue_start: int) -> bool:
    """A cue opened by و/ف or after a comma continues the passage with a new statement, a
    clause particle between (…، حيث قال: «…» / …، كما أكد أن)."""
    if text[cue_start] in "وف":
        return True
    before = text[max(0, cue_start - 3) : cue_start].rstrip()
    if before.endswith(("،", ",", " و", " ف")):  # و written apart: …، و غرد
        return True
    lead = text[max(0, cue_start - 12) : cue_start].split()
    if len(lead) < 2 or matching_key(lead[-1]) not in _TURNING_PARTICLES:
        return False
    return lead[-2].endswith(("،", ","))


_TURNING_PARTICLES = _keys(["حيث", "إذ", "كما", "فيما", "بينما"])


# a topic put before the next verb of saying (… وعن النتائج قال إن): the statement before ends
_FRONTED_TOPIC = re.compile(
    rf"\s(?:وعن|وحول|وبشأن|وبخصوص|وفيما\s+يخص|وفيما\s+يتعلق\s+ب\S*)\s"
    rf"[^.،,:؛«»\"“”\n]{{0,{FRONTED_TOPIC_CHARS}}}$"
)


def _before_particle(text: str, cue_start: int) -> int:
    """Where the statement before a cue ends: before the clause particle that opens the cue's
    clause (…، حيث قال), else at the cue."""
    lead = text[max(0, cue_start - 12) : cue_start]
    words = lead.split()
    if words and matching_key(words[-1]) in _TURNING_PARTICLES:
        return cue_start - len(lead) + lead.rfind(words[-1])
    return cue_start


def _after_relative(text: str, cue: _Cue) -> bool:
    """A verb right after a relative pronoun whose that-clause follows at once reports anew:
    … الدكتور ناصر العنزي والذي أوضح بأنه (not … بدرو، الذي أعرب عن رغبته)."""
    words = text[max(0, cue.start - 8) : cue.start].split()
    return (
        cue.speaker[0] == cue.speaker[1] and bool(words)
        and matching_key(words[-1]) in _RELATIVES
    )


_RELATIVES = _keys(["الذي", "والذي", "التي", "والتي", "الذين", "والذين"])
_DURING = _keys(["أبان", "أبانت", "أبانوا"])  # also إبان / ابان, "during"
_STATES = _keys(["يفيد", "تفيد"])


_BELONGING = matching_key("تابع")


def _not_a_verb(text: str, cue: _Cue) -> bool:
    """A cue word that is not a report here: إبان (and ابان without و) is the preposition
    "during", never the verb أبان; يفيد/تفيد without و that does not open its clause (رسالة
    تفيد بأن، التقديرات التي تفيد بأن) says what a text holds, not that someone said it; and
    تابع without و inside a clause is "belonging to" (مسجد تابع لقوات …), not "went on"."""
    verb = re.sub(f"[{_MARKS}]", "", cue.verb or "")
    key = matching_key(verb)
    if key in _DURING or (key[:1] in "وف" and key[1:] in _DURING):
        return verb.startswith("إ") or verb.startswith("ا")
    if key in _STATES or (key[:1] in "وف" and key[1:] in _STATES):
        # رسالة تفيد متلقيها بأنه، تقريرا يفيد بأن: a clause describing a noun; only a
        # sentence or clause that opens with it (وتفيد تقديرات الصندوق بأن) reports
        return not _opens_clause(text, cue.word_start)
    if key == _BELONGING:
        # بمسجد تابع لقوات الطوارئ: "belonging to" after a noun; وتابع، تابع قائلا: he went on
        return not _opens_clause(text, cue.word_start)
    return False


def _opens_clause(text: str, pos: int) -> bool:
    """Whether the word at `pos` opens a sentence or a clause: after punctuation, or joined
    by و/ف (، وتفيد)."""
    if pos > 0 and text[pos - 1] in "وف" and (pos < 2 or not text[pos - 2].isalpha()):
        return True
    before = text[max(0, pos - 3) : pos].rstrip(" ")
    return not before or before[-1] in ".،,:؛!؟?\n"


# أن after these is not a report's "that": بعد أن، قبل أن، دون أن، يجب أن
_NOT_REPORT_BEFORE_ANNA = frozenset(
    matching_key(w)
    for w in [
        "بعد", "قبل", "منذ", "دون", "بدون", "حتى", "رغم", "برغم", "إلا", "بمجرد", "يجب", "ينبغي",
        "يمكن", "بد", "لابد", "بدل", "بدلا", "مجرد", "ريثما", "لو", "يريد", "تريد", "يحاول",
        "تحاول", "يستطيع", "تستطيع", "أراد", "ارادت", "استطاع", "بإمكان", "بامكان",
        "لكن", "ولكن", "نود", "يود", "تود", "أود", "نريد", "أريد", "نأمل", "يأمل", "تأمل", "آمل",
        "نتمنى", "يتمنى", "أتمنى", "نرجو", "يرجو", "عسى", "عساني", "عسانا", "يرغب", "ترغب",
        "يرغبون", "نرغب", "ضرورة", "بضرورة", "أهمية", "بأهمية", "وجوب", "أجل", "بينها",
        "بينهم", "منها",
        # "had already": سبق أن أوضحناه
        "سبق", "وسبق", "سبقت", "يسبق", "لسبق",
        # a noun the that-clause is the predicate of: فالحقيقة أن، والواقع أن، المؤكد أن
        "الحقيقة", "فالحقيقة", "والحقيقة", "الواقع", "فالواقع", "والواقع", "المؤكد", "والمؤكد",
        "المعروف", "والمعروف", "اللافت", "واللافت", "الغريب", "والغريب",
    ]
)


def _prayer(cue: _Cue, phrase: str) -> bool:
    """دعا الله أن …، دعا رئيس المجلس المولى القدير أن …: a prayer, not a statement; God is
    addressed, not speaking."""
    verb = cue.verb
    return verb is not None and matching_key(verb).startswith("دع") and any(
        matching_key(w) in _GOD for w in phrase.split()
    )


def _after_noun(text: str, pos: int) -> bool:
    """Whether the word before `pos` is one a clause-opening verb cannot follow: not a
    punctuation mark, not the start of the text, not an adverb like كما، حيث، فيما، قد."""
    before = text[max(0, pos - 40) : pos].rstrip()
    if not before or before[-1] in ".،,:؛!؟?\n\"»”)":
        return False
    last = before.split()[-1]
    return matching_key(last) not in _CLAUSE_OPENERS


# the reporting verbs that take على: أكد على أن، شدد على أن
_ON_TAKERS = _keys([
    "أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "شدد", "شددت", "شددوا", "علق", "علقت", "رد", "ردت",
    "أصر", "أقر", "مؤكدا", "مؤكدة", "مؤكدين", "مشددا", "مشددة", "مشددين", "نوه", "نوهت", "منوها",
    "منوهة",
])
# … or a noun of them in the phrase: وجدد البرقان تأكيده على أن
_ON_NOUN = re.compile(r"(?:ت[أا]كيد|تشديد|حرص|إصرار|اصرار)")


_LITERAL_PREPOSITIONS = frozenset(["في", "من", "على", "عن", "إلى", "الى", "لدى", "عبر", "حول"])


_FOUND = _keys(["وجد", "وجدت", "وجدوا"])


def _found_object(
    text: str, cue: _Cue, phrase: tuple[int, int], people: Sequence[Mention]
) -> bool:
    """وجد reports a finding only with its subject after it: a definite noun or a name."""
    verb = matching_key(cue.verb or "")
    if verb not in _FOUND:
        return False
    if phrase[0] == phrase[1]:
        return not verb.endswith("وا")  # فوجدت أنه: "I found" as often as "she found"
    first = matching_key(text[slice(*phrase)].split()[0])
    return not (first.startswith("ال") or any(p.start == phrase[0] for p in people))


def _after_preposition(text: str, pos: int) -> bool:
    """Whether the word right before `pos` is a bare preposition (في، من، على)."""
    before = text[max(0, pos - 12) : pos]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1] in _LITERAL_PREPOSITIONS  # علي (a name) is not على


_CLAUSE_OPENERS = _keys([
    "كما", "حيث", "فيما", "قد", "وقد", "ثم", "كذلك", "بدوره", "بدورها", "لقد", "بينما", "فقد",
    "وكما", "ولقد", "جانبه", "جهته", "جانبها", "جهتها", "ناحيته", "ناحيتها", "أيضا", "بدورهم",
])


def _between_not_said(cue: _Cue, phrase: str, text: str) -> bool:
    """بين is "said" (بيّن) or "between": بين الطرفين وهو ما يعني أن … is the preposition,
    whose object coordinates two things with و or is a dual or plural in the oblique case
    (بين المواطنين, which as a subject would read المواطنون). A titled name after it is the
    speaker of بيّن even when و follows (المشرف على الحرف والصناعات اليدوية الدكتور …)."""
    verb = cue.verb
    if verb is None or matching_key(verb) != "بين" or "\u0651" in verb:
        return False  # بيَّن with its shadda is the verb
    if cue.word_start == cue.start and _after_noun(text, cue.start):
        return True  # وراوحت مشكلات المستخدمين بين …: a verb would open its clause
    words = _clean_words(phrase)
    first = matching_key(words[0]) if words else ""
    oblique = first.endswith("ين") and len(first) > 5 and first not in TITLE_WORDS
    coordinated = re.search(r"(?:^|\s)و", phrase) is not None and not _name_after_title(words)
    return oblique or coordinated


_TO_GOD = _keys(["لله", "ولله", "الحمدلله", "بحمد"])


def _praise_formula(name: str) -> bool:
    """ولله الحمد، الحمد لله: praise the tagger may take for a name; no one speaks as it."""
    return any(matching_key(w) in _TO_GOD for w in name.split())


def _untitled(mention: Mention) -> Mention | None:
    """A person mention without the titles the tagger took in (اللواء الغامدي → الغامدي);
    None when only titles (ولي العهد) or verbs were tagged."""
    words = mention.text.split()
    drop = 0
    while drop < len(words) and (
        (key := matching_key(words[drop])) in TITLE_WORDS
        or key in _VERB_KEYS or (key[:1] in "وف" and key[1:] in _VERB_KEYS)
    ):
        drop += 1  # and a verb of saying the tagger took in (يوضح الروقي → الروقي)
    if drop == 0:
        return mention
    if drop == len(words):
        return None
    offset = mention.text.index(words[drop])
    name = mention.text[offset:]
    return Mention(mention.article, mention.start + offset, mention.end, name, mention.type)


def _trim_phrase(
    text: str, a: int, b: int, people: Sequence[Mention] = (), quoting: bool = False
) -> tuple[int, int] | None:
    """The speaker part of the words between cue and complementizer; None if they are not one,
    empty if the verb has no subject there.

    Time words at either end go (وقال اليوم الوزير); the phrase stops before a preposition
    that opens a circumstance (وقال الوزير في مؤتمر صحفي إن → الوزير), unless a title without
    a name comes before it and a tagged name right after it (سفير المملكة في أثينا عصام …).
    A phrase that opens with a circumstance (وقال في تصريح صحفي إن) has no subject: the
    speaker is carried from the passage.
    """
    spans = [(t.start() + a, t.end() + a) for t in _PHRASE_WORD.finditer(text[a:b])]
    if spans and matching_key(text[slice(*spans[-1])]) in _HEADLINE:
        return None  # كتبت الصحيفة تحت عنوان: «…»: a headline follows, not a statement
    if len(spans) > 1 and matching_key(text[slice(*spans[-1])]) in _KNOWING:
        return None  # يتمنى تربية …، متناسيا أن: the that-clause is that participle's
    if len(spans) > SPEAKER_TOKENS:
        if _ends_on_honored_name(text, spans, people):
            return spans[0][0], spans[-1][1]
        if (name_end := _name_before_one_of(text, spans, people)) is not None:
            return spans[0][0], name_end
        return None  # a long run of words is a speaker only as offices before a name
    while spans and matching_key(text[slice(*spans[0])]) in _ASIDE:
        spans.pop(0)
    while spans and matching_key(text[slice(*spans[-1])]) in _ASIDE:
        spans.pop()
    if len(spans) > 2 and text[slice(*spans[0])] == "على" and matching_key(
        text[slice(*spans[1])]
    ) == "لسان":
        spans = spans[2:]  # أعلنت القيادة على لسان نائب رئيس الأركان فلان: he voices it
    if any(matching_key(text[x:y]) in _OBJECT_NOUNS for x, y in spans):
        # وأكد ضرورة البحث عن حل، وشدد الوزير على أهمية …: what was stressed; a speaker
        # phrase never holds these nouns
        return None
    if spans and text[slice(*spans[-1])] in _BARE_THAT:
        spans.pop()  # وأضاف فلان إن: "…"
    if spans and matching_key(text[slice(*spans[-1])]) in _SAYING_NOUNS:
        spans.pop()  # وجدد الوزير التأكيد على أن: the saying is the verb's object
        if not spans:
            return (a, a)
    if any(text[x:y] in _BARE_THAT for x, y in spans):
        return None  # a that-clause inside: the words are a statement, not who made it
    if len(spans) > 1 and matching_key(text[slice(*spans[0])]) == "كما" and (
        matching_key(text[slice(*spans[1])]) in _VERB_KEYS
        or matching_key(text[slice(*spans[1])]) in _TRANSMITTING
    ):
        return (a, a)  # وقالت كما نقلت عنها الوكالة: how it was passed on; she speaks
    if spans and matching_key(text[slice(*spans[0])]) in _VEIL:
        return (a, a)  # وكشف النقاب عن …: "unveiled", the speaker is the passage's
    if spans and matching_key(text[slice(*spans[0])]) in _ALREADY:
        return None  # وأضافت لقد حاول «داعش» أن: her words themselves, no speaker named
    if spans and matching_key(text[slice(*spans[0])]) in _VIEWS:
        return (a, a)  # ويوضح رأيه بأن: his view is what follows, he is the passage's speaker
    if spans and text[slice(*spans[0])].endswith(("اً", "ًا")):
        return (a, a)  # وقال طالباً التأمين على دعائه: how he said it; no name takes tanween
    if spans and (first := matching_key(text[slice(*spans[0])]))[:1] == "ل" and (
        _preposition_attached(first)
    ) and not any(p.start == spans[0][0] for p in people):
        # قال لعبدالرحمن بن عوف حينما تزوج: whom it was said to; the speaker came before
        return (a, a)
    if len(spans) > 1 and matching_key(text[slice(*spans[0])]) in _IN_REPLY and (
        _is_preposition(text[slice(*spans[1])])
    ):
        return (a, a)  # وقال ردا على سؤال: a circumstance, the speaker is carried
    if spans and matching_key(text[slice(*spans[0])]) in _THAT_OBJECT:
        # أوضح ذلك لـ«عكاظ» مصدر مسؤول: "that" is the object and the speaker follows; else
        # no one speaks here (إذ توضح ذلك لتود أن)
        rest = spans[1:]
        if not rest or not (
            text[slice(*rest[0])].startswith(_TOLD) or _TO_MEDIA.match(text[rest[0][0] :])
            or _names_someone(text, rest[0][0], rest[-1][1], people)
        ):
            return None
        spans = rest
    if spans and (
        text[slice(*spans[0])].startswith(_TOLD) or _TO_MEDIA.match(text[spans[0][0] :])
    ):
        # أوضح لـ"سبق" مدير الإدارة …: whom it was told to comes before the speaker, who
        # must be a title, a name or a source; without one the verb has no subject here
        spans = _past_recipient(text, spans)
        if not spans or not _names_someone(text, spans[0][0], spans[-1][1], people):
            return (a, a)
    if spans and matching_key(text[slice(*spans[0])]) in _VERB_KEYS:
        return (a, a) if len(spans) == 1 else None  # وكتب يقول: "…"
    first = matching_key(text[slice(*spans[0])]) if spans else ""
    if first[:2] in ("وي", "وت") and _preposition_attached(first) and not any(
        spans[0][0] <= p.start < spans[0][1] for p in people
    ):
        return None  # يأمل ويتطلع أن: a second verb, the subject came before both
    if len(spans) > 2 and matching_key(text[slice(*spans[0])]) in _ABOUT_IT and (
        _names_someone(text, spans[1][0], spans[-1][1], people)
    ):
        spans = spans[1:]  # قال عنه عبدالقدوس الأنصاري: whom it is about, then the speaker
    if len(spans) > 1 and matching_key(text[slice(*spans[0])]) in _IN_IT and (
        matching_key(text[slice(*spans[1])]).startswith("ال")
        or _names_someone(text, spans[1][0], spans[-1][1], people)
    ):  # بيانا أكد فيه الادعاء أن، في وقت كشفت فيه مصادر مقربة من الإدارة أن: "in it", then
        spans = spans[1:]  # who says it
    if len(spans) == 1 and matching_key(text[slice(*spans[0])]) in _IN_IT:
        return (a, a)  # حوارا مطولا أشار خلاله إلى أن: "in it", the speaker is carried
    if spans and _is_preposition(text[slice(*spans[0])]) and not (
        text[slice(*spans[0])] == "علي" and any(p.start == spans[0][0] for p in people)
    ):  # علي الريشان is a name, not على
        first = matching_key(text[slice(*spans[0])])
        if (first in _CIRCUMSTANCE or first in _IN_IT) and len(spans) <= (
            QUOTED_CIRCUMSTANCE_WORDS if quoting else CIRCUMSTANCE_WORDS
        ):
            return (a, a)
        return None
    spans = _past_clause_particle(text, spans)
    for s, e in spans[1:]:
        key = matching_key(text[s:e])
        if key in _CLAUSE_VERBS or (key[:1] in "وف" and key[1:] in _CLAUSE_VERBS) or (
            key in _PARTICIPLE_KEYS
        ):
            return None  # ولم تؤكد الوزارة العدد لكنها قالت: the later verb reports
    for i, (s, e) in enumerate(spans):
        word = text[s:e]
        key = matching_key(word)
        if key == "من" and i + 1 < len(spans) and (
            matching_key(text[slice(*spans[i + 1])]) in _FROM_SIDE
        ):
            spans = spans[:i]
            break
        if i > 0 and key in ("عن", "من") and matching_key(text[slice(*spans[i - 1])]) in _ISSUED:
            continue  # بيان صادر عن الوزارة: the issuer belongs to the phrase
        if i > 0 and _told_title(key) and any(spans[0][0] <= p.start < s for p in people):
            spans = spans[:i]  # قال فلان لوزير الطاقة الروسي …: whom he told
            break
        if i > 0 and key == "علي" and i + 1 < len(spans) and (
            (after := matching_key(text[slice(*spans[i + 1])])).startswith(_CHANNELS)
            or (word == "على" and after in _ON_ASIDE)
        ):  # المقاومة على حسابها في تويتر; المدرب على هامش التدريب (but القائمون على المهرجان،
            spans = spans[:i]  # المشرف العام على البرنامج: على takes the office's complement)
            break
        if key in _WISHED and i + 1 < len(spans) and matching_key(
            text[slice(*spans[i + 1])]
        ) in _NOT_NAMED:
            spans = spans[:i]  # مصدر … فضل عدم الكشف عن اسمه (but نائب المدير فضل الراعي)
            break
        if (key in _CUT and not _imam(word)) or key in _RECEIVED or _told(word):
            name_end = _name_past_cut(text, spans, i, people) if key in _CIRCUMSTANCE else None
            if name_end is None and key == "في" and not any(
                spans[0][0] <= p.start < spans[-1][1] for p in people
            ):
                name_end = _untagged_name_past_cut(text, spans, i)
            if name_end is None and key == "في" and i == 1 and (
                matching_key(text[slice(*spans[0])]) in _UNNAMED_ONES
            ):
                name_end = _where_from(text, spans, i, people)
            spans = spans[:i] if name_end is None else [spans[0], (name_end, name_end)]
            break
    while spans and _is_time(text[slice(*spans[-1])]):
        spans.pop()
    if not spans:
        return (a, a)
    if len(spans) > 12 and not (
        matching_key(text[slice(*spans[0])]) in TITLE_WORDS
        and any(spans[0][0] <= p.start < spans[-1][1] for p in people)
    ):
        return None  # a title's complement may run long before its name: المتحدث الرسمي باسم …
    return spans[0][0], spans[-1][1]


def _ends_on_honored_name(
    text: str, spans: Sequence[tuple[int, int]], people: Sequence[Mention]
) -> bool:
    """Whether a phrase ends on an honorific and the tagged name after it (and at most one
    more word): أخصائي طب العيون … عضو هيئة التدريس بكلية الطب في جامعة طيبة الدكتور وسيم عالم. The
    words before are that person's offices, however long and whatever prepositions they hold.
    Not when the honorific is the object of a preposition or of a verbal noun (مع الدكتور
    فلان، خلال استقباله الدكتور فلان): someone else speaks then."""
    if len(spans) < 3:
        return False
    # the tagger may leave the name's last word out (وسيم عبدالعزيز | عالم)
    person = next((p for p in people if p.end in (spans[-1][1], spans[-2][1])), None)
    if person is None:
        return False
    at = next((i for i, (s, _) in enumerate(spans) if s >= person.start), None)
    if at is None or at < 2 or spans[at][0] != person.start:
        return False
    honorific, before = (matching_key(text[slice(*spans[k])]) for k in (at - 1, at - 2))
    if honorific not in HONORIFICS:
        return False
    possessed = text[slice(*spans[at - 2])].endswith(("ه", "ها", "هم"))  # استقباله, not طيبة
    between = text[spans[at - 2][1] : spans[at - 1][0]]
    return "،" in between or "," in between or not (
        _is_preposition(before) or _preposition_attached(before) or possessed or before in _CUT
        or before in _TIME
    )


def _name_before_one_of(
    text: str, spans: Sequence[tuple[int, int]], people: Sequence[Mention]
) -> int | None:
    """Where a tagged name ends that a comma and "one of …" follow within the speaker's words:
    إمام مسجد قوات الطوارئ، العريف عبد الله الشهراني، أحد الناجين من حادث التفجير الذي وقع
    أمس، إن …: the apposition says who he is, however long, and he speaks."""
    for person in people:
        if not spans[0][0] <= person.start < spans[SPEAKER_TOKENS][0]:
            continue
        after = _ONE_OF.match(text, person.end)
        if after is not None and after.end() <= spans[-1][1]:
            return person.end
    return None


_ONE_OF = re.compile(r"\s*[،,]\s*(?:[أا]حد|إحدى|احدى)\s")


# participles of knowing, forgetting and believing: a that-clause after one is no report
_KNOWING = _keys([
    "متناسيا", "متناسية", "متناسين", "متجاهلا", "متجاهلة", "متجاهلين", "ناسيا", "غافلا",
    "متغافلا", "مدركا", "مدركة", "مدركين", "معتقدا", "معتقدة", "معتقدين", "ظانا", "ظانة",
])
_HEADLINE = _keys(["عنوان", "بعنوان", "العنوان", "عنوانه", "عنوانها"])


def _is_time(word: str) -> bool:
    """A time word, or one in parentheses (اليوم (الاثنين)): an aside, never a speaker."""
    if word.startswith("(") and word.endswith(")"):
        inside = word[1:-1].split()
        return bool(inside) and all(matching_key(w) in _TIME for w in inside)
    return matching_key(word) in _TIME


# an unnamed source's own clause: مصدر … فضل عدم الكشف عن اسمه، طلب عدم ذكر اسمه
_WISHED = _keys(["فضل", "فضلت", "فضلوا", "طلب", "طلبت", "طلبوا", "رفض", "رفضت", "رفضوا"])
_NOT_NAMED = _keys(["عدم", "الكشف", "ذكر", "نشر", "الإفصاح", "الافصاح", "التصريح"])
_THAT_OBJECT = _keys(["ذلك", "تلك"])
# words between verb and statement that say how or when, never who: وتابع بالقول، وقال
# حينها، وأضاف بهذا الخصوص
_ASIDE = _TIME | _keys([
    "بالقول", "بقوله", "بقولها", "قوله", "قولها", "حينها", "وقتها", "حينذاك", "آنذاك", "ضمنا",
    "صراحة", "مجددا", "بهذا", "الخصوص", "الصدد", "الشأن", "حاليا", "ساخرا", "مازحا", "ضاحكا",
    "متسائلا", "متهكما", "مبتسما", "قبل", "أيام", "أشهر", "أسابيع", "ساعات", "سنوات",
    "بوضوح", "مرارا", "تكرارا",
    "النظر", "الانتباه",  # لافتا النظر إلى أن: the attention drawn, not a speaker
    # what was said, as the verb's object: وجددت المصادر تأكيدها أن
    "تأكيده", "تأكيدها", "تأكيدهم", "كلامه", "كلامها", "حديثه", "حديثها", "تصريحه", "تصريحها",
])  # not الآن: its key is آلان's
# nouns a verb of saying takes as its object: وأكد ضرورة …، ويوضح رأيه بأن
_OBJECT_NOUNS = _keys([
    "ضرورة", "أهمية", "اهمية", "بضرورة", "بأهمية", "وجوب", "حرص", "حرصه", "حرصها", "التزام",
    "استعداد", "استعداده", "استعدادها", "ثقته", "ثقتها", "تمسك", "رغبة",
])
# verbal nouns of saying, objects of جدد/أعاد (وجدد الوزير التأكيد على أن، أعاد القول إن)
_SAYING_NOUNS = _keys([
    "التأكيد", "تأكيده", "تأكيدها", "تأكيدهم", "القول", "قوله", "الإشارة", "التشديد",
    "التحذير", "تحذيره", "الدعوة", "دعوته", "الإعراب", "التنويه", "التذكير",
])
_VIEWS = _keys(["رأيه", "رأيها", "رأيهم", "موقفه", "موقفها", "موقفهم"])
_IN_REPLY = _keys(["ردا", "تعليقا", "تعقيبا", "جوابا"])
# على opening how or where it was said: على هامش المؤتمر، على سبيل المثال، على نحو مفاجئ
_ON_ASIDE = _keys([
    "هامش", "سبيل", "نحو", "وجه", "الإنترنت", "الانترنت", "ذلك", "تلك", "هذا", "هذه", "الأقل",
])
_CHANNELS = (  # على حسابه، على صفحته، على تويتر (not على لسان فلان)
    "حساب", "صفح", "موقع", "منصه", "تويتر", "فيسبوك", "فيس", "انستغرام", "انستقرام", "يوتيوب",
    "سناب",
)
_BARE_THAT = ("أن", "إن")
_TRANSMITTING = _keys(["نقلت", "نقل", "نقلته", "نقلتها", "أوردت", "أورد", "أوردته"])
# "about him": قال عنه فلان; the speaker follows
_ABOUT_IT = _keys(["عنه", "عنها", "عنهم", "عنهما"])
# a relative clause after an indefinite noun: بيان للجنة … تلقت «اليوم» نسخة منه
_RECEIVED = _keys([
    "تلقت", "تلقى", "تلقي", "تلقينا", "حصلت", "حصل", "حصلنا", "اطلعت", "اطلع", "تسلمت", "تسلم",
    "وزعته", "وزعت", "نشرته", "نشرت", "بثته", "بثت", "صدر", "صدرت",
])
_OPINION = _keys(["يعتقد", "تعتقد", "يتوقع", "تتوقع", "يظن", "يقدر", "تقدر", "يعتبر", "يرون"])
# particles that open a new clause: بينهم وبين المخلوع، حيث يرجح المراقبون أن
_CLAUSE_PARTICLES = _keys(["حيث", "إذ", "بينما", "فيما", "عندما", "وحيث"])


def _past_clause_particle(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words after a clause particle and its verb, when the phrase has one: the verb there
    reports and its subject speaks (… المخلوع، حيث يرجح المراقبون أن → المراقبون)."""
    for i in range(len(spans) - 3, 0, -1):
        if matching_key(text[slice(*spans[i])]) not in _CLAUSE_PARTICLES:
            continue
        verb = matching_key(text[slice(*spans[i + 1])])
        subject = matching_key(text[slice(*spans[i + 2])])
        if (verb in _VERB_KEYS or verb in _OPINION) and subject.startswith("ال"):
            return spans[i + 2 :]
        return spans  # حيث يقوم الفريق بجولة: not a report
    return spans


def _told_title(key: str) -> bool:
    """لوزير، للرئيس: a title with ل, the one a statement was addressed to."""
    return (key.startswith("لل") and "ال" + key[2:] in TITLE_WORDS) or (
        key[:1] == "ل" and key[1:] in OFFICES
    )


def _past_recipient(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words after "told X": لـ and its quoted object, or لوكالة «نوفوستي» الروسية."""
    told = text[slice(*spans[0])]
    rest = spans[1:]
    if told in ("لـ", "ل") and rest:
        rest = rest[1:]
    while rest:
        word = text[slice(*rest[0])]
        key = matching_key(word.strip("«»\"“”"))
        if not (word[:1] in _QUOTE_OPEN or key.startswith("ال") or key.endswith(("ي", "يه"))):
            break
        if key in TITLE_WORDS:
            break
        rest = rest[1:]
    return rest


def _names_someone(text: str, a: int, b: int, people: Sequence[Mention]) -> bool:
    """Whether words hold a title, a tagged person, a source noun (مصادر، مصدر مسؤول) or open
    with a name's link (ابن شبة)."""
    keys = [matching_key(w) for w in _clean_words(text[a:b])]
    return bool(keys) and (
        any(k in TITLE_WORDS for k in keys) or _bare(keys[0]) in _BODY_HEADS
        or keys[0] in _NAME_LINKS
        or any(a <= p.start < b for p in people)
    )


_PHRASE_WORD = re.compile(r"\([^()\n]{0,80}\)|[^\s،,]+")
# prepositions of place and time: a phrase opening with one has no subject
_CIRCUMSTANCE = _keys(["في", "خلال", "عبر", "أمام", "لدى", "عند", "عقب", "أثناء", "ضمن"])
# من خلال بيان، من جهته: "from" opening a circumstance, not part of the speaker (عدد من …)
_FROM_SIDE = _keys(["خلال", "جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم"])
CIRCUMSTANCE_WORDS = 8  # وقال في تصريح صحفي أمس: longer, the words are the verb's object
_IN_IT = _keys(["فيه", "فيها", "فيهم", "خلاله", "خلالها"])  # تغريدة قال فيها: …
# وقال في حوار مع رؤساء تحرير الصحف … أمس «…»: a quotation opening after the circumstance
# shows where the object would be, so the circumstance may run longer
QUOTED_CIRCUMSTANCE_WORDS = 14
NAME_PAST_CUT = 3  # words of place or time between a title and its name (في أثينا)


def _name_past_cut(
    text: str, spans: Sequence[tuple[int, int]], cut: int, people: Sequence[Mention]
) -> int | None:
    """Where a tagged name ends that follows a title past a short circumstance: مدرب برشلونة
    في الموسم الماضي لويس انريكي. None unless the words before the cut hold a title and no
    name, and the name starts within `NAME_PAST_CUT` words of the preposition, or further
    when the words past those name places and bodies (`_part_of_place`)."""
    head_start, head_end = spans[0][0], spans[cut][0]
    if not any(matching_key(text[s:e]) in TITLE_WORDS for s, e in spans[:cut]):
        return None
    if any(head_start <= p.start < head_end for p in people):
        return None
    for k, (s, e) in enumerate(spans[cut + 1 :]):
        key = matching_key(text[s:e])
        if key in _CUT and not (key == "في" and k) or (k and key in OFFICES):
            return None  # عضو في حزب الرئيس فلان: the party's head, not the member
        person = next((p for p in people if s <= p.start < e), None)
        if person is not None:
            return person.end
        if k >= NAME_PAST_CUT and not _part_of_place(key):
            return None  # past a short circumstance, only the names of places and bodies
    return None


UNTAGGED_NAME_WORDS = (2, 4)  # words of a name the tagger missed, past a circumstance


def _untagged_name_past_cut(text: str, spans: Sequence[tuple[int, int]], cut: int) -> int | None:
    """Where a name the tagger missed ends, after a title and a short circumstance whose last
    word is definite or quoted (العضوة في مبادرة "بلدي" إيمان فلاتة): a word without the
    article cannot describe a definite one, so it starts a name. The name is
    UNTAGGED_NAME_WORDS name words (`_is_name_word`), and ends the phrase or comes before a
    comma, a word that ends a speaker phrase (`_CUT`: another circumstance) or whom it was told
    (`_told`). After an indefinite word (في تصريح خاص) such a word is an adjective, and a source
    that asks not to be named (طالبا عدم ذكر اسمه) has none: no name."""
    if not any(matching_key(text[s:e]) in TITLE_WORDS for s, e in spans[:cut]):
        return None
    words = [text[s:e] for s, e in spans]
    keys = [matching_key(w) for w in words]
    if any(k in _NOT_NAMED for k in keys[cut:]):
        return None  # المسؤول في الوزارة طالبا عدم ذكر اسمه: unnamed
    for k in range(cut + 2, min(cut + 2 + NAME_PAST_CUT, len(spans))):
        if keys[k].startswith("ال") or not (
            keys[k - 1].startswith("ال") or words[k - 1].endswith(("»", '"', "”"))
        ):
            continue
        end = k
        while end < len(spans) and _is_name_word(keys, end, end > k, words) and not (
            end > k and "،" in text[spans[end - 1][1] : spans[end][0]]
        ) and not _told(words[end]):
            end += 1

        def closes(end: int) -> bool:
            return end == len(spans) or keys[end] in _CUT or _told(words[end]) or (
                "،" in text[spans[end - 1][1] : spans[end][0]]
            )

        if end > k and end < len(spans) and _office_after_name(keys[end]) and closes(end + 1):
            end += 1  # المسؤول الأمني في المطار عبدالله قائد، إن
        low, high = UNTAGGED_NAME_WORDS
        return spans[end - 1][1] if low <= end - k <= high and closes(end) else None
    return None


def _told(word: str) -> bool:
    """A word that says whom it was told (لـ«الشرق الأوسط»، للصحيفة): never part of a speaker."""
    return word.startswith(_TOLD) or bool(_TO_MEDIA.match(word))


def _part_of_place(key: str) -> bool:
    """A word of a chain of places and bodies between a title and its name (رئيس اللجنة
    الأمنية في المجلس المحلي في محافظة الأنبار فلان): في, a definite word, or the head of a
    place or body (محافظة، مجلس); not the words of a meeting (في مؤتمر صحفي مع نظيره فلان),
    after which another person is named."""
    return key == "في" or key.startswith(("ال", "لل", "بال")) or (
        TAGGER_TITLES.get(key) in ("LOC", "ORG")
    )


# one who speaks unnamed, known by where he is: عضو في حزب …، مصدر في الميناء
_UNNAMED_ONES = _keys([
    "عضو", "مصدر", "مسؤول", "قيادي", "ناشط", "خبير", "باحث", "محلل", "ضابط", "موظف", "مصادر",
    "مسؤولون", "أعضاء", "ناشطون", "قياديون", "خبراء", "مسؤولة", "عضوة",
])
WHERE_FROM_WORDS = 6  # عضو في حزب الرئيس اليمني السابق علي عبد الله صالح


def _where_from(
    text: str, spans: Sequence[tuple[int, int]], cut: int, people: Sequence[Mention]
) -> int | None:
    """Where the speaker phrase of one speaking unnamed ends when في says where he is from
    (عضو في حزب الرئيس السابق، مصدر في الميناء): at a tagged name that a comma sets off (عضو في
    رئاسة الاتحاد الإسلامي الكردستاني، ابوبكر علي: he is named after all), else at the end of
    that place's words, before a comma, another circumstance, a time word or a name they hold
    (عضو في حزب الرئيس اليمني السابق علي عبد الله صالح: a member, not the president). None if
    no such words follow."""
    end = None
    for k, (s, e) in enumerate(spans[cut + 1 :], cut + 1):
        person = next((p for p in people if s <= p.start < e), None)
        if person is not None:  # named after a comma; else a name the place's words hold
            return person.end if end and "،" in text[end:s] else end  # (حزب الرئيس فلان)
        key = matching_key(text[s:e])
        if key in _CUT or key in _TIME or _told(text[s:e]) or k - cut > WHERE_FROM_WORDS:
            break
        if end is None or "،" not in text[end:s] and "," not in text[end:s]:
            end = e
    return end


# a reporting verb inside a speaker phrase starts another clause (بين الباحث الزواوي وصف …);
# the verbs that are also common nouns or prepositions (بين، ذكر، كتب، رد، صرح) stay
_CLAUSE_VERBS = _keys(_VERBS) - _keys(["بين", "ذكر", "كتب", "رد", "صرح", "رأى", "علق", "نفى"])
# "told the newspaper/agency …": لـ«عكاظ»، لصحيفة، لوكالة، للصحفيين end a speaker phrase
_TOLD = ("لـ", "ل\"", "ل«", "ل“")
_TO_MEDIA = re.compile(
    r"^لل?(?:صحيف|صحف|وكال|قنا|تلفزيون|إذاع|اذاع|موقع|مراسل|صحاف|إعلام|اعلام|شبك|محط)"
)
_PREPOSITION_PRONOUN = re.compile(r"^(?:عن|علي|عل|في|من|الي|ل|ب)(?:ه|ها|هم|هما|نا|ي|ك|كم)$")


def _is_preposition(word: str) -> bool:
    """في، على … and the same with a pronoun (عنها، عليه): an object follows, not a speaker."""
    if _imam(word):
        return False
    key = matching_key(word)
    return key in _PREPOSITIONS or _PREPOSITION_PRONOUN.match(key) is not None


def _imam(word: str) -> bool:
    """إمام (an imam), which shares its matching key with أمام (in front of)."""
    return word.startswith("إمام")


def _content(text: str, cue: _Cue, stop: int) -> tuple[int, int, str] | None:
    """Span and kind of the statement after a cue: a quotation, or the words up to `stop`."""
    pos = cue.end
    comp = cue.comp
    if comp == ":":
        while pos < stop and text[pos].isspace():
            pos += 1
        if pos < stop and text[pos] in _QUOTE_OPEN:
            comp = text[pos]
            pos += 1
    if comp in _QUOTE_CLOSE:
        end = _closing_quote(text, pos, comp)
        if end is None:  # never closed: it ends where a reported statement would
            end = stop
        kind = "direct"
    else:
        end = stop
        kind = "reported"
    start, end = _strip(text, pos, end)
    if comp == ":" and (lead := _LEADING_INNA.match(text, start, end)):
        start = lead.end()  # وأضاف: إن …
    if len(re.findall(r"\w+", text[start:end])) < 3:
        return None
    return start, end, kind


# words a quotation opens with when it only finishes the reported clause (لن تحصل «إلا بأمر …»)
_CONTINUING = _keys(["إلا", "الا", "بأن", "بان", "أن", "ان", "كي", "لكي", "حتى", "مع"])
DIRECT_TAIL_WORDS = 4


_DANGLING_THAT = re.compile(r"[\s،,]+[وف]?(?:ب)?[أإا]ن(?:ه|ها|هم|هما)?\s*$")


def _direct_tail(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """A reported statement that ends by quoting the speaker's words («…» to its end) is two
    statements, as a reader counts them: … سافر للالتحاق بأخيه «لكنني لا أعرف ماذا يفعلان».
    Returns where the reported part ends and the quotation's span; None when the quotation
    only completes the clause (a preposition or إلا opens it) or either part is too short."""
    opening = text.rfind("«", start, end)
    if opening <= start or text[opening - 1] not in " ،,":
        return None
    close = text.find("»", opening, end + 1)
    if close < 0 or close < end - 1:
        return None
    inner = text[opening + 1 : close].split()
    if len(inner) < DIRECT_TAIL_WORDS or "«" in text[opening + 1 : close]:
        return None
    first = matching_key(inner[0])
    if first in _CONTINUING or _is_preposition(first) or first[:1] in "بل" and (
        _preposition_attached(first)
    ):
        return None
    cut = _strip(text, start, opening)[1]
    if (dangling := _DANGLING_THAT.search(text, start, cut)) is not None:
        cut = _strip(text, start, dangling.start())[1]  # …، وأنه «…»: the that opens the quote
    if len(text[start:cut].split()) < 3:
        return None
    return cut, _strip(text, opening + 1, close)


def _closing_quote(text: str, pos: int, opener: str) -> int | None:
    """Where a quotation opened just before `pos` closes, on its line; None if it does not
    (an unclosed mark would otherwise swallow the statements after it).

    Straight quotes nest ambiguously ("… حسن سلطان "رحمه الله" عندما …"). A mark with a space
    before it and a word after it opens an inner quotation; any other mark closes one.
    """
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if opener != '"':
        close = text.find(_QUOTE_CLOSE[opener], pos, line_end)
        if close < 0:
            return None
        if (again := text.find(opener, pos, close)) >= 0:
            # «… بالتزاماتها. وكرر الوزير حين قال «…»: the first was never closed, and the
            # close belongs to the second; the first ends with its last sentence
            stop = max(text.rfind(mark, pos, again) for mark in ".!؟")
            return stop if stop > pos else None
        return close
    depth = 1
    for i in range(pos, line_end):
        if text[i] != '"':
            continue
        opens = text[i - 1].isspace() and i + 1 < line_end and text[i + 1].isalnum()
        depth += 1 if opens else -1
        if depth == 0:
            return i
    return None


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop spaces, dangling quote marks and the closing full stop around a statement; a mark
    that closes a quotation inside it stays (كانت "قرارا قاسيا")."""
    junk = " \t\n.،,:؛;"
    while a < b and (text[a] in junk or (text[a] in _QUOTE_OPEN and not _balanced(text, a, b))):
        a += 1
    while b > a:
        ch = text[b - 1]
        if ch in "!؟?" and not any(q in text[a:b] for q in _QUOTE_OPEN):
            break
        if ch in '"»”' and _balanced(text, a, b):
            break
        if ch not in junk + '"»”!؟?':
            if ch in "وف" and b - 2 > a and text[b - 2].isspace():
                b -= 1  # a conjunction written apart, opening what follows: …، و غرد
                continue
            break
        b -= 1
    return a, b


def _balanced(text: str, a: int, b: int) -> bool:
    """Whether the quotation marks of `text[a:b]` pair up."""
    part = text[a:b]
    return part.count('"') % 2 == 0 and part.count("«") == part.count("»") and (
        part.count("“") == part.count("”")
    )


def _speaker_name(passage: _Passage, phrase: tuple[int, int]) -> str:
    """The person a speaker phrase names, its title stripped; failing a name, what the phrase
    refers back to (التقرير → its publisher); the phrase itself otherwise."""
    a, b = phrase
    words = _clean_words(passage.text[a:b])
    if [matching_key(w) for w in words] == _PROPHET_PRAISE:
        return "النبي"  # قال صلى الله عليه وسلم «…»: the formula stands for his name
    if len(words) > 1 and matching_key(words[0]) in _KIN and not any(
        matching_key(w) in OFFICES for w in words[1:]
    ):  # والدة آلاجوز speaks, not آلاجوز (but نجل الرئيس … نائب رئيس الحكومة قوباد is قوباد)
        return " ".join(words)
    if len(words) > 2 and matching_key(words[1]) in _CLOSE_TO and matching_key(words[2]) == "من":
        return " ".join(words)  # مصدر مقرب من فلان speaks, not فلان
    if joined := _coordinated_people(passage, a, b):
        return joined  # وقال كل من فلان وفلان: both speak
    name = _name_in(passage, a, b)
    if name:
        return _full_name(name, passage.people, passage.quotes)
    words = _clean_words(passage.text[a:b])
    if not words:
        return ""
    if len(words) == 1 and (full := _full_name(words[0], passage.people, passage.quotes)) != (
        words[0]
    ):
        return full  # الإمام, a family name here, not the title
    return _referent(passage, words, a) or " ".join(words)


def _coordinated_people(passage: _Passage, a: int, b: int) -> str:
    """The tagged people a phrase ends on when و joins them and nothing else stands between
    (كل من يزيد بالخير ومحمد آل مشاري), as written; "" for one person or any other phrase."""
    inside = sorted((p for p in passage.people if a <= p.start and p.end <= b),
                    key=lambda p: p.start)
    if len(inside) < 2 or passage.text[inside[-1].end : b].strip(" ،,"):
        return ""
    first = len(inside) - 1
    while first > 0 and _AND_NEXT.fullmatch(
        passage.text, inside[first - 1].end, inside[first].start
    ):
        first -= 1
    if first == len(inside) - 1:
        return ""
    return passage.text[inside[first].start : inside[-1].end]


_PROPHET_PRAISE = [matching_key(w) for w in ["صلى", "الله", "عليه", "وسلم"]]
# "close to": مصدر مقرب من فلان is a source near someone, not that someone
_CLOSE_TO = _keys(["مقرب", "مقربة", "مقربون", "مقربين", "قريب", "قريبة", "قريبون", "قريبين"])
# kin named by their relative: والدة آلاجوز، شقيق الضحية
_KIN = _keys([
    "والد", "والدة", "شقيق", "شقيقة", "زوج", "زوجة", "نجل", "نجلة", "أرملة", "أخت", "ابنة",
    "حفيد", "حفيدة", "عم", "خال", "جد", "جدة", "أقارب", "ذوو", "ذوي", "أسرة", "عائلة",
])


def _name_in(passage: _Passage, a: int, b: int) -> str:
    """The name a phrase ends on: the last tagged person in it, unless an untagged name after
    a title follows that person (المتحدث باسم مركز الملك سلمان … رأفت الصباغ: سلمان belongs
    to the centre's name, the speaker comes last), or the phrase opens on a person followed by
    an office (رأفت الصباغ المتحدث باسم مركز الملك سلمان: the office's names are not his)."""
    words = _clean_words(passage.text[a:b])
    scanned = _name_after_title(words)
    close = max(passage.text.rfind(mark, a, b) for mark in '»"”')
    if close > a:  # ممثل "يورو سبورت عربية" إدوارد غريفيود: the quotation is not the name
        before = _clean_words(passage.text[a:close])
        titles = [w for w in before if matching_key(w) in TITLE_WORDS]
        after = _clean_words(passage.text[close + 1 : b])
        keys = [matching_key(w) for w in after]
        n = 0
        while n < min(len(after), 5) and _is_name_word(keys, n, n > 0, after):
            n += 1
        if titles and n:
            scanned = after[:n]
    asides = [x.span() for x in _PARENTHETICAL.finditer(passage.text, a, b)]
    inside = [
        m for m in passage.people
        if a <= m.start and m.end <= b and not any(x <= m.start < y for x, y in asides)
    ]
    if not inside:
        return " ".join(scanned)
    for person in inside:  # صالح الأحمد - أمين منطقة القصيم - نجاح …: his office in dashes
        if _DASH_ASIDE.match(passage.text, person.end) and person.end < b:
            return person.text
    first = inside[0]
    if len(inside) > 1 and not _clean_words(passage.text[a : first.start]) and any(
        matching_key(w) in OFFICES for w in _clean_words(passage.text[first.end : inside[1].start])
    ):
        return first.text  # أكد رأفت الصباغ المتحدث باسم مركز الملك سلمان: name, then office
    last = inside[-1]
    titled = any(matching_key(w) in TITLE_WORDS for w in _clean_words(passage.text[a : last.start]))
    after = _clean_words(passage.text[last.end : b])
    if (
        titled and len(scanned) > 1 and not all(matching_key(w).startswith("ال") for w in scanned)
        and _has_run(after, scanned) and not _coordinated_or_governed(after, scanned)
    ):
        return " ".join(scanned)
    before = _clean_words(passage.text[a : last.start])
    if before and len(last.text.split()) <= 2 and (
        len(before) == 1 or matching_key(before[-2]) in HONORIFICS
    ) and (  # (an office takes its complement first: رئيس تحريرها فلان، مدير عام «مدن» فلان)
        _is_name_word([key := matching_key(before[-1])], 0, False, before[-1:])
        and not key.startswith("ال") and not _preposition_attached(key)
    ):  # وقالت إيفا عبدالله عضو المجلس، قالت الدكتورة نورة إبراهيم الصويان: the tagger left
        return f"{before[-1]} {last.text}"  # the given name out (عبدالله alone would be
        # resolved to another عبدالله named before)
    return _with_family_name(last.text, after)


def _with_family_name(name: str, after: Sequence[str]) -> str:
    """A one-word tagged name with the ال word after it, when an office or the end of the
    phrase comes next: أحمد الفقيه عضو مركز بيان is أحمد الفقيه, though الفقيه is also a
    common noun and the tagger stopped before it (and أحمد alone would be resolved to another
    أحمد named before)."""
    if len(name.split()) != 1 or not after:
        return name
    key = matching_key(after[0])
    if not key.startswith("ال") or key in TITLE_WORDS or _is_time(after[0]) or key in _ASIDE:
        return name
    if len(after) == 1 or matching_key(after[1]) in OFFICES:
        return f"{name} {after[0]}"
    return name


# an office set off by dashes after a name: صالح الأحمد - أمين منطقة القصيم -
_DASH_ASIDE = re.compile(r"\s+[-–—]\s[^-–—\n.]{1,120}?\s[-–—]\s")


def _coordinated_or_governed(words: Sequence[str], run: Sequence[str]) -> bool:
    """Whether a run of words after a tagged name is a noun joined by و or governed by a body
    (… الفارس مدير المؤسسة لصوامع الغلال ومطاحن الدقيق، رئيس لجنة متابعة أسعار الجازولين):
    then it is not a later name, and the tagged one speaks."""
    if matching_key(run[0]).startswith("و"):
        return True
    n = len(run)
    at = next(i for i in range(len(words) - n + 1) if list(words[i : i + n]) == list(run))
    return at > 0 and _bare(matching_key(words[at - 1])) in _BODY_HEADS


def _has_run(words: Sequence[str], run: Sequence[str]) -> bool:
    n = len(run)
    return any(list(words[i : i + n]) == list(run) for i in range(len(words) - n + 1))


def _clean_words(phrase: str) -> list[str]:
    """The words of a phrase, without parentheticals, quote marks or one-letter bits."""
    phrase = _PARENTHETICAL.sub(_unless_how_it_came, phrase)
    rest = _PARENTHETICAL.sub("", phrase).strip("،, ")
    if rest and not (len(rest.split()) == 1 and _bare(matching_key(rest)) in _BODY_HEADS):
        # a head keeps its name: موقع (فوتبول), مجموعة (برنامج نونهيومان) لحقوق الحيوان
        phrase = _PARENTHETICAL.sub(lambda m: _named_head(phrase, m), phrase)
    words = re.split(r"[\s،,]+", phrase.strip("،, "))
    words = [w.strip("«»\"“”-–—()") for w in words]
    return [w for w in words if len(ARABIC_LETTER.findall(w.replace("\u0640", ""))) > 1]


def _unless_how_it_came(m: re.Match[str]) -> str:
    """A parenthetical as it stands, but none that says how the words came (المصادر (حسب وكالة
    الأنباء الألمانية)): that is no part of a name."""
    inner = m.group()[1:-1].split()
    if inner and (matching_key(inner[0]) in _CUT or _is_preposition(inner[0])):
        return " "
    return m.group()


def _named_head(phrase: str, m: re.Match[str]) -> str:
    """A parenthetical of a phrase: kept, brackets off, when it names the body whose head noun
    stands right before it; else dropped (فلان (45 عاما))."""
    before = phrase[: m.start()].split()
    if before and (_bare(key := matching_key(before[-1])) in _BODY_HEADS or key in _GROUPS):
        return " " + m.group()[1:-1] + " "
    return " "


_GROUPS = _keys(["مجموعة", "تنظيم", "ميليشيا", "ميليشيات", "جبهة", "كتائب", "منظمة"])
_NAME_LINKS = frozenset(matching_key(w) for w in ["بن", "ابن", "بنت", "أبو", "ابو", "عبد", "آل"])


def _name_after_title(words: Sequence[str]) -> list[str]:
    """The last name in a title phrase: المدير التنفيذي للسوق الدكتور راشد الغامدي → راشد
    الغامدي; وزير الدفاع البريطاني مايكل فالون → مايكل فالون. Empty when no title word comes
    before it (التقرير، منظمة الصحة العالمية are speakers as they stand).

    A name is a run of words with no attached article or preposition; an ال word joins it only
    as a family name: after a link (بن، أبو), alone after an honorific (اللواء الغامدي), or
    after a name word when it is not a common word (الغامدي yes, كارتر الاجتماع بأنه no). A
    run right after a preposition is its object, not a name (على قرعة البطولة).
    """
    keys = [matching_key(w) for w in words]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _is_name_word(keys, j, j > i, words):
            j += 1
        if j > i and j == len(words) - 1 and _office_after_name(keys[j]):
            j += 1  # عبدالله قائد
        if j > i and not (i > 0 and _heads_genitive(keys[i - 1])):
            runs.append((i, j))
        i = max(j, i + 1)
    runs = [
        (a, b) for a, b in runs
        if b - a <= 5 and not _PLACE_NAMED_AFTER.search(" ".join(words[max(0, a - 2) : a]))
    ]
    for start, end in reversed(runs):
        if any(k in TITLE_WORDS for k in keys[:start]):
            return list(words[start:end])
    for start, end in runs:  # a name with its title after it: جون كيربي المتحدث باسم …
        if end < len(keys) and keys[end] in TITLE_WORDS:
            return list(words[start:end])
    return []


def _office_after_name(key: str) -> bool:
    """Whether a word may be an office that, after a name word and ending the phrase, is a
    family name (عبدالله قائد): an office takes a complement or a name after it, and here it
    has neither."""
    return key in TITLE_WORDS and not key.startswith("ال")


def _heads_genitive(key: str) -> bool:
    """Whether the word before a run takes it as object or genitive, not as a name: a
    preposition (على قرعة البطولة), one attached (لشبكة ميغا), or a title in construct
    (قائدة فريق التطوعي, ممثل يورو سبورت)."""
    return key in _PREPOSITIONS or (key[:1] in "بل" and _preposition_attached(key)) or (
        key in OFFICES and not key.startswith("ال") and key != "باسم"
    )


# honorifics that are also common nouns: مدير الفريق الأول is a team's, not a general's
_COMMON_HONORIFICS = _keys(["الفريق", "الرائد", "النائب", "الكاتب", "الزميل", "المدرب"])


def _is_name_word(
    keys: Sequence[str], i: int, inside_name: bool, words: Sequence[str] = ()
) -> bool:
    key = keys[i]
    if key == "علي" and i > 0 and keys[i - 1] in HONORIFICS and not (
        words and words[i].endswith("ى")
    ):  # اللواء علي الأحمدي: the name علي, spelt as the key of على (المدرب على اصطياد: على)
        return True
    if key in TITLE_WORDS or key in _PREPOSITIONS or key in _PARTICIPLE_KEYS:
        return False
    if key.startswith(("لل", "بال", "وال")) or _preposition_attached(key):
        return False
    if _bare(key) in _BODY_HEADS or _bare(key) in _DOCUMENTS:
        return False  # لجنة الاحتراف, not a person
    if key in _PRONOUN_SUBJECTS or key in _THAT or key in _GOD or not ARABIC_LETTER.match(key):
        return False
    if key in _ASIDE or key in _ADVERBS:
        return False  # مسؤول آسيوي ومقرب جدا من …: an adverb, no name
    if key.startswith("ي") and key.endswith(("ه", "ها", "هم")) and len(key) > 4:
        return False  # يحفظه: a verb with its object
    if key in _PARTICLES or (
        key.endswith(("ته", "تها", "هم", "هما")) and len(key) > 4 and not key.startswith("ال")
        and not (words and words[i].endswith("ة"))  # فلاتة: a name's ة, no pronoun
    ):
        return False  # سعادته، بما: a possessed noun or a particle, not a name
    if key.startswith("ال"):
        # a family name: inside a name, after بن/أبو, or alone after an honorific (اللواء الغامدي)
        return (
            (inside_name and word_zipf().get(key, 0.0) < FAMILY_NAME_ZIPF)
            or (i > 0 and keys[i - 1] in _NAME_LINKS)
            or (
                i > 0 and keys[i - 1] in HONORIFICS and i == len(keys) - 1
                and not key.endswith("يه")  # السفيرة الأميركية: an adjective, not a family
                and (keys[i - 1] not in _COMMON_HONORIFICS or (
                    word_zipf().get(key, 0.0) < FAMILY_NAME_ZIPF
                ))
            )
        )
    return True


def _preposition_attached(key: str) -> bool:
    """بفرع، لمركز، وجميع: ب/ل/و on a common word (the bare word far commoner than the
    whole), not a name that starts with the letter (بدر، بسام، لينا، وليد)."""
    if len(key) < 4 or key[0] not in "بلو":
        return False
    zipf = word_zipf()
    return zipf.get(key[1:], 0.0) > zipf.get(key, 0.0) + PREPOSITION_ZIPF_GAP


def _full_name(name: str, people: Sequence[Mention], earlier: Sequence[Quote]) -> str:
    """A one-word name (a surname, usually) stands for the longer name that contains it, but
    not for one where it is the father's name inside (عبدالعزيز is not خالد بن عبدالعزيز
    الفالح; عبدالوحيد at the end of عبدالله سعود بن عبدالوحيد is the family's)."""
    if len(name.split()) > 1:
        return name
    key = matching_key(name)
    for candidate in [*(q.speaker for q in reversed(earlier)), *(m.text for m in people)]:
        keys = [matching_key(w) for w in candidate.split()]
        if len(keys) > 1 and key in keys and not only_as_fathers_name(key, keys):
            return candidate
    return name


# God is quoted in columns under epithets: يقول الحق سبحانه وتعالى، قال المولى عز وجل
_GOD = _keys(["الله", "الحق", "المولى", "الرب", "ربنا", "الباري", "الخالق", "الرحمن"])
_PRAISE = _keys(["سبحانه", "تعالى", "وتعالى", "عز", "وجل", "جلاله", "تبارك", "جل"])
# "the same source": ذكر المصدر ذاته، أضافت المصادر نفسها
_SAME = _keys(["ذاته", "نفسه", "ذاتها", "نفسها", "عينه", "عينها"])
# documents speak for whoever issued them: وأكد التقرير، وأضافت الدراسة
_DOCUMENTS = _keys([
    "تقرير", "دراسة", "بيان", "استطلاع", "استبيان", "مسح", "بحث", "إحصائية", "رسالة", "خطاب",
    "وثيقة",
])
_ALREADY = _keys(["لقد", "قد", "ولقد"])
_VEIL = _keys(["النقاب", "الستار", "اللثام"])  # كشف النقاب، أزاح الستار: revealed
_ADVERBS = _keys([
    "جدا", "كثيرا", "تماما", "سابقا", "مؤخرا", "دائما", "رسميا", "شخصيا", "أيضا", "ايضا",
    "فورا", "حاليا", "لاحقا", "أخيرا", "اخيرا",
])
# a study's findings are its researchers', not those of the paper that reports them next
_FINDINGS = _keys(["دراسة", "بحث"])
# bodies are named once in full, then by their head noun: وزارة الصحة … وأوضحت الوزارة
_BODY_HEADS: dict[str, tuple[str, ...]] = {
    matching_key(head): tuple(matching_key(f) for f in forms)
    for head, *forms in [
        ("صحيفة", "صحيفة", "صحف"), ("جريدة", "جريدة", "جرائد"), ("مجلة", "مجلة", "مجلات"),
        ("وكالة", "وكالة", "وكالات"), ("وزارة", "وزارة"), ("شركة", "شركة", "شركات"),
        ("هيئة", "هيئة"), ("منظمة", "منظمة", "منظمات"), ("مركز", "مركز"), ("فرع", "فرع"),
        ("جمعية", "جمعية"), ("لجنة", "لجنة"), ("مجلس", "مجلس"), ("جامعة", "جامعة"),
        ("بنك", "بنك", "بنوك"), ("مصرف", "مصرف"), ("صندوق", "صندوق"), ("مؤسسة", "مؤسسة"),
        ("قناة", "قناة", "قنوات"), ("محطة", "محطة"), ("موقع", "موقع", "مواقع"),
        ("محكمة", "محكمة"), ("نيابة", "نيابة"), ("إدارة", "إدارة"), ("أمانة", "أمانة"),
        ("بلدية", "بلدية"), ("حكومة", "حكومة"), ("حركة", "حركة"), ("جماعة", "جماعة"),
        ("حزب", "حزب"), ("تحالف", "تحالف"), ("اتحاد", "اتحاد"), ("رابطة", "رابطة"),
        ("مديرية", "مديرية"), ("سفارة", "سفارة"), ("قيادة", "قيادة"), ("غرفة", "غرفة"),
        ("مصدر", "مصدر", "مصادر"), ("مصادر", "مصادر", "مصدر"), ("مكتب", "مكتب"),
        ("مستشفى", "مستشفى"), ("معهد", "معهد"), ("مرصد", "مرصد"), ("شرطة", "شرطة"),
    ]
}


def _bare(key: str) -> str:
    """A key without its article and attached و/ف/ب/ل: للصحيفة → صحيفه."""
    if key in _BODY_HEADS or key in _DOCUMENTS:
        return key
    for prefix in ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            rest = key[len(prefix) :]
            if prefix.endswith("ال") or prefix == "لل" or rest in _BODY_HEADS or (
                rest in _DOCUMENTS
            ):
                return rest
    return key


def _referent(passage: _Passage, words: Sequence[str], before: int) -> str:
    """What a speaker phrase without a name refers back to, or "" if nothing:

        الحق سبحانه وتعالى          → الله
        المصدر ذاته                  → the previous speaker
        التقرير، البيان              → the body that issued it (see `_issuer`)
        تقرير «المركز»               → what «المركز» refers to
        الصحيفة، الوزارة، المصادر     → the nearest صحيفة/وزارة/مصادر … named in full before
        مساعد مدير الأمن العام         → the person named with that title before
    """
    keys = [matching_key(w) for w in words]
    if keys[0] in _GOD and (keys[0] == "الله" or any(k in _PRAISE for k in keys[1:])):
        return "الله"
    if len(keys) > 1 and keys[-1] in _SAME:
        return _same_source(passage.quotes)
    definite = keys[0].startswith("ال")
    head = _bare(keys[0])
    if head in _DOCUMENTS:
        if definite and len(keys) == 1:
            return _issuer(passage, head, before)
        if not definite and len(keys) == 2 and (
            possessor := _referent(passage, words[1:], before)
        ):
            return possessor  # تقرير «المركز»: the possessor speaks
        if not definite and (issuer := _document_issuer(words[1:])):
            # بيان للوزارة: the ministry named in full before
            return _referent(passage, issuer.split(), before) or issuer
        if not definite and head not in _FINDINGS and all(
            k in _ISSUED or k in _TIME for k in keys[1:]
        ):
            return _issuer_speaking_later(passage, before)  # أفاد تقرير صادر أمس بأن
        if not definite and len(keys) > 2 and (
            _bare(keys[1]) in _BODY_HEADS or keys[1] in _AUTHORITIES
        ) and keys[2].startswith("ال"):  # بيان سلطات المقاطعة: the authorities speak in it
            return _referent(passage, words[1:], before) or " ".join(words[1:])
        if not definite and head not in _FINDINGS and len(keys) > 1 and (
            keys[1].startswith("ال")
        ):  # وتابع بيان الداخلية التونسية: the one whose statement it is
            return _referent(passage, words[1:], before) or " ".join(words[1:])
    if definite and head in _BODY_HEADS and len(keys) == 1:
        return _antecedent(passage, _BODY_HEADS[head], before)
    if (keys[0] in OFFICES or keys[0] in HONORIFICS) and (
        titled := _titled_earlier(passage, words, before)
    ):
        return titled
    if len(keys) == 1 and keys[0] in _AUTHORS:
        return _author_of_work(passage, before)  # وذكر المؤلف أن
    if (
        not definite and len(keys) <= INDEFINITE_WORDS and len(keys[0]) > 2
        and head not in _BODY_HEADS and head not in _DOCUMENTS
        and not any(k.startswith(("ال", "لل")) for k in keys[1:])
    ):  # قاضية أمريكية, not وزير النقل (definite by its complement) nor موقع «…»
        return _named_later(passage, keys[0], before)
    return ""


INDEFINITE_WORDS = 3  # an indefinite person and its adjectives: مسؤول أمني رفيع


def _named_later(passage: _Passage, key: str, after: int) -> str:
    """The person an indefinite speaker (قالت قاضية أمريكية) turns out to be: the same noun,
    made definite, goes on to name someone later (وقالت القاضية باربره جافي). Arabic brings a
    person in indefinite and refers back with the article, so that is the same person."""
    for m in _definite(key).finditer(passage.text, after, after + LOOK_BACK):
        if name := _person_after(passage, m.end()):
            return _full_name(name, passage.people, passage.quotes)
    return ""


@lru_cache(maxsize=PATTERNS)
def _definite(key: str) -> re.Pattern[str]:
    """The word `key` with the article, maybe after و/ف and ب/ل (والقاضية، للقاضية)."""
    return re.compile(rf"(?<![\w\u0640])[وف]?[بل]?{_loose('ال')}{_loose(key)}(?![\w\u0640])")


_AUTHORS = _keys(["المؤلف", "المؤلفة", "الكاتب", "الكاتبة"])
_WORKS = _keys([
    "كتاب", "الكتاب", "رواية", "ديوان", "مؤلف", "كتب", "روايات", "قصيدة", "مقال", "مقالة",
    "دراسة", "بكتاب", "لكتاب", "برواية", "لرواية", "وكتاب",
])


def _author_of_work(passage: _Passage, before: int) -> str:
    """Who المؤلف is: the person a work was named after before `before` (كتاب حمد الحمد)."""
    text = passage.text
    for p in reversed(passage.people):
        if p.end > before or p.start < before - LOOK_BACK:
            continue
        lead = text[max(0, p.start - 20) : p.start].split()
        if lead and matching_key(lead[-1]) in _WORKS:
            return _full_name(p.text, passage.people, passage.quotes)
    return ""


_ISSUED = _keys(["صادر", "صادرة", "الصادر", "الصادرة"])


def _document_issuer(words: Sequence[str]) -> str:
    """The body an indefinite document is said to be of or from, which speaks through it:
    بيان للجنة التنسيقية → اللجنة التنسيقية; تقرير صادر عن وزارة الصحة → وزارة الصحة."""
    keys = [matching_key(w) for w in words]
    if len(keys) > 2 and keys[0] in _ISSUED and keys[1] in ("عن", "من"):
        return " ".join(words[2:])
    if not keys or not all(k.startswith(("ال", "لل", "وال")) or k.endswith(("ي", "يه"))
                           for k in keys[1:]):
        return ""  # استطلاع للرأي نشر مؤخرا: not a body's name
    if keys[0].startswith("لل") and keys[0][1:] in _BODY_HEADS:  # للجنة: ل + اللجنة
        return " ".join(["ال" + words[0][1:], *words[1:]])
    if keys[0].startswith("لل") and _bare(keys[0]) in _BODY_HEADS:
        return "ال" + words[0][2:]  # بيان للوزارة: ل + الوزارة
    if keys[0].startswith("لل") and len(keys[0]) > 4 and len(keys) > 1:
        return " ".join(["ال" + words[0][2:], *words[1:]])  # تقرير للأمم المتحدة
    if keys[0].startswith("ل") and _bare(keys[0][1:]) in _BODY_HEADS:
        return " ".join([words[0][1:], *words[1:]])
    return ""


# "His Highness", "His Excellency" stand for the dignitary the passage named with the matching
# honorific or title
_HONORED: dict[str, frozenset[str]] = {
    matching_key(pronoun): _keys(titles) for pronoun, titles in HONORIFIC_PRONOUN_TITLES
}
_HONORIFIC_KEYS = frozenset(_HONORED)  # the honorific pronouns, as matching keys
HONOR_WORDS = 6  # how far before a name its honorific may stand (سمو أمير منطقة عسير الأمير …)


# a speaker named only by an honorific pronoun (`_HONORED`): وأكد سموه أن …
_UNNAMED_SPEAKER = re.compile(
    rf"[\s\-–—*•]*(?:[وف]?(?:{_alternatives(_PARTICIPLES)})(?!\w)"
    rf"|(?:كما\s+)?[وف]?(?:{_alternatives(_VERBS)})"
    rf"(?:[\s،,]+(?:{_alternatives(sorted(_HONORED))})(?!\w)"
    rf"|[\s،,]*(?:(?<![^\s،,]){_COMPLEMENTIZER}|{_alternatives(['إلى', 'قائلا'])}(?!\w)"
    rf"|:|{_STATEMENT_QUOTE})))"
)


def unnamed_speaker(sentence: str) -> bool:
    """Whether a sentence opens with a verb of saying and leaves its speaker to the sentences
    before it (وأضاف أن …، وقال: «…»، وأشار إلى …، وأكد سموه أن …), or opens with a participle
    that goes on from one (مؤكدا أن …، معربا عن …): read alone, it does not say who spoke.
    A short quoted name after the verb is a speaker (وأضاف «السيسي»: …)."""
    return _UNNAMED_SPEAKER.match(sentence) is not None


def _honored(passage: _Passage, titles: frozenset[str], before: int) -> str:
    """The nearest person named before `before`, outside statements, with one of `titles`
    among the words just before the name."""
    text = passage.text
    for p in reversed(passage.people):
        if p.end > before or any(q.start <= p.start < q.end for q in passage.quotes):
            continue
        lead = text[max(0, p.start - 80) : p.start].split()[-HONOR_WORDS:]
        if any(matching_key(w) in titles for w in lead):
            return _full_name(p.text, passage.people, passage.quotes)
    return ""


def _same_source(earlier: Sequence[Quote]) -> str:
    """المصدر ذاته: the last source cited by name or description, not a bare plural aside
    (وتشير التقارير إلى أن … between the source's statements)."""
    for quote in reversed(earlier):
        words = quote.speaker.split()
        if len(words) > 1 or not matching_key(words[0]).startswith("ال"):
            return quote.speaker
    return ""


def _body_pattern(forms: Sequence[str]) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w\u0640])(?:(?P<one>{_alternatives(['إحدى', 'أحد'])})\s+)?"
        rf"[وف]?[بل]?(?P<art>{_loose('ال')}|(?<=ل)ل)?(?P<head>{_alternatives(forms)})"
        rf"(?![\w\u0640])"
    )


_BODY_PATTERNS = {head: _body_pattern(forms) for head, forms in _BODY_HEADS.items()}
_ANY_BODY = _body_pattern(sorted({f for forms in _BODY_HEADS.values() for f in forms}))


def _antecedent(passage: _Passage, forms: Sequence[str], before: int) -> str:
    """The nearest earlier full naming of a body by one of `forms` (صحيفة «ديلي ميل»
    البريطانية, إحدى الصحف العربية الصادرة بلندن, المركز المالي الكويتي): the head noun and
    the words that complete it."""
    pattern = _BODY_PATTERNS.get(forms[0]) or _body_pattern(forms)
    best = ""
    for m in pattern.finditer(passage.text, max(0, before - LOOK_BACK), before):
        rest = _complement(passage, m.end())
        if not rest:
            continue
        best = _body_phrase(m, rest)
    return best


def _body_phrase(m: re.Match[str], rest: Sequence[str]) -> str:
    head = ("ال" if m.group("art") else "") + m.group("head")
    return " ".join([*([m.group("one")] if m.group("one") else []), head, *rest])


def _issuer(passage: _Passage, head: str, before: int) -> str:
    """Who issued the report a bare التقرير/البيان stands for: the first body named in the
    sentence that introduced it (أصدرت شركة … تقريرها، قال تقرير صادر عن …), else in the
    article's first sentence; "" when neither names one."""
    text = passage.text
    sentences = passage.sentences
    intro = _loose_word(head)
    first = next((m for m in intro.finditer(text, 0, before)), None)
    spans = []
    if first is not None:
        k = bisect_right([s for s, _ in sentences], first.start()) - 1
        spans.append(sentences[max(k, 0)])
    if sentences:
        spans.append(sentences[0])
    for a, b in spans:
        b = min(b, before)
        tagged = next(
            (m for m in passage.names if m.type == "ORG" and a <= m.start and m.end <= b), None
        )
        for m in _ANY_BODY.finditer(text, a, b):
            if tagged is not None and tagged.end <= m.start():
                break
            if _bare(matching_key(m.group("head"))) in _SOURCES:
                continue
            rest = _complement(passage, m.end())
            if rest:
                return _body_phrase(m, rest)
        if tagged is not None and len(tagged.text.split()) > 1:
            return tagged.text
    return _issuer_speaking_later(passage, first.end() if first is not None else before)


_SOURCES = _keys(["مصدر", "مصادر"])
_AUTHORITIES = _keys([
    "سلطات", "حكومة", "قوات", "قيادة", "إدارة", "رئاسة", "شرطة", "أمانة", "مكتب", "جيش",
])
ISSUER_AHEAD = 600  # characters after an unnamed report in which its issuer may speak


def _issuer_speaking_later(passage: _Passage, after: int) -> str:
    """The body that speaks next, for a report none was named for before (أفاد تقرير صادر
    أمس بأن … وقال «مجلس اللاجئين النرويجي» إن …): the article names the issuer when it
    quotes it; "" when the next speaker within `ISSUER_AHEAD` is not a body."""
    text = passage.text
    a = b = 0
    m = _CUE.search(text, after, after + ISSUER_AHEAD)
    while m is not None and a == b:
        a, b = m.span("speaker")
        if (tail := _past_quoted_name(text, m)) is not None:
            b = tail.end("speaker")  # وقال «مجلس اللاجئين» إن
        if not text[a:b].strip():
            m = _CUE.search(text, m.end(), after + ISSUER_AHEAD)  # يرجح أن: no one named
    if m is None or m.group("part"):
        return ""
    body = _ANY_BODY.search(text, a, b)
    if body is None or text[a : body.start()].strip(" «\"“"):
        return ""
    rest = _complement(passage, body.end())
    return _body_phrase(body, rest) if rest else ""



@lru_cache(maxsize=PATTERNS)
def _loose_word(key: str) -> re.Pattern[str]:
    """A word built on `key` with any clitics and suffixes: تقرير → التقرير، تقريرها، بتقرير."""
    return re.compile(rf"(?<![\w\u0640])[وفبل]?(?:{_loose('ال')})?{_loose(key)}\w*")


_COMPLEMENT_TOKEN = re.compile(
    r"[ \t]*(?:(?P<quoted>[«\"“][^«»\"“”\n]{1,40}[»\"”])|(?P<word>[^\s،,.:؛؟!«»\"“”()]+))"
)
COMPLEMENT_WORDS = 6


def _complement(passage: _Passage, pos: int, construct: bool = False) -> list[str]:
    """The words completing a head noun from `pos`: a quoted name, definite words (الدفاع
    الوطني، للسياحة والتراث), relational adjectives (عسكري، محلية) and tagged names, up to a
    word of any other kind. After a title (`construct`) a body or office noun continues it
    too (رئيس مجلس النواب، مدير إدارة المرور), and so does any noun heading a genitive
    right after the title (قائد حرس الحدود)."""
    text = passage.text
    words: list[str] = []
    while len(words) < COMPLEMENT_WORDS:
        m = _COMPLEMENT_TOKEN.match(text, pos)
        if m is None:
            break
        if m.group("quoted"):
            words.append(m.group("quoted")[1:-1])
        else:
            word = m.group("word")
            key = matching_key(word)
            tagged = any(
                m.start("word") <= n.start < m.end() for n in passage.names
            ) or any(m.start("word") <= n.start < m.end() for n in passage.people)
            plain = key not in _CUT and key not in _TIME and not _is_preposition(key) and (
                key not in _GOD
            )
            definite = key.startswith(("ال", "لل", "وال", "بال")) and len(key) > 3 and plain
            relational = key.endswith(("ي", "يه")) and len(key) > 3 and plain
            chained = construct and plain and (
                _bare(key) in _BODY_HEADS or key in OFFICES
                or (not words and key[0] not in "بل" and _definite_next(text, m.end()))
            )
            if not (tagged or definite or relational or chained):
                break
            words.append(word)
        pos = m.end()
    return words


def _definite_next(text: str, pos: int) -> bool:
    """Whether the word after `pos` has the article: the word before it heads a genitive."""
    m = _COMPLEMENT_TOKEN.match(text, pos)
    return m is not None and bool(m.group("word")) and matching_key(m.group("word")).startswith(
        ("ال", "لل")
    )


def _titled_earlier(passage: _Passage, words: Sequence[str], before: int) -> str:
    """A title without a name (وبين مساعد مدير الأمن العام) stands for the person named with
    that title earlier: the longest start of the phrase found before, following a name
    (… سالغادو، رئيس بلدية المنطقة) or followed by one (… للشؤون الأمنية اللواء جمعان …).
    The search looks back `LOOK_BACK` characters: a title refers within its passage."""
    keys = [matching_key(w) for w in words]
    bare = [_bare_title(keys[0]), *keys[1 : TITLE_BACK_WORDS]]
    for n in range(len(bare), 0, -1):
        if n == 1 and len(bare) > 1:
            break  # a longer title is matched on two words at least
        if n < len(bare) and bare[n].endswith(("ي", "يه")) and not any(
            _preposition_attached(k) for k in bare[1:n]
        ):  # وزير الخارجية الأميركية is not any وزير الخارجية; but in الأمين العام لرابطة
            break  # العالم الإسلامي the adjective is the complement's, not the title's
        pattern = _title_words(tuple(bare[:n]))
        found = list(pattern.finditer(passage.text, max(0, before - LOOK_BACK), before))
        for m in reversed(found):
            name = _person_before(passage, m.start()) or _person_after(passage, m.end())
            if name:
                return _full_name(name, passage.people, passage.quotes)
    if len(keys) > 1 and keys[0] in OFFICES:
        return _title_shortened(passage, keys, before) or _only_one_so_titled(
            passage, keys[0], before
        )
    return ""


def _only_one_so_titled(passage: _Passage, head: str, before: int) -> str:
    """The one person the passage introduced with a title's head alone (المدرب كريستيان
    غروس … وتمنى مدرب الأهلي), when no other person was introduced with it; "" if none or
    several."""
    pattern = _word_maybe_definite(_bare_title(head))
    named = {
        _full_name(name, passage.people, passage.quotes)
        for m in pattern.finditer(passage.text, max(0, before - LOOK_BACK), before)
        if (name := _person_after(passage, m.end()))
    }
    return named.pop() if len(named) == 1 else ""


@lru_cache(maxsize=PATTERNS)
def _title_words(keys: tuple[str, ...]) -> re.Pattern[str]:
    """The words of a title in a row, the first maybe with clitics and the article, each in
    either gender (مساعد مدير الأمن، ومساعدة مدير الأمن)."""
    return re.compile(
        rf"(?<![\w\u0640])(?:[وف]?(?:لل|[بل]?{_loose('ال')}|[بل]))?"
        + r"[\s،,]+".join(_either_gender(k) for k in keys)
        + r"(?![\w\u0640])"
    )


def _unarticled(key: str) -> str:
    """A key without its article only (المستشفى → مستشفي). Not `_bare`, which also treats the
    heads of bodies and documents apart: with it, عضو هيئة المحلفين was resolved to the man
    on trial in a corpus article."""
    for prefix in ("وال", "بال", "لل", "ال"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            return key[len(prefix) :]
    return key


@lru_cache(maxsize=PATTERNS)
def _word_maybe_definite(key: str) -> re.Pattern[str]:
    """The word `key`, maybe with و/ف and the article (مدير، والمدير)."""
    return re.compile(rf"(?<![\w\u0640])[وف]?(?:{_loose('ال')})?{_loose(key)}(?![\w\u0640])")


def _title_shortened(passage: _Passage, keys: Sequence[str], before: int) -> str:
    """A title said again in short (مدير المستشفى، رئيس النادي الوطني → رئيس الوطني) stands
    for the person an earlier, fuller title named: the same head (مدير مستشفى النور التخصصي
    الدكتور فلان), the short title's other words among the full one's words before the name
    (the article aside: المستشفى is مستشفى النور)."""
    text = passage.text
    rest = {_unarticled(k) for k in keys[1:]}
    head = _word_maybe_definite(_bare_title(keys[0]))
    for m in reversed(list(head.finditer(text, max(0, before - LOOK_BACK), before))):
        seen: set[str] = set()
        pos = m.end()
        for _ in range(TITLE_BACK_WORDS):
            t = _COMPLEMENT_TOKEN.match(text, pos)
            if t is None or t.group("quoted"):
                break
            person = next((p for p in passage.people if t.start("word") <= p.start < t.end()),
                          None)
            if person is not None:
                if rest <= seen:
                    return _full_name(person.text, passage.people, passage.quotes)
                break
            key = matching_key(t.group("word"))
            if key in _CUT or _is_preposition(key):
                break
            seen.add(_unarticled(key))
            pos = t.end()
    return ""


def _person_before(passage: _Passage, pos: int) -> str:
    """The tagged person whose name ends right before `pos`, a comma or space between."""
    for p in passage.people:
        if 0 <= pos - p.end <= 3 and not passage.text[p.end : pos].strip(" ،,"):
            return p.text
    return ""


TITLE_BACK_WORDS = 8


def _either_gender(key: str) -> str:
    """A pattern for a word that also matches its relational adjective in the other gender:
    وزير الخارجية الأميركية is وزير الخارجية الأميركي."""
    if key.endswith("يه"):
        return _loose(key[:-1]) + "[ةه]?"
    if key.endswith("ي"):
        return _loose(key) + "[ةه]?"
    return _loose(key)


def _bare_title(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _person_after(passage: _Passage, pos: int) -> str:
    """The tagged person a title at `pos` goes on to name (… للشؤون الأمنية اللواء جمعان
    الغامدي), the words between completing the title; "" if another kind of word comes first."""
    text = passage.text
    for _ in range(TITLE_BACK_WORDS + 4):
        m = _COMPLEMENT_TOKEN.match(text, pos)
        if m is None:
            return ""
        start = m.start("quoted") if m.group("quoted") else m.start("word")
        person = next((p for p in passage.people if start <= p.start < m.end()), None)
        if person is not None:
            return person.text
        if m.group("word"):
            key = matching_key(m.group("word"))
            if key in _CUT or _is_preposition(key) or not (
                key in TITLE_WORDS or key.startswith(("ال", "لل", "وال", "بال", "ب", "ل"))
                or key.endswith(("ي", "يه")) or _bare(key) in _BODY_HEADS
            ):  # المتحدث الرسمي باسم هيئة الهلال الأحمر … خالد السهلي
                return ""
        pos = m.end()
    return ""


def _carried_speaker(
    passage: _Passage, k: int, cue: _Cue, last: Quote | None, last_gender: str
) -> str:
    """Who speaks after a cue with no speaker phrase (وأضاف / مضيفا / وقال في تصريح):

    - the subject put before the verb (وكانت الوزارة قد قالت، لكن البيت الأبيض أكد)
    - the speaker of an earlier statement of the same sentence
    - a plural cue (وأضافوا): the nominative plural its sentence has (المصابون)
    - the subject of the sentence's earlier verb (أعلنت حركة طالبان …، قائلة إن;
      وسأل قائد المنطقة …، مؤكدا → the person named with that title)
    - the person named earlier in the sentence (not a man's name for a verb in the feminine
      when the previous speaker was reported in the feminine: وقالت مصادر … . وبحسب المصادر
      … ميليشيات الحوثي وصالح …، وأوضحت أن → the sources still speak)
    - the person made subject of a sentence since the last statement (وأبدى حنفي …)
    - else the previous speaker of the passage (at most `CARRY_SENTENCES` back)

    A plural cue never takes one person's name.
    """
    text = passage.text
    sentence_start = passage.sentences[k][0]
    cue_start = cue.start
    if cue.verb and (subject := _relative_antecedent(passage, sentence_start, cue_start)):
        return subject
    if cue.verb and (subject := _fronted_subject(passage, sentence_start, cue_start)):
        return subject
    if last is not None and last.sentence == k:
        if subject := _topic_of_amma(passage, last.end, cue_start):
            return subject  # …» أما الوزير فقال: a new topic since that statement
        # a verb of saying with a named subject since that statement (…، وغرد أبو رنة فقال)
        named = _clause_subject(passage, max(sentence_start, last.end), cue_start)
        if named and (
            matching_key(named.split()[0]) in _KUNYA or any(p.text in named for p in passage.people)
        ):
            return named
        return last.speaker
    if subject := _topic_of_amma(passage, sentence_start, cue_start):
        return subject
    said = matching_key(cue.verb or cue.part or "")
    plural = said.endswith("وا") or (cue.part is not None and said.endswith("ين"))  # not وبين
    if plural:
        found = _NOMINATIVE_PLURAL.search(text, sentence_start, cue_start)
        if found is not None:
            return found.group(0)
    if (subject := _clause_subject(passage, sentence_start, cue_start)) and not (
        plural and subject in {p.text for p in passage.people}
    ):
        return subject
    if plural and (subject := _plural_subject(passage, k)):
        return subject  # وجدد عدد من المواطنين مطالبهم، مؤكدين أن
    if plural and k > 0 and (subject := _plural_subject(passage, k - 1)):
        return subject  # ثمنت قيادات أمنية … . وأكدوا أن
    if cue.verb and not _joined(text, cue_start) and (
        topic := _topic_of_relative(passage, sentence_start, cue_start)
    ):
        return topic  # علي العلاق الذي يعد من مؤيدي … العبادي قال: the topic speaks
    if not plural:
        feminine = _gender(cue) == "f" and last_gender == "f"
        before = [
            m for m in passage.people
            if sentence_start <= m.start and m.end <= cue_start
            and not any(q.start <= m.start < q.end for q in passage.quotes)
            and not _object_of_preposition(text, sentence_start, m.start)
            and not _ends_clause(text, m.end, cue_start)
            and not (feminine and not _feminine_name(m.text))
        ]
        if before:
            return _full_name(before[-1].text, passage.people, passage.quotes)
        # since the latest statement, whichever `last` the verb's gender chose
        latest = passage.quotes[-1] if passage.quotes else last
        since = latest.sentence + 1 if latest is not None else k - CARRY_SENTENCES
        if subject := _recent_subject(passage, max(since, 0), k):
            return subject  # وأبدى حنفي استعداده … / وأشار إلى أن: the subject since
    if last is not None and k - last.sentence <= CARRY_SENTENCES and not (
        plural and any(set(p.text.split()) <= set(last.speaker.split()) for p in passage.people)
    ):
        return last.speaker
    return ""


def _feminine_name(name: str) -> bool:
    """Whether a person's first name may be a woman's, as a verb in the feminine needs
    (وأوضحت أن … is not said by صالح): one ending in ة، اء or ى (or ي, which matching keys do not
    tell from ى, so علي passes too), or a woman's name that does not (مريم، هند، زينب …)."""
    first = matching_key(name.split()[0]) if name.split() else ""
    return first.endswith(("ه", "اء", "ي")) or first in _WOMEN


_WOMEN = _keys(["مريم", "هند", "زينب", "سعاد", "نوال", "إيمان", "ايمان", "وجدان", "أمل", "امل",
                "نور", "سمر", "عبير", "منال", "نهى", "سناء", "رغد", "دعد", "أحلام", "احلام",
                "إلهام", "الهام", "ابتسام", "أريج", "اريج", "جيهان", "سوزان", "ماجدة", "حنان",
                "بثينة", "شهد", "ميساء", "رزان", "روان", "جود", "ريم", "لين", "تغريد", "وداد"])


_PLURAL_END = re.compile(r"(?:ون|ين|ات)$")
_PLURAL_ADJECTIVE = re.compile(r"(?:ون|ين|ات|يه)$")
_BROKEN_PLURALS = _keys([
    "خبراء", "علماء", "مسؤولون", "سكان", "أهالي", "اهالي", "شهود", "نشطاء", "قادة", "أعضاء",
    "عدد", "مواطنون", "رجال", "أطباء", "باحثون", "محللون", "مراقبون", "مصادر", "بعض",
])
_SOME = _keys(["عدد", "بعض", "مجموعة"])


def _plural_subject(passage: _Passage, j: int) -> str:
    """The plural subject sentence `j` opens with after its verb (ثمنت قيادات أمنية …), for a
    plural cue of the next sentence (وأكدوا أن) to speak for: the noun and the plural or
    feminine adjectives after it; "" when the sentence opens otherwise."""
    a, b = passage.sentences[j]
    words = [w.strip("«»\"“”،,") for w in passage.text[a:b].split()[:5]]
    if len(words) < 2:
        return ""
    verb, noun = matching_key(words[0]), matching_key(words[1])
    if _is_preposition(verb) or verb in _TIME or noun.startswith("ال") or not (
        noun in _BROKEN_PLURALS or (_PLURAL_END.search(noun) and len(noun) > 4)
    ):
        return ""
    if noun in _SOME:  # أكد عدد من المختصين، حاول بعض الدعاة; not بعض هؤلاء (further back)
        if len(words) > 3 and matching_key(words[2]) == "من":
            return " ".join(words[1:4])
        if len(words) > 2 and matching_key(words[2]).startswith("ال"):
            phrase = words[1:3]
            if len(words) > 3 and matching_key(words[3]).startswith("وال"):
                phrase.append(words[3])  # بعض الدعاة والمشايخ
            return " ".join(phrase)
        return ""
    phrase = [words[1]]
    for w in words[2:4]:
        if not _PLURAL_ADJECTIVE.search(matching_key(w)) or _is_preposition(matching_key(w)):
            break
        phrase.append(w)
    return " ".join(phrase)


_AMMA = re.compile(r"[\s«»\".،,]*[وف]?أما\s+(?:بالنسبة\s+(?:إلى|الى|ل)\s*)?")
_AND_NEXT = re.compile(r"[\s،,]*و\s*")
AMMA_GAP = 30  # characters of title between أما and the name (أما رئيس النادي فلان)
AMMA_WORDS = 15  # words a topic after أما may run to (أما الدكتورة فلانة مديرة … فتشدد)
# the noun phrase after أما, up to the ف that opens its verb: أما صحيفة «وول ستريت» فأشارت
_AMMA_TOPIC = re.compile(
    rf"(?P<topic>(?P<head>[^\s،,.:؛«»\"“”]+)(?:\s+[^\s،,.:؛]+){{0,{AMMA_WORDS}}}?)"
    r"[\s،,]+ف(?!ي\s)(?=[^\s])"
)


def _topic_of_amma(passage: _Passage, start: int, cue_start: int) -> str:
    """The people a sentence opens with after أما, for its verb after ف to speak for: أما
    خالد المصعبي ويوسف الدغريري، فقالوا → both, as the text coordinates them."""
    text = passage.text
    lead = _AMMA.match(text, start, cue_start)
    if lead is None:
        return ""
    names = sorted((p for p in passage.people if lead.end() <= p.start < cue_start),
                   key=lambda p: p.start)
    if not names or not _titles_of(text[lead.end() : names[0].start]) or re.search(
        r"[،,]|\sف", text[lead.end() : names[0].start]
    ):  # أما الفلسطينيون، فحملوا حكومة نتنياهو: the name is past the topic
        topic = _AMMA_TOPIC.match(text, lead.end())
        if topic is None or not 0 <= cue_start + 1 - topic.end() <= AMMA_GAP or re.search(
            r"[،,.]", text[topic.end() : cue_start]
        ):
            return ""  # أما الرسالة الثانية، فكانت …، يرى: the cue is not the ف verb's
        head = matching_key(topic.group("head"))
        if head in _TIME or not head.startswith("ال") and _bare(head) not in _BODY_HEADS:
            return ""
        phrase = _trim_phrase(text, *topic.span("topic"), passage.people)
        if phrase is None or phrase[0] == phrase[1]:
            return ""
        return _speaker_name(passage, phrase)  # أما صحيفة «…» فأشارت
    last = names[0]
    for p in names[1:]:
        if not _AND_NEXT.fullmatch(text, last.end, p.start):
            break
        last = p
    if last is names[0]:
        return _full_name(last.text, passage.people, passage.quotes)
    return text[names[0].start : last.end]


def _titles_of(before: str) -> bool:
    """Whether the words between أما and a name can be that name's title: short (أما رئيس
    النادي فلان), or up to AMMA_WORDS words that end on an honorific (أما استشاري جراحات
    القرنية وتصحيح الإبصار بالليزر الدكتور فلان)."""
    if len(before) <= AMMA_GAP:
        return True
    words = before.split()
    return len(words) <= AMMA_WORDS and bool(words) and matching_key(words[-1]) in HONORIFICS


_RELATIVE_AFTER = re.compile(r"[\s،,]*(?:الذي|التي|الذين)\s")


def _topic_of_relative(passage: _Passage, start: int, cue_start: int) -> str:
    """The person a sentence puts first, a relative clause after them, when its verb comes
    later without و (فلان، الذي …، قال): the verb's subject, not the names inside the clause."""
    for p in passage.people:
        if start <= p.start and p.end < cue_start and _RELATIVE_AFTER.match(
            passage.text, p.end, cue_start
        ):
            return _full_name(p.text, passage.people, passage.quotes)
    return ""


def _ends_clause(text: str, end: int, cue_start: int) -> bool:
    """Whether a name ends the clause before a cue opened by و (… استقبل السفير فلان، وقال):
    the cue's subject is not a name its و joins on to."""
    return text[cue_start] == "و" and not text[end:cue_start].strip(" ،,")


def _object_of_preposition(text: str, start: int, pos: int) -> bool:
    """Whether the name at `pos` follows a preposition, titles between (زيارته للشاعر فهد،
    عن الوزير فلان): it is the object, not the one who goes on to speak."""
    words = text[max(start, pos - 80) : pos].split()
    keys = [matching_key(w.strip("«»\"“”،,")) for w in words[-3:]]
    if len(keys) > 1 and keys[-1] in HONORIFICS and keys[-1] not in _COMMON_HONORIFICS:
        keys.pop()  # عن الدكتور فلان
    if not keys:
        return False
    key = keys[-1]
    if len(keys) > 1 and words[-2].strip("«»\"“”،,") in _LITERAL_PREPOSITIONS and not (
        key in TITLE_WORDS or key.startswith("ال") or key in _PREPOSITIONS
    ):  # the word as written: علي is a name, على a preposition
        return True  # في منتدى سانت بطرسبرج: a noun's genitive after a preposition
    if key in _PREPOSITIONS or key in ("مع", "ل") or key.startswith(("لل", "بال")) or (
        key[:1] in "بل" and key[1:] in TITLE_WORDS
    ):  # عن الوزير، للشاعر، بالوزير، لوزير
        lead = keys[-2] if len(keys) > 1 else ""
        return lead.removeprefix("و") not in _SOURCE_LEADS  # وفقا للرائد فلان: the source
    return False


# "according to", "published by": the name after their preposition is who speaks
_SOURCE_LEADS = _keys([
    "وفقا", "طبقا", "حسب", "بحسب", "نقلا", "استنادا", "صدر", "صدرت", "منسوب", "منسوبة",
])


def _relative_antecedent(passage: _Passage, sentence_start: int, cue_start: int) -> str:
    """The person or body named right before a relative pronoun that the cue's verb follows:
    … الدكتور ناصر العنزي والذي أوضح أن → ناصر العنزي."""
    words = passage.text[max(sentence_start, cue_start - 8) : cue_start].split()
    if not words or matching_key(words[-1]) not in _RELATIVES:
        return ""
    pos = passage.text.rfind(words[-1], sentence_start, cue_start)
    for m in passage.people:
        if 0 <= pos - m.end <= 2:
            return _full_name(m.text, passage.people, passage.quotes)
    return next(
        (m.text for m in passage.names if m.type == "ORG" and 0 <= pos - m.end <= 2), ""
    )


SUBJECT_WORDS = 3  # a sentence's subject is named within its first words (وأبدى حنفي …)


def _recent_subject(passage: _Passage, since: int, k: int) -> str:
    """The person most recently made the subject of a sentence between sentences `since` and
    `k`: named within its first `SUBJECT_WORDS` words, after its verb."""
    text = passage.text
    for j in range(k - 1, since - 1, -1):
        a, b = passage.sentences[j]
        for p in passage.people:
            if not a <= p.start < b:
                continue
            lead = text[a : p.start].split()
            while len(lead) > 1 and matching_key(lead[0].strip("،,")) in _OPENERS:
                lead = lead[1:]  # من جانبه شكر لاعب الفريق فلان: the verb comes after
            if len(lead) <= SUBJECT_WORDS or (
                _titled_subject(lead) and not _OBJECT_THAT.match(text, p.end)
            ):
                if not lead:
                    break  # a name opening the sentence is its topic, not after a verb
                return _full_name(p.text, passage.people, passage.quotes)
            break  # the sentence's first name is further in: not its subject
    return ""


# واتهم الرئيس السابق فلان، بأنه …: a name its verb's that-clause follows is the object
_OBJECT_THAT = re.compile(r"[\s،,]*ب?[أا]ن(?:ه|ها|هم)?(?![\w\u0640])")
TITLED_SUBJECT_WORDS = 14  # وشكر مستشار فريق … والمتحدث الرسمي للفريق خالد العبيد


def _titled_subject(lead: Sequence[str]) -> bool:
    """Whether the words before a sentence's first name are its verb and a title (وشكر
    مستشار فريق … للفريق): a title right after the verb opens its subject, however long the
    title runs, so long as no comma ends the phrase first."""
    return (
        1 < len(lead) <= TITLED_SUBJECT_WORDS
        and matching_key(lead[1]) in TITLE_WORDS
        and not any(w.endswith(("،", ",")) or w in ("،", ",") for w in lead)
    )


_PARTICLES = _keys(["بما", "لما", "مما", "عما", "فيما", "كما", "إنما", "ربما", "حيث", "بينما"])
_THAT = _keys(["أن", "إن", "أنه", "أنها", "بأن", "كما", "لكن", "ولكن"])
_NOMINATIVE_PLURAL = re.compile(r"(?<![\w\u0640])ال\w{3,}ون(?![\w\u0640])")
# the subject put before its verb: وكان الوزير قد قال، لكن البيت الأبيض أكد، فيما المصادر …
_FRONTED = re.compile(
    r"(?:^|[\s،,])(?:[وف]?كان(?:ت)?\s+(?P<was>[^\s،,.؛:«»\"“”]+(?:\s+[^\s،,.؛:«»\"“”]+){0,5}?)"
    r"(?:\s+قد)?|(?:[وف]?لكن|غير\s+[أا]ن|إلا\s+[أا]ن|بينما|في\s+حين|ف[إا]ن|إن)"
    r"\s+(?P<but>[^\s،,.؛:«»\"“”]+(?:\s+[^\s،,.؛:«»\"“”]+){0,4}?))\s*$"
    # يذكر أن الوزارة، أعلنت أن: the background frame puts the subject first, a comma after it
    r"|(?:^|\s)[وف]?(?:يذكر|بالذكر|يشار\s+إلى|الإشارة\s+إلى)\s+[أا]ن"
    r"\s+(?P<known>[^\s،,.؛:«»\"“”]+(?:\s+[^\s،,.؛:«»\"“”]+){0,4}?)[\s،,]*$"
)
FRONTED_CHARS = 80
_ACCUSATIVE = re.compile(r"^[^ا]\w+[^ا]اً?$")  # ناجحا، كبيرا: an indefinite predicate


def _fronted_subject(passage: _Passage, sentence_start: int, cue_start: int) -> str:
    """The subject written before the verb, in the frames that put it there."""
    a = max(sentence_start, cue_start - FRONTED_CHARS)
    m = _FRONTED.search(passage.text[a:cue_start])
    if m is None:
        return _named_after_was(passage, sentence_start, cue_start)
    span = next(m.span(g) for g in ("was", "but", "known") if m.group(g))
    span = (span[0] + a, span[1] + a)
    first = passage.text[span[0] : span[1]].split()[0]
    if _is_preposition(first):
        return ""
    if m.group("was") and _ACCUSATIVE.search(first) and not any(
        n.start == span[0] for n in [*passage.people, *passage.names]
    ):
        return ""  # كان ناجحا بجميع المقاييس وقال: the predicate of كان, no subject
    phrase = _trim_phrase(passage.text, *span, passage.people)
    if phrase is None or phrase[0] != span[0] or (phrase[1] != span[1] and (
        not _is_preposition(passage.text[phrase[1] :].split()[0])
        or any(phrase[1] <= p.start < span[1] for p in passage.people)
    )):
        return ""  # not a noun phrase up to the verb (سرعان ما ظهرت …), or up to a
        # circumstance after it that names no one (وكان مسؤول في الإدارة المحلية ذكر أن)
    words = _clean_words(passage.text[slice(*phrase)])
    if not words or any(matching_key(w) in _PRONOUN_SUBJECTS for w in words):
        return ""
    return _speaker_name(passage, phrase)


def _named_after_was(passage: _Passage, sentence_start: int, cue_start: int) -> str:
    """The person named right after كان whose قد comes right before the verb, however long
    the words between (وكان هاشم حيدر رئيس الاتحاد … وهو عضو التحالف الذي يقوده الفهد قد
    أكد): كان … قد frames one subject, the names inside it are his offices'."""
    text = passage.text
    if not _WAS_THEN_QAD.search(text, sentence_start, cue_start):
        return ""
    was = _WAS.search(text, sentence_start, cue_start)
    if was is None:
        return ""
    person = next((p for p in passage.people if p.start == was.end()), None)
    return _full_name(person.text, passage.people, passage.quotes) if person else ""


_WAS = re.compile(r"(?:^|(?<=[\s،,]))[وف]?كان(?:ت)?\s+")
_WAS_THEN_QAD = re.compile(r"\sقد\s*$")


_PRONOUN_SUBJECTS = _keys([
    "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "ما", "من", "لا", "كما", "أنه", "إنه", "هناك",
    "سرعان", "قد", "لم", "لن", "أن", "إن",
])


def _clause_subject(passage: _Passage, sentence_start: int, cue_start: int) -> str:
    """The subject of the nearest verb before a cue in its sentence, Arabic news putting it
    right after the verb: a tagged name (كرر ظريف …), a title (وسأل قائد المنطقة الجنوبية …,
    resolved to the person named with it), a body (أعلنت حركة طالبان …) or a definite noun
    phrase (أعلنت المقاومة الشعبية اليمنية …). The verb is a verb of saying, or any word
    opened by و/ف when a title follows it; "" when no subject is found."""
    text = passage.text
    words = list(re.finditer(r"[^\s،,]+", text[sentence_start:cue_start]))
    for i in range(len(words) - 2, -1, -1):
        opener = matching_key(words[i].group())
        saying = opener in _CLAUSE_VERBS or opener in _NARRATING or (
            opener[:1] in "وف" and (opener[1:] in _VERB_KEYS or opener[1:] in _NARRATING)
        )
        joined = opener[:1] in "وف" and len(opener) > 3 and not _is_preposition(opener) and (
            not words[i].group().endswith(("ة", "ات"))
        )  # not a noun joined to another: بدعم واهتمام ورعاية صاحب السمو …
        j = i + 1
        while j < len(words) and matching_key(words[j].group()) in _TIME:
            j += 1
        if j >= len(words):
            continue
        key = matching_key(words[j].group())
        start = sentence_start + words[j].start()
        verb = saying or opener in _VERB_KEYS  # علق، بين: a title after them is a subject
        opening = all(matching_key(w.group()) in _OPENERS for w in words[:i])
        if key in OFFICES and (verb or joined or opening) and opener not in TITLE_WORDS:
            return _title_subject(passage, start, cue_start)
        if not saying:
            continue
        if _is_preposition(key):
            return ""  # ولفت إلى التحاق …: the verb's object follows, its subject is unsaid
        person = next((p for p in passage.people if start <= p.start <= start + 1), None)
        if person is not None:
            return _full_name(person.text, passage.people, passage.quotes)
        body = next(
            (n for n in passage.names if n.type == "ORG" and start <= n.start <= start + 1),
            None,
        )
        if body is not None:
            return body.text
        if key in _KUNYA and j + 1 < len(words):
            return f"{words[j].group()} {words[j + 1].group()}"  # وغرد أبو رنة فقال
        if key in _THAT_OBJECT:  # أوضح ذلك لـ«عكاظ» مصدر مسؤول …، مفيدا أن: who told it
            phrase = _trim_phrase(text, start, cue_start, passage.people)
            return _speaker_name(passage, phrase) if phrase and phrase[0] < phrase[1] else ""
        if key in HONORIFICS or key in _HONORIFIC_KEYS or key in _PRONOUN_SUBJECTS or (
            _PRONOUN_SUFFIX.search(words[j].group())
        ):
            return ""  # أكدت التزامها: an object with its pronoun, the subject left unsaid
        if key.startswith("ال") or _bare(key) in _BODY_HEADS:
            rest = _complement(passage, start + len(words[j].group()))
            phrase = " ".join(w.strip("«»\"“”") for w in [words[j].group(), *rest])
            if not rest and key.startswith("ال") and _bare(key) in _BODY_HEADS:
                return _antecedent(passage, _BODY_HEADS[_bare(key)], start) or phrase
            return phrase
        return ""
    return ""


# words a sentence may open with before its verb: من جهته، هنأ رئيس الحزب فلان …
_OPENERS = _FROM_SIDE | _keys([
    "من", "ومن", "بدوره", "بدورها", "وبدوره", "وبدورها", "كما", "وقد", "قد", "ولقد", "لقد",
])
# verbs of telling whose subject goes on to speak: وروى الزوج تفاصيل الحادث، مشيرا إلى أن
_NARRATING = _keys([
    "روى", "روت", "حكى", "حكت", "سرد", "سردت", "شرح", "شرحت", "تحدث", "تحدثت", "استعرض",
    "استعرضت",
])
_KUNYA = _keys(["أبو", "ابو", "أم"])  # a name of its own: أبو رنة، أم محمد
_PRONOUN_SUFFIX = re.compile(r"(?:[^ت]ه|ها|هم|هما)$")  # written ه, not ة (حركة، دراسته)


def _title_subject(passage: _Passage, start: int, stop: int) -> str:
    """The person a subject that opens with a title at `start` names: in its own words
    (رئيس الاتحاد تركي الخليوي على …), up to a preposition or a comma, or, when it names
    nobody, earlier in the article (الوزير, مساعد مدير الأمن العام); else the title itself."""
    text = passage.text
    clause = []  # the title's own words: its name may be there
    for m in re.finditer(r"[^\s،,.:؛]+\.?|[،,.:؛]", text[start:stop]):
        word = m.group()
        if word.endswith(".") and len(word) > 3:
            break  # a full stop; د. م. أ. are abbreviated titles
        key = matching_key(word.rstrip("."))
        if word in "،,.:؛" or _is_preposition(key) or key in _CUT or key in _GOD or (
            key in _THAT
        ):
            break
        clause.append(word)
    if not clause:
        return ""
    end = start + len(" ".join(clause))
    tagged = [p for p in passage.people if start <= p.start < end]
    if tagged:
        return _full_name(tagged[0].text, passage.people, passage.quotes)
    if person := _name_past_place(passage, end, stop):
        return _full_name(person.text, passage.people, passage.quotes)
    named = _name_after_title(_clean_words(" ".join(clause)))
    if len(named) > 1:  # one untagged word after a title may be any noun (الوزير كلمة …)
        return _full_name(" ".join(named), passage.people, passage.quotes)
    definite = matching_key(clause[0]).startswith("ال")  # الوزير takes no genitive
    rest = _complement(passage, start + len(clause[0]), construct=not definite)
    if not rest and not definite:
        return ""  # a bare رئيس could be anyone's
    title = [clause[0], *rest]
    return _titled_earlier(passage, title, start) or " ".join(title)


# a definite word, or في/لدى and one: في البرلمان الإيراني (not في مكتبه نظيره)
_PLACE_WORDS = re.compile(r"\s+(?:(?:في|لدى)\s+)?(?:[بل]?ال|لل)[^\s،,.:؛«»\"“”]+")


def _name_past_place(passage: _Passage, end: int, stop: int) -> Mention | None:
    """The tagged person a title's words go on to name past a place (رئيس اللجنة
    الاقتصادية في البرلمان الإيراني أحمد توكلي،): within `NAME_PAST_CUT` + 2 words, before
    any comma, a verb among them ending the search."""
    text = passage.text
    pos = end
    for _ in range(NAME_PAST_CUT + 2):
        person = next((p for p in passage.people if pos <= p.start <= pos + 1), None)
        if person is not None:
            return person
        m = _PLACE_WORDS.match(text, pos, stop)
        if m is None or matching_key(m.group().split()[-1]) in _VERB_KEYS:
            return None
        pos = m.end()
    return None


def _speaker_after(passage: _Passage, k: int, pos: int, stop: int) -> str:
    """Who a quotation closed at `pos` is attributed to by what follows it: …»، قال الوزير /
    …»، بحسب الوكالة / …»، على حد تعبيره (the speaker of the passage); "" if nothing does."""
    text = passage.text
    after = _AFTER_QUOTE.match(text[pos:stop])
    if after is not None:
        s0, s1 = after.span("speaker")
        phrase = _trim_phrase(text, pos + s0, pos + s1, passage.people)
        if not phrase or phrase[0] == phrase[1]:
            return ""
        return _speaker_name(passage, phrase)
    if _OWN_WORDS.match(text, pos, stop):
        return _passage_speaker(passage, k, pos)
    lead = re.compile(r"[\s،,]*").match(text, pos, stop)
    according = _ACCORDING.match(text, lead.end() if lead else pos, stop)
    if according is not None:
        return _source_of(passage, according.end(), stop) or ""
    return ""


# …»، على حد قوله / بحسب تعبيره: the speaker of the passage said it
_OWN_WORDS = re.compile(
    r"[\s،,]*(?:على\s+حد|بحسب|حسب|وفق|وفقا\s+ل)\s*(?:قوله|قولها|تعبيره|تعبيرها|وصفه|وصفها)"
)


def _passage_speaker(passage: _Passage, k: int, pos: int) -> str:
    """The last speaker before `pos` within `CARRY_SENTENCES`, else the last person named in
    the sentence."""
    earlier = [q for q in passage.quotes if q.start < pos and k - q.sentence <= CARRY_SENTENCES]
    if earlier:
        return max(earlier, key=lambda q: q.start).speaker
    start = passage.sentences[k][0]
    before = [m for m in passage.people if start <= m.start and m.end <= pos]
    return _full_name(before[-1].text, passage.people, passage.quotes) if before else ""


# "according to X": وفقا لـ، طبقا لـ، بحسب، حسب، وفق، نقلا عن (and … ما ذكرته X)
_ACCORDING = re.compile(
    r"(?<![^\s،,(])[وف]?(?:"
    r"(?:وفق|طبق|استناد)[اً]+\s*(?:لما\s+|لـ\s*|ل(?=\S))"
    r"|ب?حسب(?:ما)?\s+(?:ما\s+)?"
    r"|وفق\s+(?:ما\s+)?"
    r"|نقل[اً]+\s+عن\s+"
    r")"
)
# a source is a person, a tagged organisation, or a phrase headed by one of these
_SOURCE_HEADS = _keys([
    "شهود", "مسؤول", "مسؤولين", "مسؤولون", "خبراء", "خبير", "محللين", "محللون", "مراقبين",
    "مراقبون", "ناشطين", "ناشطون", "سكان", "مصادر", "مصدر", "متحدث", "المتحدث",
])
ATTRIBUTION_WORDS = 10


_SAID_WHAT = re.compile(rf"(?:{_alternatives(_VERBS)})(?:ه|ها)?\s+")


def _source_of(passage: _Passage, pos: int, stop: int) -> str | None:
    """The source an "according to" names from `pos`: a verb of saying after ما is skipped
    (بحسب ما ذكرته الوكالة); None when the words name no person, body or source."""
    text = passage.text
    verb = _SAID_WHAT.match(text, pos, stop)
    if verb is not None:
        pos = verb.end()
    end = pos
    for n, m in enumerate(re.finditer(r"[^\s]+", text[pos:stop])):
        if n >= ATTRIBUTION_WORDS or re.search(r"[،,.؛:]", m.group()):
            end = pos + m.start() + len(re.split(r"[،,.؛:]", m.group())[0])
            break
        end = pos + m.end()
    phrase = _trim_phrase(text, pos, end, passage.people)
    if phrase is None or phrase[0] == phrase[1]:
        return None
    words = _clean_words(text[slice(*phrase)])
    if not words:
        return None
    key = matching_key(words[0])
    tagged = any(
        phrase[0] <= m.start < phrase[1] and m.type in ("PERSON", "ORG")
        for m in (*passage.people, *passage.names)
    )
    if not tagged and not (
        key in TITLE_WORDS or key in _SOURCE_HEADS or _bare(key) in _SOURCE_HEADS
        or _bare(key) in _BODY_HEADS or (_bare(key) in _DOCUMENTS and key.startswith("ال"))
    ):
        return None  # وفقا لاستبيان شمل …: a survey, not who reports it
    return _speaker_name(passage, phrase) or None


def _quotes_before_verb(
    article: Article, passage: _Passage, taken: list[tuple[int, int]]
) -> list[Quote]:
    """«…»، قال الوزير: a quotation whose speaker follows it."""
    text = article.text
    found = []
    for k, sentence in enumerate(article.sentences):
        for opener, closer in _QUOTE_CLOSE.items():
            pos = sentence.start
            while (a := text.find(opener, pos, sentence.end)) >= 0:
                b = text.find(closer, a + 1, sentence.end)
                if b < 0:
                    break
                pos = b + 1
                start, end = _strip(text, a + 1, b)
                if len(re.findall(r"\w+", text[start:end])) < 4:
                    continue
                if any(x < end and start < y for x, y in taken):
                    continue
                speaker = plausible_speaker(_speaker_after(passage, k, b + 1, sentence.end))
                if speaker:
                    found.append(Quote(speaker, text[start:end], article.id, k, start, end,
                                       "direct"))
                    taken.append((start, end))
    return found
