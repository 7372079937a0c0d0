"""Arabic number words and digits: the tables and the small parser `figures` and `dates` share.

Matching runs on a *folded* copy of the text (`fold`): hamza seats, final ya, ta marbuta and
Eastern digits mapped one character to one character, so every offset found in the folded copy
is an offset into the original. Words are looked up in their folded form (أربعة → اربعه).

The grammar is the one news prose uses: units with their gender forms, teens (خمسة عشر), tens
(عشرون/عشرين), hundreds (مائة/مئة/مائتين/ثلاثمائة or ثلاث مائة) and scale words (ألف/آلاف/ألفين,
مليون/ملايين, مليار, تريليون) that multiply what precedes them, parts joined by و (خمسة وعشرين
ألفا، ستة وثلاثين مليون وأربعمائة ألف، 11 ألفا و507). Digits may be Western or Eastern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from mujaz.arabic.clean import word_zipf
from mujaz.arabic.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_digits,
    normalize_teh_marbuta_ar,
)


def _fold_char(c: str) -> str:
    """The normalize.py key of one character, kept only where it stays one character."""
    return normalize_digits(
        normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(c)))
    )


_FOLD_MAP: dict[int, str] = {
    ord(c): f
    for c in map(chr, [*range(0x0600, 0x0700), *range(0x06F0, 0x06FA)])
    if (f := _fold_char(c)) != c and len(f) == 1
}
_FOLD_MAP |= {ord("٫"): ".", ord("٬"): ",", ord("٪"): "%", ord("﹪"): "%", 0xA0: " ", 0x202F: " "}
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_MAP.items())

MARKS = "\u064b-\u0652"
"""Short vowels and tanween (as a regex class body): they may trail a word (ألفاً، غداً)."""
_MARKS_RE = re.compile(f"[{MARKS}\u0640]")

AR = "\u0621-\u064a"
"""Arabic letters (as a regex class body)."""


def fold(text: str) -> str:
    """Matching copy of `text`, same length: أإآٱ→ا, ى→ي, ة→ه, Eastern digits→ASCII, ٫→. ٬→,
    ٪→%, no-break spaces → space."""
    for a, b in _FOLD_PAIRS:  # a few C-speed replaces beat one str.translate by ten times
        if a in text:
            text = text.replace(a, b)
    return text


def bare(word: str) -> str:
    """A word without short vowels and tatweel, for table look-ups; the words of a name that
    `alternation` matched across a line break or several spaces (ربيع⏎الثاني) are joined by
    one space, as the tables write them."""
    return " ".join(_MARKS_RE.sub("", word).split())


@lru_cache(maxsize=4)
def folded_text(text: str) -> str:
    """`fold(text)`, remembered for the few latest texts: dates and figures read one article."""
    return fold(text)


def word_before(folded: str, pos: int, skip: str = ' \t(«"') -> str:
    """The bare word that ends before `pos`, over spaces and the marks in `skip` (cheaper than a
    regex searching backwards)."""
    i, stop = pos, max(0, pos - 8)
    while i > stop and folded[i - 1] in skip:
        i -= 1
    j, stop = i, max(0, i - 30)
    while j > stop and (folded[j - 1].isalpha() or "\u064b" <= folded[j - 1] <= "\u0652"):
        j -= 1
    return bare(folded[j:i])


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, built as a trie so that matching one of a hundred words
    costs a few character tests; a space in a word matches any run of spaces, and an alif may
    carry tanween on either side (دولارًا، دولاراً)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def head(ch: str) -> str:
        if ch == " ":
            return r"\s+"
        if ch == "ا":  # tanween is written before or after the alif: ألفًا، ألفاً
            return f"[{MARKS}]?ا"
        return re.escape(ch)

    def emit(node: dict) -> str:
        branches = [head(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(trie)


# --- number words --------------------------------------------------------------------------

DIGITS = "digits"
UNIT, TEEN_HEAD, TEEN_TAIL, TEN = "unit", "teen-head", "teen-tail", "ten"
HUNDRED, HUNDRED_WORD = "hundred", "hundred-word"
SCALE, SCALE_DUAL, SCALE_PLURAL, FRACTION = "scale", "dual", "plural", "fraction"


@dataclass(frozen=True, slots=True)
class Word:
    """A number word: its value and its role in the grammar."""

    value: float
    role: str


_UNIT_FORMS = {
    1: ("واحد", "واحدة"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين"),
    3: ("ثلاث", "ثلاثة"),
    4: ("أربع", "أربعة"),
    5: ("خمس", "خمسة"),
    6: ("ست", "ستة"),
    7: ("سبع", "سبعة"),
    8: ("ثماني", "ثمانية", "ثمان"),
    9: ("تسع", "تسعة"),
    10: ("عشر", "عشرة"),
}
_TEN_STEMS = {20: "عشر", 30: "ثلاث", 40: "أربع", 50: "خمس", 60: "ست", 70: "سبع", 80: "ثمان",
              90: "تسع"}  # fmt: skip
_HUNDRED_STEMS = {3: ("ثلاث",), 4: ("أربع",), 5: ("خمس",), 6: ("ست",), 7: ("سبع",),
                  8: ("ثمان", "ثماني"), 9: ("تسع",)}  # fmt: skip
"""ثلاثمائة، ثمانمائة/ثمانيمائة: hundreds written as one word."""
_SCALES = (
    (1e3, ("ألف", "ألفا"), ("ألفان", "ألفين", "ألفي"), ("آلاف",)),
    (1e6, ("مليون", "مليونا"), ("مليونان", "مليونين", "مليوني"), ("ملايين",)),
    (1e9, ("مليار", "مليارا", "بليون"), ("ملياران", "مليارين", "ملياري"), ("مليارات", "بلايين")),
    (1e12, ("تريليون", "ترليون"), ("تريليونان", "تريليونين"), ("تريليونات",)),
)


def _word_table() -> dict[str, Word]:
    table: dict[str, Word] = {}

    def add(value: float, role: str, *forms: str) -> None:
        for form in forms:
            table[fold(form)] = Word(value, role)

    for value, forms in _UNIT_FORMS.items():
        add(value, UNIT, *forms)
    add(1, TEEN_HEAD, "أحد", "إحدى")
    add(2, TEEN_HEAD, "اثنا", "اثني", "اثنتا", "اثنتي")
    for value, stem in _TEN_STEMS.items():
        add(value, TEN, stem + "ون", stem + "ين")
    add(100, HUNDRED_WORD, "مائة", "مئة")
    add(200, HUNDRED, "مائتان", "مائتين", "مئتان", "مئتين", "مائتا", "مئتا", "مائتي", "مئتي")
    for value, stems in _HUNDRED_STEMS.items():
        for stem in stems:
            add(value * 100, HUNDRED, stem + "مائة", stem + "مئة")
    for scale, singular, dual, plural in _SCALES:
        add(scale, SCALE, *singular)
        add(2 * scale, SCALE_DUAL, *dual)
        add(scale, SCALE_PLURAL, *plural)
    add(0.5, FRACTION, "نصف")
    add(0.25, FRACTION, "ربع")
    return table


WORDS: dict[str, Word] = _word_table()
"""Folded number word → value and role. عشر/عشرة are the unit 10 alone and the teen tail after
a unit (خمسة عشر); نصف/ربع count only before a scale word (نصف مليون)."""

TEEN_TAILS = frozenset({fold("عشر"), fold("عشرة")})

_ORDINAL_FORMS = {
    1: ("أول", "أولى"),
    2: ("ثاني", "ثانية"),
    3: ("ثالث", "ثالثة"),
    4: ("رابع", "رابعة"),
    5: ("خامس", "خامسة"),
    6: ("سادس", "سادسة"),
    7: ("سابع", "سابعة"),
    8: ("ثامن", "ثامنة"),
    9: ("تاسع", "تاسعة"),
    10: ("عاشر", "عاشرة"),
}
ORDINALS: dict[str, int] = {fold(f): v for v, forms in _ORDINAL_FORMS.items() for f in forms}
"""Folded ordinal without the article → value (اول→1 … عاشره→10), plus حادي/حاديه (the 1 of
الحادي عشر، الحادي والعشرين)."""
ORDINALS |= {fold("حادي"): 1, fold("حادية"): 1}

ORDINAL_ADVERBS: dict[str, int] = {
    fold(w): v
    for v, w in enumerate(
        ("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا"),
        start=1,
    )
}
"""أولا، ثانيا …: enumerating adverbs, ordinals by position."""

TENS: dict[str, int] = {w: int(x.value) for w, x in WORDS.items() if x.role == TEN}


def day_ordinals() -> dict[str, int]:
    """Folded masculine ordinals with the article, الاول … الحادي والثلاثين → 1..31: the
    day-of-month words of dates (الخامس من يناير، الحادي والعشرين من الشهر الجاري)."""
    masc = {v: fold(forms[0]) for v, forms in _ORDINAL_FORMS.items()}
    head = masc | {1: fold("حادي")}
    days = {f"ال{masc[v]}": v for v in range(1, 11)}
    days |= {f"ال{head[v]} عشر": 10 + v for v in range(1, 10)}
    days |= {"العشرين": 20, "الثلاثين": 30}
    days |= {f"ال{head[v]} والعشرين": 20 + v for v in range(1, 10)}
    days |= {f"ال{head[1]} والثلاثين": 31}
    return days


# --- digits --------------------------------------------------------------------------------

DIGIT_RE = r"\d+(?:[.,]\d+)*"
"""A digit number on folded text: 1500, 1,500, 2.5, 1.500.000 (Eastern digits already ASCII)."""


def parse_digits(s: str, decimal: bool = False) -> float | None:
    """Value of a folded digit string; None for shapes no number takes (1,50,0).

    `,` before groups of three is a thousands mark (1,500), before one or two digits a decimal
    comma (2,4 مليار). A single `.` before three digits is a thousands mark too (368.000 دولار،
    5.706 عمال: common in this press) unless the context says `decimal` (1.250 مليار، 14.970 في
    المائة، سعر 3.630 درهم) or the number starts with 0, else a decimal point.
    """
    if s.isdigit():
        return float(s)
    parts = re.split(r"([.,])", s)
    nums, seps = parts[0::2], parts[1::2]
    if len(nums) == 2:
        head, sep, tail = nums[0], seps[0], nums[1]
        if len(tail) == 3 and (sep == "," or not decimal) and head != "0":
            return float(head + tail)
        if sep == "," and len(tail) > 3:
            return None
        return float(f"{head}.{tail}")
    if any(len(n) != 3 for n in nums[1:-1]):
        return None
    if len(set(seps)) == 1 and len(nums[-1]) == 3:
        return float("".join(nums))
    if len(set(seps[:-1])) == 1 and seps[-1] != seps[0]:
        return float("".join(nums[:-1]) + "." + nums[-1])
    return None


# --- the grammar -------------------------------------------------------------------------------


@dataclass(slots=True)
class Piece:
    """One atom of a number expression: digits or a number word, its span, and whether the
    conjunction و joins it to what precedes."""

    start: int
    end: int
    value: float
    role: str
    waw: bool = False


class NumberBuilder:
    """Takes the pieces of one number left to right and says whether the next piece continues
    it (خمسة + وعشرين + ألفا) or begins another (5 رجال و4 نساء are two numbers)."""

    __slots__ = ("total", "current", "last_scale", "pieces")

    def __init__(self, first: Piece) -> None:
        self.total = 0.0
        self.current = 0.0
        self.last_scale = float("inf")
        self.pieces: list[Piece] = []
        self.add(first)

    @property
    def value(self) -> float:
        return self.total + self.current

    @property
    def scale(self) -> float | None:
        """The smallest scale word in the number (ألف، مليون …), if any."""
        return None if self.last_scale == float("inf") else self.last_scale

    @property
    def complete(self) -> bool:
        """False when the number ends in a piece that cannot end one (أحد without عشر، نصف)."""
        return self.pieces[-1].role not in (TEEN_HEAD, FRACTION)

    def accepts(self, p: Piece) -> bool:
        """Whether `p` continues this number."""
        last = self.pieces[-1]
        if p.role in (SCALE, SCALE_PLURAL):
            return (
                not p.waw
                and p.value < self.last_scale
                and last.role not in (SCALE, SCALE_PLURAL, SCALE_DUAL)
                and self.current > 0
            )
        if p.role == TEEN_TAIL:
            return not p.waw and last.role in (UNIT, TEEN_HEAD) and last.value < 10
        if p.role == HUNDRED_WORD and not p.waw:
            return last.role == UNIT and 3 <= last.value <= 9 and self.current == last.value
        if not p.waw or p.role == FRACTION or last.role in (TEEN_HEAD, FRACTION):
            return False
        if last.role in (SCALE, SCALE_PLURAL, SCALE_DUAL):
            return p.role != SCALE_DUAL and p.value < self.last_scale
        if p.role == TEN and last.role == UNIT:
            return self.current < 10
        if last.role in (HUNDRED, HUNDRED_WORD):
            return p.role in (UNIT, TEN, TEEN_HEAD) and self.current % 100 == 0
        return False

    def add(self, p: Piece) -> None:
        """Take `p` (the first piece, or one `accepts` said yes to)."""
        if p.role in (SCALE, SCALE_PLURAL):
            self.total += (self.current or 1) * p.value
            self.current = 0
            self.last_scale = p.value
        elif p.role == SCALE_DUAL:
            self.total += p.value
            self.last_scale = p.value / 2
        elif p.role == TEEN_TAIL:
            self.current += 10
        elif p.role == HUNDRED_WORD:
            self.current = (self.current or 1) * 100
        else:
            self.current += p.value
        self.pieces.append(p)


# --- what a number counts ------------------------------------------------------------------

_STOP = """
في من إلى الى على عن مع او أو ثم حتى منذ قبل بعد بين خلال نحو حوالي حوالى أكثر اكثر أقل اقل فقط
تقريبا وذلك ذلك هذا هذه تلك هؤلاء التي الذي الذين اللذين اللتين اللاتي هم هي هو هما منها منهم منه
عليها عليه عليهم فيها فيه لها له لهم إن ان أن انه أنه إنه لم لن لا ما قد كل بعض غير سوى أي إذ إذا
اذا حيث ضمن عبر لدى عند داخل خارج فوق تحت أمام خلف وفق وفقا حسب بحسب مقابل أيضا ايضا كذلك جراء
بسبب إثر اثر لكن بل كما فيما بينما وقد وكان كان كانت يكون تكون ليس ليست أصل اصل مجموع إجمالي
وهو وهي وهم وفي ومن وإلى والى وعلى وعن ومع وأن وان وما ولا ولم وأكثر وأقل أمس اليوم غدا
صباحا مساء ظهرا فجرا ليلا صباح ظهر ليل هـ م ه ق ص ج ك
"""
STOP_COUNTS = frozenset(fold(w) for w in _STOP.split())
"""Words that follow a number without being what it counts: prepositions, particles, pronouns,
time-of-day adverbs. Time units (عاما، يوما، ساعات) are not here: "15 عاما" counts years."""

_COUNTED = re.compile(
    rf"[ \t]*[)»\"”]?[ \t]*(?:(?P<min>من)[ \t]+)?(?P<w>[{AR}][{AR}{MARKS}]*)(?![\w\u0640])"
)
_PRONOUNS = ("هم", "هن", "كم", "هما")
"""Object and possessive suffixes: 400 اعتقلهم is a verb, and a counted noun carries none."""


def counted_noun(folded: str, text: str, pos: int) -> re.Match | None:
    """The word after `pos` when it can be what a number counts (group `w`).

    The counted noun of a number is an indefinite noun right after it (270 مدنيا، 5 آلاف جندي),
    or a definite one after من (7 من وزراء، 12 من الجنود). Particles, number words, definite
    words and words led by a conjunction or preposition (1939 وحرب، فريق واحد لإنجاح) are not: a
    leading و/ف/ل/ب is read as a clitic when the word without it is the more frequent one
    (وحرب → حرب, لإنجاح → إنجاح; but وزراء، لاعبا، بلدا stay whole).
    """
    m = _COUNTED.match(folded, pos)
    if not m:
        return None
    w = bare(m.group("w"))
    if w in STOP_COUNTS or w in WORDS or w in ORDINALS or len(w) < 2:
        return None
    if m.group("min"):
        return m
    if w.startswith(("ال", "لل")) or w[0] in "وفب" and w[1:3] == "ال" or w.endswith(_PRONOUNS):
        return None
    if w[0] in "وفلب" and len(w) > 3:
        raw = bare(text[m.start("w") : m.end("w")])
        zipf = word_zipf()  # wordfreq, loaded once on first use
        if zipf.get(raw[1:], 0.0) > zipf.get(raw, 0.0):
            return None
    return m
