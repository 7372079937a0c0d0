"""The whole flow, in order: read → clean → segment → link → cluster → summarize.

    read       ingest.read_articles         files, folders, stdin, JSONL, HTML → Article
    clean      arabic.clean.clean_text      web debris out, glued words repaired
    segment    arabic.segment               sentences with character spans
    link       dedup.find_reprints          reprints of one wire story → duplicate_of
    cluster    cluster.*                    stories: average linkage over time-damped cosine
    per story  dedup.equivalent_sentences   facts: the same sentence in several sources
               summarize.summarize_story    cited extractive summary under a word budget
               summarize.choose_headline    the most central title

Each article is cleaned and segmented on its own; link and cluster see the whole batch; the
per-story work is independent. Options live in one `Settings` object.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

import numpy as np

from mujaz import cluster as clustering
from mujaz.arabic.clean import clean_text, word_zipf
from mujaz.arabic.frequency import smoothed_idf, stem_doc_prior
from mujaz.arabic.segment import sentence_spans, tokens
from mujaz.arabic.stem import content_stems
from mujaz.dedup import Fact, equivalent_sentences, find_reprints
from mujaz.ingest import read_articles
from mujaz.model import (
    Article,
    Briefing,
    Citation,
    Contribution,
    InputError,
    Sentence,
    Story,
)
from mujaz.summarize import DEFAULT_WORDS, choose_headline, summarize_story

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work advances; total 0 when unknown."""

ONLY_HERE_MIN_WORDS = 8
MAX_WORKERS = 4
PARALLEL_FROM = 2000  # below this many articles, starting processes costs more than it saves
PARALLEL_CHUNK = 500


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
        idf, default_idf = batch_idf(articles)
        self.link(articles)
        groups = self.cluster(articles, idf, default_idf)
        stories = self.summarize(groups, idf, default_idf)
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
        """Clean and segment every article; one with no sentence left becomes an error."""
        started = time.perf_counter()
        self.progress("loading word frequencies", 0, 0)
        word_zipf()
        stem_doc_prior()
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        if workers > 1 and len(articles) >= PARALLEL_FROM:
            prepared = self._prepare_in_processes(articles, workers)
        else:
            prepared = self._prepare_here(articles)
        kept = []
        for article, error in prepared:
            if error is None:
                kept.append(article)
            else:
                errors.append(InputError(article.location, error))
        self.times.add("clean+segment+stem", started)
        return kept

    def _prepare_here(self, articles: list[Article]) -> Iterator[tuple[Article, str | None]]:
        for n, article in enumerate(articles, 1):
            yield article, _prepare_guarded(article, self.settings.repair_glued)
            if n % 200 == 0 or n == len(articles):
                self.progress("clean", n, len(articles))

    def _prepare_in_processes(
        self, articles: list[Article], workers: int
    ) -> Iterator[tuple[Article, str | None]]:
        """Cleaning is per article and CPU-bound: forked workers share the loaded word lists."""
        chunks = [articles[i : i + PARALLEL_CHUNK] for i in range(0, len(articles), PARALLEL_CHUNK)]
        job = partial(_prepare_chunk, repair_glued=self.settings.repair_glued)
        done = 0
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            for chunk, results in zip(chunks, pool.map(job, chunks), strict=True):
                # only the cleaned parts come back: the raw text is not copied twice
                for article, (text, captions, sentences, error) in zip(
                    chunk, results, strict=True
                ):
                    article.text, article.captions, article.sentences = text, captions, sentences
                    yield article, error
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
        terms = [
            clustering.article_terms(
                content_stems(tokens(a.title)) if a.title else [], [s.stems for s in a.sentences]
            )
            for a in originals
        ]
        vectors = clustering.story_vectors(terms, idf, default_idf)
        days = np.array(
            [a.published.toordinal() if a.published else np.nan for a in originals],
            dtype=np.float64,
        )
        threshold = self.settings.story_similarity
        graph = clustering.similarity_graph(vectors, days, threshold)
        groups = [
            [originals[i] for i in g]
            for g in clustering.average_link(graph, vectors, days, threshold)
        ]
        story_of = {a.id: k for k, g in enumerate(groups) for a in g}
        for a in articles:
            if a.duplicate_of:
                groups[story_of[a.duplicate_of]].append(a)
        order = {a.id: (a.published or date.max, i) for i, a in enumerate(articles)}
        stories = [sorted(g, key=lambda a: order[a.id]) for g in groups]
        self.times.add("cluster", started)
        return stories

    def summarize(
        self, groups: Sequence[list[Article]], idf: dict[str, float], default_idf: float
    ) -> list[Story]:
        """Per story: facts, cited summary, headline, what each source alone reports."""
        started = time.perf_counter()
        stories = []
        for n, members in enumerate(groups, 1):
            stories.append(build_story(members, idf, default_idf, self.settings.words))
            if n % 100 == 0 or n == len(groups):
                self.progress("summarize", n, len(groups))
        _unique_story_ids(stories)
        stories.sort(key=lambda s: (-len(s.sources), -len(s.articles), s.id))
        self.times.add("summarize", started)
        return stories


def prepare_article(article: Article, *, repair_glued: bool = True) -> Article:
    """Clean one article's text and cut it into sentences (in place; returns it)."""
    cleaned = clean_text(article.raw, repair_glued=repair_glued)
    article.text = cleaned.text
    article.captions = cleaned.captions
    article.sentences = []
    for i, (a, b) in enumerate(sentence_spans(cleaned.text)):
        text = cleaned.text[a:b]
        stems = tuple(content_stems(tokens(text)))
        article.sentences.append(Sentence(article.id, i, a, b, text, stems))
    return article


def _prepare_guarded(article: Article, repair_glued: bool) -> str | None:
    """Prepare one article; what goes wrong becomes that article's error, never the batch's."""
    try:
        prepare_article(article, repair_glued=repair_glued)
    except Exception as exc:  # one bad article never sinks a batch
        article.sentences = []
        return f"cannot clean this article: {type(exc).__name__}: {exc}"
    return None if article.sentences else "no text left after cleaning"


def _prepare_chunk(
    articles: list[Article], repair_glued: bool
) -> list[tuple[str, list[str], list[Sentence], str | None]]:
    out = []
    for a in articles:
        error = _prepare_guarded(a, repair_glued)
        out.append((a.text, a.captions, a.sentences, error))
    return out


def batch_idf(articles: Sequence[Article]) -> tuple[dict[str, float], float]:
    """IDF of the batch's stems (smoothed by the general-Arabic prior), and the unseen IDF."""
    return smoothed_idf({s for sent in a.sentences for s in sent.stems} for a in articles)


def build_story(
    members: Sequence[Article], idf: dict[str, float], default_idf: float, words: int
) -> Story:
    """One story from its articles (earliest first): facts, summary, headline, contributions."""
    sentences = [s for a in members for s in a.sentences]
    facts = equivalent_sentences(sentences, idf, default_idf)
    summary = summarize_story(members, facts, idf, default_idf, words)
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
        if len({source_of[a] for a in fact.articles}) > 1 or first.article not in only:
            continue
        if len(tokens(first.text)) >= ONLY_HERE_MIN_WORDS:
            only[first.article].append(Citation(first.article, first.index))
    return [Contribution(article=a, only_here=c) for a, c in only.items() if c]


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
