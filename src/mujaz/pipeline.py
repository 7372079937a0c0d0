"""The whole flow, in order: read → clean → segment → extract → link → cluster → per story.

    read       ingest.read_articles         files, folders, stdin, JSONL, HTML, feeds → Article
    clean      arabic.clean.clean_text      web debris out, glued words repaired
    segment    arabic.segment               sentences with character spans
    extract    extract.tagger               names: PERSON, ORG, LOCATION, MISC
               extract.quotes               statements and their speakers
               extract.figures, .dates      numbers with what they count; dates resolved
    link       dedup.find_reprints          reprints of one wire story → duplicate_of
    cluster    cluster.*                    stories: average linkage over time-damped cosine
    per story  dedup.equivalent_sentences   facts: the same sentence in several sources
               summarize.summarize_story    cited extractive summary under a word budget
               summarize.choose_headline    the most central title
               extract.entities             names spread across sources, aliases merged
               compare                      figures agreed or in conflict; dates named

Each article is cleaned, segmented and read for names, quotes and numbers on its own (in
worker processes for big batches, a chunk's names decoded together); link and cluster see the
whole batch; the per-story work is independent (in worker processes too for big batches).
Options live in one `Settings` object.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TypeVar

import numpy as np

from mujaz import cluster as clustering
from mujaz.arabic.clean import clean_text, clean_title, word_zipf
from mujaz.arabic.frequency import Vocabulary, stem_doc_prior, vocabulary
from mujaz.arabic.normalize import matching_key
from mujaz.arabic.segment import sentence_spans, tokens
from mujaz.arabic.stem import content_stems, load_light_stems
from mujaz.compare import compare_figures, story_dates
from mujaz.dedup import Fact, StoryStems, equivalent_sentences, find_reprints
from mujaz.extract.dates import find_dates
from mujaz.extract.entities import name_key, resolve_name, spread_mentions, story_entities
from mujaz.extract.figures import find_quantities
from mujaz.extract.quotes import find_quotes, plausible_speaker
from mujaz.extract.tagger import find_mentions, find_mentions_many, tagger
from mujaz.ingest import read_articles
from mujaz.model import (
    Article,
    Briefing,
    Citation,
    Contribution,
    InputError,
    Mention,
    Sentence,
    Story,
    SummarySentence,
)
from mujaz.summarize import DEFAULT_WORDS, choose_headline, judge_sentences, summarize_story

T = TypeVar("T")
R = TypeVar("R")

Outcome = tuple[str | None, bool]
"""What preparing an article gave: its error (None when all went well), whether it is kept."""

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work advances; total 0 when unknown."""

ONLY_HERE_MIN_WORDS = 8
QUOTE_OVERLAP = 0.8  # two statements of one speaker sharing this much are one statement
MAX_WORKERS = 4
PARALLEL_FROM = 2000  # below this many articles, starting processes costs more than it saves
PARALLEL_CHUNK = 500
PARALLEL_STORIES = 2000  # stories; fewer are written in this process
PARALLEL_STORY_CHUNK = 250


@dataclass(slots=True)
class Settings:
    """Everything a run can be told. Defaults are what `mujaz brief` uses."""

    words: int = DEFAULT_WORDS
    story_similarity: float = clustering.STORY_SIMILARITY
    repair_glued: bool = True


@dataclass(slots=True)
class StageTimes:
    """Seconds spent per stage, for `bench/speed.py` and `--verbose` runs."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


class Engine:
    """Runs the stages in order on a batch of inputs."""

    def __init__(self, settings: Settings | None = None, progress: Progress | None = None):
        self.settings = settings or Settings()
        self.progress = progress or (lambda stage, done, total: None)
        self.times = StageTimes()

    def brief(self, inputs: Iterable[str | Path | Article]) -> Briefing:
        """Read, clean, link, cluster and summarise: the whole briefing of a batch."""
        articles, errors = self.read(inputs)
        articles = self.prepare(articles, errors)
        vocabulary = batch_vocabulary(articles)
        self.link(articles)
        groups = self.cluster(articles, vocabulary.idf, vocabulary.unseen_idf)
        stories = self.summarize(groups, vocabulary, errors)
        return Briefing(articles=articles, stories=stories, errors=errors)

    # --- stages ---------------------------------------------------------------------------

    def read(
        self, inputs: Iterable[str | Path | Article]
    ) -> tuple[list[Article], list[InputError]]:
        """Articles from paths (and Article objects passed as they are), and input errors."""
        started = time.perf_counter()
        articles: list[Article] = []
        errors: list[InputError] = []
        paths: list[str | Path] = []
        for item in inputs:
            if isinstance(item, Article):
                articles.append(item)
            else:
                paths.append(item)
        for item in read_articles(paths):
            if isinstance(item, InputError):
                errors.append(item)
            else:
                articles.append(item)
            self.progress("read", len(articles) + len(errors), 0)
        _unique_ids(articles)
        self.times.add("read", started)
        return articles, errors

    def prepare(self, articles: list[Article], errors: list[InputError]) -> list[Article]:
        """Clean, segment and read every article; one with no sentence left becomes an
        error, one whose names or numbers cannot be read is kept and its error reported."""
        started = time.perf_counter()
        self.progress("loading word frequencies and the entity tagger", 0, 0)
        word_zipf()
        stem_doc_prior()
        tagger()
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        if workers > 1 and len(articles) >= PARALLEL_FROM:
            prepared = self._prepare_in_processes(articles, workers)
        else:
            prepared = self._prepare_here(articles)
        kept = []
        for article, (error, keep) in prepared:
            if keep:
                kept.append(article)
            if error is not None:
                errors.append(InputError(article.location, error))
        self.times.add("clean+segment+extract", started)
        return kept

    def _prepare_here(self, articles: list[Article]) -> Iterator[tuple[Article, Outcome]]:
        for start in range(0, len(articles), PARALLEL_CHUNK):
            chunk = articles[start : start + PARALLEL_CHUNK]
            yield from zip(chunk, _prepare_guarded(chunk, self.settings.repair_glued), strict=True)
            self.progress("clean", start + len(chunk), len(articles))

    def _prepare_in_processes(
        self, articles: list[Article], workers: int
    ) -> Iterator[tuple[Article, Outcome]]:
        """Cleaning is per article and CPU-bound: forked workers share the loaded word lists."""
        chunks = [articles[i : i + PARALLEL_CHUNK] for i in range(0, len(articles), PARALLEL_CHUNK)]
        job = partial(_prepare_chunk, repair_glued=self.settings.repair_glued)
        done = 0
        for chunk, results in zip(chunks, _map_in_forks(job, chunks, workers), strict=True):
            # only the prepared parts come back: the raw text is not copied twice
            for article, (prepared, outcome) in zip(chunk, results, strict=True):
                (article.title, article.text, article.captions, article.sentences,
                 article.title_stems, article.mentions, article.quotes, article.quantities,
                 article.dates) = prepared
                yield article, outcome
            done += len(chunk)
            self.progress("clean", done, len(articles))

    def link(self, articles: Sequence[Article]) -> None:
        """Mark reprints: `duplicate_of` points at the earliest article of each group."""
        started = time.perf_counter()
        self.progress("link", 0, 0)
        by_id = {a.id: a for a in articles}
        for article_id, original in find_reprints(articles).items():
            by_id[article_id].duplicate_of = original
        self.times.add("link", started)

    def cluster(
        self, articles: Sequence[Article], idf: dict[str, float], default_idf: float
    ) -> list[list[Article]]:
        """Stories as lists of articles, earliest first."""
        started = time.perf_counter()
        self.progress("cluster", 0, 0)
        originals = [a for a in articles if not a.duplicate_of]
        terms = (
            clustering.article_terms(
                a.title_stems,
                [s.stems for s in a.sentences],
                lead_entities(a),
            )
            for a in originals
        )
        vectors = clustering.story_vectors(terms, idf, default_idf)
        days = np.array(
            [a.published.toordinal() if a.published else np.nan for a in originals],
            dtype=np.float64,
        )
        threshold = self.settings.story_similarity
        clues = clustering.story_clues(originals)
        graph = clustering.similarity_graph(vectors, days, threshold, clues)
        outlets = [a.source for a in originals]
        linked = clustering.average_link(graph, vectors, days, threshold, outlets)
        incident_words = [
            clustering.incident_words(a.title_stems, [s.stems for s in a.sentences])
            for a in originals
        ]
        # only a story one of whose articles names some incident may join one: the leads of
        # the others are never read (as sets, those of a whole corpus take a hundred MB)
        leads: list[frozenset[str]] = [frozenset()] * len(originals)
        for g in linked:
            if any(incident_words[i] for i in g):
                for i in g:
                    a = originals[i]
                    stems = [s.stems for s in a.sentences]
                    leads[i] = clustering.lead_words(a.title_stems, stems)
        joined = clustering.join_incident_reports(linked, incident_words, leads, outlets, days)
        groups = [[originals[i] for i in g] for g in joined]
        story_of = {a.id: k for k, g in enumerate(groups) for a in g}
        for a in articles:
            if a.duplicate_of:
                groups[story_of[a.duplicate_of]].append(a)
        order = {a.id: (a.published or date.max, i) for i, a in enumerate(articles)}
        stories = [sorted(g, key=lambda a: order[a.id]) for g in groups]
        self.times.add("cluster", started)
        return stories

    def summarize(
        self,
        groups: Sequence[list[Article]],
        vocabulary: Vocabulary,
        errors: list[InputError] | None = None,
    ) -> list[Story]:
        """Per story: facts, cited summary, headline, what each source alone reports.

        A story that fails is still briefed as plainly as it can be (`_story`); its error is
        added to `errors`, named by the story's first article."""
        started = time.perf_counter()
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        if workers > 1 and len(groups) >= PARALLEL_STORIES:
            written = self._summarize_in_processes(groups, vocabulary, workers)
        else:
            written = []
            for n, members in enumerate(groups, 1):
                written.append(_story(members, vocabulary, self.settings.words))
                if n % 100 == 0 or n == len(groups):
                    self.progress("summarize", n, len(groups))
        stories = [story for story, _ in written]
        for (story, error), members in zip(written, groups, strict=True):
            if error is not None and errors is not None:
                errors.append(InputError(members[0].location, f"story {story.id}: {error}"))
        _unique_story_ids(stories)
        stories.sort(key=lambda s: (-len(s.sources), -len(s.articles), s.id))
        self.times.add("summarize", started)
        return stories

    def _summarize_in_processes(
        self,
        groups: Sequence[list[Article]],
        vocabulary: Vocabulary,
        workers: int,
    ) -> list[tuple[Story, str | None]]:
        """Stories are independent: forked workers read the batch from the memory they share
        with this process (nothing is sent but story numbers) and send back finished stories."""
        global _STORIES_TO_WRITE
        bounds = [
            (i, min(i + PARALLEL_STORY_CHUNK, len(groups)))
            for i in range(0, len(groups), PARALLEL_STORY_CHUNK)
        ]
        stories: list[tuple[Story, str | None]] = []
        load_light_stems()  # figures compare counted nouns on them, in every worker
        with _STORIES_LOCK:  # one batch at a time in this hand-off (engines run in threads too)
            _STORIES_TO_WRITE = (groups, vocabulary, self.settings.words)
            try:
                for part in _map_in_forks(_write_stories, bounds, workers):
                    stories.extend(part)
                    self.progress("summarize", len(stories), len(groups))
            finally:
                _STORIES_TO_WRITE = None
        return stories


def _map_in_forks(job: Callable[[T], R], items: Sequence[T], workers: int) -> Iterator[R]:
    """job(item) for each item, in order, computed by forked worker processes.

    What the workers inherit is frozen out of the garbage collector as they fork: their
    collections then never walk (and copy, page by page) the parent's objects."""
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        gc.freeze()
        try:
            results = pool.map(job, items)  # submits every item: the workers fork here
        finally:
            gc.unfreeze()
        yield from results


_STORIES_TO_WRITE: tuple[Sequence[list[Article]], Vocabulary, int] | None = None
"""The batch `_write_stories` works on in a forked worker (set by the parent before forking)."""
_STORIES_LOCK = threading.Lock()


def _write_stories(bounds: tuple[int, int]) -> list[tuple[Story, str | None]]:
    assert _STORIES_TO_WRITE is not None, "only called in workers forked by summarize"
    groups, vocabulary, words = _STORIES_TO_WRITE
    return [_story(members, vocabulary, words) for members in groups[bounds[0] : bounds[1]]]


def _story(
    members: Sequence[Article], vocabulary: Vocabulary, words: int
) -> tuple[Story, str | None]:
    """One story and its error, if any: one failing story never sinks a batch. A story whose
    summary cannot be made is briefed with its earliest article's lead (`plain_story`); one
    whose names, quotes and figures cannot be gathered keeps its summary without them."""
    try:
        story = build_story(members, vocabulary, words)
    except Exception as exc:
        return plain_story(members, words), (
            f"summarised by its earliest article's lead: {type(exc).__name__}: {exc}"
        )
    try:
        describe_story(story, members)
    except Exception as exc:
        story.entities, story.quotes, story.figures, story.dates = [], [], [], []
        return story, (
            f"briefed without its names, quotes, figures and dates: {type(exc).__name__}: {exc}"
        )
    return story, None


def plain_story(members: Sequence[Article], words: int) -> Story:
    """The plainest briefing of a story: its earliest article's first sentences, up to the
    word budget, each citing itself; the earliest title as headline."""
    first = next((a for a in members if a.sentences), members[0])
    summary: list[SummarySentence] = []
    used = 0
    for s in first.sentences:
        if summary and used + s.words > words:
            break
        summary.append(SummarySentence(s.text, [Citation(first.id, s.index)]))
        used += s.words
    return Story(
        id=clustering.story_id(members[0]),
        articles=[a.id for a in members],
        sources=list(dict.fromkeys(a.source for a in members)),
        summary=summary,
        headline=next((a.title for a in members if a.title), "")
        or choose_headline(members, summary),
    )


def prepare_article(article: Article, *, repair_glued: bool = True) -> Article:
    """Clean one article's text, cut it into sentences and find its names, statements,
    numbers and dates, and judge its sentences for summaries (in place; returns it)."""
    segment_article(article, repair_glued=repair_glued)
    extract_article(article)
    judge_sentences(article)
    return article


def segment_article(article: Article, *, repair_glued: bool = True) -> None:
    """Clean one article's text and cut it into sentences (in place)."""
    cleaned = clean_text(article.raw, repair_glued=repair_glued)
    article.text = cleaned.text
    article.captions = cleaned.captions
    if article.title:
        article.title = clean_title(article.title)
    article.title_stems = tuple(content_stems(tokens(article.title))) if article.title else ()
    article.sentences = []
    for i, (a, b) in enumerate(sentence_spans(cleaned.text)):
        words = tokens(cleaned.text[a:b])
        article.sentences.append(
            Sentence(article.id, i, a, b, cleaned.text, tuple(content_stems(words)), len(words))
        )


def extract_article(article: Article, mentions: list[Mention] | None = None) -> None:
    """Names, statements, numbers and dates of one segmented article (in place); `mentions`
    when its names were already found (`find_mentions_many`)."""
    article.mentions = find_mentions(article.text, article.id) if mentions is None else mentions
    article.quotes = find_quotes(article, article.mentions)
    article.quantities = find_quantities(article.text, article.id)
    article.dates = find_dates(article.text, article.published, article.id)


def _prepare_guarded(articles: Sequence[Article], repair_glued: bool) -> list[Outcome]:
    """Prepare articles: per article (its error, whether it is kept); never an error of the
    batch.

    An article that cannot be cleaned is dropped; one whose names or numbers cannot be read
    is still briefed without them, its error reported. Names are found for all the articles
    at once (decoding them together is much faster); if that fails, article by article, so
    the error is the failing article's alone.
    """
    outcomes = [_segment_guarded(a, repair_glued) for a in articles]
    ready = [a for a, outcome in zip(articles, outcomes, strict=True) if outcome == (None, True)]
    try:
        found: list[list[Mention]] | None = find_mentions_many([(a.text, a.id) for a in ready])
    except Exception:  # retried one by one below, so the error names its article
        found = None
    errors: dict[str, Outcome] = {}
    for k, article in enumerate(ready):
        try:
            extract_article(article, None if found is None else found[k])
        except Exception as exc:  # the article's text and summary still count
            article.mentions, article.quotes, article.quantities, article.dates = [], [], [], []
            errors[article.id] = (
                "briefed without its names, quotes, figures and dates: "
                f"{type(exc).__name__}: {exc}"
            ), True
        try:  # after its names: a ؛ after a person's name ends no sentence
            judge_sentences(article)
        except Exception as exc:  # its sentences are then all taken as they are
            errors.setdefault(article.id, (
                f"summarised without judging its sentences: {type(exc).__name__}: {exc}", True
            ))
    return [errors.get(a.id, outcome) for a, outcome in zip(articles, outcomes, strict=True)]


def _segment_guarded(article: Article, repair_glued: bool) -> Outcome:
    try:
        segment_article(article, repair_glued=repair_glued)
    except Exception as exc:  # one bad article never sinks a batch
        article.sentences = []
        return f"cannot clean this article: {type(exc).__name__}: {exc}", False
    if not article.sentences:
        return "no text left after cleaning", False
    return None, True


def _prepare_chunk(
    articles: list[Article], repair_glued: bool
) -> list[tuple[tuple, Outcome]]:
    outcomes = _prepare_guarded(articles, repair_glued)
    return [
        ((a.title, a.text, a.captions, a.sentences, a.title_stems, a.mentions, a.quotes,
          a.quantities, a.dates), outcome)
        for a, outcome in zip(articles, outcomes, strict=True)
    ]


def batch_vocabulary(articles: Sequence[Article]) -> Vocabulary:
    """The batch's stems numbered, article by article, and the IDF of its stems and lead names
    (smoothed by the general-Arabic prior)."""
    return vocabulary(
        (a.id, chain.from_iterable(s.stems for s in a.sentences), lead_entities(a))
        for a in articles
    )


def lead_entities(article: Article) -> list[str]:
    """Matching keys of the names in an article's lead, marked apart from stems (@…)."""
    lead = article.sentences[: clustering.LEAD_SENTENCES]
    if not lead:
        return []
    end = lead[-1].end
    return ["@" + name_key(m.text) for m in article.mentions if m.start < end]


def build_story(members: Sequence[Article], vocabulary: Vocabulary, words: int) -> Story:
    """One story from its articles (earliest first): facts, summary, headline, contributions.

    The story's stems, numbered for the batch (`vocabulary`), are numbered again story-wide
    (`StoryStems`) for both the facts and the summary.
    """
    sentences = [s for a in members for s in a.sentences]
    stems = StoryStems(members, vocabulary)
    facts = equivalent_sentences(sentences, stems)
    summary = summarize_story(members, facts, stems, words)
    sources = list(dict.fromkeys(a.source for a in members))
    story = Story(
        id=clustering.story_id(members[0]),
        articles=[a.id for a in members],
        sources=sources,
        summary=summary,
        headline=choose_headline(members, summary),
    )
    if len(sources) > 1:
        story.contributions = _contributions(members, facts)
    return story


def _contributions(members: Sequence[Article], facts: Sequence[Fact]) -> list[Contribution]:
    """Per article, its sentences that no other source of the story carries."""
    source_of = {a.id: a.source for a in members}
    only: dict[str, list[Citation]] = {a.id: [] for a in members if not a.duplicate_of}
    for fact in facts:
        first = fact.members[0]
        if fact.words < ONLY_HERE_MIN_WORDS or first.article not in only:
            continue
        source = source_of[first.article]
        if all(source_of[s.article] == source for s in fact.members):
            only[first.article].append(Citation(first.article, first.index))
    return [Contribution(article=a, only_here=c) for a, c in only.items() if c]


def describe_story(story: Story, members: Sequence[Article]) -> None:
    """Who, what, how many: the story's entities, quotes, figures and dates (in place).

    Names tagged confidently in one source count in the others; quotes of reprints are left
    out (their original has them) and speakers take their entity's full name.
    """
    originals = [a for a in members if not a.duplicate_of]
    mentions = spread_mentions(
        {a.id: a.text for a in members}, {a.id: a.mentions for a in members}
    )
    story.entities = story_entities(
        (m for ms in mentions.values() for m in ms), [a.id for a in members]
    )
    said: list[tuple[str, set[str]]] = []
    for a in originals:
        for q in a.quotes:
            full = resolve_name(q.speaker, story.entities)
            if plausible_speaker(full) == full:  # not a tagger's run-on (زاد المصدر)
                q.speaker = full
            words = {matching_key(w) for w in tokens(q.text)}
            if any(who == q.speaker and _mostly_within(words, other) for who, other in said):
                continue  # the same statement in a second outlet: the first one is shown
            said.append((q.speaker, words))
            story.quotes.append(q)
    source_of = {a.id: a.source for a in members}
    story.figures = compare_figures(
        (q for a in originals for q in a.quantities), source_of, {a.id: a.text for a in originals}
    )
    story.dates = story_dates(d for a in originals for d in a.dates)


def _mostly_within(a: set[str], b: set[str]) -> bool:
    """Whether most words of the shorter of two statements are in the other."""
    return bool(a and b) and len(a & b) >= QUOTE_OVERLAP * min(len(a), len(b))


def brief(
    inputs: str | Path | Article | Iterable[str | Path | Article],
    progress: Progress | None = None,
    **settings: object,
) -> Briefing:
    """Brief a pile of articles: paths (files, folders, `-`) or `Article` objects.

    Keyword settings are those of `Settings` (e.g. `words=150`).
    """
    if isinstance(inputs, str | Path | Article):
        inputs = [inputs]
    return Engine(Settings(**settings), progress).brief(inputs)


def _unique_ids(articles: list[Article]) -> None:
    seen: set[str] = set()
    for n, a in enumerate(articles, 1):
        if not a.id or a.id in seen:
            a.id = f"a{n}"
            while a.id in seen:
                a.id += "_"
        seen.add(a.id)
        for s in a.sentences:
            s.article = a.id


def _unique_story_ids(stories: list[Story]) -> None:
    seen: dict[str, int] = {}
    for s in stories:
        if s.id in seen:
            seen[s.id] += 1
            s.id = f"{s.id}-{seen[s.id]}"
        else:
            seen[s.id] = 0
