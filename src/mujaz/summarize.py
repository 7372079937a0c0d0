"""Extractive multi-document summaries with citations, and headlines.

A summary is chosen among *facts* (classes of equivalent sentences from `dedup`), never among
raw sentences, so a sentence that five outlets carry appears once and cites all five. The
choice maximises weighted concept coverage under a word budget (Gillick & Favre 2009):
concepts are stemmed content bigrams and unigrams, weighted by idf and by the number of
independent sources that mention them, so what several outlets report outweighs what one adds.
A concept also counts more the more of the story's headlines state it: the titles and first
sentences of its articles are each editor's own summary, and they tell the headline facts from
the detail (when every outlet carries one wire copy, sources alone cannot: every sentence is
then said by all).
The selection is greedy budgeted coverage, and two overlapping facts are never both chosen, so
no two summary sentences say the same thing. News is written as an inverted pyramid: a fact's
gain is discounted by how far down its articles it is first told, 1/(1 + k)² for a fact whose
earliest telling is an article's k-th sentence (headings, bylines and datelines do not count as
sentences), so the lead that several outlets open with comes before the detail they add.
The summary shows the leads first, the one that tells most of the story (the greatest weight of
concepts) opening it (after a bombing, the report of the attack, not one condemnation of it),
then the detail in the order its articles tell it.
(An exact integer program, scipy's HiGHS `milp`, was tried first: no better on mds-dev, and its
per-story solver set-up made it the slowest step on a 31k-article corpus; greedy coverage is
within 1-1/e of it.) A story with a single source gets the same treatment, its weights from
term frequency.
A summary sentence is read out of its article and reports, so a question is no candidate, nor
is a sentence that only makes sense after the ones before it: one whose speaker is a pronoun
(وأضاف أن …), that points back (جاء ذلك …), or is half of a hard-wrapped sentence (a line
ending on في, or a long line without a stop among stopped ones: also how subheadings and pulled
quotes look). Headings and run-on paragraphs are none either, unless a story has nothing else:
every story gets a summary, unless all it has is a dump of text with no full stop (over
RUN_ON_WORDS words).
Concepts are counted with numpy on the story's numbered stems (`dedup.StoryStems`), and the
greedy only recomputes the gain of the fact on top of its heap (gains only shrink).
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from mujaz.arabic.normalize import matching_key
from mujaz.arabic.segment import tokens
from mujaz.arabic.stem import is_conjunction
from mujaz.dedup import Fact, StoryStems, first_of_runs, overlap_matrix
from mujaz.extract.dates import scan
from mujaz.extract.entities import HONORIFIC_PRONOUNS
from mujaz.extract.quotes import unnamed_speaker
from mujaz.extract.tagger import TITLES
from mujaz.model import Article, Citation, Mention, Sentence, SummarySentence

DEFAULT_WORDS = 100
MIN_WORDS = 6  # shorter "sentences" are headings, bylines, datelines
MAX_WORDS = 50  # longer ones are run-on paragraphs a summary cannot afford
RUN_ON_WORDS = 400  # a run-on paragraph up to this long is the summary of a story with no other
WRAPPED_LINE_WORDS = 10  # a line this long without a stop, among stopped ones, was wrapped
CONTINUED_LINE_WORDS = 15  # such a line this long, ending on a word, goes on in the next line
DATELINE_WORDS = 16  # a dateline (place, date, agency) is no longer
DATELINE_PLACE_WORDS = 3  # words of the place before its date
REDUNDANT = 0.35  # weighted Jaccard above which two facts may not both be chosen
PYRAMID = 2.0  # a fact first told in an article's k-th sentence gains 1/(1 + k)^PYRAMID
HEADLINE_BONUS = 1.0  # a concept every headline states counts this much more (1 = twice)
MAX_CANDIDATES = 120
CAPTION_WORDS = 30  # a photo's caption is no longer
CAPTION_LEAD_WORDS = 6  # a person's titles before the name in a caption, at most
CAPTION_LINK_WORDS = 4  # the occasion a caption names comes within this many words of the name


@dataclass(slots=True)
class Candidate:
    fact: Fact
    position: float  # best relative position among its members (0 = first sentence)
    sources: frozenset[str]
    rank: int  # sentences of MIN_WORDS or more before its earliest member, in that article
    told: float = 0.0  # the weight of all its concepts, once weighed


def summarize_story(
    articles: Sequence[Article],
    facts: Sequence[Fact],
    stems: StoryStems,
    words: int = DEFAULT_WORDS,
) -> list[SummarySentence]:
    """Choose and order the summary sentences of one story (see the module docstring).

    `stems` numbers the stems of the story's sentences, the ones `facts` were made from.
    """
    by_id = {a.id: a for a in articles}
    # a reprint is not an independent witness: it counts for its original's source
    source_of = {a.id: by_id[a.duplicate_of].source if a.duplicate_of in by_id else a.source
                 for a in articles}
    candidates = _candidates(facts, by_id, source_of)
    if not candidates:
        return []
    n_sources = len(set(source_of.values()))
    shown = [c.fact.shown for c in candidates]
    ids, rows = stems.of(shown)
    headline = _headline_share(articles, by_id, stems)
    boost = 1.0 + HEADLINE_BONUS * headline
    owner, concept, weights = _concepts(candidates, ids, rows, stems.idf, n_sources, boost)
    # an article rarely repeats itself: redundancy needs checking only across sources
    redundant = overlap_matrix(stems, shown) > REDUNDANT if n_sources > 1 else None
    told = np.bincount(owner, weights=weights[concept], minlength=len(candidates)).tolist()
    for c, weight in zip(candidates, told, strict=True):
        c.told = weight
    chosen = _in_reading_order(_select(candidates, owner, concept, weights, words, redundant))
    return [
        SummarySentence(
            text=c.fact.members[0].text,
            citations=[Citation(s.article, s.index) for s in c.fact.members],
        )
        for c in chosen
    ]


def _in_reading_order(chosen: list[Candidate]) -> list[Candidate]:
    """Leads first, the one that tells most of the story first (`Candidate.told`; of many
    outlets' leads after a bombing, the report of the attack before one condemnation of it),
    then the detail as far down its articles as it is told."""
    leads = sorted((c for c in chosen if c.rank == 0), key=lambda c: -c.told)
    detail = sorted((c for c in chosen if c.rank > 0), key=lambda c: (c.position, -len(c.sources)))
    return leads + detail


def _candidates(
    facts: Sequence[Fact], by_id: dict[str, Article], source_of: dict[str, str]
) -> list[Candidate]:
    length = {a.id: max(1, len(a.sentences)) for a in by_id.values()}
    told = [f for f in facts if not f.members[0].heading]
    fitting = [f for f in told if f.words <= MAX_WORDS]
    readable = [f for f in fitting if f.members[0].readable]
    # every story gets a summary: of an article that is one run-on paragraph, that paragraph
    # (but a page of text with no full stop is a dump, not a summary)
    shown_whole = [f for f in facts if f.words <= RUN_ON_WORDS]
    paragraphs = [f for f in told if f.words <= RUN_ON_WORDS]
    out = []
    for fact in readable or fitting or paragraphs or shown_whole:
        members = fact.members
        position = min([s.index / length[s.article] for s in members])
        rank = min([s.step for s in members])
        out.append(
            Candidate(fact, position, frozenset([source_of[s.article] for s in members]), rank)
        )
    if len(out) > MAX_CANDIDATES:
        out.sort(key=lambda c: (-len(c.sources), c.position))
        out = out[:MAX_CANDIDATES]
    return out


def judge_sentences(article: Article) -> None:
    """What the summary needs to know of each sentence of an article (in place): whether it is
    a heading (`_heading`), its step in the inverted pyramid (sentences before it that are no
    heading: a heading, byline or dateline is no step of it), and whether it may stand in a
    summary as it is (no heading, at most MAX_WORDS words, `reads_alone`, asks nothing, no
    half of a wrapped line, no photo's caption, no short item of a list). They depend on the
    article alone: judged once as it is prepared, not again by each story it joins (nor when a
    story is built again as news arrives)."""
    wrapped = _wrapped_halves(article)
    heading = [_heading(s) for s in article.sentences]
    people = sorted((m for m in article.mentions if m.type == "PERSON"), key=lambda m: m.start)
    readable = [
        not h and s.words <= MAX_WORDS and s.index not in wrapped
        and reads_alone(s.text) and not _asks(s.text) and not _caption(article, s, people)
        and not _list_item(s)
        for s, h in zip(article.sentences, heading, strict=True)
    ]
    step = 0  # set only once all is judged: a failure leaves the sentences as they were
    for s, h, r in zip(article.sentences, heading, readable, strict=True):
        s.heading, s.step, s.readable = h, step, r
        step += not h


# a clause that hangs on the sentence before: "where", "as", "which led to", "because"
# (حيث سيوزع المركز …، إذ يحسبون …، مما أدى إلى …، لأن …)
_SUBORDINATE = re.compile(r"[\s\-–—*•]*(?:حيث|إذ|اذ|مما|لأن|لان)(?!\w)")
_POINTS_BACK = re.compile(r"[\s\-–—*•]*(?:و?(?:جاء|يأتي|تأتي)\s+ذلك|وذلك|وهو\s+ما|وهذا\s+ما)(?!\w)")
# a verb of stance whose subject is left before: a preposition or the one prayed to follows it
# at once (وعبر عن عزائه …، وشدد على …، ودعا الله أن …، كما وجه بتقديم …), where a subject
# would stand
_SUBJECT_BEFORE = re.compile(
    r"[\s\-–—*•]*(?:و?كما\s+|[وف])(?:أعرب|عبر|أشاد|ثمن|حث|طالب|أثنى|رحب|شدد|أكد|نوه|دعا"
    r"|سأل|وجه|تحدث|قال)(?:ت|وا)?\s+(?:(?:عن|على|إلى|الى|الله)(?!\w)|ب(?:ال|ت)\w)"
)
# a sentence that adds to what the one before said: its opening verb and subject, then "also"
# (وشمل القرار أيضا …، وأكد كذلك …)
_ADDS_TO = re.compile(
    r"[\s\-–—*•]*(?:(?:و?كما|ثم)\s+)?[^\s،,.:]+(?:\s+[^\s،,.:]+)?\s+(?:أيضا|أيضاً|ايضا|ايضاً|كذلك)(?!\w)"
)
# an ordinal or "the other", "the latter" standing for what the sentences before listed (الأول
# صوب لودر والآخر صوب شقرة، الثاني: …، الأخير كان …)
_ORDINAL_BACK = re.compile(
    r"[\s\-–—*•]*[وف]?(?:الأول|الأولى|الثاني|الثانية|الثالث|الثالثة|الرابع|الرابعة|الآخر|الأخرى"
    r"|الأخير|الأخيرة)(?!\w)"
)
# the rest of a casualty count whose first half the sentence before holds (… استشهاد عشرة.
# وإصابة تسعة آخرين)
_COUNT_GOES_ON = re.compile(r"[\s\-–—*•]*و(?:إصابة|اصابة|مقتل|جرح|استشهاد|وفاة)(?!\w)")
# a dignitary named only by an honorific pronoun as the subject of the opening verb
# (واطمأن سموه على …، كما دشن معاليه …), left to the sentences before
_HONORIFIC_SUBJECT = re.compile(
    r"[\s\-–—*•]*(?:(?:و?كما|ثم|و?قد|فقد)\s+)?[^\s،,.:]+[\s،,]+"
    rf"(?:{'|'.join(HONORIFIC_PRONOUNS)})(?!\w)"
)


_STOPS = (".", "!", "?", "؟", "…", ":", "؛", "»", '"', "”", ")")
# no Arabic sentence ends on a preposition, a conjunction or a relative: a line cut short
# (a hard-wrapped paragraph, a link's "www." read as a full stop)
_OPEN_ENDINGS = frozenset([
    "في", "من", "إلى", "الى", "على", "عن", "أن", "إن", "و", "أو", "ثم", "الذي", "التي",
    "الذين", "مع", "بين", "حتى", "لدى", "مما",
])
_TRAILING = " \t\n.،,:؛"
_ENDS_MID_SENTENCE = re.compile(r"[^\W_][\s،,]*$")
_DIGIT = re.compile(r"\d")


def _cut_short(sentence: str) -> bool:
    """Whether a sentence ends on one of `_OPEN_ENDINGS` or on "www" (its last word read, not
    the whole sentence searched: this runs on every line of a story's articles)."""
    last = sentence.rstrip(_TRAILING).rpartition(" ")[2]
    return last in _OPEN_ENDINGS or last.endswith("www")


def reads_alone(sentence: str) -> bool:
    """Whether a sentence makes sense out of its article, as a summary shows it: not one that
    leaves its speaker or subject to the sentences before (وأضاف أن …، واطمأن سموه على …،
    وعبر عن عزائه …), goes on from them (وإصابة تسعة آخرين) or adds to them (وشمل القرار أيضا
    …), points back at them (جاء ذلك خلال …، الأول صوب لودر والآخر صوب شقرة), hangs on them
    (حيث سيوزع المركز …، مما أدى إلى …), opens what follows (وفيما يلي أسماء الشهداء:) or is
    cut short (… ثم نص الرسالة إلى). Out of place, such a sentence misleads more than it tells."""
    return not (
        unnamed_speaker(sentence)
        or _POINTS_BACK.match(sentence)
        or _SUBORDINATE.match(sentence)
        or _HONORIFIC_SUBJECT.match(sentence)
        or _SUBJECT_BEFORE.match(sentence)
        or _COUNT_GOES_ON.match(sentence)
        or _ADDS_TO.match(sentence)
        or _ORDINAL_BACK.match(sentence)
        or _cut_short(sentence)
        or sentence.rstrip().endswith(":")  # opens what follows (وفيما يلي أسماء الشهداء:)
    )


def _wrapped_halves(article: Article) -> set[int]:
    """The article's sentences that are half of a hard-wrapped sentence (split where a line
    broke): a line cut short (`_cut_short`) and the line after it; and, where the article's
    long lines end on a stop, a long line that does not, unless the next one opens as a
    sentence does (on و or ف: then this one just lost its stop), and a shorter line without a
    stop (the last line too). Such a line is also what a subheading, a pulled quote or an item
    of a list of names looks like, and none belongs in a summary; the line after it is often a
    lead, so it is kept, unless the line is CONTINUED_LINE_WORDS long and ends on a word or a
    comma: the rest of its sentence. (In an article that never ends a line on a stop, as some
    pages do, its lines are its sentences.) And the halves of a sentence split at a ؛ that
    stands for a comma (`_split_at_semicolon`)."""
    texts = [s.text for s in article.sentences]
    long = [s.index for s in article.sentences[:-1] if s.words >= WRAPPED_LINE_WORDS]
    if 2 * sum(not texts[i].rstrip().endswith(_STOPS) for i in long) > len(long):
        unstopped = []
    else:  # and a shorter line without a stop, the last too, is a heading or a list's item
        unstopped = [
            s.index for s in article.sentences
            if s.words >= MIN_WORDS and not s.text.rstrip().endswith(_STOPS)
            and (s.words < WRAPPED_LINE_WORDS or s.index < len(texts) - 1)
        ]
    out = {
        i for i in unstopped
        if i + 1 == len(texts) or not texts[i + 1].lstrip().startswith(("و", "ف"))
    }
    # a long line that ends on a word or a comma was cut in mid-sentence, and the line after
    # it is the rest (… تحت ظل قيادة | خادم الحرمين الشريفين …)
    out.update([
        i + 1 for i in out
        if i + 1 < len(texts) and article.sentences[i].words >= CONTINUED_LINE_WORDS
        and _ENDS_MID_SENTENCE.search(texts[i])
    ])
    for i, text in enumerate(texts[:-1]):
        if _cut_short(text):
            out.update((i, i + 1))
    return out | _split_at_semicolon(article, texts)


_CLOSING = " \t\"»”'"
_STATEMENT_OPENING = re.compile(r"ب?[أإا]ن(?:ه|ها|هم|هما)?\s")
_CLAUSE_OPENERS = ("كما", "ثم")


def _split_at_semicolon(article: Article, texts: Sequence[str]) -> set[int]:
    """Sentences that are two halves of one split at a ؛ written where a comma goes, between a
    verb's subject and the rest (كشف المتحدث الرسمي للبنك عبدالعزيز الناصر؛ | عن نتائج …;
    أكد المستشار القانوني خالد أبو راشد؛ | أن …): a sentence whose next one opens on أن (the
    statement itself), or that ends on ؛ right after a person's name while the next does not
    open a clause of its own on و or ف (بعث … برقية عزاء للعقيد جاسر العجالين؛ | وذلك في
    وفاة والدته: two clauses), and that next sentence. After a whole clause, the next sentence
    alone, when it does not open a clause of its own on و, ف, كما or ثم: it goes on with the
    first (… وما تقتضيه مصلحة العمل؛ | لضمان تجنب العمالة …، … حتى عام 2023؛ | أي أكثر من
    ضعف العائدات)."""
    out: set[int] = set()
    person_ends: set[int] | None = None  # read only for an article with such a sentence
    for i, text in enumerate(texts[:-1]):
        text = text.rstrip()
        if not text.endswith("؛"):
            continue
        if person_ends is None:
            person_ends = {m.end for m in article.mentions if m.type == "PERSON"}
        end = article.sentences[i].start + len(text[:-1].rstrip(_CLOSING))
        after = texts[i + 1].lstrip()
        if _STATEMENT_OPENING.match(after) or (end in person_ends and not _opens_clause(after)):
            out.update((i, i + 1))
        elif not (_opens_clause(after) or after.startswith(_CLAUSE_OPENERS)):
            out.add(i + 1)
    return out


def _opens_clause(text: str) -> bool:
    """Whether a text opens on the conjunction و or ف (وذلك، فقد; not ورشة, a word of its own)."""
    first = tokens(text[:40])[:1]
    return bool(first) and first[0][:1] in "وف" and is_conjunction(first[0])


# what a photo's caption says right after the person it shows: at what, with whom; or where,
# then within CAPTION_LINK_WORDS words at what (على سفينة «المحروسة» خلال حفل …)
_CAPTION_LINKS = frozenset(["خلال", "أثناء", "اثناء", "لدى", "مع", "يتوسط", "وسط"])
_CAPTION_PLACES = frozenset(["على", "في", "أمام", "عند", "داخل"])
_CAPTION_OCCASIONS = frozenset(["خلال", "أثناء", "اثناء"])


def _caption(article: Article, sentence: Sentence, people: Sequence[Mention]) -> bool:
    """A photo's caption kept in the text: a person, named after their titles alone (the line
    opens on a title or a noun with ال, never a verb), then at once whom they are with or what
    they are shown at (الملك عبد الله الثاني خلال استقباله …، الرئيس … على سفينة «المحروسة»
    خلال حفل …), where a sentence would have its verb. It says no more than the report it
    illustrates, and reads as a fragment."""
    if sentence.words > CAPTION_WORDS:
        return False
    first = tokens(sentence.text[:40])[:1]
    if not first or not (first[0].startswith("ال") or matching_key(first[0]) in TITLES):
        return False
    at = bisect_left(people, sentence.start, key=lambda m: m.start)  # `people` by start
    if at == len(people) or people[at].start >= sentence.end:
        return False
    person = people[at]
    text = article.text
    if len(tokens(text[sentence.start : person.start])) > CAPTION_LEAD_WORDS:
        return False
    after = tokens(text[person.end : min(person.end + 60, sentence.end)])[:CAPTION_LINK_WORDS]
    return bool(after) and (
        after[0] in _CAPTION_LINKS
        or (after[0] in _CAPTION_PLACES and not _CAPTION_OCCASIONS.isdisjoint(after))
    )


_BULLETS = ("-", "–", "—", "*", "•", "·")


def _list_item(sentence: Sentence) -> bool:
    """A short line opening on a bullet: an item of a list (a ceremony's programme: «- كلمة
    الرئيس …»), which names a thing and tells nothing of it."""
    return sentence.words < WRAPPED_LINE_WORDS and sentence.text.lstrip().startswith(_BULLETS)


def _asks(text: str) -> bool:
    """A question: a column's (من يضمن أن …؟), or a headline's teaser; it reports nothing."""
    return text.rstrip(" »\"”)").endswith(("؟", "?"))


def _heading(sentence: Sentence) -> bool:
    """A heading, byline or dateline: under MIN_WORDS words, or a place and a date alone
    (a news agency's «جدة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس», ten words long)."""
    if sentence.words < MIN_WORDS:
        return True
    text = sentence.text
    if sentence.words > DATELINE_WORDS or not _DIGIT.search(text):
        return False
    dates = [f for f in scan(text) if f.y is not None]
    if not dates or text.rstrip()[-1:] in ".؟!?":
        return False
    place = tokens(text[: dates[0].start])
    after = [text[a.end : b.start] for a, b in pairwise(dates)] + [text[dates[-1].end :]]
    return len(place) <= DATELINE_PLACE_WORDS and sum(len(tokens(t)) for t in after) <= 2


def _headline_share(
    articles: Sequence[Article], by_id: dict[str, Article], stems: StoryStems
) -> np.ndarray:
    """Per story-local stem id, the share of the story's headlines (each original article's
    title and first sentence; a reprint's are its original's) that contain it.

    `stems` numbers the sentences of `articles`, in that order.
    """
    headlines = []
    first = 0  # the position of an article's first sentence in the story
    for a in articles:
        if a.duplicate_of not in by_id:
            if a.title:
                headlines.append(stems.of_stems(a.title_stems))
            if a.sentences:
                headlines.append(stems.ids[stems.starts[first] : stems.starts[first + 1]])
        first += len(a.sentences)
    n = max(len(stems.idf), 1)
    if not headlines:
        return np.zeros(n)
    which = np.arange(len(headlines)).repeat([len(ids) for ids in headlines])
    found = np.unique(which * n + np.concatenate(headlines)) % n  # each stem once a headline
    return np.bincount(found, minlength=n) / len(headlines)


def _concepts(
    candidates: Sequence[Candidate],
    ids: np.ndarray,
    rows: np.ndarray,
    stem_idf: np.ndarray,
    n_sources: int,
    boost: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidates' concepts, and the weight of each concept.

    A candidate's concepts are its stem bigrams, then its stems, each once, in the order they
    come (`ids`, `rows`: the shown sentences' stems as story-local ids). Returns per (candidate,
    concept) entry, in that order, the candidate and the concept; and per concept its weight:
    the sources mentioning it (or its frequency, for one source) × idf × the stem's `boost` (a
    bigram's: the smaller of its two stems').
    """
    n_stems = max(len(stem_idf), 1)
    k = len(candidates)
    # entries candidate after candidate: its bigrams, then its stems
    nxt = (rows[1:] == rows[:-1]).nonzero()[0]
    bigrams = np.bincount(rows[nxt], minlength=k)
    before = bigrams.cumsum() - bigrams
    at_bigram = nxt + before[rows[nxt]]
    at_stem = np.arange(len(ids)) + (before + bigrams)[rows]
    code = np.empty(len(ids) + len(nxt), dtype=np.intp)
    code[at_bigram] = n_stems + ids[nxt] * n_stems + ids[nxt + 1]
    code[at_stem] = ids
    owner = np.arange(k).repeat(bigrams + np.bincount(rows, minlength=k))
    # entries by concept, then candidate; stable, so a repeat comes after the first mention
    order = (code * k + owner).argsort(kind="stable")
    new_concept = first_of_runs(code[order])
    first = new_concept | first_of_runs(owner[order])
    concept = np.empty(len(code), dtype=np.intp)
    concept[order] = new_concept.cumsum() - 1
    kept = order[first]  # each candidate's first mention of each concept, by concept
    codes = code[order[new_concept]]

    # a stem's idf; a bigram's mean idf counts 1.3 times (it is more specific)
    unigrams = codes.searchsorted(n_stems)  # they come first
    a, b = np.divmod(codes[unigrams:] - n_stems, n_stems)
    concept_idf = np.concatenate([
        stem_idf[codes[:unigrams]] * boost[codes[:unigrams]],
        0.65 * (stem_idf[a] + stem_idf[b]) * np.minimum(boost[a], boost[b]),
    ])

    if n_sources > 1:
        # each candidate's sources as bits (64 a word): a concept's sources are the OR of its
        # candidates' bits, and how many they are is a bit count
        source_no: dict[str, int] = {}
        who, which = [], []
        for i, c in enumerate(candidates):
            for s in c.sources:
                who.append(i)
                which.append(source_no.setdefault(s, len(source_no)))
        bit = np.array(which, dtype=np.uint64)
        said = np.zeros((k, len(source_no) // 64 + 1), dtype=np.uint64)
        np.bitwise_or.at(said, (who, (bit >> np.uint64(6)).astype(np.intp)),
                         np.uint64(1) << (bit & np.uint64(63)))
        mentioned = np.bitwise_or.reduceat(said[owner[kept]], new_concept[first].nonzero()[0])
        spread = np.bitwise_count(mentioned).sum(axis=1).astype(np.float64)
        spread[spread < 2] = 0.5  # said by one source only: still worth something
    else:  # one source: how many candidates name the concept
        spread = np.bincount(concept[kept], minlength=len(codes)).astype(np.float64)
    kept.sort()
    return owner[kept], concept[kept], spread * concept_idf


def _select(
    candidates: list[Candidate],
    owner: np.ndarray,
    concept: np.ndarray,
    weights: np.ndarray,
    budget: int,
    redundant: np.ndarray | None,
) -> list[Candidate]:
    """Greedy budgeted coverage: best marginal gain per √word until the budget is spent.

    The gain of a fact is the weight of the concepts it adds, discounted by its place in the
    pyramid (`PYRAMID`); a fact `redundant` with one already chosen is skipped, and of equal
    gains the first fact wins. When no fact fits the budget, the best one is taken alone.
    `owner` and `concept` list each candidate's concepts (sorted by candidate), whose weights
    `Candidate.told` already sums.

    Gains only shrink as concepts get covered, so they are kept in a heap and only the top one
    is brought up to date (lazy greedy): the same choices as recomputing every gain each round.
    """
    n = len(candidates)
    entry_weight = weights[concept]
    total = [c.told for c in candidates]  # weighed by `summarize_story`
    bounds = owner.searchsorted(np.arange(n + 1)).tolist()
    concepts, entry_weight = concept.tolist(), entry_weight.tolist()
    words = [c.fact.words for c in candidates]
    # the pyramid discount and the √word normalisation, at once
    scale = [(1.0 + c.rank) ** -PYRAMID / math.sqrt(c.fact.words) for c in candidates]
    covered = [False] * len(weights)

    def gain(i: int) -> float:
        new = 0.0
        for e in range(bounds[i], bounds[i + 1]):
            if not covered[concepts[e]]:
                new += entry_weight[e]
        return new * scale[i]

    heap = [(-total[i] * scale[i], i) for i in range(n)]
    heapq.heapify(heap)
    out = [False] * n  # chosen, or redundant with a chosen fact
    chosen: list[int] = []
    used = 0
    while heap:
        _, i = heapq.heappop(heap)
        if out[i] or used + words[i] > budget:
            continue  # for good: the budget left only shrinks
        now = gain(i)
        if heap and (-now, i) > heap[0]:
            heapq.heappush(heap, (-now, i))  # another fact may now gain more
            continue
        if now <= 0.0:
            break
        chosen.append(i)
        used += words[i]
        out[i] = True
        if redundant is not None:
            for j in redundant[i].nonzero()[0].tolist():
                out[j] = True
        for e in range(bounds[i], bounds[i + 1]):
            covered[concepts[e]] = True
    if not chosen:  # nothing fits: the best single fact, whatever its length
        chosen.append(max(range(n), key=lambda i: total[i] * scale[i]))
    return [candidates[i] for i in chosen]


def choose_headline(articles: Sequence[Article], summary: Sequence[SummarySentence]) -> str:
    """The most central title: the one sharing most content stems with the other titles (of
    two titles, each is as central as the other, and the first is taken).

    A story whose articles have no titles takes the first words of its first summary sentence.
    """
    titled = [a for a in articles if a.title]
    titles = [a.title for a in titled]
    if not titles:
        text = summary[0].text if summary else (articles[0].text if articles else "")
        words = text.split()
        return " ".join(words[:14]) + (" …" if len(words) > 14 else "")
    if len(titles) <= 2:
        return titles[0]
    stems = [set(a.title_stems) for a in titled]
    centrality = [0.0] * len(titles)
    for i in range(len(titles)):
        for j in range(i + 1, len(titles)):
            shared = len(stems[i] & stems[j]) / (math.sqrt(len(stems[i]) * len(stems[j])) or 1.0)
            centrality[i] += shared
            centrality[j] += shared
    return titles[max(range(len(titles)), key=centrality.__getitem__)]
