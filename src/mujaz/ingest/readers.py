"""File, folder, stdin, JSONL, HTML and RSS/Atom feed readers (see the package docstring)."""

from __future__ import annotations

import gzip
import html
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlparse

from mujaz.arabic.clean import source_credit, unwrap_hard_wrapped, without_code
from mujaz.arabic.normalize import arabic_letter_ratio
from mujaz.model import Article, InputError

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # no news article is 5 MB; such a file is a dump or a mistake
MAX_FEED_BYTES = 100 * 1024 * 1024  # a feed holds many articles; past this it is no feed
MIN_ARABIC_RATIO = 0.3  # below this share of Arabic letters an input is not Arabic news

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SENTENCE_END = re.compile(r"[.!?؟؛:]\s*$")
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# a feed's root element, after an XML declaration, comments or a stylesheet instruction
_FEED_ROOT = re.compile(rb"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.S)


class BadInput(ValueError):
    """An input that cannot become an article; the message says why, in one line."""


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Articles from files, folders (recursively, in name order) and `-` (stdin), in order.

    Each failure is yielded as an `InputError` and reading goes on with the next input.
    Article ids are a1, a2, … in reading order.
    """
    counter = 0
    for path in paths:
        for item in _read_path(str(path)):
            if isinstance(item, Article):
                counter += 1
                item.id = f"a{counter}"
            yield item


def _read_path(path: str) -> Iterator[Article | InputError]:
    if path == "-":
        yield from _read_stdin()
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        if not files:
            yield InputError(path, "folder has no files")
        for f in files:
            yield from _read_file(f)
    elif p.is_file():
        yield from _read_file(p)
    elif p.exists():
        yield InputError(path, "not a regular file")
    else:
        yield InputError(path, "no such file or folder")


def _read_file(path: Path) -> Iterator[Article | InputError]:
    name = path.name.lower()
    try:
        if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            yield from _read_jsonl(path)
            return
        feed_named = path.suffix.lower() in _FEED_SUFFIXES
        with path.open("rb") as fh:
            data = fh.read((MAX_FEED_BYTES if feed_named else MAX_ARTICLE_BYTES) + 1)
            is_feed = feed_named or _is_feed(data)
            if is_feed and len(data) > MAX_ARTICLE_BYTES:  # a feed may hold more than an article
                data += fh.read(MAX_FEED_BYTES + 1 - len(data))
        if is_feed:
            if len(data) > MAX_FEED_BYTES:
                raise BadInput(
                    f"feed too large (over {MAX_FEED_BYTES // 1024 // 1024} MB): split it"
                )
            yield from _read_feed(data, str(path))
            return
        if len(data) > MAX_ARTICLE_BYTES:
            size = path.stat().st_size / 1024 / 1024
            raise BadInput(
                f"file too large for one article ({size:.1f} MB; the limit is "
                f"{MAX_ARTICLE_BYTES // 1024 // 1024} MB): split it or give it as JSONL"
            )
        text = decode_bytes(data)
        if path.suffix.lower() in _HTML_SUFFIXES:
            yield article_from_html(text, str(path), fallback_source=path.stem)
        else:
            published = _parse_date(name)  # a date in the file name, if any
            article = article_from_text(text, str(path), source=path.stem, published=published)
            article.source = source_credit(article.raw) or article.source
            yield article
    except BadInput as exc:
        yield InputError(str(path), str(exc))
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")


def _read_stdin() -> Iterator[Article | InputError]:
    data = sys.stdin.buffer.read()
    if _is_feed(data):
        try:
            yield from _read_feed(data, "-")
        except BadInput as exc:
            yield InputError("-", str(exc))
        return
    try:
        text = decode_bytes(data)
    except BadInput as exc:
        yield InputError("-", str(exc))
        return
    if text.lstrip().startswith("{"):
        yield from _jsonl_lines(text.splitlines(), "-")
        return
    try:
        yield article_from_text(text, "-", source="stdin")
    except BadInput as exc:
        yield InputError("-", str(exc))


# --- decoding --------------------------------------------------------------------------------


def decode_bytes(data: bytes) -> str:
    """Decode an article file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256.

    Raises BadInput for empty, binary or undecodable data.
    """
    if not data.strip():
        raise BadInput("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data, "utf-16")
    if reason := _not_text(data):
        raise BadInput(reason)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # legacy Arabic pages and Word exports are Windows-1256; accept it only if it reads as Arabic
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and arabic_letter_ratio(text) >= MIN_ARABIC_RATIO:
        return text
    raise BadInput("undecodable text: neither UTF-8 nor Windows-1256 Arabic")


# What a file that is not text is, by its first bytes, and what to do about it: a user who
# gives Mujaz a PDF or a Word file should learn that it wants the text, not that it is "binary".
_FORMATS = (
    (b"%PDF-", "PDF document, not text: extract its text first"),
    (b"PK\x03\x04", "ZIP archive (Word .docx, OpenDocument and EPUB files are such), not text: "
     "save the article as plain text or HTML"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word or Excel document (.doc/.xls), not text: "
     "save the article as plain text or HTML"),
    (b"\x1f\x8b", "gzip-compressed file: decompress it, or name it .jsonl.gz if it is JSONL"),
    (b"\x89PNG", "image (PNG), not text"),
    (b"\xff\xd8\xff", "image (JPEG), not text"),
    (b"GIF8", "image (GIF), not text"),
)


def _not_text(data: bytes) -> str | None:
    """Why data is not text (a known format by its signature, or binary), or None."""
    for signature, reason in _FORMATS:
        if data.startswith(signature):
            return reason
    return "binary file, not text" if _binary(data) else None


def _binary(data: bytes) -> bool:
    """Whether data is binary: a NUL or more than 1% control characters in its first 8 KB."""
    head = data[:8192]
    return b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 100 + 1


def _checked(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInput(f"invalid {encoding.upper()} at byte {exc.start}") from None


# --- article builders ------------------------------------------------------------------------


def _require_arabic(text: str) -> None:
    if not text.strip():
        raise BadInput("empty article")
    ratio = arabic_letter_ratio(without_code(text))
    if ratio < MIN_ARABIC_RATIO:
        raise BadInput(f"not Arabic text (only {ratio:.0%} of its letters are Arabic)")


def article_from_text(
    text: str,
    location: str,
    *,
    source: str,
    published: date | None = None,
    title: str | None = None,
) -> Article:
    """An article from plain text; a short first line without a sentence end is its title,
    unless the input gives its own `title` (a record's field, a feed item's): then the whole
    text is body, and its first line (a byline, a dateline) stays in it."""
    text = unwrap_hard_wrapped(text.replace("\r\n", "\n").replace("\r", "\n"))
    _require_arabic(text)
    lines = text.lstrip("\ufeff").strip().split("\n", 1)
    first = lines[0].strip()
    if (
        title is None
        and len(lines) == 2
        and lines[1].strip()
        and 1 < len(first.split()) <= 20
        and not _SENTENCE_END.search(first)
        and arabic_letter_ratio(first) >= 0.5
    ):
        title, text = first, lines[1]
    return Article(id="", source=source, location=location, raw=text, title=title,
                   published=published)


def article_from_html(html: str, location: str, *, fallback_source: str) -> Article:
    """An article from an HTML page: trafilatura's main text, comments left out."""
    import trafilatura  # heavy import, only when an HTML page is read

    doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        raise BadInput("HTML page has no article text")
    text = doc.text
    title = (doc.title or "").strip() or None
    if title and text.startswith(title):
        text = text[len(title):].lstrip()
    source = (doc.sitename or "").strip() or _host(doc.url or "") or fallback_source
    location = doc.url or location
    return article_from_text(
        text, location, source=source, published=_parse_date(doc.date), title=title
    )


def _read_jsonl(path: Path) -> Iterator[Article | InputError]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8-sig", errors="strict") as fh:
            yield from _jsonl_lines(fh, str(path))
    except UnicodeDecodeError as exc:
        yield InputError(str(path), f"invalid UTF-8 in JSONL at byte {exc.start}")
    except (gzip.BadGzipFile, EOFError) as exc:
        yield InputError(str(path), f"broken gzip file: {exc}")


def _jsonl_lines(lines: Iterable[str], name: str) -> Iterator[Article | InputError]:
    seen_any = False
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{name}:{lineno}"
        if len(line) > MAX_ARTICLE_BYTES:
            yield InputError(where, "line too large for one article")
            continue
        try:
            yield _article_from_record(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
        except BadInput as exc:
            yield InputError(where, str(exc))
    if not seen_any:
        yield InputError(name, "empty file")


def _article_from_record(record: object, where: str) -> Article:
    """SaudiNewsNet's fields (source, url, title, content, date_extracted) or text/date."""
    if not isinstance(record, dict):
        raise BadInput("a JSONL line must be a JSON object")
    text = record.get("content")
    if text is None:
        text = record.get("text")
    if not isinstance(text, str):
        raise BadInput("no 'content' or 'text' field with the article text")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    location = url or where
    title = record.get("title")
    title = (title.strip() or None) if isinstance(title, str) else None
    try:
        article = article_from_text(text, location, source="", title=title)
    except BadInput as exc:
        raise BadInput(f"{exc}{f' ({url})' if url else ''}") from None
    article.source = str(record.get("source") or "") or _host(url or "") or Path(where).stem
    for key in ("date", "published", "date_extracted", "file_date"):
        if isinstance(record.get(key), str) and (parsed := _parse_date(record[key])):
            article.published = parsed
            break
    return article


# --- feeds ------------------------------------------------------------------------------------


def _is_feed(data: bytes) -> bool:
    """Whether a file's bytes are an RSS or Atom feed (its root element says so), whatever its
    name: a feed saved as .txt is still read item by item."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as some Windows tools save
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return bool(_FEED_ROOT.match(head.removeprefix(b"\xef\xbb\xbf")))


def _read_feed(data: bytes, name: str) -> Iterator[Article | InputError]:
    """One article per item of an RSS or Atom feed (feedparser, given the bytes, so it never
    fetches anything and honours the feed's declared encoding). Its location is the item's
    link, else `name:item N`; an item without Arabic text is an error of its own, and the rest
    of the feed is read. A feed that is not well-formed XML is read as far as feedparser's
    lenient parser gets, and reported, as items may be missing."""
    import feedparser  # only when a feed is read

    if not data.strip():
        raise BadInput("empty file")
    if not _is_feed(data) and (reason := _not_text(data)):  # named .xml/.rss, but no text
        raise BadInput(reason)
    feed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    broken = feed.get("bozo_exception") if feed.get("bozo") else None
    problem = _parse_problem(broken)
    if not feed.entries:
        if problem:
            raise BadInput(f"malformed feed: {problem}")
        if not feed.get("version"):
            raise BadInput("not an RSS or Atom feed")
        raise BadInput("feed has no items")
    if problem:
        read = f"{len(feed.entries)} item{'s' if len(feed.entries) > 1 else ''} read"
        yield InputError(name, f"malformed feed: {problem}; {read}")
    channel = feed.get("feed", {})
    for n, entry in enumerate(feed.entries, 1):
        link = entry.get("link") if isinstance(entry.get("link"), str) else None
        try:
            yield _article_from_entry(entry, channel, link or f"{name}:item {n}", name)
        except BadInput as exc:
            yield InputError(f"{name}:item {n}", f"{exc}{f' ({link})' if link else ''}")


def _parse_problem(exc: object) -> str | None:
    """What made a feed malformed, in one line; None when feedparser's complaint is benign
    (an encoding declared one way and read another, which it recovers from exactly)."""
    import xml.sax

    if not isinstance(exc, xml.sax.SAXParseException):
        return None
    return f"{exc.getMessage()} at line {exc.getLineNumber()}"


def _article_from_entry(entry: dict, channel: dict, location: str, name: str) -> Article:
    """A feed item: its longest body (full content, else the summary) as text, its title, its
    date as the feed writes it (the outlet's own day, not UTC's), and its outlet: the item's
    own source (aggregated feeds name it), else the feed's title (as a page's site name names
    it), else the host of its link or of the feed's."""
    bodies = [c.get("value") for c in entry.get("content") or []] + [entry.get("summary")]
    body = max((b for b in bodies if isinstance(b, str)), key=len, default="")
    title = " ".join(_html_text(entry.get("title") or "").split()) or None
    article = article_from_text(_html_text(body), location, source="", title=title)
    article.published = _entry_date(entry)
    source = entry.get("source") or {}
    article.source = (
        (source.get("title") or "").strip()
        or " ".join(_html_text(channel.get("title") or "").split())
        or _host(entry.get("link") or "")
        or _host(channel.get("link") or "")
        or Path(name).stem
    )
    return article


_BLOCKS = frozenset([
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "section", "article", "figure", "figcaption", "pre", "hr",
])


def _html_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's body), a line per paragraph or block."""
    if "<" not in fragment:
        return html.unescape(fragment)
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.unescape(re.sub(r"<[^>]*>", " ", fragment))
    for element in root.xpath("//script|//style"):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            if element.tag.lower() != "br":  # a block opens a line, and the text after it too
                element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_date(entry: dict) -> date | None:
    """An item's publication (else update) date, in the time zone the feed writes it in."""
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        try:
            return parsedate_to_datetime(value).date()  # RSS: Wed, 20 Jan 2016 10:00:00 +0300
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()  # Atom
        except ValueError:
            pass
        if parsed := _parse_date(value):
            return parsed
        stamp = entry.get(f"{key}_parsed")  # feedparser's own reading, in UTC
        if stamp:
            return date(*stamp[:3])
    return None


def _host(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.")


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
