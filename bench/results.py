"""What every bench script shares: the commit a figure was measured at, and RESULTS.md."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"


def git_commit() -> str:
    """Short HEAD commit, marked when src/ or bench/ has uncommitted changes (RESULTS.md
    aside: a bench run is often made while its figures are being written up)."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout

    commit = git("rev-parse", "--short", "HEAD").strip() or "unknown"
    dirty = git("status", "--porcelain", "--", "src", "bench", ":!bench/RESULTS.md").strip()
    return f"{commit} + uncommitted changes" if dirty else commit


def write_section(heading: str, body: str) -> None:
    """Replace one `## ` section of RESULTS.md in place (or append it), others untouched."""
    text = RESULTS.read_text("utf-8") if RESULTS.exists() else "# Benchmark results\n"
    section = f"{heading}\n\n{body.strip()}\n"
    start = text.find(heading)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + section + (text[end:] if end >= 0 else "")
    RESULTS.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
