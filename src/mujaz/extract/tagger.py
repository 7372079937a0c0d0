"""Named entities of Arabic news text: a CRF tagger trained on ANERcorp, shipped with the package.

Tokens look like ANERcorp's: punctuation apart, clitics left on the word (وبريطانيا is one
token, tagged B-LOC), numbers whole (2.5%). Each token is described by features of its own word
type and of its neighbours' types: the word and its clitic-stripped core (وجون → جون), affixes,
shape, how common it is in general Arabic and how common its affixed forms are there (ال،
possessives, ب، ل، nisba ي …; wordfreq), word clusters when the package ships them
(scripts/build_tagger.py), the shipped place gazetteer, lists of title words (وزير، الرئيس،
شركة، مدينة …) that announce a name and of well-known organisations (داعش، الناتو …).
Everything that depends on the word type alone is computed once per type and cached, already
filtered to the features the model knows, so a token costs a few list joins and one C call:
the tagger keeps up with the whole corpus.

The model, clusters and gazetteer load lazily on the first call, once per process; a process
forked after that keeps using the loaded copy.
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from mujaz.arabic.normalize import matching_key
from mujaz.extract.gazetteer import PATH as GAZETTEER
from mujaz.extract.gazetteer import Gazetteer, gazetteer
from mujaz.extract.numbers import ORDINALS, WORDS, fold
from mujaz.model import Mention

DATA = Path(__file__).resolve().parents[1] / "data"
MODEL = DATA / "ner.crfsuite"
CLUSTERS = DATA / "word-clusters.tsv.gz"
__all__ = [
    "CLUSTERS", "GAZETTEER", "MODEL", "TOKEN", "TYPES", "find_mentions", "find_mentions_many",
    "tag", "tagger",
]

TYPES = {"PERS": "PERSON", "LOC": "LOCATION", "ORG": "ORG", "MISC": "MISC"}

_MARKS = "\u064b-\u065f\u0670\u0640"
TOKEN = re.compile(rf"(?:[^\W_]|[{_MARKS}])++(?:[.,٫٬]\d+)*+%?|\S")  # possessive: no backtracking

# Words before (or in) a name that say what kind of name follows; compared on matching keys,
# clitics stripped. Ours, from reading news.
_TITLES = {
    "PER": "وزير الوزير وزيرة الرئيس رئيس رئيسة المتحدث الناطق الملك العاهل الأمير الأميرة "
    "الشيخ الشيخة السيد السيدة الدكتور د المستشار الجنرال العقيد اللواء العميد الفريق المشير "
    "النائب نائب الأمين أمين زعيم قائد مدير المدير سفير السفير المبعوث الإمام البابا الرئيسان "
    "ولي المرشد نظيره نظيرته السيناتور الكاتب الفنان الفنانة المطرب اللاعب المدرب الحارس "
    "الصحفي المخرج الممثل الممثلة الشاعر الراحل المواطن الرقيب القاضي المحامي المهندس الأستاذ "
    "البروفيسور الحاكم المحافظ",
    "LOC": "مدينة بلدة قرية محافظة ولاية إقليم منطقة عاصمة العاصمة جزيرة جزر نهر بحر جبل جبال "
    "صحراء مطار ميناء حي شارع ضاحية مخيم معبر سهل وادي بحيرة خليج شمال جنوب شرق غرب وسط "
    "شمالي جنوبي شرقي غربي أنحاء دولة بلاد",
    "ORG": "شركة وكالة جامعة منظمة حزب حركة جماعة تنظيم جبهة ميليشيا ميليشيات مجلس وزارة هيئة "
    "مؤسسة بنك مصرف البنك صندوق نادي فريق منتخب صحيفة جريدة مجلة قناة إذاعة تلفزيون اتحاد "
    "الاتحاد لجنة اللجنة محكمة المحكمة جمعية مركز معهد أكاديمية مجموعة مصنع مستشفى كلية "
    "مدرسة برنامج تحالف التحالف رابطة كتائب لواء فيلق جيش الجيش قوات شرطة",
}
TITLES = {matching_key(w): kind for kind, words in _TITLES.items() for w in words.split()}

# Organisations of one word that news names often and that are nothing else (no حماس, فتح,
# القاعدة: common words too). Ours: ANERcorp (2006) predates some (داعش), and no unlabelled
# news we may ship a derivative of is large enough to learn them from (scripts/build_tagger.py).
_ORGS = (
    "داعش طالبان الناتو النيتو اليونسكو اليونيسيف يونيسيف أوبك الأوبك الفيفا اليويفا الإنتربول "
    "الأونروا الموساد الكنيست البنتاغون البنتاجون الكونغرس الكونجرس الكرملين الإليزيه فيسبوك "
    "تويتر غوغل جوجل مايكروسوفت سامسونج أرامكو سابك رويترز نوكيا تويوتا يوتيوب الإسكوا الأسكوا"
)
ORGS = frozenset(matching_key(w) for w in _ORGS.split())

_CONJ = "وف"
_PREP = "بل"
CONSISTENT_ZIPF = 4.5  # chosen on held-out train sentences (scripts/build_tagger.py --dev)
_CLITIC_LETTERS = frozenset(_CONJ + _PREP)
_MARGIN = {"و": 0.5, "ف": 0.5, "ب": 1.0, "ل": 1.0}


def clitic_length(key: str, zipf: dict[str, float], seen: Container[str] = ()) -> int:
    """How many leading letters of a word key are clitics (و، ف، ب، ل، وب، فل …), 0 to 2.

    A clitic is taken off when what is left is a clearly better-known word (وجون → جون,
    لبنان stays, كيري stays: كـ is not stripped), when the article also writes the rest alone
    (`seen`: وفالون … فالون), or, for و, when neither is known (وفالون, wordfreq knows no
    وفالون). Only what is left stays at three letters or more."""
    cut, best = 0, zipf.get(key, 0.0)
    for n in (1, 2):
        if len(key) - n < 3 or key[n - 1] not in (_CONJ + _PREP if n == 1 else _PREP):
            break
        if n == 2 and key[0] not in _CONJ:
            break
        rest = key[n:]
        z = zipf.get(rest, 0.0)
        if (
            rest in seen
            or z >= best + (0.0 if rest[:2] == "ال" and len(rest) > 3 else _MARGIN[key[n - 1]])
            or (n == 1 and key[0] == "و" and best == 0.0 and z == 0.0 and len(rest) > 3)
        ):
            cut, best = n, max(best, z)
    return cut


def _strip_clitic(key: str, zipf: dict[str, float]) -> str:
    """The word without its clitics, for features; ل of لل gives back ال (للأمم → الأمم)."""
    cut = clitic_length(key, zipf)
    if key[cut : cut + 2] == "لل" and len(key) - cut > 4:
        return "ا" + key[cut + 1 :]
    return key[cut:]


def _clitic(key: str, core: str) -> str:
    """The letters `_strip_clitic` took off: و، ب، وب، ل (of لل → ال) …"""
    if core == key:
        return ""
    if key.endswith(core):
        return key[: len(key) - len(core)]
    return key[: len(key) - len(core) + 1]


Slots = tuple[tuple[str, ...], ...]
"""Feature strings by position: as the token (0), its neighbours at -1, +1, -2, +2 (OFFSETS)."""


def _int(zipf: dict[str, float], key: str) -> str:
    return str(int(zipf.get(key, 0.0)))


@dataclass(slots=True)
class _Record:
    """What one word type contributes, as the token itself and as each neighbour."""

    key: str
    core: str
    features: Slots


OFFSETS = (0, -1, 1, -2, 2)


def _shape(word: str) -> str:
    if word.isdigit() or word[:1].isdigit():
        return "num"
    if not word[:1].isalnum():
        return "punct"
    if word.isascii():
        return "latin"
    return "ar"


class Featurizer:
    """Feature strings of words and sentences (for training; the tagger sums their weights)."""

    CACHE = 200_000

    def __init__(
        self, clusters: dict[str, tuple[str, ...]], gaz: Gazetteer, zipf: dict[str, float]
    ):
        self.clusters = clusters
        self.gaz = gaz
        self.zipf = zipf
        self.records: dict[str, _Record] = {}

    def record(self, word: str) -> _Record:
        rec = self.records.get(word)
        if rec is None:
            if len(self.records) >= self.CACHE:
                self.records.clear()
            rec = self.records[word] = self.describe(word)
        return rec

    def describe(self, word: str) -> _Record:
        """All features of one word type, as the token and as a neighbour of it: those of its
        key and those of its core (`of_key`, `of_core`)."""
        key = matching_key(word) or word
        shape = _shape(key)
        core = self.core(key, shape)
        features = zip(self.of_key(key, shape, core), self.of_core(core), strict=True)
        return _Record(key, core, tuple(a + b for a, b in features))

    def core(self, key: str, shape: str) -> str:
        """A word key without its clitics (وجون → جون); other than Arabic words, the key."""
        return _strip_clitic(key, self.zipf) if shape == "ar" else key

    def of_key(self, key: str, shape: str, core: str) -> Slots:
        """The features that depend on the word key as written (clitics and all)."""
        own = ["w=" + key, "sh=" + shape, "cl=" + _clitic(key, core), "z=" + _int(self.zipf, key)]
        left1 = ["w-1=" + key]
        right1 = ["w+1=" + key, "p2+1=" + key[:2]]
        left2: list[str] = []
        right2: list[str] = []
        if self.clusters:
            k = self.clusters.get(key) or self.clusters.get(core) or _NO_CLUSTER
            own += ["k1=" + k[0], "k2=" + k[1], "k3=" + k[2]]
            left1 += ["k1-1=" + k[0], "k-1=" + k[1], "kk-1=" + k[2]]
            right1 += ["k1+1=" + k[0], "k+1=" + k[1], "kk+1=" + k[2]]
            left2.append("k-2=" + k[1])
            right2.append("k+2=" + k[1])
        if core in ORGS or key in ORGS:
            own.append("o=ORG")
            left1.append("o-1=ORG")
            right1.append("o+1=ORG")
        gaz = self.gaz.single.get(core) or self.gaz.single.get(key, "")
        if gaz:
            own.append("g=" + gaz)
            left1.append("g-1=" + gaz)
            right1.append("g+1=" + gaz)
        return tuple(own), tuple(left1), tuple(right1), tuple(left2), tuple(right2)

    def of_core(self, core: str) -> Slots:
        """The features that depend on the word's core alone: shared by all its clitic forms
        (جون، وجون، لجون), so the tagger computes them once per core."""
        article = article_class(core, self.zipf)
        bare = core[2:] if core.startswith("ال") and len(core) > 4 else core
        own = [
            "c=" + core,
            "al" if core.startswith("ال") else "nal",
            "p2=" + bare[:2],
            "p3=" + bare[:3],
            "s1=" + core[-1:],
            "s2=" + core[-2:],
            "s3=" + core[-3:],
            "len=" + str(min(len(bare), 8)),
            "zc=" + _int(self.zipf, core),
            "ar=" + article,
            "sr=" + suffix_class(core, self.zipf),
        ]
        left1 = ["c-1=" + core, "s2-1=" + core[-2:], "ar-1=" + article]
        right1 = ["c+1=" + core, "s2+1=" + core[-2:], "ar+1=" + article]
        for as_own, as_left, as_right in affix_profile(core, self.zipf):
            own.append(as_own)
            left1.append(as_left)
            right1.append(as_right)
        left2 = ["w-2=" + core]
        right2 = ["w+2=" + core]
        title = TITLES.get(core, "")
        if title:
            own.append("t=" + title)
            left1.append("t-1=" + title)
            right1.append("t+1=" + title)
            left2.append("t-2=" + title)
        return tuple(own), tuple(left1), tuple(right1), tuple(left2), tuple(right2)

    def extras(self, keys: Sequence[str], cores: Sequence[str]) -> list[list[str]]:
        """Features that depend on the sentence, not the word: place names of several words."""
        extra: list[list[str]] = [[] for _ in keys]
        for start, end, kind in self.gaz.spans(keys, cores):
            extra[start].append("G=B-" + kind)
            for j in range(start + 1, end):
                extra[j].append("G=I-" + kind)
        if keys:
            extra[0].append("BOS")
            extra[-1].append("EOS")
        return extra

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """One feature list per token of a sentence."""
        recs = [self.record(w) for w in words]
        n = len(recs)
        extra = self.extras([r.key for r in recs], [r.core for r in recs])
        out = []
        for i, rec in enumerate(recs):
            f = [*rec.features[0], *extra[i]]
            for slot, offset in enumerate(OFFSETS[1:], 1):
                if 0 <= i + offset < n:
                    f += recs[i + offset].features[slot]
            if i:
                f.append("b=" + recs[i - 1].key + "|" + rec.key)
            if i + 1 < n:
                f.append("a=" + rec.key + "|" + recs[i + 1].key)
            out.append(f)
        return out


_NO_CLUSTER = ("-", "-", "-")
_SHARE_EDGES = (0.01, 0.05, 0.2, 0.5, 0.8, 1.01)


def _share_class(part: float, total: float) -> str:
    """A share bucketed 0-5 (under 1%, 5%, 20%, 50%, 80%, up to all); "-" when nothing is known."""
    if total <= 0.0:
        return "-"
    share = part / total
    return next(str(i) for i, edge in enumerate(_SHARE_EDGES) if share < edge)


def _frequency(zipf: dict[str, float], key: str) -> float:
    z = zipf.get(key)
    return 10.0**z if z else 0.0


def article_class(core: str, zipf: dict[str, float]) -> str:
    """How often the word takes the article ال in general Arabic (wordfreq frequencies of the
    two forms), bucketed: names (كيري، باريس) almost never do, common nouns and adjectives
    often; the article's own form (الرياض) asks about its bare form."""
    bare = core[2:] if core.startswith("ال") and len(core) > 4 else core
    with_al = _frequency(zipf, "ال" + bare)
    return _share_class(with_al, with_al + _frequency(zipf, bare))


def suffix_class(core: str, zipf: dict[str, float]) -> str:
    """How often the word carries a possessive ـها/ـهم/ـنا in general Arabic (wordfreq),
    bucketed: names rarely do."""
    if core.startswith("ال"):
        return "-"
    suffixed = sum(_frequency(zipf, core + s) for s in ("ها", "هم", "نا"))
    return _share_class(suffixed, suffixed + _frequency(zipf, core))


_AFFIX_PREFIXES = ("و", "ب", "ل", "ك")
_AFFIX_SUFFIXES = ("ي", "ه", "ات", "ين")  # on matching keys: ه stands for ة


_AFFIX_FORMS = [(a, True) for a in _AFFIX_PREFIXES] + [(a, False) for a in _AFFIX_SUFFIXES]
# feature strings by (affix, bucket): as the word, as the left and as the right neighbour
_AFFIX_NAMES = {
    (a, v): (f"m{a}={v}", f"m{a}-1={v}", f"m{a}+1={v}")
    for a, _ in _AFFIX_FORMS
    for v in ("-", "-4", "-3", "-2", "-1", "0")
}


def affix_profile(core: str, zipf: dict[str, float]) -> list[tuple[str, str, str]]:
    """How common the word key's affixed forms are next to the word itself in general Arabic
    (wordfreq zipf of و/ب/ل/ك + word and word + ي/ة/ات/ين, minus the word's own, rounded,
    -4 to 0; "-" when wordfreq has no such form), as features of the word and of its left and
    right neighbours. Places take ب and a nisba ي (بباريس، باريسي), people rarely (بأوباما),
    common nouns every affix: in place of word clusters, it tells names the tagger never saw
    from words."""
    base = zipf.get(core)
    if not base or len(core) < 3:
        return []
    if core.endswith(("يا", "يه")):  # سوريا → سوري
        nisba = core[:-1]
    elif core.endswith(("ا", "ه")):  # فرنسا، مكه → فرنسي، مكي
        nisba = core[:-1] + "ي"
    else:
        nisba = core + "ي"
    out = []
    for affix, prefix in _AFFIX_FORMS:
        z = zipf.get(affix + core if prefix else nisba if affix == "ي" else core + affix)
        value = str(max(-4, min(0, round(z - base)))) if z else "-"
        out.append(_AFFIX_NAMES[affix, value])
    return out


def read_clusters(path: Path | None = CLUSTERS) -> dict[str, tuple[str, ...]]:
    """Word key → cluster ids at three granularities (coarse to fine), from the tab-separated
    file scripts/build_tagger.py writes; empty (no cluster features) when there is none."""
    clusters: dict[str, tuple[str, ...]] = {}
    if path is None or not path.exists():
        return clusters
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            key, *ids = line.rstrip("\n").split("\t")
            clusters[key] = tuple(ids)
    return clusters


@lru_cache(maxsize=1)
def key_zipf() -> dict[str, float]:
    """wordfreq's Arabic zipf frequencies by matching key (the highest of each key's spellings)."""
    from mujaz.arabic.clean import word_zipf

    zipf: dict[str, float] = {}
    for word, z in word_zipf().items():
        key = matching_key(word)
        if z > zipf.get(key, 0.0):
            zipf[key] = z
    return zipf


def featurizer(clusters: Path | None = CLUSTERS) -> Featurizer:
    """A featurizer over the shipped clusters (if any; or those of `clusters`, None for
    none), the shipped gazetteer and wordfreq."""
    return Featurizer(read_clusters(clusters), gazetteer(), key_zipf())


class Tagger:
    """The shipped CRF, decoded here: weights summed per word type, Viterbi in numpy.

    crfsuite's linear-chain CRF scores a labelling as the sum of the weights of (feature,
    label) pairs plus label-to-label transitions. Every feature of a word type at a given
    offset is fixed, so its weights are summed once into one vector per (type, offset); a
    document's label scores are then a few array operations and a few pair lookups, and
    Viterbi runs over all its sentences at once. The result equals crfsuite's own tagger
    (tests check it).
    """

    CACHE = 200_000
    BATCH = 256

    def __init__(self, path: Path = MODEL):
        import pycrfsuite

        crf = pycrfsuite.Tagger()
        crf.open(str(path))
        info = crf.info()
        self.labels = list(crf.labels())
        index = {label: j for j, label in enumerate(self.labels)}
        self.transitions = np.zeros((len(index), len(index)))
        for (a, b), w in info.transitions.items():
            self.transitions[index[a], index[b]] = w
        attrs: dict[str, int] = {}
        entries = list(info.state_features.items())
        self.weights = np.zeros((len({attr for (attr, _), _ in entries}), len(index)))
        for (attr, label), w in entries:
            self.weights[attrs.setdefault(attr, len(attrs)), index[label]] = w
        self.attrs = attrs
        self.features = featurizer()
        self.pairs: dict[tuple[str, str], tuple[np.ndarray | None, np.ndarray | None]] = {}
        for attr, i in attrs.items():
            if attr[:2] in ("a=", "b=") and "|" in attr[2:]:
                left, right = attr[2:].split("|", 1)
                after, before = self.pairs.get((left, right), (None, None))
                if attr[0] == "a":
                    after = self.weights[i]
                else:
                    before = self.weights[i]
                self.pairs[(left, right)] = (after, before)
        self.clear()

    def clear(self) -> None:
        """Forget the per-word-type cache (it refills as words come). Row 0 is padding."""
        self.rows: dict[str, int] = {}  # word as written → its row of `vectors`
        self.key_rows: dict[str, int] = {}  # words of one key share a row
        self.keys: list[str] = ["\0"]
        self.cores: list[str] = ["\0"]
        self.vectors = np.zeros((4096, len(OFFSETS), len(self.labels)))
        self.core_rows: dict[str, int] = {}
        self.core_vectors = np.zeros((4096, len(OFFSETS), len(self.labels)))

    def _vector(self, features: Iterable[str]) -> np.ndarray:
        attrs = self.attrs
        return self.weights[[attrs[f] for f in features if f in attrs]].sum(axis=0)

    def _add_types(self, words: Iterable[str]) -> None:
        """Cache rows for word types not seen yet. Every feature comes from the word's key or
        its core (`Featurizer.of_key`, `of_core`): words of one key share a row, the core's
        weights are summed once per core, and all the weights are summed in a few array
        operations (per type, a Python loop over them cost more than describing the type)."""
        rows, key_rows, keys, cores = self.rows, self.key_rows, self.keys, self.cores
        new_keys: list[int] = []
        new_cores: dict[str, int] = {}
        for word in words:
            key = matching_key(word) or word
            row = key_rows.get(key)
            if row is None:
                shape = _shape(key)
                core = self.features.core(key, shape)
                row = key_rows[key] = len(keys)
                keys.append(key)
                cores.append(core)
                new_keys.append(row)
                if core not in self.core_rows and core not in new_cores:
                    new_cores[core] = len(self.core_rows) + len(new_cores)
            rows[word] = row
        self.core_rows.update(new_cores)
        self.core_vectors = self._summed(
            self.core_vectors, list(new_cores.values()),
            [self.features.of_core(core) for core in new_cores],
        )
        self.vectors = self._summed(
            self.vectors, new_keys,
            [self.features.of_key(keys[r], _shape(keys[r]), cores[r]) for r in new_keys],
        )
        self.vectors[new_keys] += self.core_vectors[[self.core_rows[cores[r]] for r in new_keys]]

    def _summed(self, vectors: np.ndarray, at: list[int], slots_of: list[Slots]) -> np.ndarray:
        """`vectors` (grown if need be) with the weights of each new row's features added."""
        get = self.attrs.get
        at_rows: list[int] = []
        at_slots: list[int] = []
        at_attrs: list[int] = []
        for row, slots in zip(at, slots_of, strict=True):
            for slot, features in enumerate(slots):
                ids = [i for i in map(get, features) if i is not None]
                at_rows += [row] * len(ids)
                at_slots += [slot] * len(ids)
                at_attrs += ids
        if at and max(at) >= len(vectors):
            grown = np.zeros((max(max(at) + 1, 2 * len(vectors)), *vectors.shape[1:]))
            grown[: len(vectors)] = vectors
            vectors = grown
        if at_attrs:
            np.add.at(vectors, (at_rows, at_slots), self.weights[at_attrs])
        return vectors

    def _emissions(self, rows_of: Sequence[list[int]]) -> list[np.ndarray]:
        """Label scores (tokens × labels) of each sentence, transitions aside.

        All sentences go through as one array with two padding rows between them, so no
        word's neighbour features reach into the next sentence (no word pair or name of
        several words has padding in it either). The sentence features are those of
        `Featurizer.extras` (BOS, EOS, names of several words), added directly, in the
        order crfsuite sums them, for the whole batch at once."""
        flat: list[int] = [0, 0]
        starts = []
        for rows in rows_of:
            starts.append(len(flat))
            flat += rows
            flat += (0, 0)
        v = self.vectors[flat]
        e = v[:, 0].copy()
        e[1:] += v[:-1, 1]
        e[:-1] += v[1:, 2]
        e[2:] += v[:-2, 3]
        e[:-2] += v[2:, 4]
        first = np.asarray(starts, dtype=np.intp)
        e[first] += self._vector(["BOS"])
        e[first + np.asarray([len(r) for r in rows_of], dtype=np.intp) - 1] += self._vector(["EOS"])
        words = [self.keys[r] for r in flat]
        self._add_names_of_several_words(e, words, [self.cores[r] for r in flat])
        before: list[int] = []
        before_weights: list[np.ndarray] = []
        after: list[int] = []
        after_weights: list[np.ndarray] = []
        for i, pair in enumerate(map(self.pairs.get, zip(words, words[1:], strict=False))):
            if pair is not None:
                if pair[0] is not None:
                    after.append(i)
                    after_weights.append(pair[0])
                if pair[1] is not None:
                    before.append(i + 1)
                    before_weights.append(pair[1])
        if before:
            e[before] += np.asarray(before_weights)  # each token once: no repeated index
        if after:
            e[after] += np.asarray(after_weights)
        return [e[start : start + len(rows)] for start, rows in zip(starts, rows_of, strict=True)]

    def _add_names_of_several_words(
        self, e: np.ndarray, words: Sequence[str], firsts: Sequence[str]
    ) -> None:
        """`Gazetteer.spans` over the padded batch: G=B-/G=I- weights where a place name of
        several words stands."""
        multi = self.features.gaz.multi
        inside_until = -1
        marks: dict[str, list[int]] = {}
        for i in [i for i, f in enumerate(firsts) if f in multi]:
            if i <= inside_until:
                continue
            for rest, kind in multi[firsts[i]]:
                j = i + 1 + len(rest)
                if tuple(words[i + 1 : j]) == rest:
                    marks.setdefault("G=B-" + kind, []).append(i)
                    marks.setdefault("G=I-" + kind, []).extend(range(i + 1, j))
                    inside_until = j - 1
                    break
        for feature, at in marks.items():
            if at:
                e[at] += self._vector([feature])

    def _tag_rows(self, rows_of: Sequence[list[int]]) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in rows_of]
        order = sorted((i for i, r in enumerate(rows_of) if r), key=lambda i: len(rows_of[i]))
        emissions = self._emissions([rows_of[i] for i in order])
        labels = np.asarray(self.labels, dtype=object)
        for start in range(0, len(order), self.BATCH):
            batch = order[start : start + self.BATCH]
            paths = self._viterbi(emissions[start : start + self.BATCH])
            for i, path in zip(batch, paths, strict=True):
                out[i] = labels[path].tolist()
        return out

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels of many sentences, decoded together (much faster than one by one)."""
        return self._tag_rows(self._rows(sentences))

    def _rows(self, sentences: Sequence[Sequence[str]]) -> list[list[int]]:
        """Cache rows of every word; the cache is emptied only between calls, when full, so
        the rows of one call stay valid."""
        if len(self.rows) >= self.CACHE:
            self.clear()
        rows = self.rows
        new = {w: None for s in sentences for w in s if w not in rows}
        if new:
            self._add_types(new)
        return [[rows[w] for w in s] for s in sentences]

    def tag_document(
        self, sentences: Sequence[Sequence[str]], zipf_limit: float | None = None
    ) -> list[list[str]]:
        """BIO labels of one document's sentences, made consistent across the document.

        A name is often written in full once and shortened later (جون كيري … كيري), and the
        short form alone in its sentence may look like nothing. So a token left O whose word
        (clitics aside) is part of a name elsewhere in the document, and is not a common word
        (zipf < `zipf_limit`, CONSISTENT_ZIPF by default), takes that name's type (the most
        frequent one)."""
        return self.tag_documents([sentences], zipf_limit)[0]

    def tag_documents(
        self, documents: Sequence[Sequence[Sequence[str]]], zipf_limit: float | None = None
    ) -> list[list[list[str]]]:
        """`tag_document` of many documents: their sentences are decoded together, so the
        fixed cost of each decoding step is shared by hundreds of sentences."""
        limit = CONSISTENT_ZIPF if zipf_limit is None else zipf_limit
        rows_of = self._rows([s for doc in documents for s in doc])
        labels_of = self._tag_rows(rows_of)
        out, at = [], 0
        for doc in documents:
            rows, labels = rows_of[at : at + len(doc)], labels_of[at : at + len(doc)]
            at += len(doc)
            self._make_consistent(rows, labels, limit)
            self._split_joined_people(rows, labels)
            out.append(labels)
        return out

    def _make_consistent(
        self, rows_of: Sequence[list[int]], labels: list[list[str]], limit: float
    ) -> None:
        kinds: dict[str, Counter[str]] = {}
        for rows, sent_labels in zip(rows_of, labels, strict=True):
            for row, label in zip(rows, sent_labels, strict=True):
                if label != "O":
                    kinds.setdefault(self.cores[row], Counter())[label[2:]] += 1
        if not kinds:
            return
        zipf = key_zipf()
        for rows, sent_labels in zip(rows_of, labels, strict=True):
            for i, row in enumerate(rows):
                core = self.cores[row]
                if (
                    sent_labels[i] == "O"
                    and core in kinds
                    and len(core) > 2
                    and zipf.get(core, 0.0) < limit
                ):
                    kind = kinds[core].most_common(1)[0][0]
                    inside = i and sent_labels[i - 1][2:] == kind
                    sent_labels[i] = ("I-" if inside else "B-") + kind

    def _split_joined_people(
        self, rows_of: Sequence[list[int]], labels: list[list[str]]
    ) -> None:
        """A person's name goes on past و only as a name of its own (كيري ولافروف: two people;
        ANERcorp train mostly marks the second B-PERS): a word inside a person's name
        whose و is a clitic (`clitic_length`) and whose rest the document writes alone
        (سيرجي لافروف) starts a new name."""
        keys, cores = self.keys, self.cores
        alone = {keys[row] for rows in rows_of for row in rows}
        for rows, sent_labels in zip(rows_of, labels, strict=True):
            for i, row in enumerate(rows):
                if (
                    sent_labels[i] == "I-PERS"
                    and keys[row][:1] == "و"
                    and cores[row] == keys[row][1:]
                    and cores[row] in alone
                ):
                    sent_labels[i] = "B-PERS"

    def _viterbi(self, emissions: list[np.ndarray]) -> list[np.ndarray]:
        """Best label paths of sentences given shortest first: at step t only the sentences
        still running (a suffix of the batch) are advanced, forward and back."""
        lengths = np.asarray([len(e) for e in emissions], dtype=np.intp)
        b, n, k = len(emissions), int(lengths[-1]), len(self.labels)
        e = np.zeros((n, b, k))
        for i, em in enumerate(emissions):
            e[: len(em), i] = em
        back = np.zeros((n, b, k), dtype=np.intp)
        delta = e[0].copy()
        trans = self.transitions[None]
        running = np.searchsorted(lengths, np.arange(n), side="right")  # first one running at t
        for t in range(1, n):
            lo = running[t]
            s = delta[lo:, :, None] + trans
            back[t, lo:] = s.argmax(axis=1)
            delta[lo:] = s.max(axis=1) + e[t, lo:]
        paths = np.zeros((n, b), dtype=np.intp)
        paths[lengths - 1, np.arange(b)] = delta.argmax(axis=1)
        for t in range(n - 1, 0, -1):
            lo = running[t]
            paths[t - 1, lo:] = back[t, np.arange(lo, b), paths[t, lo:]]
        return [paths[: lengths[i], i] for i in range(b)]


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The shipped tagger, loaded on first use (a second or two), once per process."""
    return Tagger()


def tag(tokens: Sequence[str]) -> list[str]:
    """ANERcorp BIO labels (B-PERS, I-LOC, B-ORG, B-MISC, O …) of one sentence's tokens."""
    return tagger().tag_many([tokens])[0]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of ANERcorp-like tokens of `text[start:end]`: punctuation apart, clitics kept."""
    return [m.span() for m in TOKEN.finditer(text, start, len(text) if end is None else end)]


_PAUSES = frozenset("،,;:")
_BREAK = re.compile(r"[.!?؟؛…\n،,;:]")  # ends of sentences, and pauses where a long one is cut
LONG_SENTENCE = 40  # tokens; longer runs are cut at a comma, and at twice this length anyway


def sentences(text: str) -> list[list[tuple[int, int]]]:
    """Token spans of `text`, sentence by sentence: a line break or a final mark ends one.

    Cruder than `mujaz.arabic.segment` (a full stop after an abbreviation ends a sentence
    too) and much faster; it only decides what context each token is tagged in. A sentence
    runs on for hundreds of tokens where a page lost its full stops; it is cut at a comma past
    LONG_SENTENCE tokens (ANERcorp's sentences average 32), at twice that anyway, since decoding
    time follows the longest sentence of an article."""
    spans = [m.span() for m in TOKEN.finditer(text)]
    starts = [a for a, _ in spans]
    cuts = {0, len(spans)}
    pauses = []  # tokens that are a comma, a colon or a semicolon, in order
    for m in _BREAK.finditer(text):
        pos = m.start()
        i = bisect_left(starts, pos)
        if text[pos] == "\n":
            cuts.add(i)  # a sentence starts at the first token after a line break
        elif i < len(spans) and spans[i] == (pos, pos + 1):
            if text[pos] in _PAUSES:
                pauses.append(i)
            else:
                cuts.add(i + 1)  # a final mark standing as a token of its own ends one
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        while b - a > LONG_SENTENCE:
            k = bisect_left(pauses, a + LONG_SENTENCE)
            if k < len(pauses) and pauses[k] < b:
                cut = pauses[k] + 1
            else:
                cut = min(b, a + 2 * LONG_SENTENCE)
            out.append(spans[a:cut])
            a = cut
        if a < b:
            out.append(spans[a:b])
    return out


class _Seen:
    """Whether a word key stands alone somewhere in an article (normalised once, on first use)."""

    def __init__(self, text: str):
        self.text = text
        self.keys: str | None = None
        self.words: frozenset[str] = frozenset()

    def __contains__(self, key: object) -> bool:
        if self.keys is None:
            self.keys = matching_key(self.text)
            self.words = frozenset(_WORD_RUN.findall(self.keys))
        key = str(key)
        if _WORD_RUN.fullmatch(key):
            return key in self.words  # a run of word letters stands alone iff it is a run
        return bool(re.search(rf"(?<!\w){re.escape(key)}(?!\w)", self.keys))


_WORD_RUN = re.compile(r"\w+")


def find_mentions(text: str, article: str = "") -> list[Mention]:
    """Named entities of a cleaned article text, with character spans into `text`.

    All sentences of the text are tagged in one batch and made consistent (a name shortened
    later keeps its type: `Tagger.tag_document`); a leading clitic is left out of the span
    (وجون كيري → جون كيري), so `text[m.start:m.end] == m.text` is the name as written."""
    return find_mentions_many([(text, article)])[0]


def find_mentions_many(texts: Sequence[tuple[str, str]]) -> list[list[Mention]]:
    """`find_mentions` of many (text, article id) pairs, decoded together (much faster)."""
    spans_each = [sentences(text) for text, _ in texts]
    labels_each = tagger().tag_documents(
        [[[text[a:b] for a, b in spans] for spans in spans_of]
         for (text, _), spans_of in zip(texts, spans_each, strict=True)]
    )
    return [
        _mentions(text, article, spans_of, labels_of)
        for (text, article), spans_of, labels_of in zip(texts, spans_each, labels_each, strict=True)
    ]


_DIGIT = re.compile(r"\d")


def _goes_on(word: str, kind: str) -> bool:
    """Whether a word the tagger marks inside a name can be part of it: a run of tatweel is a
    dash (آل سعود ــ حفظه الله ــ), and a person's name holds no digits (لدونالد ترامب و11%)."""
    return bool(word.strip("\u0640")) and not (kind == "PERS" and _DIGIT.search(word))


def _number_word(word: str) -> bool:
    """A cardinal or ordinal number word, with و and the article (والخمسون، الحادي)."""
    key = fold(word)
    key = key[1:] if key.startswith("و") and len(key) > 3 else key
    key = key[2:] if key.startswith("ال") else key
    return key in WORDS or key in ORDINALS


def _mentions(
    text: str,
    article: str,
    spans_of: list[list[tuple[int, int]]],
    labels_of: list[list[str]],
) -> list[Mention]:
    seen = _Seen(text)
    zipf = key_zipf()
    mentions: list[Mention] = []
    for spans, labels in zip(spans_of, labels_of, strict=True):
        i = 0
        while i < len(spans):
            if labels[i] == "O" or not _goes_on(text[slice(*spans[i])], labels[i][2:]):
                i += 1
                continue
            kind = labels[i][2:]
            j = i + 1
            while j < len(spans) and labels[j] == "I-" + kind and _goes_on(
                text[slice(*spans[j])], kind
            ):
                j += 1
            start = spans[i][0]
            if text[start] in _CLITIC_LETTERS:
                start += clitic_length(matching_key(text[start : spans[i][1]]), zipf, seen)
            end = spans[j - 1][1]
            if kind == "PERS" and all(map(_number_word, text[start:end].split())):
                i = j
                continue  # التقرير الحادي والخمسون: a count, not a person
            mentions.append(Mention(article, start, end, text[start:end], TYPES.get(kind, kind)))
            i = j
    return mentions
