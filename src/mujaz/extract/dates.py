"""Dates in Arabic news text, resolved against the article's publication date.

One compiled grammar finds the expressions news prose uses, on the folded text (see
`numbers.fold`, so offsets are the original's):

- day, month, year: 20 يناير 2016، 14 يوليو (تموز)، 24 أكتوبر / تشرين الأول 2008، الأول من يناير,
  with Gregorian, Levantine/Iraqi (كانون الثاني … تشرين الأول) and Maghrebi (جانفي، أوت) names;
- numeric: 20/1/2016، 4 - 7 - 1432هـ، 2016-01-20;
- years with a cue or a suffix: عام 2014، صيف العام 2014، بنهاية 2014، 2015م، 1436هـ; bare years
  (حرب 1948، منذ 1959) when no counted noun follows (2000 شخص is a number, not a year);
- Hijri: 15 رمضان 1436 هـ، 12 شوال الجاري، شهر رمضان (converted with hijridate);
- relative: اليوم، أمس، أمس الأول، غدا، الأربعاء (الماضي/المقبل)، الشهر الماضي، العام المقبل،
  منتصف الشهر الجاري، 12 نوفمبر الماضي، فبراير/شباط القادم، 29 من الشهر الجاري.

`value` is an ISO date or its prefix. A relative expression is placed with `published`; with no
publication date it keeps its text and gets None. Rules of placement: a bare weekday is the most
recent such day on or before publication (الماضي: strictly before; المقبل/القادم: after); a month
with الماضي is the last such month before the publication month, with المقبل the next one after
it, with no modifier the one nearest to publication; a Hijri year alone becomes the Gregorian
year its middle falls in. Durations (ثلاث سنوات، منذ عامين), weeks and decades are not dates here.

Built for throughput: one regex pass finds every candidate, then a few dictionary look-ups
decide and place each one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from hijridate import Gregorian, Hijri

from mujaz.extract.numbers import (
    AR,
    MARKS,
    WORDS,
    alternation,
    bare,
    counted_noun,
    day_ordinals,
    fold,
    folded_text,
    word_before,
)
from mujaz.model import DateMention

# --- tables ------------------------------------------------------------------------------------

_GREGORIAN = {
    1: ("يناير", "كانون الثاني", "كانون ثاني", "جانفي"),
    2: ("فبراير", "شباط", "فيفري"),
    3: ("مارس", "آذار"),
    4: ("أبريل", "إبريل", "نيسان", "أفريل"),
    5: ("مايو", "أيار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويلية", "يوليوز"),
    8: ("أغسطس", "آب", "أوت", "غشت"),
    9: ("سبتمبر", "أيلول", "شتنبر"),
    10: ("أكتوبر", "تشرين الأول", "تشرين أول"),
    11: ("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"),
    12: ("ديسمبر", "كانون الأول", "كانون أول", "دجنبر", "ديسيمبر"),
}
MONTHS: dict[str, int] = {fold(n): m for m, names in _GREGORIAN.items() for n in names}
"""Folded Gregorian month name (Syriac/Levantine and Maghrebi names too) → month number."""

_AMBIGUOUS_MONTHS = {fold(w) for w in ("مارس", "ماي", "آب", "جوان", "تموز", "نيسان")}
"""Month names that are also ordinary words (مارس a verb, آب folds onto أب, نيسان a car): taken
only with a day, a year, a modifier, a paired name, شهر or a preposition before them. Other
month names stand alone (في يناير، شباط)."""

_HIJRI = {
    1: ("محرم",),
    2: ("صفر",),
    3: ("ربيع الأول", "ربيع أول"),
    4: ("ربيع الثاني", "ربيع الآخر", "ربيع ثاني"),
    5: ("جمادى الأولى", "جمادى الأول"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة"),
    12: ("ذو الحجة", "ذي الحجة"),
}
HIJRI_MONTHS: dict[str, int] = {fold(n): m for m, names in _HIJRI.items() for n in names}
"""Folded Hijri month name → month number. Names that are also given names (رجب، رمضان،
شعبان) or words (صفر zero، محرم forbidden) are taken only with a day, a year or شهر."""

_MODIFIERS = {
    -1: ("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي", "السابق"),
    1: ("المقبل", "المقبلة", "القادم", "القادمة"),
    0: ("الجاري", "الجارية", "الحالي", "الحالية"),
}
MODIFIERS: dict[str, int] = {fold(w): v for v, ws in _MODIFIERS.items() for w in ws}
"""الماضي → -1, المقبل → +1, الجاري → 0."""

WEEKDAYS: dict[str, int] = {
    fold(w): i
    for i, w in enumerate(("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"))
} | {fold("الإثنين"): 0}
"""Folded weekday with its article → Python weekday (Monday 0 … Sunday 6)."""

_PERIODS = (
    "صيف", "شتاء", "ربيع", "خريف", "مطلع", "بداية", "أوائل", "أواخر", "نهاية", "منتصف", "أواسط",
    "مستهل", "ختام",
)  # fmt: skip
_RELATIVE_DAYS = {
    fold("اليوم"): 0, fold("أمس"): -1, fold("الأمس"): -1, fold("بالأمس"): -1, fold("غدا"): 1,
    fold("غد"): 1,
}  # fmt: skip
_DAY_WORDS = day_ordinals()

_NOT_WEEKDAY_AFTER = {
    fold(w) for w in ("صلاة", "خطبة", "خطيب", "خطباء", "سورة", "إمام", "كلا", "بين", "هذين")
}
"""A weekday word after these is a prayer, a sura or 'both' (كلا الاثنين), not a day."""
_MONTH_CUES = {
    fold(w)
    for w in (
        "شهر", "في", "منذ", "خلال", "حتى", "مطلع", "بداية", "أوائل", "أواخر", "نهاية", "منتصف",
        "أواسط", "قبل", "بعد", "من", "إلى", "الى", "وفي", "ومنذ", "وحتى", "بحلول", "مستهل",
        "شهري", "بين", "ختام", "غضون",
    )
}  # fmt: skip
_YEAR_APPROX = {
    fold(w)
    for w in ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "يقارب", "يناهز", "أكثر", "أقل", "بلغ",
              "يبلغ", "بلغت", "تبلغ", "إلى", "الى", "ال", "رقم", "بين", "و", "أصل", "مجموع")
}  # fmt: skip
"""Words before a four-digit number that make it a quantity (نحو 2000، أكثر من 1950)."""
_YEAR_CUES_BEFORE = {
    fold(w)
    for w in ("في", "منذ", "حتى", "قبل", "بعد", "حرب", "ثورة", "انتفاضة", "نكبة", "نكسة",
              "مواليد", "موسم", "مونديال", "كأس", "أولمبياد", "دستور", "انتخابات", "وفي", "ومنذ",
              "عامي", "أحداث", "بحلول", "خلال", "مطلع", "أواخر", "أوائل", "ربيع", "صيف", "شتاء",
              "خريف", "لعام", "وعام", "عام", "العام", "سنة", "السنة")
}  # fmt: skip
"""Words before a bare four-digit number that make it a year."""
_STRONG_YEAR_CUES = _YEAR_CUES_BEFORE - {"في"}
"""Cues that make a year even when a noun follows (منذ 2011 حرب): في 2000 موقع is a count."""
_UNGLUED = _MONTH_CUES | _YEAR_CUES_BEFORE | set(MONTHS) | {fold("بين")}

# --- the grammar -------------------------------------------------------------------------------

_S = r"[ \t]+"
_O = r"[ \t]*"
_END = rf"[{MARKS}]*(?!\w)"
_CL = r"(?:[وف]?[بل]?)"
_CLA = r"(?:[وف]?(?:[بك]?ال|لل))"
_GMONTH = alternation(MONTHS)
_HMONTH = alternation(HIJRI_MONTHS)
_MOD = alternation(MODIFIERS)
_DAYW = alternation(_DAY_WORDS)
_PERIOD = alternation(fold(w) for w in _PERIODS)
_HSUF = r"(?:ه\u0640*|هجريه?|للهجره)" + _END
_GSUF = r"(?:م|ميلاديه?|للميلاد)" + _END
_YEAR = r"(?<![\d.,])\d{4}(?![\d.,]\d|\d)"
_WEEKDAY = alternation(WEEKDAYS)
_PAIR = rf"(?:{_O}[/(\-–،,]?{_O}(?P<mon2>{_GMONTH})(?:{_O}\))?)"
_YEAR_TAIL = (
    rf"(?:{_O}[,،/]?{_O}(?:(?:من{_S})?(?:عام|العام|سنه){_S})?(?P<year>{_YEAR})"
    rf"(?:{_O}(?P<gsuf>{_GSUF}))?"
    rf"|{_S}(?P<mod>{_MOD}){_END})"
)


def _cue(tag: str) -> str:
    """بتاريخ / الموافق / يوم before a date, with an opening parenthesis closed after it."""
    return rf"(?:(?P<cue{tag}>{_CL}تاريخ|الموافق|يوم){_O}:?{_O}(?P<po{tag}>\()?{_O})"


_FIRST_WORDS = {
    *(name.split()[0] for name in (*MONTHS, *HIJRI_MONTHS, *_DAY_WORDS)),
    *WEEKDAYS, *(fold(w) for w in _PERIODS),
    "تاريخ", "الموافق", "يوم", "شهر", "الشهر", "للشهر", "عام", "العام", "للعام", "عامي", "سنه",
    "السنه", "للسنه", "سنتي", "هذا", "هذه", "امس", "الامس", "اول", "بعد", "اليوم", "غدا", "غد",
}  # fmt: skip
"""Every word a date expression can begin with (after a clitic): a cheap look-ahead turns
away the other words of the text before the grammar's alternatives are tried."""

_GRAMMAR = rf"""
(?<![\w.,/:])(?=[وفبلك]{{0,2}}(?:\d|{alternation(_FIRST_WORDS)}))
(?:
  (?P<numeric>{_cue("n")}?
     (?:(?P<nd>\d{{1,2}}){_O}(?P<sep>[/\-.]){_O}(?P<nm>\d{{1,2}}){_O}(?P=sep){_O}(?P<ny>\d{{4}})
      |(?P<iy>\d{{4}})(?P<isep>[/\-]){_O}(?P<im>\d{{1,2}}){_O}(?P=isep){_O}(?P<id>\d{{1,2}}))
     (?!\d)(?:{_O}(?P<nsuf>{_HSUF}|{_GSUF}))?(?(pon){_O}\)))
 |(?P<gdate>{_cue("g")}?
     (?:(?:[وفب]?(?P<day>\d{{1,2}})(?![\d.,]\d){_O}/?{_O}(?:من{_S})?|(?P<dayw>{_DAYW}){_S}من{_S})
        (?:شهر{_S})?|(?P<shahr>شهر){_S}|{_CL}(?P<gperiod>{_PERIOD}){_S}(?:شهر{_S})?)?
     (?P<mon>{_GMONTH}){_END}{_PAIR}?{_YEAR_TAIL}?(?(pog){_O}\)))
 |(?P<hdate>
     (?:(?:(?P<hday>\d{{1,2}}){_O}/?{_O}(?:من{_S})?|(?P<hdayw>{_DAYW}){_S}من{_S})(?:شهر{_S})?
        |(?P<hshahr>شهر){_S})?
     (?P<hmon>{_HMONTH}){_END}
     (?:{_O}/?{_O}(?:(?:عام|سنه){_S})?(?P<hyear>\d{{3,4}})(?!\d)(?:{_O}(?P<hsuf>{_HSUF}))?
        |{_S}(?P<hmod>{_MOD}){_END})?)
 |(?P<dayrel>(?:(?P<rday>\d{{1,2}})(?![\d.,]\d)|(?P<rdayw>{_DAYW})){_S}
     (?:(?:من{_S})?(?P<rshahr>(?:هذا{_S})?الشهر){_S})?(?P<rmod>{_MOD}){_END})
 |(?P<yr>
     (?:{_CL}(?P<yperiod>{_PERIOD}){_S})?
     (?:(?P<ycue>{_CL}(?:عام|سنه)|{_CLA}(?:عام|سنه)|عامي|سنتي|{_CL}تاريخ){_O}(?P<yp>\()?{_O}
        (?P<y>\d{{3,4}})(?![\d.,]\d|\d)(?(yp){_O}\))(?:{_O}(?P<ysuf>{_HSUF}|{_GSUF}))?
      |(?P<ys>\d{{3,4}})(?![\d.,]\d|\d){_O}(?P<ysuf2>{_HSUF}|{_GSUF})
      |[وف]?(?P<yb>(?:19|20)\d\d)(?![\d.,]\d|\d|{_O}%)))
 |(?P<rel>
     (?:{_CL}(?P<rperiod>{_PERIOD}){_S})?
     (?:(?P<runit>{_CLA}(?:شهر|عام|سنه)){_S}(?P<umod>{_MOD})
       |(?P<dem>[وف]?[بل]?(?:هذا{_S}(?:ال)?(?:شهر|عام)|هذه{_S}السنه)))
     {_END})
 |(?P<dayref>(?P<yawm>يوم{_S})?
     (?P<dr>امس{_S}الاول|اول{_S}(?:من{_S})?امس|بعد{_S}غد|[وف]?(?:ب?الامس|امس|اليوم)|غدا|غد)
     {_END}(?:{_O}\(?{_O}(?P<drwd>{_WEEKDAY})(?:{_O}\))?{_END})?)
 |(?P<weekday>(?:يوم{_S})?[وف]?(?P<wd>{_WEEKDAY}){_END}(?:{_S}(?P<wmod>{_MOD}){_END})?)
)
"""
_DATES = re.compile("".join(line.strip() for line in _GRAMMAR.splitlines()))
_NEXT_WORD = re.compile(rf"[ \t]*([{AR}][{AR}{MARKS}]*)")
_MONTH_GAP = re.compile(r"[ \t]*[/،,]?[ \t]*\(?[ \t]*$")
_CLOSE = re.compile(r"[ \t]*\)")
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d[ \t]*[-–][ \t]*$")
_SQUARE = re.compile(r"[ \t]*(?:مربع|مكعب)")
_NOT_TODAY = re.compile(rf"{_S}(?:ال(?!احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)|نفسه|ذاته|عينه)")
_MERGE_GAP = re.compile(r"[ \t]*[،,]?[ \t]*(?:\(?[ \t]*(?:الموافق|الموافقه|الموافق ل)?[ \t]*)?$")


@dataclass(frozen=True, slots=True)
class Found:
    """A date expression as the grammar read it, before placing it in time.

    `y`, `m`, `d` are what the text says (`hijri` when they are Hijri); `rel` is the unit a
    relative expression counts in ("day", "month", "year", "weekday") with `offset` (days, or
    -1/0/+1) or `weekday`.
    """

    start: int
    end: int
    y: int | None = None
    m: int | None = None
    d: int | None = None
    hijri: bool = False
    rel: str | None = None
    offset: int = 0
    weekday: int | None = None
    mod: int | None = None


def _prev_word(folded: str, pos: int) -> str:
    """The folded word before `pos`, without a glued conjunction (وفي → في)."""
    word = word_before(folded, pos)
    return word[1:] if word[:1] in "وف" and len(word) > 2 and word[1:] in _UNGLUED else word


def _valid_day(d: int | None) -> bool:
    return d is None or 1 <= d <= 31


def _read(m: re.Match, folded: str, text: str) -> Found | None:
    """Turn one grammar match into a `Found`, or None when context says it is no date."""
    g = m.group
    start, end = m.span()
    kind = m.lastgroup
    if kind == "numeric":
        if g("nd"):
            d, mo, y = int(g("nd")), int(g("nm")), int(g("ny"))
            if mo > 12 >= d:  # month first (4/22/1948)
                d, mo = mo, d
        else:
            y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
        suffix = g("nsuf") or ""
        hijri = suffix.startswith(("ه", "ل")) or 1300 <= y < 1500
        if not (1 <= mo <= 12 and 1 <= d <= (30 if hijri else 31)) or not 1300 <= y <= 2100:
            return None
        return Found(start, end, y, mo, d, hijri)
    if kind == "gdate":
        name = bare(g("mon"))
        month = MONTHS[name]
        day = int(g("day")) if g("day") else _DAY_WORDS.get(g("dayw") or "")
        if not _valid_day(day):
            return None
        if name == "اب" and text[m.start("mon")] != "آ":
            return None
        year = int(g("year")) if g("year") else None
        mod = MODIFIERS[bare(g("mod"))] if g("mod") else None
        certain = day or year or mod is not None or g("mon2") or g("shahr") or g("cueg")
        if not certain and name in _AMBIGUOUS_MONTHS and not g("gperiod"):
            before = _prev_word(folded, start)
            if before not in _MONTH_CUES and before not in MONTHS:
                return None
        return Found(start, end, year, month, day, mod=mod)
    if kind == "hdate":
        day = int(g("hday")) if g("hday") else _DAY_WORDS.get(g("hdayw") or "")
        year = int(g("hyear")) if g("hyear") else None
        mod = MODIFIERS[bare(g("hmod"))] if g("hmod") else None
        if not (day or year or g("hshahr")) or not _valid_day(day) or day and day > 30:
            return None
        if year is not None and not (g("hsuf") or 1300 <= year < 1500):
            return None
        return Found(start, end, year, HIJRI_MONTHS[bare(g("hmon"))], day, True, mod=mod)
    if kind == "dayrel":
        day = int(g("rday")) if g("rday") else _DAY_WORDS[g("rdayw")]
        mod = MODIFIERS[bare(g("rmod"))]
        if not _valid_day(day) or (not g("rshahr") and mod != 0):
            return None
        return Found(start, end, d=day, rel="month", offset=mod)
    if kind == "yr":
        if g("yb"):
            return _bare_year(m, folded, text)
        y = int(g("y") or g("ys"))
        suffix = g("ysuf") or g("ysuf2") or ""
        if suffix == "م" and (
            _SQUARE.match(folded, end) or g("ys") and y < 1900 and (folded[m.end("ys")] in " \t")
        ):
            return None  # 1000 م مربع، 1500 م: metres
        hijri = suffix.startswith(("ه", "ل"))
        if hijri and not 1 <= y < 1600 or not hijri and not 1000 <= y <= 2100:
            return None
        if not suffix and g("ycue") and bare(g("ycue")).endswith("تاريخ") and not g("yp"):
            return None
        return Found(start, end, y, hijri=hijri)
    if kind == "rel":
        if g("dem"):
            unit = g("dem").split()[-1]
            mod = 0
        else:
            unit, mod = g("runit"), MODIFIERS[bare(g("umod"))]
        return Found(start, end, rel="month" if unit.endswith("شهر") else "year", offset=mod)
    if kind == "dayref":
        word = re.sub(r"^[وف]", "", bare(re.sub(r"\s+", " ", g("dr"))))
        if word == "غد" and not (g("yawm") or g("dr").startswith("بعد")):
            return None
        if word == "اليوم" and (
            _NOT_TODAY.match(folded, m.end("dr")) or _prev_word(folded, start) == "في"
        ):
            return None  # اليوم الوطني، في اليوم (a day, per day)
        if word == "امس" and folded.startswith("الحاجه", m.end("dr") + 1):
            return None
        if word.startswith("بعد"):
            offset = 2
        elif " " in word:  # أمس الأول، أول أمس، أول من أمس
            offset = -2
        else:
            offset = _RELATIVE_DAYS[word]
        return Found(start, end, rel="day", offset=offset)
    if kind == "weekday":
        if _prev_word(folded, start) in _NOT_WEEKDAY_AFTER:
            return None
        mod = MODIFIERS[bare(g("wmod"))] if g("wmod") else None
        return Found(start, end, rel="weekday", weekday=WEEKDAYS[g("wd")], mod=mod)
    return None


def _bare_year(m: re.Match, folded: str, text: str) -> Found | None:
    """A four-digit number standing alone is a year unless it counts something or follows a
    word of quantity: حرب 1948، منذ 1959، (1948) are years; 2000 شخص، نحو 1950 are not."""
    y = int(m.group("yb"))
    start, end = m.start(), m.end()
    if not 1900 <= y <= 2035:
        return None
    if m.group("yperiod") or _YEAR_RANGE.search(folded, max(0, start - 12), start):
        return Found(start, end, y)
    before = _prev_word(folded, start)
    if before in _YEAR_APPROX or folded[max(0, start - 2) : start].strip() in ("/", "+", "$"):
        return None
    after = _NEXT_WORD.match(folded, end)
    if after and bare(after.group(1)) in WORDS:
        return None
    noun = counted_noun(folded, text, end)
    counts = noun is not None and not noun.group("min") and before not in _STRONG_YEAR_CUES
    # after a definite word, a count of 11..99 (mod 100) takes an accusative noun (1959 فرعا);
    # a word without that ending is no counted noun (الانتفاضة الأولى 1987 صادر)
    if counts and before.startswith("ال") and y % 100 > 10:
        counts = bare(noun.group("w")).endswith("ا")
    return None if counts else Found(start, end, y)


def _merge(found: list[Found], folded: str) -> list[Found]:
    """One mention for parts that name one date together; the explicit part gives the value.

    A weekday or اليوم/أمس/غدا and the date right after it (الأربعاء 15 يوليو، يوم الثلاثاء الموافق
    5/8/2008، اليوم (الاثنين)); a month name and the year or date after it (شباط (28/2/1945)،
    تموز (1970)).
    """
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is None:
            out.append(f)
            continue
        if (
            prev.rel in ("weekday", "day")
            and _MERGE_GAP.match(folded, prev.end, f.start)
            and (f.y is not None or f.m is not None or f.d is not None or f.rel == "weekday")
        ):
            keep = prev if f.rel == "weekday" and prev.rel == "day" else f
            out[-1] = replace(keep, start=prev.start, end=f.end)
            continue
        gap = _MONTH_GAP.match(folded, prev.end, f.start)
        if (
            prev.m is not None
            and prev.y is None
            and prev.rel is None
            and not prev.hijri
            and (gap and f.y is not None and not f.hijri and f.m in (None, prev.m))
        ):
            end = f.end
            if "(" in gap.group() and (close := _CLOSE.match(folded, end)):
                end = close.end()
            keep = f if f.m is not None else replace(prev, y=f.y)
            out[-1] = replace(keep, start=prev.start, end=end)
            continue
        out.append(f)
    return out


@lru_cache(maxsize=8)
def scan(text: str) -> tuple[Found, ...]:
    """Every date expression of `text`, read but not placed (figures use the spans to leave
    years and days of the month out). Cached: figures and dates read the same article."""
    folded = folded_text(text)
    found = []
    for m in _DATES.finditer(folded):
        f = _read(m, folded, text)
        if f is not None:
            found.append(f)
    return tuple(_merge(found, folded))


# --- placing in time -----------------------------------------------------------------------


def _hijri_year_value(y: int) -> str:
    """The Gregorian year the middle of Hijri year `y` falls in."""
    try:
        return str(Hijri(y, 7, 1).to_gregorian().year)
    except (ValueError, OverflowError):
        return str(round(y * 0.970229 + 621.5643 + 0.5))


def _hijri_value(y: int, m: int | None, d: int | None) -> str | None:
    if m is None:
        return _hijri_year_value(y)
    try:
        if d is None:
            g = Hijri(y, m, 15).to_gregorian()
            return f"{g.year:04d}-{g.month:02d}"
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return _hijri_year_value(y)
    return g.isoformat()


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _add_months(day: date, months: int) -> tuple[int, int]:
    k = day.year * 12 + day.month - 1 + months
    return k // 12, k % 12 + 1


def _nearest_year(published: date, m: int, d: int | None, mod: int | None) -> int:
    """The year that places month `m` (day `d`) as the text means it, seen from `published`."""
    y = published.year
    if mod == -1:
        return y if m < published.month else y - 1
    if mod == 1:
        return y if m > published.month else y + 1
    if mod == 0:
        return y

    def gap(year: int) -> int:
        return abs((date(year, m, min(d or 15, 28)) - published).days)

    return min((y - 1, y, y + 1), key=gap)


def _hijri_year_near(published: date, m: int, d: int | None, mod: int | None) -> int | None:
    try:
        today = Gregorian(published.year, published.month, published.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    y = today.year
    if mod == -1:
        return y if m < today.month else y - 1
    if mod == 1:
        return y if m > today.month else y + 1
    if mod == 0:
        return y

    def gap(year: int) -> int:
        try:
            g = Hijri(year, m, min(d or 15, 29)).to_gregorian()
        except (ValueError, OverflowError):
            return 10**6
        return abs((date(g.year, g.month, g.day) - published).days)

    return min((y - 1, y, y + 1), key=gap)


def resolve(f: Found, published: date | None) -> str | None:
    """ISO date or prefix for a found expression; None when it needs `published` and has none."""
    if f.y is not None:
        return _hijri_value(f.y, f.m, f.d) if f.hijri else _iso(f.y, f.m, f.d)
    if published is None:
        return None
    if f.hijri and f.m is not None:
        y = _hijri_year_near(published, f.m, f.d, f.mod)
        return None if y is None else _hijri_value(y, f.m, f.d)
    if f.m is not None:
        return _iso(_nearest_year(published, f.m, f.d, f.mod), f.m, f.d)
    if f.rel == "day":
        return (published + timedelta(days=f.offset)).isoformat()
    if f.rel == "weekday" and f.weekday is not None:
        back = (published.weekday() - f.weekday) % 7
        if f.mod == 1:
            return (published + timedelta(days=(7 - back) % 7 or 7)).isoformat()
        if f.mod == -1 and back == 0:
            back = 7
        return (published - timedelta(days=back)).isoformat()
    if f.rel == "month":
        y, m = _add_months(published, f.offset)
        return _iso(y, m, f.d)
    if f.rel == "year":
        return _iso(published.year + f.offset)
    return None


def find_dates(text: str, published: date | None, article: str = "") -> list[DateMention]:
    """Date expressions of an article's cleaned text, placed in time where they can be."""
    return [
        DateMention(article, f.start, f.end, text[f.start : f.end], resolve(f, published))
        for f in scan(text)
    ]
