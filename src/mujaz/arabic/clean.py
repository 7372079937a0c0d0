"""Web debris out, content kept: what scraping leaves in Arabic news text.

The cascade, line by line:
1. characters: HTML entities decoded, stray `&` (the remains of stripped `&nbsp;`) dropped,
   zero-width marks and non-breaking spaces made plain;
2. page code: a run of script or style code inside a line (a poll's jQuery and CSS, scraped
   with the text around it) is dropped, so the line's Arabic is kept; so are a photo
   gallery's buttons that open a line (Next Previous);
3. boilerplate lines: comment sections (a lone «التعليقات» and everything after it), "read
   also" links and links back to the page (رابط الخبر بصحيفة …:), source credits (المصدر : …),
   share/print prompts, a page's tags (سمات …); a link back or tags glued to the last sentence
   too;
4. captions: lines in another language (an English photo caption) and short Arabic lines that
   end in an agency credit in parentheses are moved to `captions`, out of the sentences;
5. spacing: a space restored after a comma or full stop glued to the next word, and a line break
   after a dateline run into the lead (فايز الأسمري- سبق- الرياض: وقع …), which is no sentence;
6. glued words: an unknown token that is two frequent words stuck together is split.

Every step removes or inserts whitespace and markup only; no word of the article is changed.
A title loses a news agency's section label and continuation note (`clean_title`).
"""

from __future__ import annotations

import html
import itertools
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from mujaz.arabic.normalize import arabic_letter_ratio, matching_key
from mujaz.arabic.stem import STOPWORDS

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_INVISIBLE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": None,
        "\u200e": None,
        "\u200f": None,
        "\u202a": None,
        "\u202b": None,
        "\u202c": None,
        "\u202d": None,
        "\u202e": None,
        "\ufeff": None,
        "\r": None,
        "\t": " ",
    }
)

_AR = "\u0621-\u064a\u0671-\u06d3"
CODE_CHARS = 60  # a run without Arabic this long may be code, if it has code's punctuation
CODE_MARKS = 4  # … this many braces, semicolons or function calls at least
_COMMENTS = re.compile(r"^(?:ال)?تعليقات(?:\s*\(\d+\))?\s*:?$|^أضف تعليق[اً]*$|^اترك تعليق[اً]*$")
_LINK_BACK = r"(?:رابط الخبر|رابط المقال|الرابط المختصر|رابط مختصر)[^:\n]{0,40}:"  # …بصحيفة الوئام:
_BOILERPLATE = re.compile(
    r"^(?:(?:اقرأ|إقرأ|اقرا|إقرا)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)"
    r"|(?:المصدر|مصدر الخبر)\s*[:：]"
    r"|(?:شارك|شاركها|شارك الخبر|طباعة|أرسل لصديق|تابعونا|للمزيد من الأخبار)\s*(?::|$)"
    r"|(?:كلمات|الكلمات)\s+(?:دلالية|مفتاحية)\s*:"
    rf"|{_LINK_BACK}"
    r")"
)
# a page's list of tags: «سمات الجوازات وافدون وثيقة سفر» (no punctuation: a list, not a sentence
# that begins with the word سمات, "traits")
_TAGS = re.compile(r"^(?:سمات|الوسوم|وسوم)\s*:?\s+[^.،,؛؟!:]+$")
# … or glued to the article's last sentence: «… ولله الحمد. سمات عسير قوة الطوارئ مصابين»
_TRAILING_TAGS = re.compile(r"(?<=[.!؟\"”»])\s+((?:سمات|الوسوم|وسوم)\s*:?\s+[^.،,؛؟!:]+)$")
# … and so is a link back to the page with its title: «… في ختام التعاملات. رابط الخبر بصحيفة
# الوئام: النفط يتراجع نحو 1 %»
_TRAILING_LINK = re.compile(rf"\s({_LINK_BACK}[^\n]*)$")
# a dateline run into the lead: «فايز الأسمري- سبق- الرياض: وقع رئيس …» (names, outlet, place:
# short parts between dashes, then a colon, and no function word, which a sentence with an aside
# between dashes has: «وأوضح المدير - في تصريح - أن: …»); it goes on a line of its own
_WORD = re.compile(r"[^\W\d_]+")
_DATELINE_PART = r"[^\W\d][^\s:\-–()«»\"]*(?:\s+[^\s:\-–()«»\"]+){0,2}"  # up to 3 words
_GLUED_DATELINE = re.compile(
    rf"^((?:{_DATELINE_PART}\s*[-–]\s*){{1,3}}{_DATELINE_PART}:)\s*(?=\S.{{40}})"
)
_SLIDER = re.compile(r"(?:Next\s+Previous|Previous\s+Next)(?:\s+|$)")
_CREDIT = re.compile(r"^(?:المصدر|مصدر الخبر)\s*[:：]\s*(.{1,60})$")
_AGENCY_CREDIT = re.compile(r"\((?:[^()\d]{2,30})\)\s*$")
_SENTENCE_END = re.compile(r"[.!?؟؛:…»\"]\s*$")
_GLUED_PUNCT = re.compile(rf"([{_AR}])([،,؛])(?=[{_AR}])|([{_AR}]{{2}})\.(?=[{_AR}]{{2}})")
_SPACES = re.compile(r"[ \u2000-\u200a]{2,}")
# a run of code: nothing of the Arabic block (letters, marks, ؟ ،) for CODE_CHARS characters
# or more, with code's punctuation
_NON_ARABIC_RUN = re.compile(rf"[^\u0600-\u06ff\n]{{{CODE_CHARS},}}")
_LEADING_PUNCT = re.compile(r"[\s؟.!،؛:]*")
_CODE_MARK = re.compile(r"[{};]|function\s*\(|jQuery|\$\(")
# an empty script comment, what a page's hidden e-mail address leaves: «[email protected] /* */»
_EMPTY_CODE_COMMENT = re.compile(r"\s*/\*\s*\*/")
_BLANKS = re.compile(r"\n{3,}")


@dataclass(slots=True)
class CleanText:
    """Cleaned article text and what was taken out of it."""

    text: str
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    credit: str | None = None
    glued: list[tuple[str, str]] = field(default_factory=list)


# a news agency's section label before a title (عام / …، اقتصادي / …) and its note that a
# story continues an earlier dispatch after it (… / إضافة أولى واخيرة)
_TITLE_SECTION = re.compile(
    r"^(?:عام|محلي|دولي|عربي|سياسي|اقتصادي|إقتصادي|ثقافي|رياضي|اجتماعي|صحي|تقرير)\s*/\s+"
)
_TITLE_ADDITION = re.compile(r"\s*/\s*[إا]ضافة(?:\s+\S+){1,3}\s*$")


def clean_title(title: str) -> str:
    """A title with its HTML entities decoded (&quot;فنون أبها&quot; → "فنون أبها") and without a
    news agency's section label and continuation note: «اقتصادي / النفط يتعافى …» → «النفط
    يتعافى …»."""
    title = _SPACES.sub(" ", decode_entities(title)).strip()
    return _TITLE_ADDITION.sub("", _TITLE_SECTION.sub("", title)) or title


def source_credit(text: str) -> str | None:
    """The outlet named by a closing credit line (المصدر : الجزيرة), if the text has one."""
    for line in reversed(text.strip().split("\n")[-5:]):
        m = _CREDIT.match(line.strip())
        if m:
            return m.group(1).strip()
    return None


def decode_entities(text: str) -> str:
    """Decode HTML entities, drop stray `&`, and make invisible characters plain."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        text = text.replace("&", " ")
    return text.translate(_INVISIBLE)


def is_foreign_line(line: str) -> bool:
    """A line mostly in another script (an English caption, a credit line)."""
    if not _NON_ARABIC_LETTER.search(line):
        return False  # the usual line: every letter in it is Arabic
    return sum(map(str.isalpha, line)) >= 3 and arabic_letter_ratio(line) < 0.5


_NON_ARABIC_LETTER = re.compile(r"[^\W\d_\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")


def is_arabic_caption(line: str) -> bool:
    """A short Arabic line with no sentence end that closes on an agency credit: (رويترز)."""
    words = line.split()
    return (
        2 <= len(words) <= 40
        and _AGENCY_CREDIT.search(line) is not None
        and _SENTENCE_END.search(line[: _AGENCY_CREDIT.search(line).start()]) is None
    )


def clean_text(raw: str, *, repair_glued: bool = True) -> CleanText:
    """Clean one article's raw text (see the module docstring for the cascade)."""
    text = decode_entities(raw)
    out = CleanText(text="")
    kept: list[str] = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", _without_code(line, out.removed)).strip()
        if slider := _SLIDER.match(line):  # a photo gallery's buttons, then the dateline
            out.removed.append(slider.group().strip())
            line = line[slider.end() :]
        if not line:
            kept.append("")
            continue
        if _COMMENTS.match(line):
            out.removed.append(line)
            break  # what follows a comments heading is readers' comments
        if _BOILERPLATE.match(line) or _TAGS.match(line):
            credit = _CREDIT.match(line)
            if credit:
                out.credit = credit.group(1).strip()
            out.removed.append(line)
            continue
        if is_foreign_line(line) or is_arabic_caption(line):
            out.captions.append(line)
            continue
        line = _GLUED_PUNCT.sub(_space_after_punct, line)
        if repair_glued:
            line = _repair_glued_words(line, text, out.glued)
        kept.append(line)
    first = next((i for i, line in enumerate(kept) if line), None)
    dateline = _GLUED_DATELINE.match(kept[first]) if first is not None else None
    if dateline and not any(
        matching_key(w) in STOPWORDS for w in _WORD.findall(dateline.group(1))
    ):
        kept[first] = dateline.group(1) + "\n" + kept[first][dateline.end() :]
    last = next((i for i in range(len(kept) - 1, -1, -1) if kept[i]), None)
    for trailing in (_TRAILING_LINK, _TRAILING_TAGS):
        found = trailing.search(kept[last]) if last is not None else None
        if found:
            out.removed.append(found.group(1))
            kept[last] = kept[last][: found.start()]
    out.text = _BLANKS.sub("\n\n", "\n".join(kept)).strip()
    return out


WRAP_MAX_WIDTH = 160  # a text wrapped at a fixed width wraps well under this many characters
WRAPPED_SHARE = 0.8  # ... and nearly every line break of it leaves no room for the next word
_PROSE_STOP = re.compile(r"[.!?؟]")
_ITEM = re.compile(r"(?:[-*•·–—]|\d{1,3}[.)\-])\s")  # a list item's bullet or number


def unwrap_hard_wrapped(text: str) -> str:
    """The text with the line breaks of a hard-wrapped file (text filled to a fixed width, as
    old text files and e-mails are) turned into spaces, so that a line break still ends a
    sentence where the writer put one.

    A file is hard-wrapped when no line is longer than WRAP_MAX_WIDTH characters and nearly
    every line followed by another (not indented) leaves no room for that line's first word:
    greedy filling made the break, not the writer. Verse and lists leave room; a text with no
    full stop at all (a poem) is not taken for wrapped prose either. A blank line, an indented
    line, a list item (a bullet or a number) and a line ending short of the width start or end a
    paragraph and are kept.
    """
    lines = [line.rstrip() for line in text.split("\n")]
    if sum(bool(line) for line in lines) < 4 or not _PROSE_STOP.search(text):
        return text
    width = max(len(line) for line in lines)
    if width > WRAP_MAX_WIDTH:
        return text
    pairs = list(itertools.pairwise(lines))
    goes_on = [  # the next line may go on with this one: neither blank, indented nor an item
        bool(a) and bool(b) and not b[0].isspace() and not _ITEM.match(b) for a, b in pairs
    ]
    joins = [
        on and len(a) + 1 + len(b.split()[0]) > width
        for on, (a, b) in zip(goes_on, pairs, strict=True)
    ]
    if sum(goes_on) < 3 or sum(joins) < WRAPPED_SHARE * sum(goes_on):
        return text
    return lines[0] + "".join(
        (" " if join else "\n") + b for join, (_, b) in zip(joins, pairs, strict=True)
    )


def without_code(text: str) -> str:
    """The text without runs of page code (see `_without_code`): what the language check of an
    input must look at, since a poll's script is no language of the article."""
    if "{" not in text and ";" not in text:
        return text
    return "\n".join(_without_code(line, []) for line in text.split("\n"))


def _without_code(line: str, removed: list[str]) -> str:
    """The line without runs of script or style code (a poll's jQuery scraped with the text);
    the runs go to `removed`. Prose in another language has no braces or semicolons."""
    if "/*" in line:
        line = _EMPTY_CODE_COMMENT.sub("", line)
    if "{" not in line and ";" not in line:
        return line

    def drop(m: re.Match[str]) -> str:
        if len(_CODE_MARK.findall(m.group())) < CODE_MARKS:
            return m.group()
        lead = _LEADING_PUNCT.match(m.group()).group()  # the sentence's own ؟ or .
        removed.append(m.group()[len(lead) :].strip())
        return lead + " "

    return _NON_ARABIC_RUN.sub(drop, line)


def _space_after_punct(m: re.Match[str]) -> str:
    if m.group(1):
        return f"{m.group(1)}{m.group(2)} "
    return f"{m.group(3)}. "


_LONG_WORD = re.compile(rf"[{_AR}]{{5,}}")
_UNSPLIT: set[str] = set()  # words already found not to be glued: most of any corpus


def _repair_glued_words(line: str, article: str, log: list[tuple[str, str]]) -> str:
    """Split the glued words of one line; `article` is the whole text, to count repeats.

    A candidate that occurs twice or more in its article is a name or a real word the writer
    uses (كانتونال، لندنستان): scraping glue is accidental and rarely repeats exactly. Only
    a function word on the left (أوالتمييز) or two common halves are trusted when repeated.
    """
    candidates = set(_LONG_WORD.findall(line)) - _UNSPLIT
    fixes: dict[str, str] = {}
    for word in candidates:
        split = split_glued(word)
        if split is None:
            if len(_UNSPLIT) > 2_000_000:
                _UNSPLIT.clear()  # bound the memory of a long-running process
            _UNSPLIT.add(word)
            continue
        if _may_be_a_name(split) and _occurrences(article, word) > 1:
            continue
        fixes[word] = " ".join(split)
    if not fixes:
        return line

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        fixed = fixes.get(word)
        if fixed is None:
            return word
        log.append((word, fixed))
        return fixed

    return _LONG_WORD.sub(fix, line)


def _may_be_a_name(split: tuple[str, str]) -> bool:
    """Whether a repeated candidate could be one real word: not when a function word leads
    (أوالتمييز) or both halves are common words (الولاياتالمتحدة)."""
    zipf = word_zipf()
    left, right = split
    return left not in _SHORT_LEFT and min(zipf.get(left, 0), zipf.get(right, 0)) < 4.5


def _occurrences(text: str, word: str) -> int:
    return len(re.findall(rf"(?<![{_AR}]){word}(?![{_AR}])", text))


# --- glued-word repair ----------------------------------------------------------------------
# wordfreq is the right tool here: it knows the frequency of Arabic surface forms (with their
# clitics), which is what a split must be judged on. Glued tokens are themselves absent or very
# rare in it (الولاياتالمتحدة has zipf 1.2, العراقوسوريا 0).

KNOWN_ZIPF = 2.0  # a token at least this frequent is a word and is never split
PART_ZIPF = 3.0  # both halves of a split must be at least this frequent ...
ANCHOR_ZIPF = 5.0  # ... and one of them very frequent, unless the right half starts with ال
ARTICLE_PAIR_ZIPF = 8.5  # ... or the left one does and the two are common together
SHORT_PART_ZIPF = 4.0  # a four-letter half below this is suspect (see _name_fragments)
STUB_ZIPF = 6.0  # an article + two letters (الان) is a stub unless this common (الله، التي)
MIN_GLUED = 5  # shorter tokens are left alone
MIN_STEM = 3  # a word form needs a known stem this long: shorter ones match by chance

# Clitics that may lead an Arabic word and endings that may close it (inflection, nisba,
# pronoun): a token built from a known word with them is a word form, never glue.
_PREFIXES = (
    "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وك", "وس", "فب", "فل", "فس", "ال", "وال", "فال",
    "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال", "وكال",
)
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ني", "ي")
_ENDINGS = ("ات", "ان", "ين", "ون", "وا", "ت", "تم", "تن", "ن", "ة", "ي", "ية", "يات", "يين", "يون")
_SUFFIXES = frozenset([*_PRONOUNS, *_ENDINGS, *(e + p for e in _ENDINGS for p in _PRONOUNS)])
_LONGEST_SUFFIX = max(map(len, _SUFFIXES))
_ALEFS = str.maketrans("أإآ", "ااا")

# Halves that are clitics, inflection endings or name builders, not free words: a cut there
# splits a real word (والحرفيات, مستوياتهما) or a name conventionally written joined (عبدالله,
# للعبداللات). Name builders count with any clitic in front of them.
_NOT_LEFT = frozenset(
    [
        "ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل", "وب", "ول", "وك", "فب", "فل", "سي",
        "ست", "سن", "سا", "ليس", "ليست", "وليس", "وليست",
    ]
)
_NAME_BUILDERS = frozenset(["عبد", "عبدا", "أبو", "ابو", "بو", "بن"])
_NOT_RIGHT = frozenset(
    [
        "انها", "انه", "انهم", "اني", "انهما", "تهما", "تهم", "يتهم", "يته", "واتهم", "ولهم",
        "وهما", "وهم", "اتهم", "اتها", "اته", "اتنا", "الله", "ليس", "وليس",
    ]
)
# A half of two or three letters must be a free function word. On the left it must also be
# followed by an ال word, or be three letters long before a common word (عبر+وزير): فيتعلم،
# كمطلب، معولم read as في/كم/مع + word but are one word with a prefix. (في، من، هي، بين، لن
# are not right halves: تحتفي، بورتمن، ينتهي، الكليبين، استغللن end in them.)
_SHORT_LEFT = frozenset([
        "من", "في", "عن", "هو", "هي", "أو", "او", "هذا", "على", "إلى", "الى", "فيه", "عبر", "مع",
        "بين", "منذ", "ذو", "أن", "إن",
    ])
_SHORT_RIGHT = frozenset(
    ["عن", "هل", "أن", "إن", "قد", "إلى", "على", "منذ", "بعد", "قبل", "عند", "ضد"]
)
_ARTICLE_PREFIX = re.compile(r"^[وفبكل]?ال")


@lru_cache(maxsize=1)
def word_zipf() -> dict[str, float]:
    """Zipf frequencies of Arabic words from wordfreq, loaded once (about 0.5 s)."""
    from wordfreq import get_frequency_dict

    return {w: math.log10(f) + 9 for w, f in get_frequency_dict("ar").items()}


def is_word_form(word: str) -> bool:
    """Whether `word` is a known word with clitics in front or endings behind it.

    wordfreq lists the forms it has seen, not every form: معالمهم, فاستقرار, يمكناننا and
    واستغلالية are absent, but معالم+هم, ف+استقرار, يمكن+ان+نا, و+استغلالية are plain words, and
    their pieces (مع+المهم, فاست+قرار) would pass for glue. Glue, by contrast, keeps an unknown
    core however its ends are trimmed (و+قالفالون, ال+عراقوسوريا).
    """
    zipf = word_zipf()
    for p in ("", *(p for p in _PREFIXES if word.startswith(p))):
        for k in range(min(_LONGEST_SUFFIX, len(word) - len(p) - MIN_STEM) + 1):
            if not p and not k:
                continue
            if k and word[-k:] not in _SUFFIXES:
                continue
            stem = word[len(p) : len(word) - k]
            if max(zipf.get(stem, 0.0), zipf.get(_plain_alef(stem), 0.0)) >= PART_ZIPF:
                return True
    return False


def _plain_alef(word: str) -> str:
    """A word-initial أ إ آ written as ا, as writers often do: أنتقد is looked up as انتقد."""
    return word[:1].translate(_ALEFS) + word[1:]


def _is_name_builder(left: str) -> bool:
    """عبد، أبو، بن with or without clitics (للعبد، وأبو): the start of a joined name."""
    return left in _NAME_BUILDERS or any(
        left.startswith(p) and left[len(p) :] in _NAME_BUILDERS for p in _PREFIXES
    )


def _name_fragments(left: str, zl: float, right: str, zr: float) -> bool:
    """Whether a cut looks like it falls inside a transliterated name.

    A four-letter half that is not a common word (جالي، فاين، ستان، لوبي) is trusted only
    beside a long common word (بكسر+النمط، قرأه+الكثير): two short pieces (جالي+سكان،
    لندن+ستان) or a short piece beside a weak one (فاين+الدوم) are the syllables of a name,
    unless the piece shows Arabic morphology: a ة ending (صدقة) or و/ب/ل on a common word
    (لعضو، وشكر). (ف is left out: فا، في، فو open many foreign names.)
    """
    zipf = word_zipf()
    for short, zs, other, zo in ((left, zl, right, zr), (right, zr, left, zl)):
        if len(short) != 4 or zs >= SHORT_PART_ZIPF or (len(other) > 4 and zo >= SHORT_PART_ZIPF):
            continue
        arabic = short.endswith("ة") or (
            short[0] in "وبل" and zipf.get(short[1:], 0.0) >= SHORT_PART_ZIPF
        )
        if not arabic:
            return True
    return False


@lru_cache(maxsize=200_000)
def split_glued(word: str) -> tuple[str, str] | None:
    """Split a token that is two words glued together, or None when it is not.

    A token is split only when it is unknown or very rare (zipf < KNOWN_ZIPF) and not a known
    word with clitics or endings (`is_word_form`), and some cut passes `cut_rejection`: two
    frequent words (zipf >= PART_ZIPF each, and one of them very frequent, or the right one an
    ال word, or the left one an ال word and both common), a half of two or three letters a
    function word (before an ال word, or of three letters before a common word: عبر+وزير),
    one of four letters a common word or beside a long common one, neither half a bare clitic,
    ending or name builder. A rare but attested token (0 < zipf < KNOWN_ZIPF) is split only
    when the two words together are likelier than it under a unigram model (الولاياتالمتحدة,
    zipf 1.2, is attested as scraping debris). Of the possible cuts, the one whose halves are
    jointly most frequent wins.
    """
    if token_rejection(word) is not None:
        return None
    zipf = word_zipf()
    best: tuple[float, int] | None = None
    for i in range(2, len(word) - 1):
        if cut_rejection(word, i) is None:
            score = zipf[word[:i]] + zipf[word[i:]]
            if best is None or score > best[0]:
                best = (score, i)
    return None if best is None else (word[: best[1]], word[best[1] :])


def token_rejection(word: str) -> str | None:
    """Why `word` is not glue whatever the cut (too short, a known word or word form), or None."""
    if len(word) < MIN_GLUED:
        return "too short"
    if word_zipf().get(word, 0.0) >= KNOWN_ZIPF:
        return "known word"
    if is_word_form(word):
        return "word form"
    return None


def _function_word_before(left: str, right: str) -> bool:
    """Whether a half of two or three letters is a free function word before a word."""
    if left not in _SHORT_LEFT:
        return False
    if right.startswith("ال"):
        return True
    return len(left) == 3 and len(right) >= 4 and word_zipf().get(right, 0.0) >= SHORT_PART_ZIPF


def cut_rejection(word: str, i: int) -> str | None:
    """Why `word[:i]` + `word[i:]` is not two glued words, or None when it may be.

    The reasons name the rules, so that a bench can tell which one keeps a true cut out.
    """
    zipf = word_zipf()
    left, right = word[:i], word[i:]
    if left in _NOT_LEFT or right in _NOT_RIGHT or _is_name_builder(left):
        return "clitic, ending or name builder"
    if len(left) <= 3 and not _function_word_before(left, right):
        return "short left half"  # فيتعلم، كمطلب: في/كم + word, but one word with a prefix
    if len(right) <= 3 and right not in _SHORT_RIGHT:
        return "short right half"
    zl, zr = zipf.get(left, 0.0), zipf.get(right, 0.0)
    article = _ARTICLE_PREFIX.match(left)
    stub = len(left) - article.end() if article else None
    if stub is not None and stub <= 2 and zl < STUB_ZIPF and not (
        stub == 2 and right in _SHORT_RIGHT
    ):
        # والت+متين، الان+قيادي: the article and a stub of the word; but a two-letter stub
        # before a function word is a name (فالون+عن), where a one-letter one is a word (بالكهل)
        return "article stub"
    if zl < PART_ZIPF or zr < PART_ZIPF:
        return "rare half"
    if _name_fragments(left, zl, right, zr):
        return "name syllables"
    if max(zl, zr) < ANCHOR_ZIPF and not (
        right.startswith("ال") or (article and zl + zr >= ARTICLE_PAIR_ZIPF)
    ):
        return "no anchor"  # two middling halves: a transliterated name (سيتي+لينك) or a suffix
    if (
        right[0] in "وي"
        and left not in _SHORT_LEFT  # a function word takes no ending: عبر+وزير
        and zipf.get(left + right[0], 0.0) >= KNOWN_ZIPF
        and zipf.get(right[1:], 0.0) >= KNOWN_ZIPF
    ):
        return "و/ي may end the left word"  # خريجو+هذه، الوطني+جني: the cut is ambiguous
    whole = zipf.get(word, 0.0)
    if whole and zl + zr - 9 <= whole:
        return "attested word likelier"
    return None
