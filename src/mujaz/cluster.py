"""Stories: articles about one real-world event, grouped by average linkage with a threshold
that relaxes as the evidence grows, over a similarity weighed by what the titles commit to.

Each article becomes a vector of the salient stems of its title and lead (its first
LEAD_SENTENCES sentences) and of the names the tagger found in its lead, as whole names
(وزير الدفاع آشتون كارتر adds "آشتون كارتر", which two reports of one meeting share and two
company results do not): news is written as an inverted pyramid, the event is named up front
and the body drifts into background that other events share (in trials on our two labeled days,
the whole body merged more unrelated reports than it joined related ones). Weights are sublinear
term frequency times the smoothed IDF of `arabic.frequency`. Two articles' similarity is the
cosine of their vectors, damped as their publication dates move apart (an event is reported over
a few days; a later similar event is another story).

Clues that two reports are of different events. Template news (two companies' quarterly results,
the king's cables to two presidents, teacher interviews in two towns) shares every boilerplate
word and differs only in a name or a figure, which the cosine barely sees. So an article's title
is read for what it commits to: the names in it (any name the tagger found in NAME_ARTICLES
articles of the batch, wherever it occurs, matched with its prefixes ب/ل/و… stripped; a country
named by its adjective after an office, which the tagger does not take for a name (whom a king
receives: وزير الخارجية المصري، الرئيس السوداني; an article that says السوداني mentions
السودان); the names of bodies headed by وزارة، هيئة، جامعة …, which the tagger mostly misses;
and a short name in quotation marks whose words are rare in news, as titles write companies and
products: «سابك», "بترورابغ") and the numbers in it. When each title names something the other
article never mentions (not even spelled a letter apart: هاوارد/هاوورد), or both titles state
numbers and neither article contains any of the other's, the similarity is multiplied by
CONFLICT (once per kind of clue). Reports of one event from different angles pass: their titles
name different people, but each article mentions the other's (on our labeled days, about one
candidate pair in eight with conflicting title names is one event, against more than one in
three overall; names anywhere in the lead conflict within one event too often, as each report
quotes other people). Titles also name different things when they are templates that say the
same of subjects the tagger does not know («كيمانول تعايد منسوبيها», «مكتبة الملك عبدالعزيز
العامة تعايد منسوبيها»): two titles that end alike from a verb in the present tense on
(TEMPLATE_WORDS words or more), whose subjects before it share no word, and neither of whose
articles mentions all of the other's subject; this clue counts as two (CONFLICT squared), as a
template's boilerplate is the whole of what two such articles share, and thirty bodies' Eid
receptions would still be one story. Only pairs that could join a story (at or above the lowest
threshold below) are weighed; the rest count plainly in the averages.

Reprints are not clustered: they join the story of their original, so a wire copy carried by
ten outlets does not weigh ten times in the averages. Articles are merged by average linkage:
two groups merge when the mean similarity across them reaches a threshold, which keeps a chain
of loosely related reports from collapsing into one "topic". For two single articles the
threshold is STORY_SIMILARITY; for larger groups it falls towards LARGE_STORY_SHARE of it as one
over the square root of the number of pairs across them, as the noise of a mean does: one pair
at 0.2 is weak evidence, fifty pairs averaging 0.2 are a story told from many angles (a
minister's visit reported as the talks, the press conference and each side's statement).
Only pairs by two different outlets count as evidence here: one paper's page of Eid receptions
held by thirty agencies is thirty events of one kind, and its pairs say nothing of one event.
The best merge (mean minus its threshold) is made first. The constants were chosen on our three
labeled development days together (`bench/clusters.py`), never per day.

One incident, many reports. A bombing, a crash or a fire is followed by condemnations,
condolences, funerals and the culprit's name, each report told from its own angle (on the day
after the Abha mosque bombing, one story of some 180 articles, whose pairs are far less alike
than those of other stories, though well above unrelated pairs). What they share is the name of
the incident: an incident noun (تفجير، هجوم، حادث، استهداف …, or العمل/العملية with a kind
word: العمل الإرهابي; and قرعة, a draw, whose groups and reactions are reported alike) and the
words after it (تفجير مسجد قوات الطوارئ بعسير), read after the first incident noun of a title
and of a lead, where a report names what it reacts to; words that only say what kind of
incident it was or what it cost (الإرهابي الآثم الذي استهدف) are passed over, not counted among
them. So once stories are linked, a story of INCIDENT_ARTICLES articles or more by
INCIDENT_OUTLETS outlets, at least half of which name an incident, is an incident story; its
words are those that INCIDENT_SHARE of those articles say after their incident noun. Any story
NAMING_SHARE of whose articles name it (half: of the security chiefs' condolences after the
Abha bombing, two of four name the mosque, the others only "the terrorist incident") joins it,
when its dates are within SAME_DAYS of the incident story's and one of its articles says one of
the incident's words after an incident noun; this is repeated as incident stories grow. A
report names the incident when its title and lead share INCIDENT_MATCH of its words that are
rare together in news: the product of the shares of news articles that contain the two rarest
is under JOINTLY_RARE (مسجد and الطوارئ are, سوق الحمراء and بريدة are; تنظيم and داعش, which
reports of a bombing in Suruç say, are not: in a batch of three weeks of news they joined to it
every bombing of its week, as a group or a country in the news every day would). So a funeral
(جثمان الشهيد … الذي استشهد داخل مسجد الطوارئ بعسير) names the incident without an incident
noun, and a reaction names it far after one (الحادث الإجرامي الذي تعرض له رجال الأمن … بمسجد
قوات الطوارئ), while طائرة and منطقة, which a Tokyo crash and a court on a downed airliner both
say, do not make them one incident; nor do a tourism story's سياحة and سكن, which the crash of
a tourist plane in a residential area says, though it says no incident noun. Template news
(thirty bodies' Eid receptions, companies' results) names no incident and is left as the
average linkage made it.

Linkage is computed exactly per connected component of the graph of pairs at or above the
lowest threshold (a merge needs at least one such pair), so the cost follows the size of
stories, not of the corpus; and only articles within the damping window are compared.
"""

from __future__ import annotations

import hashlib
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from mujaz.arabic.frequency import stem_doc_prior
from mujaz.arabic.normalize import matching_key
from mujaz.arabic.segment import tokens
from mujaz.arabic.stem import content_stem, content_stems
from mujaz.extract.entities import name_key
from mujaz.extract.gazetteer import countries
from mujaz.extract.tagger import TITLES
from mujaz.model import Article

STORY_SIMILARITY = 0.3  # mean cosine two single articles need to be one story
LARGE_STORY_SHARE = 0.45  # the threshold for large groups falls towards this share of it
CONFLICT = 0.5  # similarity factor per kind of conflicting clue (title names, title numbers)
NAME_ARTICLES = 2  # a tagged name is looked for in titles once tagged in this many articles
MAX_NAME_WORDS = 4  # longest name looked for in titles
TEMPLATE_WORDS = 2  # words two template titles end with alike, a verb first
SPELLING_LETTERS = 5  # a name's stem this long matches one spelled a letter apart
QUOTED_NAME_WORDS = 2  # a name in quotation marks in a title has this many words at most,
RARE_NAME = 0.01  # each in fewer than this share of news articles
SAME_DAYS = 1  # dates this close are "the same news cycle": no damping
DAMPING_DAYS = 3.0  # beyond that, similarity falls linearly to zero over this many days
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
LEAD_SENTENCES = 3
ENTITY_WEIGHT = 1.0  # per name tagged in the lead, on top of its words' stems
MAX_COMPONENT = 3000  # a larger component is split by raising its threshold
_SPLIT_STEP = 0.05  # how much the threshold rises per attempt to split a large component
_CHUNK = 256  # rows per sparse product: bounds the memory of the candidate search

INCIDENT_ARTICLES = 5  # articles (reprints apart) an incident story needs, from
INCIDENT_OUTLETS = 3  # this many outlets
INCIDENT_SHARE = 0.3  # an incident's words are said after incident nouns in this share of them
INCIDENT_WORDS = 5  # content words after an incident noun that may say which incident it was
INCIDENT_MATCH = 2  # words of an incident (no kind words) a report names it by
NAMING_SHARE = 0.5  # a story joins an incident story when this share of its articles name it
JOINTLY_RARE = 0.003  # the rarest two: the product of their shares of news articles under this
_INCIDENT_PASSES = 5  # joining repeats while incident stories grow, at most this often
# Nouns of sudden, harmful events, which reactions, funerals and inquiries refer back to; and
# of a draw, an event that reports of the groups drawn and of the reactions name the same way.
_INCIDENT_NOUNS = (
    "تفجير تفجيرات انفجار هجوم هجمات اعتداء استهداف حادث حادثة جريمة زلزال حريق تحطم قرعة"
)
# A noun that names an incident only with a kind word after it (العمل الإرهابي، العملية الانتحارية).
_INCIDENT_ACT = "العمل"
# Words after an incident noun that say what kind of incident it was, how it was done, what it
# cost or who claimed it, not which incident it was (a car bomb in Baghdad and one in Diyarbakır
# a few days apart are two incidents).
_INCIDENT_KINDS = (
    "الإرهابي الإرهابية الانتحاري الانتحارية الإجرامي الإجرامية الغاشم الغادر الجبان الآثم "
    "البشع المروع الدامي الأليم الشنيع الدنيء الخسيس الأخير الأخيرة الجديد "
    "سيارة سيارات مفخخة مفخختين ملغومة عبوة عبوات ناسفة حزام قنبلة قنابل صاروخ صواريخ قذيفة "
    "استهدف استهدفت وقع وقعت نفذ أسفر أسفرت أوقع أوقعت هز هزت تبنى تبناه "
    "مقتل مصرع إصابة وفاة قتيل قتيلا قتلى جرحى ضحايا"
)


@lru_cache(maxsize=1)
def incident_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The stems of the incident nouns, of the acts and of the kind words, made when first
    needed: stemming a word that opens with و consults the word frequencies, which import must
    not load."""
    return (
        frozenset(content_stems(_INCIDENT_NOUNS.split())),
        frozenset(content_stems(_INCIDENT_ACT.split())),
        frozenset(content_stems(_INCIDENT_KINDS.split())),
    )


_NUMBER = re.compile(r"[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)*")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789.")
_PROCLITICS = "بلك"  # ب/ل/ك before a name (بالخرج, لروسيا); و/ف may come first
# Heads of the names of bodies (وزارة النقل, هيئة تقويم التعليم, الرئاسة العامة للأرصاد): the
# tagger leaves most such names untagged (its training data tags them O), yet in a title they
# name who acts: thirty agencies' Eid receptions are thirty events.
_MORE_HEADS = "أمانة رئاسة الرئاسة غرفة بلدية مديرية إدارة المؤسسة الهيئة"
INSTITUTION_HEADS = frozenset(k for k, kind in TITLES.items() if kind == "ORG") | frozenset(
    matching_key(w) for w in _MORE_HEADS.split()
)
_INSTITUTION_WORDS = 3  # words of a body's name after its head, at most
_PREPOSITIONS = "في من على إلى الى مع عن بعد قبل خلال حول لدى عند"
_NOT_NAME = frozenset(matching_key(w) for w in _PREPOSITIONS.split())
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
# Offices held for a country, whose holder a title may name by the country's adjective.
_OFFICE_NOUNS = "وزير وزراء رئيس رؤساء ملك عاهل ولي نائب سفير سفراء مبعوث متحدث ناطق"
_OFFICES = frozenset(name_key(w) for w in _OFFICE_NOUNS.split() for w in (w, "ال" + w))
_OFFICE_WORDS = 3  # the adjective comes this many words after the office at most


def article_terms(
    title_stems: Sequence[str],
    sentence_stems: Sequence[Sequence[str]],
    entities: Sequence[str] = (),
) -> dict[str, float]:
    """Raw term weights of one article: its title's stems, its lead's, and its lead's names."""
    tf: dict[str, float] = {}
    for e in entities:
        tf[e] = tf.get(e, 0.0) + ENTITY_WEIGHT
    for s in title_stems:
        tf[s] = tf.get(s, 0.0) + TITLE_WEIGHT
    for stems in sentence_stems[:LEAD_SENTENCES]:
        for s in stems:
            tf[s] = tf.get(s, 0.0) + LEAD_WEIGHT
    return tf


def story_vectors(
    terms: Iterable[dict[str, float]], idf: dict[str, float], default_idf: float
) -> csr_matrix:
    """L2-normalised sublinear tf·idf rows, one per article (`terms` may be a generator: the
    weights are packed into C arrays as they come, a few bytes per entry)."""
    vocab: dict[str, int] = {}
    indptr, indices, data = array("q", [0]), array("i"), array("f")
    for tf in terms:
        row = {}
        for s, f in tf.items():
            j = vocab.setdefault(s, len(vocab))
            row[j] = (1.0 + math.log(f)) * idf.get(s, default_idf)
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        indices.extend(row)
        data.extend(v / norm for v in row.values())
        indptr.append(len(indices))
    return csr_matrix(
        (np.frombuffer(data, dtype=np.float32), np.frombuffer(indices, dtype=np.int32),
         np.frombuffer(indptr, dtype=np.int64)),
        shape=(len(indptr) - 1, max(1, len(vocab))),
    )


@dataclass(slots=True)
class Clues:
    """What each article's title commits to, and what each article mentions of all that.

    `names[i]`: ids of the names in article i's title; `name_stems[n]`: the stems name n needs;
    `stems[i]`: which of all those stems article i contains (title or text). `numbers[i]`: the
    numbers in article i's title; `has_numbers[i]`: which titles' numbers article i contains.
    `articles` are read again (whether a title word may be a verb, all of an article's stems)
    only for the few pairs whose titles end alike.
    """

    names: list[tuple[int, ...]]
    name_stems: list[frozenset[str]]
    stems: list[frozenset[str]]
    numbers: list[frozenset[str]]
    has_numbers: list[frozenset[str]]
    articles: Sequence[Article]
    _all_stems: dict[int, frozenset[str]] = field(default_factory=dict)
    _near: dict[int, frozenset[str]] = field(default_factory=dict)
    _near_keys: dict[str, list[str]] | None = None

    def factor(self, i: int, j: int) -> float:
        """CONFLICT once per kind of clue on which articles i and j disagree (the things their
        titles name, their titles' numbers), else 1."""
        f = 1.0
        if self._templates(i, j):
            f *= CONFLICT * CONFLICT
        elif self._names_missing(i, j) and self._names_missing(j, i):
            f *= CONFLICT
        a, b = self.numbers[i], self.numbers[j]
        if a and b and not (a & self.has_numbers[j]) and not (b & self.has_numbers[i]):
            f *= CONFLICT
        return f

    def _names_missing(self, i: int, j: int) -> bool:
        """Whether article i's title names something article j never mentions, not even
        spelled a letter apart (هاوارد/هاوورد: foreign names have no one spelling)."""
        has = self.stems[j]
        for n in self.names[i]:
            missing = self.name_stems[n] - has
            if missing and not all(self._spelled_near(s, j) for s in missing):
                return True
        return False

    def _spelled_near(self, stem: str, i: int) -> bool:
        """Whether article i has a stem one letter away from this name's `stem` (left out,
        added, changed), both of SPELLING_LETTERS letters or more (shorter words differ by a
        letter in meaning).

        Two stems one letter apart share one of their one-letter deletions (or one is the
        other's): the names' stems are indexed by theirs, and an article's stems looked up in
        that index once, so an article keeps only the few names it spells nearly."""
        if len(stem) < SPELLING_LETTERS:
            return False
        if self._near_keys is None:
            self._near_keys = {}
            for name in frozenset().union(*self.name_stems):
                if len(name) >= SPELLING_LETTERS:
                    for key in _with_deletions(name):
                        self._near_keys.setdefault(key, []).append(name)
        near = self._near.get(i)
        if near is None:
            index = self._near_keys
            near = self._near[i] = frozenset(
                name
                for s in self._stems_of(i) if len(s) >= SPELLING_LETTERS
                for key in _with_deletions(s)
                for name in index.get(key, ())
            )
        return stem in near

    def _templates(self, i: int, j: int) -> bool:
        """Whether two titles say the same thing of different subjects (see the module)."""
        a, b = self.articles[i].title_stems, self.articles[j].title_stems
        k = 0
        while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
            k += 1
        if k < TEMPLATE_WORDS or k == len(a) or k == len(b):
            return False
        if not all(_title_verbs(self.articles[x].title)[-k] for x in (i, j)):
            return False
        subject_a, subject_b = set(a[:-k]), set(b[:-k])
        return not (subject_a & subject_b) and not (
            subject_a <= self._stems_of(j) or subject_b <= self._stems_of(i)
        )

    def _stems_of(self, i: int) -> frozenset[str]:
        found = self._all_stems.get(i)
        if found is None:
            a = self.articles[i]
            found = self._all_stems[i] = frozenset(a.title_stems).union(
                *(s.stems for s in a.sentences)
            )
        return found


def story_clues(articles: Sequence[Article]) -> Clues:
    """The names and numbers of each article's title, and where else they are mentioned."""
    keys: dict[str, str] = {}  # name_key of each word seen
    lexicon = _name_lexicon(articles, keys)
    ids: dict[str, int] = {}
    names: list[tuple[int, ...]] = []
    bodies: dict[str, str] = {}  # key → written form of the bodies named in titles
    for a in articles:
        found = _title_names(a.title or "", lexicon, keys)
        found.update(_title_countries(a.title or "", keys))
        for body in chain(_institutions(a.title or ""), _quoted_names(a.title or "")):
            key = " ".join(_key(w, keys) for w in tokens(body))
            found.add(key)
            bodies.setdefault(key, body)
        names.append(tuple(ids.setdefault(k, len(ids)) for k in sorted(found)))
    name_stems: list[frozenset[str]] = [frozenset()] * len(ids)
    for key, n in ids.items():
        name_stems[n] = frozenset(
            content_stems(tokens(lexicon.get(key) or bodies.get(key) or key))
        )
    wanted = frozenset().union(*name_stems) if name_stems else frozenset()
    country = _country_stems()
    stems = []
    for a in articles:
        own = set(a.title_stems)
        own.update(*(s.stems for s in a.sentences))
        own.update(country[s] for s in own & country.keys())
        stems.append(frozenset(own & wanted))
    numbers = [_numbers(a.title or "") for a in articles]
    all_numbers = frozenset().union(*numbers) if numbers else frozenset()
    has_numbers = [
        frozenset(_numbers(a.text) & all_numbers) | own
        for a, own in zip(articles, numbers, strict=True)
    ]
    return Clues(names, name_stems, stems, numbers, has_numbers, articles)


def _title_verbs(title: str | None) -> list[bool]:
    """For each of a title's content stems (`Article.title_stems`), whether its word may be a
    verb in the present tense (ت/ي and three letters more: تعايد، يستقبل، تقيم)."""
    return [
        len(key := matching_key(word)) >= 4 and key[0] in "تي"
        for word in tokens(title or "")
        if content_stem(word) is not None
    ]


@lru_cache(maxsize=1)
def _country_adjectives() -> dict[str, str]:
    """Name keys of countries' adjectives with the article (المصري، المصرية، المصريين) → the
    country's name."""
    return {
        name_key(f"ال{adjective}{ending}"): name
        for name, adjectives in countries().items()
        for adjective in adjectives
        for ending in ("", "ة", "ين", "ون")
    }


@lru_cache(maxsize=1)
def _country_stems() -> dict[str, str]:
    """Stems of a country's name and adjectives → the stem of its name, so an article that
    says only السوداني mentions السودان (the stems differ: سودان، سود)."""
    stems = {}
    for name, adjectives in countries().items():
        own = content_stem(name)
        for form in (name, *(f"ال{a}" for a in adjectives), *(f"ال{a}ة" for a in adjectives)):
            if own and (stem := content_stem(form)):
                stems[stem] = own
    return stems


def _title_countries(title: str, keys: dict[str, str]) -> set[str]:
    """The countries whose offices a title names by adjective (وزير الخارجية المصري، الرئيس
    السوداني، ولي العهد السعودي → مصر، السودان، السعودية): whom a king receives or cables. Only
    after an office: elsewhere an adjective describes (المستوطنين الإسرائيليين, which other
    reports of the arson need not say) or is a family name (د. التركي)."""
    adjectives = _country_adjectives()
    words = [_key(w, keys) for w in tokens(title)]
    found = set()
    for i, word in enumerate(words):
        if word not in _OFFICES and word[1:] not in _OFFICES:
            continue
        for after in words[i + 1 : i + 1 + _OFFICE_WORDS]:
            if after in adjectives:
                found.add(adjectives[after])
                break
            if not after.startswith("ال"):
                break
    return found


def _name_lexicon(articles: Sequence[Article], keys: dict[str, str]) -> dict[str, str]:
    """Matching key → a written form, of the names tagged in NAME_ARTICLES articles or more."""
    seen: Counter[str] = Counter()
    form: dict[str, str] = {}
    of_text: dict[str, str] = {}
    for a in articles:
        found = set()
        for m in a.mentions:
            key = of_text.get(m.text)
            if key is None:
                words = tokens(m.text)
                key = " ".join(_key(w, keys) for w in words) if len(words) <= MAX_NAME_WORDS else ""
                of_text[m.text] = key
            if len(key) >= 3:
                found.add(key)
                form.setdefault(key, m.text)
        seen.update(found)
    return {k: form[k] for k, n in seen.items() if n >= NAME_ARTICLES}


def _key(word: str, keys: dict[str, str]) -> str:
    """`name_key` of one word, through a cache (names repeat across articles)."""
    key = keys.get(word)
    if key is None:
        key = keys[word] = name_key(word)
    return key


def _title_names(title: str, lexicon: dict[str, str], keys: dict[str, str]) -> set[str]:
    """Keys of the lexicon's names in a title, longest first (كأس العالم, not العالم)."""
    words = [_key(w, keys) for w in tokens(title)]
    found: set[str] = set()
    for i in range(len(words)):
        for first in _without_proclitics(words[i]):
            for n in range(MAX_NAME_WORDS, 0, -1):
                if i + n > len(words):
                    continue
                key = " ".join([first, *words[i + 1 : i + n]])
                if key in lexicon:
                    found.add(key)
                    break
    return {k for k in found if not any(k != o and f" {k} " in f" {o} " for o in found)}


def _institutions(title: str) -> list[str]:
    """Names of bodies in a title, as written: a head (وزارة، هيئة، جامعة …, with و/ب/ل before
    it) and the word after it, then up to two more if they carry the article (وزارة النقل تقيم
    → وزارة النقل; هيئة تقويم التعليم; الرئاسة العامة للأرصاد)."""
    words = tokens(title)
    keys = [matching_key(w) for w in words]
    out = []
    for i, key in enumerate(keys):
        if key not in INSTITUTION_HEADS and not (
            key[:1] in "وبل" and key[1:] in INSTITUTION_HEADS
        ):
            continue
        j = i + 1
        while j < len(words) and j - i <= _INSTITUTION_WORDS:
            word = keys[j]
            if word in _NOT_NAME or not _ARABIC_WORD.fullmatch(word):
                break
            if j > i + 1 and not word.startswith(("ال", "لل", "وال")):
                break
            j += 1
        if j > i + 1:
            out.append(" ".join(words[i:j]))
    return out


def _with_deletions(stem: str) -> Iterable[str]:
    """A stem and each form of it with one letter left out: two stems one letter apart share
    one of these."""
    yield stem
    for k in range(len(stem)):
        yield stem[:k] + stem[k + 1 :]


_QUOTED = re.compile(r"[«\"“]([^«»\"“”]+)[»\"”]")


def _quoted_names(title: str) -> list[str]:
    """Short phrases in quotation marks in a title whose words are all rare in news: the names
    of companies and products («سابك», "بترورابغ"), not a quoted word («ردا») or statement."""
    prior = stem_doc_prior()
    out = []
    for quoted in _QUOTED.findall(title):
        stems = content_stems(tokens(quoted))
        if 0 < len(stems) <= QUOTED_NAME_WORDS and all(
            prior.get(s, 0.0) < RARE_NAME for s in stems
        ):
            out.append(quoted.strip())
    return out


def _without_proclitics(word: str) -> Iterable[str]:
    """A title word and its readings without a leading و/ف and ب/ل/ك (للخرج → الخرج)."""
    yield word
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
        yield word
    if len(word) > 3 and word.startswith("لل"):
        yield "ال" + word[2:]
    elif len(word) > 3 and word[0] in _PROCLITICS:
        yield word[1:]


def _numbers(text: str) -> frozenset[str]:
    """The numbers written in digits in a text, Arabic-Indic digits read as Latin."""
    return frozenset(n.translate(_DIGITS) for n in _NUMBER.findall(text))


def incident_words(
    title_stems: Sequence[str], sentence_stems: Sequence[Sequence[str]]
) -> frozenset[str]:
    """The stems said after the first incident noun of an article's title and after the first
    of its lead (INCIDENT_WORDS at most, in the same title or sentence, kind words passed over):
    what it says happened.

    The first mention names the incident; later ones, in a report of its own incident, tell
    its course (the fire spread, the crews came) in words that other incidents share."""
    nouns, acts, kinds = incident_lexicon()

    def first_noun(stems: Sequence[str]) -> int | None:
        for i, s in enumerate(stems):
            if s in nouns or (s in acts and i + 1 < len(stems) and stems[i + 1] in kinds):
                return i
        return None

    found: list[str] = []
    lead = sentence_stems[:LEAD_SENTENCES]
    for stems in (title_stems, next((s for s in lead if first_noun(s) is not None), ())):
        at = first_noun(stems)
        if at is None:
            continue
        said = (
            s for s in stems[at + 1 :]
            if s not in nouns and s not in kinds and not s[0].isdigit()
        )
        found.extend(islice(said, INCIDENT_WORDS))
    return frozenset(found)


def lead_words(
    title_stems: Sequence[str], sentence_stems: Sequence[Sequence[str]]
) -> frozenset[str]:
    """The stems of an article's title and lead, where a report names the incident it is of."""
    return frozenset(chain(title_stems, *sentence_stems[:LEAD_SENTENCES]))


def join_incident_reports(
    groups: Sequence[list[int]],
    words: Sequence[frozenset[str]],
    leads: Sequence[frozenset[str]],
    outlets: Sequence[str],
    days: np.ndarray,
) -> list[list[int]]:
    """Stories that name an incident joined to its story (see the module's docstring).

    `groups` are stories as article indices; `words[i]` is article i's `incident_words`,
    `leads[i]` its `lead_words` (needed only in stories where some article has incident words:
    no other story joins an incident's), `outlets[i]` its outlet and `days[i]` its date as a
    day number (NaN when unknown).
    """
    groups = [list(g) for g in groups]
    prior = stem_doc_prior()
    for _ in range(_INCIDENT_PASSES):
        incidents = _incidents(groups, words, outlets, days)
        told_by: dict[str, list[int]] = {}  # word → the incident stories it is a word of
        for k, (named, _, _) in incidents.items():
            for w in named:
                told_by.setdefault(w, []).append(k)
        moves: dict[int, int] = {}
        for k, members in enumerate(groups):
            # a story one of whose articles says an incident's words after an incident noun
            candidates = {j for i in members for w in words[i] for j in told_by.get(w, ())}
            best, best_share = -1, 0.0  # half of a story's articles must name the incident
            # in order: a tie goes to the story found first, whatever the order of the hashes
            for j in sorted(candidates):
                # an incident story joins a larger one only: moves never go round in a circle
                if j == k or (k in incidents and len(members) >= len(groups[j])):
                    continue
                named, first, last = incidents[j]
                if not _within(_dated(days, members), first - SAME_DAYS, last + SAME_DAYS):
                    continue
                share = sum(_names_incident(leads[i], named, prior) for i in members) / len(
                    members
                )
                if share >= NAMING_SHARE and share > best_share:
                    best, best_share = j, share
            if best >= 0:
                moves[k] = best
        if not moves:
            break
        joined: dict[int, list[int]] = {}
        for k, members in enumerate(groups):
            target = k
            while target in moves:
                target = moves[target]
            joined.setdefault(target, []).extend(members)
        groups = list(joined.values())
    return groups


def _incidents(
    groups: Sequence[list[int]],
    words: Sequence[frozenset[str]],
    outlets: Sequence[str],
    days: np.ndarray,
) -> dict[int, tuple[frozenset[str], float, float]]:
    """The incident stories among `groups`, by position: their words, first and last day
    (NaN when none of their articles is dated)."""
    found = {}
    for k, members in enumerate(groups):
        if len(members) < INCIDENT_ARTICLES:
            continue
        if len({outlets[i] for i in members}) < INCIDENT_OUTLETS:
            continue
        naming = [i for i in members if words[i]]
        if 2 * len(naming) < len(members):
            continue
        counts = Counter(w for i in naming for w in words[i])
        need = max(2.0, INCIDENT_SHARE * len(naming))
        named = frozenset(w for w, n in counts.items() if n >= need)
        if len(named) >= INCIDENT_MATCH:
            dated = _dated(days, members)
            first, last = (dated.min(), dated.max()) if len(dated) else (np.nan, np.nan)
            found[k] = (named, float(first), float(last))
    return found


def _dated(days: np.ndarray, members: list[int]) -> np.ndarray:
    """The known dates of some articles."""
    chosen = days[members]
    return chosen[~np.isnan(chosen)]


def _within(dated: np.ndarray, first: float, last: float) -> bool:
    """Whether all these dates fall in [first, last]; unknown bounds (NaN) bound nothing."""
    return not len(dated) or not (dated.min() < first or dated.max() > last)


def _names_incident(
    lead: frozenset[str], named: frozenset[str], prior: dict[str, float]
) -> bool:
    """Whether an article's title and lead name this incident: they share INCIDENT_MATCH of
    its words or more, and the INCIDENT_MATCH rarest of those are JOINTLY_RARE in news (a word
    news never had counts as rare)."""
    shared = lead & named
    if len(shared) < INCIDENT_MATCH:
        return False
    rarest = sorted(prior.get(w, 0.0) for w in shared)[:INCIDENT_MATCH]
    return math.prod(rarest) < JOINTLY_RARE


def time_damping(days_apart: np.ndarray) -> np.ndarray:
    """1 within SAME_DAYS, then linearly down to 0 over DAMPING_DAYS more days."""
    return np.clip(1.0 - (days_apart - SAME_DAYS) / DAMPING_DAYS, 0.0, 1.0)


def merge_threshold(threshold: float, pairs: np.ndarray | float) -> np.ndarray | float:
    """Mean similarity two groups with `pairs` pairs across them need to merge."""
    return threshold * (LARGE_STORY_SHARE + (1.0 - LARGE_STORY_SHARE) / np.sqrt(pairs))


def similarity_graph(
    vectors: csr_matrix, days: np.ndarray, threshold: float, clues: Clues | None = None
) -> csr_matrix:
    """Sparse matrix of the pairs that could join a story (upper triangle): damped cosine at
    or above the lowest merge threshold, then weighed by `clues` (so it may fall below).

    `days` holds each article's date as a day number, NaN when unknown (no damping then).
    Articles are compared in date order, each only with those within the damping window.
    """
    floor = threshold * LARGE_STORY_SHARE
    n = vectors.shape[0]
    order = np.argsort(np.where(np.isnan(days), np.inf, days), kind="stable")
    sdays = days[order]
    ordered = vectors[order]
    dated = int(np.count_nonzero(~np.isnan(sdays)))
    reach = SAME_DAYS + DAMPING_DAYS
    rows, cols, vals = [], [], []
    for start in range(0, n, _CHUNK):
        stop = min(start + _CHUNK, n)
        end = n
        if stop <= dated:
            end = int(np.searchsorted(sdays[:dated], sdays[stop - 1] + reach, side="right"))
        spans = [(start, end)] + ([(max(end, dated), n)] if end < n and dated < n else [])
        rows_t = ordered[start:stop].T.tocsr()
        for lo, hi in spans:
            if hi <= lo:
                continue
            block = (ordered[lo:hi] @ rows_t).tocoo()
            r, c, v = block.col + start, block.row + lo, block.data
            keep = c > r
            r, c, v = r[keep], c[keep], v[keep]
            apart = np.abs(sdays[r] - sdays[c])
            v = v * np.where(np.isnan(apart), 1.0, time_damping(np.nan_to_num(apart)))
            ok = v >= floor
            rows.append(order[r[ok]])
            cols.append(order[c[ok]])
            vals.append(v[ok])
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    v = np.concatenate(vals) if vals else np.zeros(0, dtype=np.float32)
    if clues is not None and len(v):
        v = v * np.fromiter(
            (clues.factor(i, j) for i, j in zip(r, c, strict=True)), np.float32, len(v)
        )
    graph = csr_matrix((v, (np.minimum(r, c), np.maximum(r, c))), shape=(n, n))
    graph.sum_duplicates()
    return graph


def average_link(
    graph: csr_matrix,
    vectors: csr_matrix,
    days: np.ndarray,
    threshold: float,
    outlets: Sequence[str] | None = None,
) -> list[list[int]]:
    """Groups of article indices by average linkage (see `merge_threshold`).

    `graph` (the candidate pairs, from `similarity_graph`) bounds the search: a merge needs a
    pair at or above the lowest threshold, so no group crosses the connected components of those
    pairs. Inside a component the similarities are recomputed in full, the candidate pairs
    taking their weighed value, so pairs below the threshold still count in the averages.
    `outlets[i]` names article i's outlet: the threshold relaxes only with pairs of different
    outlets (`_greedy_link`). Without them, or when the whole batch has one outlet (one paper's
    archive, a JSONL file whose records name no source), outlets say nothing and each article
    counts as its own.
    """
    sym = (graph + graph.T).tocsr()
    linked = sym.copy()
    linked.data[linked.data < threshold * LARGE_STORY_SHARE] = 0
    linked.eliminate_zeros()
    n_comp, labels = connected_components(linked, directed=False)
    members: list[list[int]] = [[] for _ in range(n_comp)]
    for i, lab in enumerate(labels):
        members[lab].append(i)
    groups: list[list[int]] = []
    level = threshold * LARGE_STORY_SHARE
    numbers: dict[str, int] = {}
    outlet_ids = np.array(
        [numbers.setdefault(o, len(numbers)) for o in outlets] if outlets is not None else [],
        dtype=np.int64,
    )
    if len(numbers) < 2:
        outlet_ids = np.arange(sym.shape[0])
    for comp in members:
        groups.extend(
            _link_component(linked, sym, comp, vectors, days, threshold, level, outlet_ids)
        )
    return groups


def _link_component(
    linked: csr_matrix,
    sym: csr_matrix,
    comp: list[int],
    vectors: csr_matrix,
    days: np.ndarray,
    threshold: float,
    level: float,
    outlet_ids: np.ndarray,
) -> list[list[int]]:
    if len(comp) == 1:
        return [comp]
    if len(comp) > MAX_COMPONENT:
        # too large to link exactly: cut its weakest links until it falls apart
        sub = linked[comp][:, comp].tocsr()
        n_sub = 1
        while n_sub == 1:
            level += _SPLIT_STEP
            sub.data[sub.data < level] = 0
            sub.eliminate_zeros()
            n_sub, labels = connected_components(sub, directed=False)
        pieces: dict[int, list[int]] = {}
        for i, lab in zip(comp, labels, strict=True):
            pieces.setdefault(int(lab), []).append(i)
        out_groups = []
        for piece in pieces.values():
            out_groups.extend(
                _link_component(linked, sym, piece, vectors, days, threshold, level, outlet_ids)
            )
        return out_groups
    block = vectors[comp]
    sim = (block @ block.T).toarray()
    day = days[comp].astype(np.float32)
    if np.nanmax(day, initial=-np.inf) - np.nanmin(day, initial=np.inf) > SAME_DAYS:
        apart = np.abs(day[:, None] - day[None, :])
        sim *= np.where(np.isnan(apart), np.float32(1.0), time_damping(np.nan_to_num(apart)))
    weighed = sym[comp][:, comp].tocoo()
    sim[weighed.row, weighed.col] = weighed.data
    return [[comp[i] for i in g] for g in _greedy_link(sim, threshold, outlet_ids[comp])]


def _greedy_link(
    total: np.ndarray, threshold: float, outlets: np.ndarray | None = None
) -> list[list[int]]:
    """Average linkage with the size-dependent threshold: repeatedly merge the pair of groups
    whose mean similarity most exceeds `merge_threshold`, until none reaches it.

    The threshold relaxes with the pairs across two groups that are independent witnesses:
    pairs of articles by two different outlets (`outlets[i]`: article i's, as small integers;
    without them every article counts as its own outlet). One outlet's many items of one kind
    (a paper's page of Eid receptions held by thirty agencies) add pairs but no evidence that
    they report one event.

    `total` (the pair similarities, overwritten) becomes the sum of similarities across two
    groups; each group keeps its best partner, refreshed only for the groups whose partner was
    just merged.
    """
    k = len(total)
    np.clip(total, 0.0, 1.0, out=total)
    np.fill_diagonal(total, 0.0)
    size = np.ones(k)
    alive = np.ones(k, dtype=bool)
    members = [[i] for i in range(k)]
    _, local = np.unique(np.arange(k) if outlets is None else outlets, return_inverse=True)
    has = np.zeros((k, int(local.max()) + 1), dtype=bool)  # group × outlet: has its articles
    has[np.arange(k), local] = True
    n_outlets = np.ones(k)

    def scores(a: int) -> np.ndarray:
        pairs = size[a] * size
        shared = has[:, has[a]].sum(axis=1)  # outlets in both groups
        independent = np.maximum(1.0, n_outlets[a] * n_outlets - shared)
        s = total[a] / pairs - merge_threshold(threshold, np.minimum(pairs, independent))
        s[~alive] = -np.inf
        s[a] = -np.inf
        return s

    partner = total.argmax(axis=1)  # two single articles: best mean is the best pair
    best = total[np.arange(k), partner] - threshold
    while True:
        a = int(best.argmax())
        if best[a] < 0:
            break
        b = int(partner[a])
        total[a] += total[b]
        total[:, a] = total[a]
        total[a, a] = 0.0
        total[b] = 0.0
        total[:, b] = 0.0
        size[a] += size[b]
        has[a] |= has[b]
        n_outlets[a] = np.count_nonzero(has[a])
        alive[b] = False
        best[b] = -np.inf
        members[a].extend(members[b])
        members[b] = []
        row = scores(a)
        partner[a] = int(row.argmax())
        best[a] = row[partner[a]]
        better = row > best
        stale = ((partner == a) | (partner == b)) & ~better & alive
        better[a] = stale[a] = False
        best[better] = row[better]
        partner[better] = a
        for r in np.flatnonzero(stale):
            s = scores(int(r))
            partner[r] = int(s.argmax())
            best[r] = s[partner[r]]
    return [m for m in members if m]


def story_id(first: Article) -> str:
    """A stable id: from the location of the story's earliest article, which never changes."""
    return "s" + hashlib.sha1(first.location.encode("utf-8")).hexdigest()[:10]
