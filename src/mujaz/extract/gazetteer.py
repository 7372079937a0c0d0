"""The shipped place-name gazetteer, looked up on matching keys.

`data/gazetteer.tsv` is built by scripts/build_gazetteers.py from CLDR country names and a
filtered list of GeoNames cities. Single words are a dictionary hit; names of several words
(الولايات المتحدة، كوريا الشمالية، جنوب أفريقيا) are found by their first word, longest first,
so the tagger sees the whole name even where its words alone mean nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from mujaz.arabic.normalize import matching_key

PATH = Path(__file__).resolve().parents[1] / "data" / "gazetteer.tsv"


@dataclass(slots=True)
class Gazetteer:
    """Names by matching key: one-word names, and several-word names by their first word."""

    single: dict[str, str] = field(default_factory=dict)
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)

    def add(self, name: str, kind: str) -> None:
        keys = tuple(matching_key(w) for w in name.replace("-", " ").split())
        if len(keys) == 1:
            self.single.setdefault(keys[0], kind)
        elif keys:
            entries = self.multi.setdefault(keys[0], [])
            entries.append((keys[1:], kind))
            entries.sort(key=lambda e: -len(e[0]))

    def spans(self, keys: Sequence[str], first: Sequence[str]) -> list[tuple[int, int, str]]:
        """Several-word names in a sentence as (start, end, type), longest match first.

        `keys` are the sentence's matching keys; `first` the same with clitics stripped, used
        for a name's first word (وكوريا الشمالية)."""
        found: list[tuple[int, int, str]] = []
        i, n = 0, len(keys)
        while i < n:
            end = i
            for rest, kind in self.multi.get(first[i], ()):
                j = i + 1 + len(rest)
                if j <= n and tuple(keys[i + 1 : j]) == rest:
                    found.append((i, j, kind))
                    end = j - 1
                    break
            i = end + 1
        return found


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once (about 11,000 names)."""
    gaz = Gazetteer()
    for name, kind, _ in _entries():
        gaz.add(name, kind)
    return gaz


@lru_cache(maxsize=1)
def _entries() -> tuple[tuple[str, str, str], ...]:
    """The rows of `data/gazetteer.tsv`: name, type, origin (cldr or geonames)."""
    rows = []
    for line in PATH.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, kind, origin = line.split("\t")
            rows.append((name, kind, origin))
    return tuple(rows)


# Countries whose adjective is not made from their CLDR name (الأمريكي from الولايات المتحدة),
# or whose everyday name is not CLDR's: the everyday name and its adjectives.
_EVERYDAY_COUNTRIES = {
    "أمريكا": ("أمريكي", "أميركي"),
    "بريطانيا": ("بريطاني",),
    "السعودية": ("سعودي",),
    "الإمارات": ("إماراتي",),
    "أفغانستان": ("أفغاني",),
}


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, ...]]:
    """One-word country and region names (CLDR) with the adjectives made from them by the
    usual rule (مصر → مصري، سوريا → سوري، فرنسا → فرنسي): a title that says وزير الخارجية
    المصري names Egypt as surely as one that says مصر."""
    out: dict[str, tuple[str, ...]] = {}
    for name, _, origin in _entries():
        if origin != "cldr" or " " in name or "-" in name:
            continue
        base = name[2:] if name.startswith("ال") else name
        if base.endswith("يا"):
            base = base[:-2]
        elif base.endswith(("ا", "ة")):
            base = base[:-1]
        out[name] = (base + "ي",)
    out.update(_EVERYDAY_COUNTRIES)
    return out
