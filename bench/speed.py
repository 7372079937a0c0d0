"""Throughput and memory on all of SaudiNewsNet, and per-story speed beside sumy LexRank.

    .venv/bin/python bench/speed.py

1. `mujaz brief saudinewsnet.jsonl.gz -o FILE` as a user runs it (a child process): wall
   time, articles/s and peak resident memory (the largest of the process and its workers).
2. The same batch through `Engine` in this process: seconds per stage; then Mujaz's per-story
   work (`pipeline.build_story`) alone on every story of the batch, each touched once (cold).
3. Per story, on 200 multi-article stories of that batch (those whose first article's address
   hashes lowest, so that the sample stays when other stories change): Mujaz's per-story work
   (`build_story`: equivalent sentences with their citations, the summary, the headline, what
   each source alone reports; with the batch's idf, as in the pipeline) beside sumy's LexRank
   (its sentence graph and ranking, then the same 100-word budget filled in rank order). Both
   start from the same prepared stories: Mujaz's cleaned sentences, with what the pipeline
   prepared for Mujaz before any story (their stems, numbered in the pass that computes the
   batch's idf, `batch_vocabulary`; each sentence judged with its article: heading or not,
   reads alone or not, `summarize.judge_sentences`), and the same sentences' tokens for sumy,
   tokenised (and sumy's stop words listed) before the clock starts; both count the budget in
   `mujaz.arabic.segment.tokens`.
   Each system runs over all 200 stories in turn, three rounds after an untimed one (first
   touches of the data, lazily built tables and caches), so both see the same machine load; the
   loaded batch is frozen out of the garbage collector first (`gc.freeze`), so neither pays for
   collections of the other's garbage or of the 31k articles. LexRank tokenising its sentences
   inside the clock, as this bench measured before, is reported too.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import git_commit, write_section  # noqa: E402
from summaries import StoryInput, sumy_summarizer  # noqa: E402
from sumy.models.dom import ObjectDocumentModel, Paragraph  # noqa: E402
from sumy.models.dom import Sentence as SumySentence  # noqa: E402
from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: E402

from mujaz import Article  # noqa: E402
from mujaz.arabic.frequency import Vocabulary  # noqa: E402
from mujaz.arabic.normalize import matching_key  # noqa: E402
from mujaz.arabic.segment import tokens  # noqa: E402
from mujaz.arabic.stem import STOPWORDS, stem_ar  # noqa: E402
from mujaz.pipeline import Engine, batch_vocabulary, build_story  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
STORIES = 200  # multi-article stories timed one by one
ROUNDS = 3
WORDS = 100


def whole_run(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "briefing.json"
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "mujaz.cli", "brief", str(CORPUS), "-o", str(out), "-q"],
            capture_output=True, text=True,
        )
        wall = time.perf_counter() - started
        size = out.stat().st_size / 1e6 if out.exists() else 0
    peak = _peak_mb(resource.RUSAGE_CHILDREN)
    errors = sum(1 for ln in proc.stderr.splitlines() if ln.startswith("mujaz: "))
    lines.append(
        f"`mujaz brief saudinewsnet.jsonl.gz -o briefing.json` (exit {proc.returncode}, "
        f"{errors} input errors: the empty articles): **{wall:.1f} s** wall, "
        f"{31030 / wall:.0f} articles/s, peak memory **{peak:.0f} MB**, JSON {size:.0f} MB."
    )


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def stages(lines: list[str]) -> tuple[list[list[Article]], Vocabulary]:
    peaks: dict[str, float] = {}

    def note_peak(stage: str, done: int, total: int) -> None:
        """The process's peak memory so far, when each stage first reports."""
        peaks.setdefault(stage, _peak_mb(resource.RUSAGE_SELF))

    engine = Engine(progress=note_peak)
    started = time.perf_counter()
    briefing = engine.brief([CORPUS])
    total = time.perf_counter() - started
    lines.append("")
    lines.append(f"In process: {len(briefing.articles)} articles → {len(briefing.stories)} "
                 f"stories in {total:.1f} s. Seconds per stage:")
    lines.append("")
    lines.append("| " + " | ".join(engine.times.seconds) + " |")
    lines.append("|" + "---|" * len(engine.times.seconds))
    lines.append("| " + " | ".join(f"{v:.1f}" for v in engine.times.seconds.values()) + " |")
    shown = [(s, mb) for s, mb in peaks.items() if s in ("link", "cluster", "summarize")]
    lines.append("")
    lines.append(
        "Peak memory of this process (workers apart) by then: "
        + ", ".join(f"when {stage} began {mb:.0f} MB" for stage, mb in shown)
        + f", at the end {_peak_mb(resource.RUSAGE_SELF):.0f} MB."
    )
    by_id = {a.id: a for a in briefing.articles}
    groups = [[by_id[a] for a in s.articles] for s in briefing.stories]
    vocabulary = batch_vocabulary(briefing.articles)
    started = time.perf_counter()
    for members in groups:
        build_story(members, vocabulary, WORDS)
    alone = time.perf_counter() - started
    lines.append("")
    lines.append(
        f"`build_story` alone (equivalent sentences, summary, headline, what each source alone "
        f"reports; the summarize stage above also finds names, quotes, figures and dates) on "
        f"all {len(groups)} stories: {alone:.1f} s, {len(groups) / alone:.0f} stories/s."
    )
    return [g for g in groups if len(g) > 1], vocabulary


class PreparedWords:
    """sumy's tokenizer protocol over words tokenised beforehand, as Mujaz's stems are."""

    language = "arabic"

    def __init__(self, words: dict[str, tuple[str, ...]]):
        self.words = words

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return self.words[sentence]


def prepared_lexrank(story: StoryInput, words: int) -> Callable[[], list[str]]:
    """sumy LexRank on one story, set up as `summaries.sumy_summarizer` does (a paragraph per
    article, stemmer `stem_ar`, Mujaz's stop words), its tokens and stop words ready; the
    returned call ranks and fills the budget as `summaries.fill` does, counting the tokens it
    was given."""
    sentences = story.sentences
    tokenised = {s.text: tuple(tokens(s.text)) for s in sentences}
    length = [len(tokenised[s.text]) for s in sentences]
    stop = {w for ws in tokenised.values() for w in ws if matching_key(w) in STOPWORDS}
    tokenizer = PreparedWords(tokenised)
    summarizer = LexRankSummarizer(stem_ar)
    summarizer.stop_words = stop

    def run() -> list[str]:
        document = ObjectDocumentModel(
            [
                Paragraph([SumySentence(s.text, tokenizer) for s in a.sentences])
                for a in story.members
            ]
        )
        ranked: list[int] = []

        def count(infos: list) -> list:  # sumy hands over all sentences, best first
            ranked.extend(info.order for info in infos)
            return []

        summarizer(document, count)
        chosen, used = [], 0
        for i in ranked:
            if used + length[i] <= words:
                chosen.append(i)
                used += length[i]
        return [sentences[i].text for i in sorted(chosen or ranked[:1])]

    return run


def per_story(
    groups: list[list[Article]], vocabulary: Vocabulary, lines: list[str]
) -> None:
    """Mujaz's per-story work beside sumy LexRank on the same stories (see the docstring)."""
    # by a hash of each story's first article's address: a change to other stories does not
    # draw another sample, so runs before and after a change compare the same stories
    sample = sorted(groups, key=lambda g: hashlib.sha1(g[0].location.encode()).hexdigest())[
        :STORIES
    ]
    stories = [StoryInput(str(k), g, vocabulary, []) for k, g in enumerate(sample)]
    prepared = [prepared_lexrank(s, WORDS) for s in stories]
    tokenising = sumy_summarizer(LexRankSummarizer)
    runs: dict[str, Callable[[int], object]] = {
        "Mujaz": lambda k: build_story(stories[k].members, vocabulary, WORDS),
        "LexRank": lambda k: prepared[k](),
        "LexRank tokenising": lambda k: tokenising(stories[k], WORDS),
    }
    gc.collect()
    gc.freeze()
    seconds = {name: [0.0] * len(stories) for name in runs}  # per story, summed over rounds
    for round_no in range(ROUNDS + 1):  # the first round warms up and is not counted
        for name, run in runs.items():
            for k in range(len(stories)):
                started = time.perf_counter()
                run(k)
                seconds[name][k] += (time.perf_counter() - started) if round_no else 0.0
    gc.unfreeze()
    rate = {name: ROUNDS * len(stories) / sum(t) for name, t in seconds.items()}
    sizes = [len(s.sentences) for s in stories]
    largest = max(range(len(stories)), key=sizes.__getitem__)
    without = {name: sum(t) - t[largest] for name, t in seconds.items()}
    pairs = zip(seconds["LexRank"], seconds["Mujaz"], strict=True)
    ratios = sorted(lex / own for lex, own in pairs)
    ordered = sorted(sizes)
    lines.append("")
    lines.append(
        f"Per story, {len(stories)} multi-article stories (sentences: mean "
        f"{sum(sizes) / len(sizes):.0f}, median {ordered[len(ordered) // 2]}, most "
        f"{ordered[-1]}), each system over all of them in turn, {ROUNDS} rounds after one to "
        f"warm up: Mujaz {rate['Mujaz']:.0f} stories/s ({1000 / rate['Mujaz']:.2f} ms a story), "
        f"sumy LexRank {rate['LexRank']:.1f} stories/s ({1000 / rate['LexRank']:.1f} ms): "
        f"**{rate['Mujaz'] / rate['LexRank']:.1f}×** LexRank's throughput. Mujaz's time is "
        "`build_story`; LexRank's is its ranking and filling the same 100-word budget; both "
        "start from the same sentences, their numbered stems and per-article judgments "
        "(Mujaz) and tokens (sumy) computed beforehand. LexRank tokenising inside the clock "
        "(how this bench measured before): "
        f"{rate['LexRank tokenising']:.1f} stories/s, "
        f"{rate['Mujaz'] / rate['LexRank tokenising']:.1f}×."
    )
    lines.append("")
    lines.append(
        "LexRank's time grows with the square of a story's sentences and Mujaz's nearly "
        "linearly, so the ratio of throughputs leans on the sample's largest stories. Without "
        f"its largest story ({ordered[-1]} sentences): "
        f"{without['LexRank'] / without['Mujaz']:.1f}×; the median of the per-story ratios "
        f"(LexRank's time over Mujaz's, story by story): {ratios[len(ratios) // 2]:.1f}×."
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not available")
        return 0
    command = ".venv/bin/python bench/speed.py"
    lines = [f"Date {date.today()}, commit {git_commit()}, command `{command}`, on this 2-core"
             " machine.", ""]
    whole_run(lines)
    groups, vocabulary = stages(lines)
    per_story(groups, vocabulary, lines)
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section("## Speed (SaudiNewsNet, 31k articles)", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
