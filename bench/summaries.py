"""Summary quality on mds-dev and our stories: Mujaz, LEAD, sumy LexRank/TextRank, a centroid.

    .venv/bin/python bench/summaries.py [--words 100] [--show] [--no-write] [--corpus]

Three sets of multi-outlet SaudiNewsNet stories with two abstractive reference summaries each:
`../shared/data/mds-dev` (5 stories) and ours, `bench/labels/mds-saudinewsnet.json` and
`mds-saudinewsnet-2.json` (12 stories each, drawn at random from our story labels of four
days, references written by readers who had not seen Mujaz's summaries), then all 29 stories
pooled (each story counts once). Each story's articles are taken from SaudiNewsNet by url and
summarised as ONE story (no clustering), all systems under the same word budget and from the
same cleaned sentences (Mujaz's cleaning and segmentation). Scores are mds-dev's reference scorer
(`mujaz.evaluate`): ROUGE-1/2 on normalised whitespace tokens, no stemming, 100-token cut,
averaged over the two references, then over stories.
The table goes to stdout and into bench/RESULTS.md.

With --corpus, all of SaudiNewsNet is also briefed as a user briefs it (a few minutes), and the
shape of its summaries is counted: stories without one, sentences that do not read alone out of
their article (`summarize.reads_alone`), summaries far over the budget; the largest story's
summary is listed for a reader to judge.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shlex
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from results import git_commit, write_section
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from mujaz import Article, Engine, Sentence
from mujaz.arabic.frequency import Vocabulary
from mujaz.arabic.normalize import matching_key
from mujaz.arabic.segment import tokens
from mujaz.arabic.stem import STOPWORDS, content_stems, stem_ar
from mujaz.evaluate import Score, rouge
from mujaz.pipeline import Settings, batch_vocabulary, build_story
from mujaz.summarize import reads_alone

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
STORIES = DATA / "mds-dev" / "stories.json"
OURS = ROOT / "bench" / "labels" / "mds-saudinewsnet.json"
OURS_2 = ROOT / "bench" / "labels" / "mds-saudinewsnet-2.json"
SETS = {
    "mds-dev": STORIES,
    "ours (`bench/labels/mds-saudinewsnet.json`)": OURS,
    "ours, second set (`bench/labels/mds-saudinewsnet-2.json`)": OURS_2,
}
CORPUS = DATA / "saudinewsnet" / "saudinewsnet.jsonl.gz"
SECTION = "## Summaries (mds-dev and our stories)"
CORPUS_SECTION = "## Summaries (all of SaudiNewsNet in one batch)"
TOKENISER = (
    "ROUGE tokens: whitespace after removing tashkeel, tatweel and punctuation (a `.`/`,` "
    "between digits stays), أإآ→ا, ى→ي, ة→ه; no stemming; candidate and references cut to 100 "
    "tokens; scores averaged over the 2 references, then over stories. "
    "Word budget counted in `mujaz.arabic.segment.tokens`. sumy gets Mujaz's cleaned sentences, "
    "words by `mujaz.arabic.segment.tokens`, Mujaz's stop words, stemmer "
    "`mujaz.arabic.stem.stem_ar` (matching key, و/ف strip, Snowball Arabic)."
)


@dataclass(slots=True)
class StoryInput:
    """One mds-dev story, prepared as the pipeline would: members earliest first, batch idf."""

    id: str
    members: list[Article]
    vocabulary: Vocabulary
    references: list[str]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for a in self.members for s in a.sentences]


Summarizer = Callable[[StoryInput, int], list[str]]


# --- data ------------------------------------------------------------------------------------


def load_records(urls: set[str]) -> dict[str, dict]:
    """SaudiNewsNet records by url (one pass over the 31k-line corpus)."""
    found: dict[str, dict] = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("url") in urls:
                found.setdefault(record["url"], record)
    return found


def prepare(story: dict, records: dict[str, dict]) -> StoryInput:
    """Read the story's articles through Mujaz's JSONL reader, clean, segment, link, idf."""
    engine = Engine()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{story['id']}.jsonl"
        lines = (json.dumps(records[a["url"]], ensure_ascii=False) for a in story["articles"])
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        articles, errors = engine.read([path])
        articles = engine.prepare(articles, errors)
    for error in errors:
        print(f"{story['id']}: {error.location}: {error.error}", file=sys.stderr)
    vocabulary = batch_vocabulary(articles)  # as Engine.brief: one document per article
    engine.link(articles)
    members = sorted(articles, key=lambda a: a.published or date.max)  # stable: input order
    return StoryInput(story["id"], members, vocabulary, story["references"])


# --- systems -----------------------------------------------------------------------------------


def fill(order: Iterable[int], sentences: Sequence[Sentence], words: int) -> list[str]:
    """Sentences taken in priority order while they fit the budget, shown in text order.

    A sentence that does not fit is skipped, not cut; if none fits, the first one is taken.
    """
    order = list(order)
    chosen, used = [], 0
    for i in order:
        n = len(tokens(sentences[i].text))
        if used + n <= words:
            chosen.append(i)
            used += n
    return [sentences[i].text for i in sorted(chosen or order[:1])]


def mujaz_summary(story: StoryInput, words: int) -> list[str]:
    built = build_story(story.members, story.vocabulary, words)
    return [s.text for s in built.summary]


def lead(story: StoryInput, words: int) -> list[str]:
    first = story.members[0].sentences
    return fill(range(len(first)), first, words)


def centroid(story: StoryInput, words: int) -> list[str]:
    """Sentences by cosine to the story's TF-IDF centroid (stemmed content words)."""
    sentences = story.sentences
    vectors = []
    for s in sentences:
        tf = Counter(content_stems(tokens(s.text)))
        idf, unseen = story.vocabulary.idf, story.vocabulary.unseen_idf
        vectors.append({k: v * idf.get(k, unseen) for k, v in tf.items()})
    center: Counter[str] = Counter()
    for v in vectors:
        center.update(v)
    center_norm = sum(x * x for x in center.values()) ** 0.5 or 1.0

    def cosine(v: dict[str, float]) -> float:
        norm = sum(x * x for x in v.values()) ** 0.5 or 1.0
        return sum(x * center[k] for k, x in v.items()) / (norm * center_norm)

    scores = [cosine(v) for v in vectors]
    return fill(sorted(range(len(sentences)), key=lambda i: -scores[i]), sentences, words)


class ArabicTokenizer:
    """sumy's tokenizer protocol without nltk: sentences are Mujaz's, words are its tokens."""

    language = "arabic"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokens(sentence))


def sumy_summarizer(cls: type[LexRankSummarizer] | type[TextRankSummarizer]) -> Summarizer:
    """A sumy ranker over the story's sentences as one document (a paragraph per article)."""

    def summarize(story: StoryInput, words: int) -> list[str]:
        tokenizer = ArabicTokenizer()
        document = ObjectDocumentModel(
            [
                Paragraph([SumySentence(s.text, tokenizer) for s in a.sentences])
                for a in story.members
            ]
        )
        summarizer = cls(stem_ar)
        summarizer.stop_words = {
            w for s in story.sentences for w in tokens(s.text) if matching_key(w) in STOPWORDS
        }
        ranked: list[int] = []

        def count(infos: list) -> list:  # sumy hands over all sentences, best first
            ranked.extend(info.order for info in infos)
            return []

        summarizer(document, count)
        return fill(ranked, story.sentences, words)

    return summarize


SYSTEMS: dict[str, Summarizer] = {
    "Mujaz": mujaz_summary,
    "LEAD (earliest article)": lead,
    "sumy LexRank": sumy_summarizer(LexRankSummarizer),
    "sumy TextRank": sumy_summarizer(TextRankSummarizer),
    "TF-IDF centroid": centroid,
}


# --- report ------------------------------------------------------------------------------------


def mean(scores: Sequence[Score], field: str) -> float:
    return sum(getattr(s, field) for s in scores) / len(scores)


def means_table(
    results: dict[str, dict[str, dict[int, Score]]], lengths: dict[str, list[int]]
) -> str:
    """ROUGE-1/2 F1 and recall per system, averaged over stories, and mean summary length."""
    lines = [
        "| system | R-1 F1 | R-1 R | R-2 F1 | R-2 R | words |",
        "|---|---|---|---|---|---|",
    ]
    for name, per_story in results.items():
        r1 = [s[1] for s in per_story.values()]
        r2 = [s[2] for s in per_story.values()]
        lines.append(
            f"| {name} | {mean(r1, 'f1'):.3f} | {mean(r1, 'recall'):.3f} "
            f"| {mean(r2, 'f1'):.3f} | {mean(r2, 'recall'):.3f} "
            f"| {sum(lengths[name]) / len(lengths[name]):.0f} |"
        )
    return "\n".join(lines)


def tables(results: dict[str, dict[str, dict[int, Score]]], lengths: dict[str, list[int]]) -> str:
    """Averages per system (`means_table`), then ROUGE-1/2 F1 per story."""
    lines = [means_table(results, lengths)]
    stories = list(next(iter(results.values())))
    lines += ["", "ROUGE-1 F1 / ROUGE-2 F1 per story:", ""]
    lines.append("| system | " + " | ".join(stories) + " |")
    lines.append("|---" * (len(stories) + 1) + "|")
    for name, per_story in results.items():
        cells = [f"{per_story[s][1].f1:.3f} / {per_story[s][2].f1:.3f}" for s in stories]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def score_set(
    path: Path, records: dict[str, dict], words: int, show: bool
) -> tuple[str, str, dict[str, dict[str, dict[int, Score]]], dict[str, list[int]]]:
    """Every system on one set of stories: the tables, and a line on the time taken."""
    started = time.perf_counter()
    stories = json.loads(path.read_text("utf-8"))["stories"]
    missing = [a["url"] for s in stories for a in s["articles"] if a["url"] not in records]
    if missing:
        print(f"{len(missing)} article(s) not in SaudiNewsNet: {missing}", file=sys.stderr)
        stories = [s for s in stories if all(a["url"] in records for a in s["articles"])]
    inputs = [prepare(s, records) for s in stories]
    loaded = time.perf_counter() - started

    results: dict[str, dict[str, dict[int, Score]]] = {name: {} for name in SYSTEMS}
    lengths: dict[str, list[int]] = {name: [] for name in SYSTEMS}
    seconds: dict[str, float] = dict.fromkeys(SYSTEMS, 0.0)
    for story in inputs:
        for name, summarize in SYSTEMS.items():
            t0 = time.perf_counter()
            summary = summarize(story, words)
            seconds[name] += time.perf_counter() - t0
            text = " ".join(summary)
            results[name][story.id] = rouge(text, story.references)
            lengths[name].append(len(tokens(text)))
            if show:
                print(f"\n### {story.id} · {name}\n" + "\n".join(f"- {s}" for s in summary))

    total = time.perf_counter() - started
    n_articles = sum(len(s.members) for s in inputs)
    timing = (
        f"{len(inputs)} stories, {n_articles} articles; {total:.1f} s in all "
        f"({loaded:.1f} s reading and preparing; "
        + ", ".join(f"{name} {t:.2f} s" for name, t in seconds.items())
        + ")"
    )
    return tables(results, lengths), timing, results, lengths


def corpus_shape(words: int) -> str:
    """Counts over the summaries of all of SaudiNewsNet briefed in one batch."""
    started = time.perf_counter()
    briefing = Engine(Settings(words=words)).brief([CORPUS])
    took = time.perf_counter() - started
    by_id = {a.id: a for a in briefing.articles}
    summaries = [s.summary for s in briefing.stories]
    sentences = [x.text for summary in summaries for x in summary]
    lengths = [sum(len(tokens(x.text)) for x in summary) for summary in summaries]
    largest = max(briefing.stories, key=lambda s: len(s.articles))
    lines = [
        f"{len(briefing.articles)} articles → {len(briefing.stories)} stories in {took:.0f} s; "
        f"{len(sentences)} summary sentences.",
        "",
        "| stories without a summary | sentences that do not read alone | sentences ending on ؛ "
        f"| summaries over {int(1.5 * words)} words |",
        "|---|---|---|---|",
        f"| {sum(not s for s in summaries)} | {sum(not reads_alone(t) for t in sentences)} | "
        f"{sum(t.rstrip().endswith('؛') for t in sentences)} | "
        f"{sum(n > 1.5 * words for n in lengths)} |",
        "",
        "A sentence does not read alone (`summarize.reads_alone`) when its speaker is a pronoun "
        "(وأضاف أن …) or a participle going on from the sentence before (مؤكدا أن …), when its "
        "opening verb leaves its subject before (واطمأن سموه على …، وعبر عن عزائه …), when it "
        "goes on with a casualty count (وإصابة تسعة آخرين) or adds to the sentence before "
        "(وشمل القرار أيضا …), points back (جاء ذلك …، الأول صوب لودر والآخر …), opens what "
        "follows (وفيما يلي أسماء الشهداء:) or is cut short (… ثم نص الرسالة إلى); such a "
        "sentence is chosen only where a story has nothing else. A summary runs over when a "
        "story has nothing but one run-on paragraph. A sentence ending on ؛ is a clause with "
        "more to come (most read well alone) or, where ؛ stands for a comma, half a sentence.",
        "",
        f"The largest story ({len(largest.articles)} articles, {len(largest.sources)} outlets), "
        f"headline «{largest.headline}»:",
        "",
        *(f"- {x.text} ({len({by_id[c.article].source for c in x.citations})} outlets)"
          for x in largest.summary),
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100, help="summary word budget")
    parser.add_argument("--show", action="store_true", help="print every summary")
    parser.add_argument("--no-write", action="store_true", help="do not touch bench/RESULTS.md")
    parser.add_argument("--corpus", action="store_true",
                        help="also brief all of SaudiNewsNet and count the shape of its summaries")
    args = parser.parse_args()
    if absent := [str(p) for p in (STORIES, CORPUS) if not p.exists()]:
        print(f"skipped: {', '.join(absent)} not available")
        return 0

    records = load_records(
        {a["url"] for path in SETS.values() for s in json.loads(path.read_text("utf-8"))["stories"]
         for a in s["articles"]}
    )
    parts = []
    pooled: dict[str, dict[str, dict[int, Score]]] = {name: {} for name in SYSTEMS}
    pooled_lengths: dict[str, list[int]] = {name: [] for name in SYSTEMS}
    for name, path in SETS.items():
        table, timing, results, lengths = score_set(path, records, args.words, args.show)
        print(f"\n{name}\n\n{table}\n\n{timing}")
        parts.append(f"### {name}\n\n{table}\n\n{timing}.\n")
        for system, per_story in results.items():
            pooled[system].update(per_story)
            pooled_lengths[system] += lengths[system]
    n = len(next(iter(pooled.values())))
    table = means_table(pooled, pooled_lengths)
    print(f"\nall {n} stories pooled\n\n{table}")
    parts.append(f"### all {n} stories pooled\n\n{table}\n")
    command = shlex.join([".venv/bin/python", "bench/summaries.py", *sys.argv[1:]])
    if not args.no_write:
        write_section(
            SECTION,
            f"Date {date.today().isoformat()}, commit {git_commit()}, command `{command}`.\n"
            f"Budget {args.words} words. {TOKENISER}\n\n" + "\n".join(parts)
        )
    if args.corpus:
        shape = corpus_shape(args.words)
        print(f"\nall of SaudiNewsNet\n\n{shape}")
        if not args.no_write:
            write_section(
                CORPUS_SECTION,
                f"Date {date.today().isoformat()}, commit {git_commit()}, command "
                f"`{command}`. Budget {args.words} words.\n\n{shape}",
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
