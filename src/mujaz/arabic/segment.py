"""Sentences and tokens of cleaned Arabic text, with character offsets.

Sentences end at . ! ? ؟ ؛ ; and at line breaks, never at the Arabic comma (Arabic news runs
whole paragraphs on ، and و). A boundary inside a matched «…» or "…" does not count, so a quoted
statement stays in the sentence that reports it; an unmatched quote mark protects nothing
(scraped text often drops one side). Nor does one inside a short aside in parentheses: an
elision (...), an abbreviation (إف. بي. آي), a link (www.example.gov.sa). A dot between digits
(43.8) or after a one-letter abbreviation (د. ، أ.ف.ب) is not a boundary either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_MARKS = "\u064b-\u065f\u0670\u0640"
TOKEN = re.compile(rf"\d+(?:[.,٫٬]\d+)+|(?:[^\W_]|[{_MARKS}])+")
WORD = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+")

_END = ".!?؟؛;…"
_CLOSERS = "»\"”’)]"
_PAIRS = {"«": "»", "“": "”"}
_QUOTE_MARK = re.compile("[«“»”\"]")
_END_MARK = re.compile(f"[{re.escape(_END)}]")
_MAX_QUOTE = 800  # a "quote" longer than this is an unmatched mark pairing far away
_ASIDE = re.compile(r"\([^()\n]{1,120}\)")  # longer "asides" are unmatched marks, or paragraphs


def tokens(text: str) -> list[str]:
    """Words and numbers of `text` in order (punctuation dropped)."""
    return TOKEN.findall(text)


def token_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the tokens of `text`."""
    for m in TOKEN.finditer(text):
        yield m.start(), m.end()


def _quoted_ranges(line: str) -> list[tuple[int, int]]:
    """Spans of matched quotations in one line: «…», “…” and pairs of straight quotes."""
    if not _QUOTE_MARK.search(line):
        return []
    ranges: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: list[int] = []
    for i, ch in enumerate(line):
        if ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif ch in "»”":
            # close the nearest matching opener; a closer with no opener is ignored
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == ch:
                    ranges.append((stack[k][1], i))
                    del stack[k:]
                    break
        elif ch == '"':
            straight.append(i)
    # straight quotes pair up left to right; an odd one out (usually the last) protects nothing
    ranges.extend((straight[k], straight[k + 1]) for k in range(0, len(straight) - 1, 2))
    return [(a, b) for a, b in ranges if b - a <= _MAX_QUOTE]


def _is_boundary(line: str, i: int) -> bool:
    ch = line[i]
    if ch == ".":
        before = line[i - 1] if i else ""
        after = line[i + 1] if i + 1 < len(line) else ""
        if before.isdigit() and after.isdigit():
            return False
        if before.isalpha() and (i < 2 or not line[i - 2].isalnum()):
            return False  # one-letter abbreviation: د. حسن ، أ.ف.ب
        if after.isalpha() and before.isalpha() and not after.isascii():
            # "word.word" with no space is a URL or a glued abbreviation, not an end
            return False
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, whitespace trimmed, empty ones dropped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        quoted = _quoted_ranges(line)
        if "(" in line:
            quoted += [m.span() for m in _ASIDE.finditer(line)]
        start = 0
        n = len(line)
        for m in _END_MARK.finditer(line):
            i = m.start()
            if i < start or not _is_boundary(line, i) or any(a < i < b for a, b in quoted):
                continue
            j = i + 1
            while j < n and (line[j] in _END or line[j] in _CLOSERS):
                j += 1
            spans.append((pos + start, pos + j))
            start = j
        spans.append((pos + start, pos + n))
        pos += n + 1
    return [trimmed for a, b in spans if (trimmed := _trim(text, a, b)) is not None]


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a == b or not TOKEN.search(text, a, b):
        return None
    return a, b
