"""Figures in Arabic news text: numbers with what they count, percentages, money, ordinals.

Comparing figures across outlets ("270 مدنيا" here, "مائتين وسبعين مدنيا" there) needs each
number read to its value and tied to the noun it counts. One compiled regex pass over the folded
text (`numbers.fold`) finds the first piece of every number; the number grammar
(`numbers.NumberBuilder`) then takes the pieces that follow (وعشرين، ألفا، مليون …), and a few
look-ups around it decide its kind and what it counts.

Kinds and units:
- `cardinal`: unit None; `counts` the noun after the number as written, tashkeel off (270
  مدنيا → مدنيا، 7 من وزراء → وزراء), or shared with a neighbouring number joined by من/إلى/و
  (270 مدنيا من 400: both count مدنيا);
- `percent`: 25%، %25، 25 في المائة، بالمئة → value 25, unit "%", counts the noun after من if any;
- `money`: the currency inside the span (500 مليون دولار، 2 مليار ريال سعودي، $150); unit is the
  ISO 4217 code when the text fixes the currency or the bare name has one reading in Arab news
  (دولار USD، ريال SAR، يورو EUR، جنيه EGP, استرليني GBP …), else the Arabic name (دينار،
  درهم، ليرة، فرنك) for the reader to place; counts the currency word as written;
- `ordinal`: الأول/الأولى … الحادي عشر، الخامس والعشرين، أولا، and numbers that label rather than
  count (المادة 103، القرار رقم 2254، الدقيقة 90, a list marker "2 -" at a line start); counts
  the noun the ordinal qualifies (المرتبة الأولى → المرتبة).

Not figures: years and days of dates (`dates.scan` spans), clock times, digits inside tokens
(F-16، A320، phone numbers of seven digits or more), عشرات/آلاف/ملايين without a number, أحد
without عشر.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from mujaz.extract import dates
from mujaz.extract.numbers import (
    AR,
    DIGIT_RE,
    DIGITS,
    MARKS,
    ORDINAL_ADVERBS,
    ORDINALS,
    SCALE,
    SCALE_PLURAL,
    STOP_COUNTS,
    TEEN_HEAD,
    TEEN_TAIL,
    TEEN_TAILS,
    TENS,
    UNIT,
    WORDS,
    NumberBuilder,
    Piece,
    alternation,
    bare,
    counted_noun,
    fold,
    folded_text,
    parse_digits,
    word_before,
)
from mujaz.model import Quantity

# --- currencies ----------------------------------------------------------------------------

_CURRENCY_FORMS = {
    "دولار": ("دولار", "دولارا", "دولارات"),
    "ريال": ("ريال", "ريالا", "ريالات"),
    "يورو": ("يورو",),
    "جنيه": ("جنيه", "جنيها", "جنيهات"),
    "استرليني": ("استرليني", "إسترليني"),
    "دينار": ("دينار", "دينارا", "دنانير"),
    "درهم": ("درهم", "درهما", "دراهم"),
    "ليرة": ("ليرة", "ليرات"),
    "ين": ("ين",),
    "يوان": ("يوان",),
    "روبل": ("روبل",),
    "روبية": ("روبية", "روبيات"),
    "شيكل": ("شيكل", "شيقل", "شواكل"),
    "فرنك": ("فرنك", "فرنكات"),
}
_CURRENCY_DEFAULT = {
    "دولار": "USD", "ريال": "SAR", "يورو": "EUR", "جنيه": "EGP", "استرليني": "GBP",
    "ين": "JPY", "يوان": "CNY", "روبل": "RUB", "روبية": "INR", "شيكل": "ILS",
    "دينار": "دينار", "درهم": "درهم", "ليرة": "ليرة", "فرنك": "فرنك",
}  # fmt: skip
_CURRENCY_BY_ADJECTIVE = {
    "دولار": {"أمريكي": "USD", "أميركي": "USD", "كندي": "CAD", "أسترالي": "AUD"},
    "ريال": {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "إيراني": "IRR",
             "برازيلي": "BRL"},
    "جنيه": {"مصري": "EGP", "استرليني": "GBP", "إسترليني": "GBP", "سوداني": "SDG"},
    "دينار": {"كويتي": "KWD", "عراقي": "IQD", "أردني": "JOD", "بحريني": "BHD", "ليبي": "LYD",
              "تونسي": "TND", "جزائري": "DZD"},
    "درهم": {"إماراتي": "AED", "مغربي": "MAD"},
    "ليرة": {"تركي": "TRY", "سوري": "SYP", "لبناني": "LBP"},
    "فرنك": {"سويسري": "CHF"},
    "روبية": {"هندي": "INR", "باكستاني": "PKR"},
    "يوان": {"صيني": "CNY"},
}  # fmt: skip
_CURRENCY = {fold(form): base for base, forms in _CURRENCY_FORMS.items() for form in forms}
_ADJECTIVES = {
    (base, fold(adj)): code
    for base, adjs in _CURRENCY_BY_ADJECTIVE.items()
    for adj, code in adjs.items()
}


def is_currency(word: str) -> bool:
    """Whether a word is the name of a currency (ريال، دولارا، يورو), as figures read it."""
    return bare(fold(word)) in _CURRENCY


# --- patterns --------------------------------------------------------------------------------

_S = r"[ \t]+"
_O = r"[ \t]*"
_END = rf"[{MARKS}]*(?!\w)"
_WORD_ALT = alternation(WORDS)
_ART_CARDINAL_WORDS = ("ثلاث", "ثلاثة", "أربع", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
                       "عشرة", "اثنين", "اثنان")  # fmt: skip
"""Cardinals that take the article as adjectives (الديانات الثلاث); الست، السبع، الخمس are
other words (the lady, the lion, the fifth)."""
_ART_CARDINALS = alternation(fold(w) for w in _ART_CARDINAL_WORDS)
_TENS_ALT = alternation(TENS)
_DIGITS_END = r"(?![^\W_]|[.,/:]\d|-\w)"

_FIRST = alternation(
    {*WORDS, *ORDINALS, *ORDINAL_ADVERBS}
    | {"ال" + w for w in (*ORDINALS, *TENS)}
    | {"ال" + fold(w) for w in _ART_CARDINAL_WORDS}
)
"""Every word a figure can begin with: the look-ahead that lets other words pass quickly."""
_FIGURE = re.compile(
    rf"(?<![^\W\u0640])(?<![.,/:\-–])(?=[وف]?[بلك]?(?:\d|{_FIRST}))(?:"
    rf"(?P<rf>\d+)ر(?P<ri>\d+){_DIGITS_END}"
    rf"|[وف]?[بلك]?(?P<d>{DIGIT_RE}){_DIGITS_END}"
    rf"|[وف]?(?P<art>ال)?(?P<o>{alternation(ORDINALS)})"
    rf"(?:{_S}(?P<teen>عشر|عشره)|{_S}و(?:ال)?(?P<oten>{_TENS_ALT}))?{_END}"
    rf"|[وف]?(?P<adv>{alternation(ORDINAL_ADVERBS)}){_END}"
    rf"|[وف]?ال(?:(?P<acard>{_ART_CARDINALS})|(?P<aten>{_TENS_ALT})){_END}"
    rf"|[وف]??[بلك]??(?P<w>{_WORD_ALT}){_END}"
    rf")"
)
_ATOM = re.compile(
    rf"{_O}(?P<waw>و{_O})?(?:(?P<d>{DIGIT_RE}){_DIGITS_END}|(?P<w>{_WORD_ALT}){_END})"
)
# a figure written in digits may carry و/ف and ب/ل/ك (و10%، بـ500): read, but not shown
_CLITICS_BEFORE_DIGITS = re.compile(r"(?:[وف]?[بلك]?ـ?(?=[0-9٠-٩۰-۹]))?")
_OPENING_PARENTHESIS = re.compile(r"\([ \t]*$")
_CLOSING_PARENTHESIS = re.compile(r"[ \t]*\)")
_PERCENT = re.compile(rf"{_O}(?:%|(?:في{_O}|ب)(?:الما[ئي]ه|المئه|الميه){_END})")
_CURRENCY_RE = re.compile(
    rf"{_O}(?P<cur>{alternation(_CURRENCY)}{_END})"
    rf"(?:{_S}(?P<adj>{alternation(adj for _, adj in _ADJECTIVES)})(?:ه|ا|ان)?{_END})?"
)
_DOLLAR_AFTER = re.compile(rf"{_O}\$")
_NAME_DASH = re.compile(r"[^\W\d_][ \t]*[-–][ \t]*$")
_NEXT_WORD = re.compile(rf"[ \t]*([{AR}A-Za-z][{AR}{MARKS}\w]*)")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_LIST_MARK = re.compile(r"[ \t]*[-–).](?:[ \t]|$)")
_DAY_LIST = re.compile(r"[ \t]*(?:(?:و|-|–|الي|حتي)[ \t]*)?")
_OUT_OF = re.compile(r"[ \t]*من(?:[ \t]+اصل)?[ \t]*")
_CONNECTOR = re.compile(r"[ \t]*(?:(?:من(?:[ \t]+اصل)?|الي|حتي|او|و|-|–|مقابل)[ \t]*)?")

_LABELS = {
    fold(w)
    for w in ("رقم", "رقمه", "رقمها", "المادة", "مادة", "المواد", "الفقرة", "فقرة", "البند", "بند",
              "الجزء", "جزء", "الحلقة", "حلقة", "الدقيقة", "ص", "صفحة", "الصفحة", "القرار",
              "المرتبة", "المركز", "الرتبة", "الطبعة", "الدورة", "النسخة",
              # units named by number: اللواء 15 مشاة is the 15th brigade (a rank takes a name)
              "اللواء", "الفرقة", "الكتيبة", "الفوج", "السرب")
}  # fmt: skip
"""Nouns a number labels rather than counts: المادة 103 is the 103rd article, not 103 of them."""
_MODELS = {
    fold(w)
    for w in ("إف", "ميغ", "ميج", "سو", "سوخوي", "بوينغ", "بوينج", "إيرباص", "تي", "كوفيد", "إس",
              "جي")
}  # fmt: skip
"""Transliterated letters and makers before a model number (إف 16، ميغ 29، بوينغ 777)."""
_PRICE = {fold(w) for w in ("سعر", "بسعر", "سعره", "سعرها")}
"""A price after these is quoted to three decimals in market reports (سعر 3.630 درهم)."""
_TIME_BEFORE = {fold(w) for w in ("الساعة", "الساعه", "تمام")}
_TIME_AFTER = {fold(w) for w in ("صباحا", "مساء", "ظهرا", "فجرا", "ليلا", "عصرا")}
_NOT_AFTER_CLITIC = {fold(w) for w in ("لست", "فست", "بست", "كست")}


class _Found:
    """A figure being assembled: span, value, kind and the counted noun's span."""

    __slots__ = ("start", "end", "value", "kind", "unit", "counts", "counts_end", "scaled")

    def __init__(self, start: int, end: int, value: float, kind: str = "cardinal") -> None:
        self.start, self.end, self.value, self.kind = start, end, float(value), kind
        self.unit: str | None = "%" if kind == "percent" else None
        self.counts = ""
        self.counts_end = end
        self.scaled = False


def _prev_word(text: str, pos: int) -> str:
    """The word before `pos` (in the folded or the original text), without tashkeel or a
    conjunction و/ف glued to a definite word."""
    return _unglue(word_before(text, pos, ' \t(«".:'))


def _unglue(word: str) -> str:
    """والمرتبة → المرتبة: the conjunction is not part of the noun."""
    return word[1:] if word[:1] in "وف" and word[1:3] in ("ال", "لل") else word


def _role(word: str, builder: NumberBuilder | None, waw: bool) -> str:
    """The grammar role of a number word where it stands (عشرة after خمسة is a teen tail)."""
    if word in TEEN_TAILS and builder is not None and not waw:
        last = builder.pieces[-1]
        if last.role in (UNIT, TEEN_HEAD) and last.value < 10:
            return TEEN_TAIL
    return WORDS[word].role


def _number(folded: str, first: Piece, limit: int) -> NumberBuilder | None:
    """The whole number that begins with `first`, pieces taken while the grammar allows."""
    builder = NumberBuilder(first)
    pos = first.end
    if first.role == DIGITS and (close := _CLOSING_PARENTHESIS.match(folded, pos)) and (
        _OPENING_PARENTHESIS.search(folded, max(0, first.start - 4), first.start)
    ):
        pos = close.end()  # شملت ( 100 ) ألف سلة: the press brackets the digits alone
    while True:
        a = _ATOM.match(folded, pos)
        if a is None or a.start() >= limit or a.end() > limit:
            break
        waw = a.group("waw") is not None
        if a.group("d"):
            value = _digits_value(folded, a.group("d"), a.start("d"), a.end())
            if value is None:
                break
            piece = Piece(a.start("d"), a.end(), value, DIGITS, waw)
        else:
            word = bare(a.group("w"))
            role = _role(word, builder, waw)
            piece = Piece(a.start("w"), a.end(), WORDS[word].value, role, waw)
        if not builder.accepts(piece):
            break
        builder.add(piece)
        pos = a.end()
    while not builder.complete:
        if len(builder.pieces) == 1:
            return None
        pieces = builder.pieces[:-1]
        builder = NumberBuilder(pieces[0])
        for p in pieces[1:]:
            builder.add(p)
    return builder


def _digits_value(folded: str, digits: str, start: int, end: int) -> float | None:
    """Value of digits, read in context: 1.250 before مليار, 14.970 before في المائة and a price
    after سعر are decimals; 368.000 and 5.706 عمال are thousands."""
    decimal = False
    if "." in digits:
        nxt = _ATOM.match(folded, end)
        decimal = bool(
            nxt and nxt.group("w") and not nxt.group("waw")
            and WORDS[bare(nxt.group("w"))].role in (SCALE, SCALE_PLURAL)
            or _PERCENT.match(folded, end)
            or _prev_word(folded, start) in _PRICE
        )  # fmt: skip
    return parse_digits(digits, decimal)


def _ordinal(m: re.Match, folded: str, text: str) -> _Found | None:
    """An ordinal word (الأول، الحادية عشرة، الخامس والعشرين، أول), or None where the word is
    something else (الأولي primary, ثانية a second, الساعة الثانية a time, أول ما as soon as)."""
    stem = bare(m.group("o"))
    value = ORDINALS[stem]
    article = m.group("art") is not None
    if m.group("teen"):
        value += 10
    elif m.group("oten"):
        value += TENS[bare(m.group("oten"))]
    elif stem in ("حادي", "حاديه"):
        return None
    if stem == "اولي" and text[m.end("o") - 1] != "ى":
        return None  # الأولي (primary) folds onto الأولى
    if not article and stem not in ("اول", "اولي") and stem.endswith("ه"):
        return None  # ثانية (a second), رابعة (a name)
    if stem.startswith("ثاني") and _prev_word(folded, m.start()) in _TIME_BEFORE:
        return None
    if stem == "اول" and not article and folded.startswith(" ما", m.end()):
        return None  # أول ما: "as soon as"
    found = _Found(m.start(), m.end(), value, "ordinal")
    if article:
        found.counts = _definite_before(text, m.start())
    else:
        noun = counted_noun(folded, text, m.end())
        if noun and not noun.group("min"):
            found.counts = bare(text[noun.start("w") : noun.end("w")])
    return found


def find_quantities(text: str, article: str = "") -> list[Quantity]:
    """Figures of an article's cleaned text, in order: value, kind, unit and counted noun."""
    folded = folded_text(text)
    date_spans = [(f.start, f.end) for f in dates.scan(text)]
    starts = [s for s, _ in date_spans]
    found: list[_Found] = []
    resume = 0
    for m in _FIGURE.finditer(folded):
        start = m.start()
        if start < resume:
            continue
        k = bisect_right(starts, start) - 1
        if k >= 0 and date_spans[k][1] > start:
            continue
        limit = starts[k + 1] if k + 1 < len(starts) else len(folded)
        f = _read(m, folded, text, limit)
        if f is not None and f.kind == "cardinal" and f.value <= 31 and limit < len(folded):
            gap = _DAY_LIST.fullmatch(folded, f.end, limit)
            if gap and not f.counts:
                continue  # 28 in يومي 28 و29 من تموز: a day of the date that follows
        if f is not None:
            found.append(f)
            resume = f.end
    _share_counts(found, folded)
    out = []
    for f in found:
        start = f.start + len(_CLITICS_BEFORE_DIGITS.match(text, f.start, f.end)[0])
        start += _clitics_before_word(folded, start, f.end)
        shown = text[start : f.end]
        if ")" in shown:  # ( 100 ) ألف is shown 100 ألف
            shown = " ".join(shown.replace(")", " ").split())
        out.append(Quantity(article, start, f.end, shown, f.value, f.kind, f.unit, f.counts))
    return out


_FIRST_WORD = re.compile(rf"[{AR}{MARKS}]+")
_WORD_CLITICS = re.compile(rf"[وف]?[{MARKS}]*[بلك]?[{MARKS}]*")


def _clitics_before_word(folded: str, start: int, end: int) -> int:
    """How many characters of و/ف and ب/ل/ك lead a figure written in words (وثلاثة مدنيين is
    shown ثلاثة مدنيين); none when the word is itself a number word (واحد)."""
    word = _FIRST_WORD.match(folded, start, end)
    if word is None or _number_word(bare(word[0])):
        return 0
    clitics = _WORD_CLITICS.match(word[0])[0]
    for n in range(len(clitics), 0, -1):
        if _number_word(bare(word[0][n:])):
            return n
    return 0


def _number_word(word: str) -> bool:
    """Whether a bare, folded word is a number word: a cardinal or an ordinal."""
    return word in WORDS or word in ORDINALS or word.removeprefix("ال") in ORDINALS


def _read(m: re.Match, folded: str, text: str, limit: int) -> _Found | None:
    """One figure starting at match `m`, or None when it is not one."""
    g = m.group
    if g("o"):
        return _ordinal(m, folded, text)
    if g("adv"):
        return _Found(m.start(), m.end(), ORDINAL_ADVERBS[bare(g("adv"))], "ordinal")
    if g("aten"):
        f = _Found(m.start(), m.end(), TENS[bare(g("aten"))], "ordinal")
        f.counts = _definite_before(text, m.start())
        return f
    if g("acard"):
        f = _Found(m.start(), m.end(), WORDS[bare(g("acard"))].value)
        f.counts = _definite_before(text, m.start())
        return f
    start = m.start()
    if g("rf"):  # 935ر6 is 6.935 in the agencies' typesetting
        first = Piece(start, m.end(), float(f"{g('ri')}.{g('rf')}"), DIGITS)
    elif g("d"):
        digits = g("d")
        if digits.isdigit() and (len(digits) >= 7 or len(digits) > 1 and digits[0] == "0"):
            return None  # phone numbers, ids, 05
        value = _digits_value(folded, digits, m.start("d"), m.end())
        if value is None:
            return None
        first = Piece(start, m.end(), value, DIGITS)
    else:
        word = bare(g("w"))
        if bare(folded[start : m.end()]) in _NOT_AFTER_CLITIC:
            return None
        if word == "واحد" and text[start + 1] in "أإ":
            return None  # وأحد: "and one of", folded onto واحد
        role = _role(word, None, False)
        if role == SCALE_PLURAL:
            return None
        first = Piece(start, m.end(), WORDS[word].value, UNIT if role == TEEN_TAIL else role)
    builder = _number(folded, first, limit)
    if builder is None:
        return None
    end = builder.pieces[-1].end
    f = _Found(start, end, builder.value)
    f.scaled = builder.scale is not None
    digits_only = all(p.role == DIGITS for p in builder.pieces)
    if digits_only and _not_a_figure(folded, start, end):
        return None
    if p := _PERCENT.match(folded, end):
        f.end, f.kind, f.unit = p.end(), "percent", "%"
        noun = counted_noun(folded, text, f.end)
        if noun and noun.group("min"):
            f.counts = bare(text[noun.start("w") : noun.end("w")])
            f.counts_end = noun.end()
        return f
    if start > 0 and folded[start - 1] == "%" and (start < 2 or not folded[start - 2].isdigit()):
        f.start, f.kind, f.unit = start - 1, "percent", "%"
        return f
    if c := _CURRENCY_RE.match(folded, end):
        base = _CURRENCY[bare(c.group("cur"))]
        f.kind, f.unit, f.end = "money", _CURRENCY_DEFAULT[base], c.end("cur")
        if c.group("adj") and (code := _ADJECTIVES.get((base, bare(c.group("adj"))))):
            f.unit, f.end = code, c.end()
        f.counts = bare(text[c.start("cur") : c.end("cur")])
        f.counts_end = f.end
        return f
    if d := _DOLLAR_AFTER.match(folded, end):
        f.end, f.kind, f.unit, f.counts = d.end(), "money", "USD", "$"
        return f
    if folded[max(0, start - 2) : start].rstrip().endswith("$"):
        f.start = folded.rindex("$", 0, start)
        f.kind, f.unit, f.counts = "money", "USD", "$"
        return f
    before = _prev_word(folded, start)
    if digits_only and (
        before in _LABELS or folded[start - 1 : start] == "[" and folded[end : end + 1] == "]"
    ):
        f.kind = "ordinal"
        f.counts = _label(text, start)
        return f
    if (
        digits_only
        and _LINE_START.search(folded, max(0, start - 20), start)
        and (_LIST_MARK.match(folded, end))
    ):
        f.kind = "ordinal"
        return f
    noun = counted_noun(folded, text, end)
    if noun:
        if bare(noun.group("w")) in _TIME_AFTER:
            return None
        f.counts = bare(text[noun.start("w") : noun.end("w")])
        f.counts_end = noun.end()
    return f


def _not_a_figure(folded: str, start: int, end: int) -> bool:
    """Digits that are a clock time, or part of a name or model (iPhone 6، كوفيد - 19)."""
    if _NAME_DASH.search(folded, max(0, start - 6), start):
        return True
    before = _prev_word(folded, start)
    if before in _TIME_BEFORE or before[:1].isascii() and before[:1].isalpha():
        return True
    if before in _MODELS:
        return True
    after = _NEXT_WORD.match(folded, end)
    if after:
        word = bare(after.group(1))
        if word in _TIME_AFTER or word[:1].isascii() and word[:1].isalpha():
            return True
    return False


def _definite_before(text: str, pos: int) -> str:
    """The definite noun, as written, right before an adjective number or ordinal (الديانات
    الثلاث → الديانات، المرتبة الأولى → المرتبة)."""
    raw = _prev_word(text, pos)
    key = fold(raw)
    if not key.startswith(("ال", "لل", "بال")) or key in WORDS or key in STOP_COUNTS:
        return ""
    return raw


def _label(text: str, pos: int) -> str:
    """What a label number names, as written: the noun before رقم (القرار رقم 2254 → القرار),
    or the label itself (المادة 103 → المادة)."""
    label = _prev_word(text, pos)
    if label.startswith("رقم"):
        at = text.rfind("رقم", max(0, pos - 30), pos)
        return _definite_before(text, at) or label
    return label


def _share_counts(found: list[_Found], folded: str) -> None:
    """Numbers joined by من/إلى/و/أو count the same thing: 270 مدنيا من 400، من 200 إلى 270
    قتيلا، بين 15 و25 في المائة."""
    for a, b in zip(found, found[1:], strict=False):
        if a.counts_end > b.start or not _CONNECTOR.fullmatch(folded, a.counts_end, b.start):
            continue
        if a.kind == "cardinal" and b.kind == "percent" and not a.counts and not a.scaled:
            a.kind, a.unit = "percent", "%"
        if a.kind != b.kind or a.kind not in ("cardinal", "percent") or a.scaled != b.scaled:
            continue
        if a.counts and _OUT_OF.fullmatch(folded, a.counts_end, b.start):
            b.counts = a.counts  # 270 مدنيا من 400: the 400 are civilians too
        elif a.counts and not b.counts:
            b.counts = a.counts
        elif b.counts and not a.counts:
            a.counts = b.counts
