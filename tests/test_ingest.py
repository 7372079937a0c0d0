"""Reading inputs: encodings, formats, and a clear error for each bad input."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from mujaz.ingest import MAX_ARTICLE_BYTES, read_articles
from mujaz.model import Article, InputError

ARTICLE = "عنوان الخبر هنا\n\nقال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف."


def _read(*paths):
    items = list(read_articles(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        ARTICLE.encode("cp1256"),
        ARTICLE.encode("utf-16"),
    ],
    ids=["utf8", "bom", "crlf", "cp1256", "utf16"],
)
def test_text_encodings(tmp_path, data):
    f = tmp_path / "news.txt"
    f.write_bytes(data)
    (article,), errors = _read(f)
    assert errors == []
    assert article.title == "عنوان الخبر هنا"
    assert article.raw.strip() == "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف."
    assert article.source == "news" and article.location == str(f)


def test_bad_files_each_get_one_clear_error_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Le ministre a déclaré que les négociations reprendront.".encode("latin-1"))
    (tmp_path / "english.txt").write_text("The minister said talks resume next week in Geneva.", encoding="utf-8")
    (tmp_path / "huge.txt").write_bytes(ARTICLE.encode("utf-8") * (MAX_ARTICLE_BYTES // 100))
    articles, errors = _read(tmp_path)
    assert [a.location for a in articles] == [str(tmp_path / "good.txt")]
    reasons = {e.location.rsplit("/", 1)[1]: e.error for e in errors}
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["empty.txt"] == "empty file"
    assert reasons["latin.txt"].startswith("undecodable text")
    assert reasons["english.txt"].startswith("not Arabic text")
    assert reasons["huge.txt"].startswith("file too large for one article")
    assert all("\n" not in e.error for e in errors)


def test_jsonl_saudinewsnet_fields_and_bad_lines(tmp_path):
    good = {"source": "sabq", "url": "http://sabq.org/x1", "title": "عنوان", "content": ARTICLE,
            "date_extracted": "2015-07-21 02:51:32", "author": "", "file_date": "2015-07-21"}
    lines = [json.dumps(good, ensure_ascii=False), "{not json", "[1, 2]",
             json.dumps({"text": "نص قصير عن الاجتماع الوزاري في الرياض اليوم", "date": "2016-01-20"}),
             json.dumps({"source": "x", "content": ""})]
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(lines), encoding="utf-8")
    articles, errors = _read(f)
    assert len(articles) == 2
    a = articles[0]
    assert (a.source, a.location, a.title, a.published.isoformat()) == (
        "sabq", "http://sabq.org/x1", "عنوان", "2015-07-21")
    assert articles[1].location == f"{f}:4" and articles[1].published.isoformat() == "2016-01-20"
    assert [e.location for e in errors] == [f"{f}:2", f"{f}:3", f"{f}:5"]
    assert errors[0].error.startswith("malformed JSON")
    assert errors[2].error == "empty article"


def test_gzipped_jsonl(tmp_path):
    f = tmp_path / "feed.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"url": "https://www.alriyadh.com/1", "content": ARTICLE}, ensure_ascii=False))
    (a,), errors = _read(f)
    assert errors == [] and a.source == "alriyadh.com"


def test_html_page_main_text_without_comments(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>عنوان الصفحة</title><meta property='og:site_name' content='الجزيرة'>"
        "</head><body><nav>الرئيسية | أخبار</nav><article><h1>عنوان الصفحة</h1>"
        + "<p>قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف بمشاركة الأطراف كلها.</p>" * 3
        + "</article><div class='comments'><p>تعليق القارئ الأول على الخبر</p></div></body></html>",
        encoding="utf-8",
    )
    (a,), errors = _read(page)
    assert errors == []
    assert a.source == "الجزيرة" and a.title == "عنوان الصفحة"
    assert "جنيف" in a.raw and "تعليق القارئ" not in a.raw and "الرئيسية" not in a.raw


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    (a,), errors = _read("-")
    assert a.location == "-" and errors == []


def test_missing_path():
    _, (error,) = _read("/nonexistent/file.txt")
    assert error.error == "no such file or folder"


def test_real_windows_1256_and_bom_crlf_files():
    from tests.conftest import DATA, need

    folder = need(DATA / "easc-articles")
    articles, errors = _read(folder)
    assert errors == [] and len(articles) == 151
    assert all("\r" not in a.raw for a in articles)


def test_a_page_s_poll_code_does_not_make_an_arabic_article_foreign(tmp_path):
    code = (
        "#vote_box ul { padding: 0; margin: 0; } .vote_item { color: #333; font-size: 12px; } "
        "jQuery('#vote_box').submit(function(){ var id = jQuery(this).val(); return false; }); "
    ) * 6
    record = {"source": "news", "url": "http://news.example/1", "title": "استطلاع",
              "content": ARTICLE.replace("\n\n", " ") + " " + code + "ما رأيك في المحادثات؟"}
    path = tmp_path / "poll.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    articles, errors = _read(path)
    assert not errors and len(articles) == 1
