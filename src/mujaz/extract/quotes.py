"""Quotes: who said what, direct («…», "…") and reported (قال … إن …).

A statement is found from its cue, never from quotation marks alone: straight quotes in Arabic
news mark names and scare phrases ("رأس الأفعى") as often as speech. The cues are

    reporting verb + speaker phrase + إن/أن/: or an opening quote mark     وقال الوزير إن …
    participle or speaker-less verb, speaker carried from the passage     مضيفا أن … / وأضاف: …
    quotation + reporting verb + speaker                                   «…»، قال الوزير

The speaker phrase loses its title (وزير الدفاع البريطاني مايكل فالون → مايكل فالون) through
the tagger's PERSON mention inside it, or, without one, through a scan for the name at its end;
a surname alone (وأضاف فالون) is resolved to the full name said earlier in the article. A
statement runs to the end of its sentence (the segmenter keeps quotations inside sentences).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from mujaz.arabic.clean import word_zipf
from mujaz.arabic.normalize import ARABIC_LETTER, matching_key
from mujaz.model import Article, Mention, Quote

_MARKS = "\u064b-\u0652\u0640"  # tashkeel and tatweel may sit after any letter
CARRY_SENTENCES = 6
FAMILY_NAME_ZIPF = 4.6  # an ال word as common as this is a noun, not a family name


def _loose(word: str) -> str:
    """A pattern for `word` that tolerates tashkeel, tatweel and alef/yeh/teh spelling."""
    classes = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]",
               "ى": "[ىي]", "ي": "[يى]", "ة": "[ةه]", "ه": "[هة]"}
    return "".join(f"{classes.get(ch, re.escape(ch))}[{_MARKS}]*" for ch in word)


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(_loose(w) for w in sorted(set(words), key=len, reverse=True))


_PAST = [
    "قال", "أضاف", "أكد", "أوضح", "أشار", "اعتبر", "وصف", "اعترف", "أعلن", "صرح", "ذكر", "تابع",
    "شدد", "بين", "أفاد", "لفت", "كشف", "حذر", "أعرب", "نوه", "زعم", "استطرد", "أردف", "اختتم",
    "أجاب", "علق", "رد", "كتب", "غرد", "أقر", "ألمح", "جدد", "أبلغ", "أفصح", "استدرك",
]
_PAST_IRREGULAR = ["نفى", "نفت", "دعا", "دعت", "رأى", "رأت", "ادعى", "ادعت"]
_PRESENT = [
    "يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد", "يوضح", "توضح", "يشير", "تشير", "يرى", "ترى",
    "يعتبر", "تعتبر", "يرد", "ترد", "يكشف", "تكشف", "يحذر", "تحذر", "يتابع", "تتابع", "يصف",
    "تصف",
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
]

_QUOTE_OPEN = "«\"“"
_QUOTE_CLOSE = {"«": "»", "“": "”", '"': '"'}
_NOT_QUOTE = "[^«»\"“”\n]"
# a speaker phrase may hold a short quoted or bracketed name: المشرف على برنامج "بارع" فلان
_SPEAKER_TOKEN = (
    rf"(?:[^\s.؟!?:;؛«»\"“”]+|[«\"“]{_NOT_QUOTE}{{1,30}}?[»\"”][^\s.؟!?:;؛«»\"“”]*)"
)
# an opening quote starts a statement only when three words or more follow before it closes
_WORD_IN_QUOTE = "[^«»\"“”\\s]+"
_STATEMENT_QUOTE = rf"[«\"“](?=\s*{_WORD_IN_QUOTE}\s+{_WORD_IN_QUOTE}\s+{_WORD_IN_QUOTE})"
_COMPLEMENTIZER = (
    rf"(?:(?:{_alternatives(['إلى', 'على', 'عن', 'من'])})\s+)?"
    rf"(?:ب)?{_loose('أن')}(?:ه|ها|هم|هما|نا|ني)?(?=[\s،,])"
)
_CUE = re.compile(
    rf"(?<![^\s(«\"“،,.:؛])[وف]?(?:(?P<verb>{_alternatives(_VERBS)})|(?P<part>{_alternatives(_PARTICIPLES)}))"
    rf"(?![^\s،,:«\"“])"
    rf"(?P<speaker>(?:[\s،,]+{_SPEAKER_TOKEN}){{0,14}}?)"
    rf"[\s،,]*(?P<comp>(?<![^\s،,]){_COMPLEMENTIZER}|:|{_STATEMENT_QUOTE})"
)
# a comma and a participle turn from the statement to what the speaker did with it
_TURN = re.compile(rf"[،,]\s*[وف]?(?:{_alternatives(_PARTICIPLES)})(?![^\s،,:])")
_AFTER_QUOTE = re.compile(
    rf"^[\s،,]*[وف]?(?P<verb>{_alternatives(_VERBS)})(?![^\s،,])"
    rf"(?P<speaker>(?:[\s،,]+{_SPEAKER_TOKEN}){{1,8}}?)\s*(?=[.،,؛:]|$)"
)

_PARTICIPLE_KEYS = frozenset(matching_key(w) for w in _PARTICIPLES)
_LEADING_INNA = re.compile(r"[إا]ن(?:ه|ها|هم)?\s+")
_PREPOSITIONS = frozenset(
    matching_key(w) for w in [
        "في", "على", "عن", "من", "إلى", "الى", "خلال", "عقب", "لدى", "أثناء", "عبر", "بعد", "أمام",
        "ضمن", "حول",
    ]
)
_CUT = frozenset(
    matching_key(w)
    for w in [
        "في", "خلال", "عقب", "لدى", "أثناء", "عبر", "بعد", "أمام", "ضمن", "حول", "عن", "لـ", "ل",
        "وفق", "بحسب", "حسب", "الذي", "التي", "الذين", "بـ", "ما", "وهو", "وهي", *_PARTICIPLES,
    ]
)
_TIME = frozenset(
    matching_key(w)
    for w in [
        "اليوم", "أمس", "امس", "غدا", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
        "الخميس", "الجمعة", "السبت", "صباح", "مساء", "ظهر", "فجر", "ليلة", "مساء", "أول", "الماضي",
        "الجاري", "أيضا", "ايضا", "كذلك", "بدوره", "بدورها",
    ]
)
# Honorifics come straight before a name (الدكتور راشد الغامدي، اللواء الغامدي); offices take a
# complement first (وزير الدفاع البريطاني مايكل فالون). Both are stripped from speakers.
HONORIFICS = frozenset(
    matching_key(w)
    for w in [
        "الدكتور", "د", "الدكتورة", "المهندس", "م", "الأستاذ", "الأستاذة", "السيد", "السيدة",
        "الشيخ", "شيخ", "الأمير", "الملك", "السفير", "اللواء", "العميد", "العقيد", "المقدم",
        "الرائد", "النقيب", "الفريق", "المشير", "الجنرال", "الكابتن", "المدرب", "سمو", "معالي",
        "فضيلة", "سعادة", "الإمام", "المفتي", "القاضي", "الإعلامي", "الكاتب", "الزميل", "النائب",
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
    ]
)
TITLE_WORDS = HONORIFICS | OFFICES


def find_quotes(article: Article, mentions: Sequence[Mention] = ()) -> list[Quote]:
    """The statements of one cleaned, segmented article, each with its resolved speaker."""
    text = article.text
    starts = [s.start for s in article.sentences]
    people = [p for m in mentions if m.type == "PERSON" and (p := _untitled(m)) is not None]
    quotes: list[Quote] = []
    taken: list[tuple[int, int]] = []
    last: Quote | None = None
    cues = list(_CUE.finditer(text))
    for n, m in enumerate(cues):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or m.end() > article.sentences[k].end:
            continue
        sentence = article.sentences[k]
        phrase = _trim_phrase(text, *m.span("speaker"))
        raw_phrase = text[slice(*m.span("speaker"))].split()
        if phrase is not None and (
            _between_not_said(m, text[phrase[0] : phrase[1]])
            or _prayer(m, text[phrase[0] : phrase[1]])
            or (raw_phrase and matching_key(raw_phrase[-1]) in _NOT_REPORT_BEFORE_ANNA)
        ):
            phrase = None
        if phrase is None or (m.group("part") and phrase[0] < phrase[1]):
            # "أكد على ضرورة أن": the words after the verb are not a speaker; a participle
            # reports for the sentence's subject, so words after it are its object
            continue
        # a reported statement stops where the sentence goes on to the next statement
        # (…، مضيفا أن … / … وأضاف أن …); a report inside it (… أن التحقيقات كشفت أن …) stays
        stop = sentence.end
        for later in cues[n + 1 :]:
            if later.start() >= stop:
                break
            if later.group("part") or _joined(text, later.start()):
                stop = later.start()
                break
        if (turn := _TURN.search(text, m.end(), stop)) is not None:
            stop = turn.start()  # …، داعيا الأسر إلى …: the statement ended at the comma
        content = _content(text, m, stop)
        if content is None:
            continue
        start, end, kind = content
        if any(a < end and start < b for a, b in taken):
            continue
        if phrase[0] < phrase[1]:
            speaker = _speaker_name(text, phrase, people, quotes)
        else:
            speaker = _carried_speaker(article, k, m.start(), people, last)
        if not speaker:
            continue
        last = Quote(speaker, text[start:end], article.id, k, start, end, kind)
        quotes.append(last)
        taken.append((start, end))
    quotes.extend(_quotes_before_verb(article, people, quotes, taken))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _joined(text: str, cue_start: int) -> bool:
    """A cue opened by و/ف or after a comma continues the passage with a new statement."""
    if text[cue_start] in "وف":
        return True
    before = text[max(0, cue_start - 3) : cue_start].rstrip()
    return before.endswith(("،", ","))


# أن after these is not a report's "that": بعد أن، قبل أن، دون أن، يجب أن
_NOT_REPORT_BEFORE_ANNA = frozenset(
    matching_key(w)
    for w in [
        "بعد", "قبل", "منذ", "دون", "بدون", "حتى", "رغم", "برغم", "إلا", "بمجرد", "يجب", "ينبغي",
        "يمكن", "بد", "لابد", "بدل", "بدلا", "مجرد", "ريثما", "لو", "يريد", "تريد", "يحاول",
        "تحاول", "يستطيع", "تستطيع", "أراد", "ارادت", "استطاع", "بإمكان", "بامكان",
    ]
)


def _prayer(cue: re.Match[str], phrase: str) -> bool:
    """دعا الله أن …: a prayer, not a statement; God is addressed, not speaking."""
    verb = cue.group("verb")
    return verb is not None and matching_key(verb).startswith("دع") and (
        matching_key(phrase).startswith("الله")
    )


def _between_not_said(cue: re.Match[str], phrase: str) -> bool:
    """بين is "said" (بيّن) or "between": بين الطرفين وهو ما يعني أن … is the preposition,
    whose object coordinates two things with و."""
    verb = cue.group("verb")
    return verb is not None and matching_key(verb) == "بين" and re.search(r"(?:^|\s)و", phrase)


def _untitled(mention: Mention) -> Mention | None:
    """A person mention without the titles the tagger took in (اللواء الغامدي → الغامدي);
    None when only titles were tagged (ولي العهد)."""
    words = mention.text.split()
    drop = 0
    while drop < len(words) and matching_key(words[drop]) in TITLE_WORDS:
        drop += 1
    if drop == 0:
        return mention
    if drop == len(words):
        return None
    offset = mention.text.index(words[drop])
    name = mention.text[offset:]
    return Mention(mention.article, mention.start + offset, mention.end, name, mention.type)


def _trim_phrase(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The speaker part of the words between cue and complementizer; None if they are not one.

    Time words at either end go (وقال اليوم الوزير); the phrase stops before a preposition
    that opens a circumstance (وقال الوزير في مؤتمر صحفي إن → الوزير).
    """
    spans = [(t.start() + a, t.end() + a) for t in re.finditer(r"[^\s،,]+", text[a:b])]
    while spans and matching_key(text[slice(*spans[0])]) in _TIME:
        spans.pop(0)
    if spans and _is_preposition(text[slice(*spans[0])]):
        return None
    for i, (s, e) in enumerate(spans):
        word = text[s:e]
        if matching_key(word) in _CUT or word.startswith("لـ") or _TO_MEDIA.match(word):
            spans = spans[:i]
            break
    while spans and matching_key(text[slice(*spans[-1])]) in _TIME:
        spans.pop()
    if not spans:
        return (a, a)
    if len(spans) > 12:
        return None
    return spans[0][0], spans[-1][1]


# "told the newspaper/agency …": لصحيفة، لوكالة، للصحفيين end a speaker phrase
_TO_MEDIA = re.compile(
    r"^لل?(?:صحيف|صحف|وكال|قنا|تلفزيون|إذاع|اذاع|موقع|مراسل|صحاف|إعلام|اعلام)"
)
_PREPOSITION_PRONOUN = re.compile(r"^(?:عن|علي|عل|في|من|الي|ل|ب)(?:ه|ها|هم|هما|نا|ي|ك|كم)$")


def _is_preposition(word: str) -> bool:
    """في، على … and the same with a pronoun (عنها، عليه): an object follows, not a speaker."""
    key = matching_key(word)
    return key in _PREPOSITIONS or _PREPOSITION_PRONOUN.match(key) is not None


def _content(text: str, cue: re.Match[str], stop: int) -> tuple[int, int, str] | None:
    """Span and kind of the statement after a cue: a quotation, or the words up to `stop`."""
    pos = cue.end()
    comp = cue.group("comp")
    if comp == ":":
        while pos < stop and text[pos].isspace():
            pos += 1
        if pos < stop and text[pos] in _QUOTE_OPEN:
            comp = text[pos]
            pos += 1
    if comp in _QUOTE_CLOSE:
        end = _closing_quote(text, pos, comp)
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


def _closing_quote(text: str, pos: int, opener: str) -> int:
    """Where a quotation opened just before `pos` closes, on its line.

    Straight quotes nest ambiguously ("… حسن سلطان "رحمه الله" عندما …"). A mark with a space
    before it and a word after it opens an inner quotation; any other mark closes one.
    """
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if opener != '"':
        close = text.find(_QUOTE_CLOSE[opener], pos, line_end)
        return close if close >= 0 else line_end
    depth = 1
    for i in range(pos, line_end):
        if text[i] != '"':
            continue
        opens = text[i - 1].isspace() and i + 1 < line_end and text[i + 1].isalnum()
        depth += 1 if opens else -1
        if depth == 0:
            return i
    return line_end


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
            break
        b -= 1
    return a, b


def _balanced(text: str, a: int, b: int) -> bool:
    """Whether the quotation marks of `text[a:b]` pair up."""
    part = text[a:b]
    return part.count('"') % 2 == 0 and part.count("«") == part.count("»") and (
        part.count("“") == part.count("”")
    )


def _speaker_name(
    text: str, phrase: tuple[int, int], people: Sequence[Mention], earlier: Sequence[Quote]
) -> str:
    """The person a speaker phrase names, its title stripped; the phrase itself otherwise."""
    a, b = phrase
    inside = [m for m in people if a <= m.start and m.end <= b]
    if inside:
        return _full_name(inside[-1].text, people, earlier)
    words = _clean_words(text[a:b])
    if not words:
        return ""
    name = _name_after_title(words)
    if name:
        return _full_name(" ".join(name), people, earlier)
    if len(words) == 1:
        return _full_name(words[0], people, earlier)
    return " ".join(words)


def _clean_words(phrase: str) -> list[str]:
    words = re.split(r"[\s،,]+", phrase.strip("،, "))
    return [w for w in words if len(ARABIC_LETTER.findall(w.replace("\u0640", ""))) > 1]


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
        while j < len(words) and _is_name_word(keys, j, j > i):
            j += 1
        if j > i and not (i > 0 and keys[i - 1] in _PREPOSITIONS):
            runs.append((i, j))
        i = max(j, i + 1)
    runs = [(a, b) for a, b in runs if b - a <= 5]
    for start, end in reversed(runs):
        if any(k in TITLE_WORDS for k in keys[:start]):
            return list(words[start:end])
    for start, end in runs:  # a name with its title after it: جون كيربي المتحدث باسم …
        if end < len(keys) and keys[end] in TITLE_WORDS:
            return list(words[start:end])
    return []


def _is_name_word(keys: Sequence[str], i: int, inside_name: bool) -> bool:
    key = keys[i]
    if key in TITLE_WORDS or key in _PREPOSITIONS or key in _PARTICIPLE_KEYS:
        return False
    if key.startswith(("لل", "بال", "وال")):
        return False
    if key.startswith("ال"):
        # a family name: inside a name, after بن/أبو, or alone after an honorific (اللواء الغامدي)
        return (
            (inside_name and word_zipf().get(key, 0.0) < FAMILY_NAME_ZIPF)
            or (i > 0 and keys[i - 1] in _NAME_LINKS)
            or (i > 0 and keys[i - 1] in HONORIFICS and i == len(keys) - 1)
        )
    return True


def _full_name(name: str, people: Sequence[Mention], earlier: Sequence[Quote]) -> str:
    """A one-word name (a surname, usually) stands for the longer name that contains it."""
    if len(name.split()) > 1:
        return name
    key = matching_key(name)
    for candidate in [*(q.speaker for q in reversed(earlier)), *(m.text for m in people)]:
        words = candidate.split()
        if len(words) > 1 and key in {matching_key(w) for w in words}:
            return candidate
    return name


def _carried_speaker(
    article: Article, k: int, cue_start: int, people: Sequence[Mention], last: Quote | None
) -> str:
    """Who speaks after وأضاف / مضيفا / من جهته: the person named earlier in the same
    sentence, else the previous speaker of the passage (at most `CARRY_SENTENCES` back)."""
    sentence_start = article.sentences[k].start
    before = [m for m in people if sentence_start <= m.start and m.end <= cue_start]
    if last is not None and (last.sentence == k or not before) and (
        k - last.sentence <= CARRY_SENTENCES
    ):
        return last.speaker
    return before[-1].text if before else ""


def _quotes_before_verb(
    article: Article,
    people: Sequence[Mention],
    earlier: Sequence[Quote],
    taken: list[tuple[int, int]],
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
                after = _AFTER_QUOTE.match(text[b + 1 : sentence.end])
                start, end = _strip(text, a + 1, b)
                if after is None or len(re.findall(r"\w+", text[start:end])) < 4:
                    continue
                if any(x < end and start < y for x, y in taken):
                    continue
                s0, s1 = after.span("speaker")
                phrase = _trim_phrase(text, b + 1 + s0, b + 1 + s1)
                if not phrase or phrase[0] == phrase[1]:
                    continue
                speaker = _speaker_name(text, phrase, people, earlier)
                if speaker:
                    found.append(Quote(speaker, text[start:end], article.id, k, start, end,
                                       "direct"))
                    taken.append((start, end))
    return found
