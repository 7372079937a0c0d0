"""Throughput and memory on all of SaudiNewsNet, and per-story speed beside sumy LexRank.

    .venv/bin/python bench/speed.py

1. `mujaz brief saudinewsnet.jsonl.gz -o FILE` as a user runs it (a child process): wall
   time, articles/s and peak resident memory (the largest of the process and its workers).
2. The same batch through `Engine` in this process: seconds per stage.
3. Summaries per story: Mujaz's per-story work (equivalent sentences, summary, headline)
   against sumy's LexRank on the same stories, sentences and 100-word budget, on 200
   multi-article stories drawn at random (seed 1).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import git_commit, write_section  # noqa: E402
from summaries import StoryInput, sumy_summarizer  # noqa: E402
from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: E402

from mujaz.pipeline import Engine, build_story  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


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
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    errors = sum(1 for ln in proc.stderr.splitlines() if ln.startswith("mujaz: "))
    lines.append(
        f"`mujaz brief saudinewsnet.jsonl.gz -o briefing.json` (exit {proc.returncode}, "
        f"{errors} input errors: the empty articles): **{wall:.1f} s** wall, "
        f"{31030 / wall:.0f} articles/s, peak memory **{peak:.0f} MB**, JSON {size:.0f} MB."
    )


def stages(lines: list[str]) -> list[list]:
    engine = Engine()
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
    by_id = {a.id: a for a in briefing.articles}
    return [[by_id[a] for a in s.articles] for s in briefing.stories if len(s.articles) > 1]


def per_story(groups: list[list], lines: list[str]) -> None:
    from mujaz.pipeline import batch_idf

    sample = random.Random(1).sample(groups, min(200, len(groups)))
    idf, default = batch_idf([a for g in sample for a in g])
    stories = [StoryInput(str(k), g, idf, default, []) for k, g in enumerate(sample)]
    lexrank = sumy_summarizer(LexRankSummarizer)
    started = time.perf_counter()
    for s in stories:
        build_story(s.members, idf, default, 100)
    ours = time.perf_counter() - started
    started = time.perf_counter()
    for s in stories:
        lexrank(s, 100)
    theirs = time.perf_counter() - started
    sizes = sum(len(s.sentences) for s in stories) / len(stories)
    lines.append("")
    lines.append(
        f"Per story, {len(stories)} multi-article stories (mean {sizes:.0f} sentences): Mujaz "
        f"{len(stories) / ours:.0f} stories/s, sumy LexRank {len(stories) / theirs:.1f} "
        f"stories/s: **{theirs / ours:.0f}×** LexRank's throughput."
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
    groups = stages(lines)
    per_story(groups, lines)
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section("## Speed (SaudiNewsNet, 31k articles)", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
