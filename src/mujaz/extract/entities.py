"""A story's entities: tagged mentions spread across its sources, then merged by alias.

Mentions come from the tagger article by article. Within a story two things improve them:

    consistency   a name tagged confidently in one source counts wherever the story's other
                  sources write it (the tagger sees one sentence; the story sees them all)
    aliases       mentions of one thing merge into one entity:
                  - spelling: matching keys (أشتون/آشتون), a final ا/ة/ه (سوريا/سورية),
                    compound names written apart or joined (عبد الناصر/عبدالناصر) and long
                    vowels inside a rare word (الأمريكي/الأميركي; جان/جون إيف لودريان when the
                    rest of the name agrees)
                  - a curated table for organisations and groups (داعش = تنظيم الدولة …),
                    `mujaz/data/aliases.tsv`
                  - a partial person name resolved to the one full name that contains it
                    (كارتر → آشتون كارتر; سلطان القرشي → سلطان بن عاطي القرشي), never when
                    two full names do, nor a father's name (نايف بن عبدالعزيز in محمد بن
                    نايف بن عبدالعزيز)

Near-misses stay apart: كيري and كيربي differ by a consonant, not a vowel.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from mujaz.arabic.clean import word_zipf
from mujaz.arabic.normalize import matching_key
from mujaz.extract.dates import HIJRI_MONTHS, MODIFIERS, MONTHS, WEEKDAYS
from mujaz.extract.figures import is_currency
from mujaz.extract.numbers import fold
from mujaz.model import Entity, Mention

CONFIDENT_TIMES = 2  # a one-word name must be tagged this often in a story to be spread,
CONFIDENT_SHARE = 0.15  # … and at this share of the places the story writes it, at least
RARE_ZIPF = 3.5  # a word rarer than this may be a spelling variant of another by its vowels
_LONG_VOWELS = str.maketrans("", "", "اوي")

# "His Highness", "His Excellency": a pronoun that stands for a dignitary, with the honorifics
# and titles of the dignitaries it may stand for (never a name itself)
HONORIFIC_PRONOUN_TITLES = [
    ("سموه", ["الأمير", "سمو", "ولي", "أمير"]), ("سموها", ["الأميرة", "سمو"]),
    ("معاليه", ["معالي", "وزير", "الوزير", "رئيس"]), ("معاليها", ["معالي", "وزيرة"]),
    ("فضيلته", ["فضيلة", "الشيخ", "الإمام", "المفتي", "القاضي"]),
    ("سعادته", ["سعادة", "السفير", "اللواء", "العميد", "الدكتور"]),
    ("سعادتها", ["سعادة", "السفيرة", "الدكتورة"]), ("جلالته", ["جلالة", "الملك"]),
    ("دولته", ["دولة", "رئيس"]), ("سماحته", ["سماحة", "الشيخ", "المفتي"]),
]
HONORIFIC_PRONOUNS = tuple(pronoun for pronoun, _ in HONORIFIC_PRONOUN_TITLES)  # as written


@dataclass(slots=True)
class _Group:
    """Mentions being merged into one entity."""

    forms: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    articles: dict[str, None] = field(default_factory=dict)
    canonical: str = ""
    fixed_type: str = ""


_COMPOUND_HEADS = frozenset(("عبد", "العبد", "ابو"))  # written apart or joined: عبد الناصر


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The matching key of a name: spelling normalised, a compound name joined (عبد الناصر العبد
    اللطيف = عبدالناصر العبداللطيف), a final ا/ه folded (سوريا/سورية).
    Cached: a story compares every speaker with every entity's names."""
    words: list[str] = []
    for w in matching_key(text).split():
        if words and words[-1] in _COMPOUND_HEADS:
            w = words.pop() + w
        words.append(w)
    return " ".join(w[:-1] if len(w) > 3 and w[-1] in "اه" else w for w in words)


@cache
def alias_table() -> dict[str, tuple[str, str]]:
    """name key → (canonical name, type), from the shipped curated table."""
    table: dict[str, tuple[str, str]] = {}
    text = resources.files("mujaz").joinpath("data/aliases.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, kind, aliases = line.split("\t")
        for name in [canonical, *aliases.split("|")]:
            table[name_key(name)] = (canonical, kind)
    return table


def spread_mentions(
    texts: Mapping[str, str], mentions: Mapping[str, Sequence[Mention]]
) -> dict[str, list[Mention]]:
    """Each article's mentions plus the story's confident names wherever else they appear.

    Confident: a name of two words or more, or one tagged `CONFIDENT_TIMES` times in the story
    and at `CONFIDENT_SHARE` of the places the story writes it: the tagger finds a real name at
    a good share of its places, while a word it took for a name in a few sentences of a story
    of 180 articles (الإرهابي; خالص, a town, of «بخالص العزاء») is written there many more
    times as the word it is.
    An occurrence may carry a clitic (وكيري); one inside a longer tagged mention is not added.
    """
    counts = Counter((m.text, m.type) for ms in mentions.values() for m in ms)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for (text, kind), n in counts.items():
        types[text][kind] += n
    tagged = {text: sum(kinds.values()) for text, kinds in types.items()}
    candidates = [t for t, n in tagged.items() if len(t.split()) > 1 or n >= CONFIDENT_TIMES]
    if not candidates:
        return {a: list(ms) for a, ms in mentions.items()}
    names = sorted(candidates, key=len, reverse=True)
    places = {article: _occurrences(text, names) for article, text in texts.items()}
    written = Counter(name for found in places.values() for _, _, name in found)
    confident = {
        text: types[text].most_common(1)[0][0]
        for text in candidates
        if len(text.split()) > 1 or tagged[text] >= CONFIDENT_SHARE * written[text]
    }
    spread: dict[str, list[Mention]] = {}
    for article in texts:
        found = list(mentions.get(article, ()))
        covered = sorted((m.start, m.end) for m in found)
        for start, end, name in places[article]:
            if name not in confident or any(a < end and start < b for a, b in covered):
                continue
            found.append(Mention(article, start, end, name, confident[name]))
            covered.append((start, end))
        spread[article] = sorted(found, key=lambda m: m.start)
    return spread


_NAME_CLITICS = "وفبلك"


def _occurrences(text: str, names: Sequence[str]) -> list[tuple[int, int, str]]:
    """Where `names` stand in `text` as words of their own, maybe after one or two clitic
    letters (وكيري، فبكيري), left to right without overlap: at each place the most clitic
    letters, then the earliest name of `names`, as the regular expression
    `(?<![\\w\u0640])(?:[وفبلك]{1,2})?(name|…)(?!\\w)` would find them. Searched name by
    name with `str.find`: compiling that expression for every story cost more than the search."""
    candidates: dict[int, tuple[int, int, int, str]] = {}  # match start → its best reading
    for rank, name in enumerate(names):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if end == len(text) or not _is_word(text[end]):
                for cut in (2, 1, 0):
                    start = at - cut
                    if start < 0 or any(c not in _NAME_CLITICS for c in text[start:at]):
                        continue
                    if start and (_is_word(text[start - 1]) or text[start - 1] == "\u0640"):
                        continue
                    best = candidates.get(start)
                    if best is None or (-cut, rank) < (-best[0], best[1]):
                        candidates[start] = (cut, rank, end, name)
            at = text.find(name, at + 1)
    out = []
    last_end = 0
    for start in sorted(candidates):
        cut, _, end, name = candidates[start]
        if start >= last_end:
            out.append((start + cut, end, name))
            last_end = end
    return out


def _is_word(char: str) -> bool:
    """A character `\\w` matches in a regular expression."""
    return char.isalnum() or char == "_"


def story_entities(mentions: Iterable[Mention], article_order: Sequence[str]) -> list[Entity]:
    """The entities of a story from all its mentions, aliases merged, most reported first."""
    groups: dict[str, _Group] = {}
    table = alias_table()
    mentions = list(mentions)
    names = {name_key(_strip_clitic(m.text.strip())) for m in mentions}
    for m in mentions:
        surface = _without_trailing_place(_strip_clitic(m.text.strip()), names)
        key = name_key(surface)
        if len(key.replace(" ", "")) < 2 or not _party(surface, key):
            continue
        if m.type == "LOCATION" and _word_with_pronoun(surface):
            continue
        canonical, fixed = table.get(key, ("", ""))
        group_key = name_key(canonical) if canonical else key
        group = groups.setdefault(group_key, _Group(canonical=canonical, fixed_type=fixed))
        group.forms[surface] += 1
        group.types[m.type] += 1
        group.articles[m.article] = None
    _merge_spellings(groups)
    _merge_partial_names(groups)
    order = {a: i for i, a in enumerate(article_order)}
    entities = [_entity(g, order) for g in groups.values()]
    entities.sort(key=lambda e: (-len(e.articles), -e.mentions, e.name))
    return entities


_GOD = frozenset(name_key(w) for w in ("الله", "بالله", "والله", "لله", "ولله", "فالله"))
# the blessings that follow a name: رحمه الله، حفظه الله، أيده الله، رعاه الله …
# (on name keys: matching keys with a final ا/ه folded, so رحمه → رحم and رعاه → رعا)
_BLESSING = re.compile(
    r"^(?:ي?رحم|ي?حفظ|ايد|يويد|يؤيد|ي?رعا|ي?وفق|ي?سدد|سلم|ي?تقبل|غفر)(?:ه|هم|هما|ك|كم)?$"
)


_HONORIFIC_NAMES = frozenset(
    name_key(w) for w in [*HONORIFIC_PRONOUNS, "معالي", "سمو", "فضيلة", "سعادة", "جلالة", "سماحة"]
)


def _party(surface: str, key: str) -> bool:
    """Whether a name can be a party to a story: God (in رحمه الله، حفظه الله, so named in
    most Saudi articles), such a blessing itself, which the tagger sometimes marks, a phrase
    that opens with God's name (الله عز وجل، لله الحمد), an honorific alone (معاليه، سموه), a
    currency alone (ريال، دولار: the unit of a figure) and a month or weekday, alone or with
    الجاري، الماضي … (شوال الجاري), are not."""
    words = key.split()
    if words and words[-1] in _GOD and all(_BLESSING.match(w) for w in words[:-1]):
        return False
    if (words and words[0] in _GOD) or key in _HONORIFIC_NAMES:
        return False
    first, *rest = surface.split() or [""]
    if _calendar_word(first) and all(fold(w) in MODIFIERS for w in rest):
        return False  # شوال، شوال الجاري: a date
    return not (" " not in surface and is_currency(surface))


COMMON_ZIPF = 4.5  # a word this frequent in news is a word, whatever a pronoun on it spells


def _word_with_pronoun(surface: str) -> bool:
    """A "place" that is a common word with the pronoun ـه on it (بيانه "his statement", لونه),
    which the gazetteer's town written with ة (بيانة) matched: the matching keys fold ة into ه.
    A town news writes with ه now and then (جده for جدة) stays: its ة spelling is the commoner."""
    if " " in surface or not surface.endswith("ه"):
        return False
    zipf = word_zipf()
    stem = surface[:-1]
    return zipf.get(stem, 0.0) >= COMMON_ZIPF and zipf.get(surface, 0.0) > zipf.get(stem + "ة", 0.0)


_GIVEN_NAMES = frozenset(fold(w) for w in ("رجب", "رمضان", "شعبان"))  # months and men's names


def _calendar_word(word: str) -> bool:
    """A month (شوال، أغسطس) or a weekday alone: a date the tagger took for a name; the Hijri
    months that are men's names too (رجب، رمضان، شعبان) are left to the tagger."""
    key = fold(word)
    return key in MONTHS or key in WEEKDAYS or (key in HIJRI_MONTHS and key not in _GIVEN_NAMES)


def resolve_name(name: str, entities: Sequence[Entity]) -> str:
    """The entity a name (a quote's speaker, say) refers to: its canonical name, if one entity
    has it as name or alias or contains it as a partial name; the name itself otherwise."""
    key = name_key(_strip_clitic(name))
    if key in alias_table():
        key = name_key(alias_table()[key][0])
    holders = [e for e in entities if key in {name_key(n) for n in [e.name, *e.aliases]}]
    if not holders and key:
        words = set(key.split())
        holders = [
            e for e in entities
            if e.type == "PERSON" and words < set(name_key(e.name).split())
            and not only_as_fathers_name(key, name_key(e.name).split())
        ]
    return holders[0].name if len(holders) == 1 else name


_FATHER_LINKS = frozenset(name_key(w) for w in ["بن", "ابن", "بنت"])


def only_as_fathers_name(key: str, name_words: Sequence[str]) -> bool:
    """Whether a one-word name occurs in a full name only as the father's, after بن and before
    the family name: عبدالعزيز alone is not خالد بن عبدالعزيز الفالح (but بن لادن's لادن is the
    family's). `key` and `name_words` are keyed alike (`name_key` or `matching_key`)."""
    places = [i for i, w in enumerate(name_words) if w == key]
    return " " not in key and bool(places) and all(
        0 < i < len(name_words) - 1 and name_words[i - 1] in _FATHER_LINKS for i in places
    )


def _strip_clitic(name: str) -> str:
    """وجون كيري → جون كيري, لداعش → داعش: only when the rest is a known name key or the first
    letter cannot start this name (the tagger usually strips clitics already); للأمم المتحدة →
    الأمم المتحدة, as ل before ال drops its alif and no name begins so (للاذقية → اللاذقية: the
    form news writes more often)."""
    if name and name[0] in "وفبلك" and name_key(name[1:]) in alias_table():
        return name[1:]
    first, _, rest = name.partition(" ")
    if first.startswith("لل") and len(first) > 4:
        zipf = word_zipf()
        first = max("ال" + first[2:], "الل" + first[2:], key=lambda w: zipf.get(w, 0.0))
        return f"{first} {rest}" if rest else first
    return name


def _without_trailing_place(name: str, names: set[str]) -> str:
    """فهد بالهفوف → فهد: a name the tagger ran into a place after it, whose last word is a
    preposition or conjunction and another name of the story (مستشفى الملك فهد بالهفوف)."""
    words = name.split()
    if len(words) < 2:
        return name
    last = words[-1]
    for cut in (1, 2):
        if all(c in _NAME_CLITICS for c in last[:cut]) and name_key(last[cut:]) in names:
            return " ".join(words[:-1])
    return name


def _skeleton(word: str) -> str:
    """A word without its inner long vowels: spelling variants of foreign names share it."""
    if len(word) < 3:
        return word
    return word[0] + word[1:-1].translate(_LONG_VOWELS) + word[-1]


def _same_spelling(a: str, b: str) -> bool:
    """Two name keys that spell one name: word by word equal, or differing in long vowels only
    where the word is rare (محمد/محمود are two names; الأمريكي/الأميركي one), or where at least
    two other words of a longer name agree (جان/جون إيف لودريان)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return a == b
    zipf = word_zipf()
    agreeing = sum(x == y for x, y in zip(wa, wb, strict=True))
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if _skeleton(x) != _skeleton(y) or len(x) < 3:
            return False
        rare = min(zipf.get(x, 0.0), zipf.get(y, 0.0)) < RARE_ZIPF
        if not rare and agreeing < 2:
            return False
    return True


def _merge_spellings(groups: dict[str, _Group]) -> None:
    keys = sorted(groups, key=lambda k: -sum(groups[k].forms.values()))
    by_shape: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key in keys:
        shape = (len(key.split()), " ".join(_skeleton(w) for w in key.split()))
        for other in by_shape[shape]:
            if other in groups and _same_spelling(key, other) and _compatible(groups, key, other):
                _absorb(groups, other, key)
                break
        else:
            by_shape[shape].append(key)


def _merge_partial_names(groups: dict[str, _Group]) -> None:
    """A shorter person name joins the one longer person name of the story that contains it
    (`_part_of`): كارتر joins آشتون كارتر; سلطان القرشي and سلطان عاطي القرشي join سلطان بن
    عاطي القرشي, and then القرشي does too. Longer names are merged first, so the forms of one
    person's name do not count as several people to a shorter one."""
    people = [k for k in groups if _main_type(groups[k]) == "PERSON"]
    for key in sorted(people, key=lambda k: -len(k.split())):
        words = key.split()
        containing = [
            k for k in people
            if k != key and k in groups and len(k.split()) > len(words)
            and _part_of(k.split(), words)
        ]
        if len(containing) == 1 and key in groups:
            _absorb(groups, containing[0], key)


def _part_of(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Whether `shorter` names the person `longer` names: a run of its words (كارتر in آشتون
    كارتر; not كيري in جون كيربي), but not the father's name that follows بن (عبدالعزيز in
    خالد بن عبدالعزيز الفالح, نايف بن عبدالعزيز in محمد بن نايف بن عبدالعزيز; the family name
    that ends a name is one: لادن in أسامة بن لادن); or, of two words or more, its first and
    last words with some of those between left out (سلطان القرشي in سلطان بن عاطي القرشي), as
    a name drops the father's and grandfather's names."""
    n = len(shorter)
    for i in range(len(longer) - n + 1):
        if list(longer[i : i + n]) != list(shorter):
            continue
        fathers = i > 0 and longer[i - 1] in _FATHER_LINKS
        if not fathers or (n == 1 and i == len(longer) - 1):
            return True
    if n < 2 or shorter[0] != longer[0] or shorter[-1] != longer[-1]:
        return False
    rest = iter(longer[1:-1])
    return all(w in rest for w in shorter[1:-1])  # in order: a subsequence


def _compatible(groups: dict[str, _Group], a: str, b: str) -> bool:
    ta, tb = _main_type(groups[a]), _main_type(groups[b])
    return ta == tb or "MISC" in (ta, tb)


def _absorb(groups: dict[str, _Group], into: str, key: str) -> None:
    target, source = groups[into], groups.pop(key)
    target.forms.update(source.forms)
    target.types.update(source.types)
    target.articles.update(source.articles)
    target.canonical = target.canonical or source.canonical
    target.fixed_type = target.fixed_type or source.fixed_type


def _main_type(group: _Group) -> str:
    return group.fixed_type or group.types.most_common(1)[0][0]


def _entity(group: _Group, order: Mapping[str, int]) -> Entity:
    """Name: the table's canonical name, else the fullest form most often written, its words
    counted as names count them (عبد الله is one name, so إيفا عبدالله is the fuller)."""
    forms = group.forms
    name = group.canonical or max(
        forms, key=lambda f: (len(name_key(f).split()), forms[f], -len(f))
    )
    aliases = sorted((f for f in forms if f != name), key=lambda f: -forms[f])
    articles = sorted(group.articles, key=lambda a: order.get(a, len(order)))
    return Entity(name, _main_type(group), aliases, sum(forms.values()), articles)
