"""`mujaz` command line: `mujaz brief PATH… [--format json|md|html] [-o FILE] [--words N]`.

Errors are one line on stderr naming the input; exit code 0 when every input was read, 1 when
some failed (the rest are still briefed), 2 on usage errors. Progress goes to stderr.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from mujaz.pipeline import Engine, Settings
from mujaz.render import iter_json, to_html, to_markdown
from mujaz.summarize import DEFAULT_WORDS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Mujaz (موجز): cited story briefings from piles of Arabic news articles.",
)
stderr = Console(stderr=True)


class Format(StrEnum):
    json = "json"
    md = "md"
    html = "html"


_RENDER = {Format.md: to_markdown, Format.html: to_html}


@app.callback()
def _root() -> None:
    """Mujaz (موجز): cited story briefings from piles of Arabic news articles."""


@app.command()
def brief(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders (recursively), .jsonl[.gz], .html, feeds, or -"),
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format")] = Format.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout")
    ] = None,
    words: Annotated[
        int, typer.Option("--words", min=10, max=2000, help="Summary length in words")
    ] = DEFAULT_WORDS,
    lang: Annotated[str, typer.Option("--lang", help="Language of the articles (ar)")] = "ar",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
) -> None:
    """Group articles into stories and write a cited briefing of each."""
    if lang != "ar":
        print(f"mujaz: error: --lang {lang}: only Arabic (ar) is supported", file=sys.stderr)
        raise typer.Exit(2)
    show = not quiet and sys.stderr.isatty()
    with Progress(
        TextColumn("{task.description:<26}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        disable=not show,
        transient=True,
    ) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)

        engine = Engine(Settings(words=words), progress)
        briefing = engine.brief(paths)
    for err in briefing.errors:
        print(f"mujaz: {err.location}: {err.error}", file=sys.stderr)
    pieces = iter_json(briefing) if fmt is Format.json else [_RENDER[fmt](briefing), "\n"]
    if output is None:
        sys.stdout.writelines(pieces)
    else:
        try:
            with output.open("w", encoding="utf-8") as fh:
                fh.writelines(pieces)
        except OSError as exc:
            print(f"mujaz: error: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
            raise typer.Exit(2) from None
        if not quiet:
            print(
                f"mujaz: {_count(len(briefing.stories), 'story', 'stories')} from "
                f"{_count(len(briefing.articles), 'article', 'articles')} → {output}",
                file=sys.stderr,
            )
    raise typer.Exit(1 if briefing.errors else 0)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def main() -> None:
    """Entry point of the `mujaz` script."""
    app()


if __name__ == "__main__":
    main()
