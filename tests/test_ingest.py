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


def test_documents_and_images_are_named_as_what_they_are(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    # a PDF's header comment is bytes that Windows-1256 reads as Arabic letters (مدس)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04" + "وثيقة".encode() * 50)
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    (tmp_path / "news.txt.gz").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    articles, errors = _read(tmp_path)
    assert [a.location for a in articles] == [str(tmp_path / "good.txt")]
    reasons = {e.location.rsplit("/", 1)[1]: e.error for e in errors}
    assert reasons["report.pdf"] == "PDF document, not text: extract its text first"
    assert reasons["report.docx"].startswith("ZIP archive (Word .docx")
    assert reasons["old.doc"].startswith("Word or Excel document (.doc/.xls)")
    assert reasons["photo.txt"] == "image (JPEG), not text"
    assert reasons["news.txt.gz"].startswith("gzip-compressed file: decompress it")


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


def test_a_page_with_its_own_title_keeps_its_first_line_in_the_body(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>افتتاح معرض الكتاب</title></head><body><article><h1>افتتاح معرض الكتاب</h1>"
        "<p>الرياض - خالد العمري</p>"
        "<p>افتتح أمير منطقة الرياض مساء اليوم معرض الكتاب الدولي بمشاركة مئات دور النشر من أنحاء العالم.</p>"
        "<p>وقال مدير المعرض إن عدد الزوار المتوقع يتجاوز مليون زائر خلال أيام المعرض العشرة.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (a,), _ = _read(page)
    assert a.title == "افتتاح معرض الكتاب"
    assert a.raw.startswith("الرياض - خالد العمري\nافتتح أمير منطقة الرياض")  # the dateline is not lost


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


def test_real_hard_wrapped_files_are_briefed_in_whole_sentences():
    import mujaz
    from tests.conftest import DATA, need

    path = need(DATA / "easc-articles" / "education" / "education (1).txt")
    briefing = mujaz.brief([path])
    assert briefing.errors == []  # its dates once failed on a month name across a line break
    (story,) = briefing.stories
    assert story.summary[0].text.endswith("للأحساء.")
    assert all("\n" not in d.text for d in story.dates)


PARAGRAPHS = [
    "افتتح أمير المنطقة صباح اليوم المعرض السنوي للكتاب في مركز المعارض بحضور عدد كبير من "
    "الناشرين والمثقفين، ويستمر المعرض عشرة أيام. وقال مدير المعرض إن عدد دور النشر المشاركة "
    "بلغ هذا العام أربعمائة دار من ثلاثين دولة.",
    "وأضاف أن المعرض يقدم برنامجا ثقافيا يشمل ندوات وأمسيات شعرية وورش عمل للأطفال، وأن "
    "الدخول مجاني للجميع طوال أيام المعرض.",
]


def test_a_hard_wrapped_file_is_read_as_paragraphs(tmp_path):
    import textwrap

    wrapped = "\r\n".join(
        textwrap.fill(p, width=60) + ("\r\n" if i == 0 else "") for i, p in enumerate(PARAGRAPHS)
    )
    assert wrapped.count("\n") >= 6
    f = tmp_path / "wrapped.txt"
    f.write_bytes(b"\xef\xbb\xbf" + wrapped.encode("utf-8"))
    (article,), errors = _read(f)
    assert errors == []
    assert article.title is None  # the first line was half a sentence, no title
    assert article.raw.strip().split("\n\n") == PARAGRAPHS


def test_verse_and_lists_keep_their_lines():
    from mujaz.arabic.clean import unwrap_hard_wrapped

    verse = "يا دار أين الأحبة والسمر\nرحلوا وما بقي سوى الأثر\nوالليل يسأل عن مواعدهم\nوالنجم يشهد أنهم عبروا\n"
    # items of one length leave no room for the next bullet, as wrapped lines leave none
    groups = "\n".join(f"* المجموعة {n}: فريق وفريق وفريق." for n in "أبجده")
    numbered = "\n".join(f"{n}. المجموعة: فريق وفريق وفريق." for n in range(1, 6))
    for text in (verse, groups, numbered, "\n\n".join(PARAGRAPHS)):
        assert unwrap_hard_wrapped(text) == text


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


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>صحيفة المثال</title>
<link>https://www.example-news.sa/</link>
<item>
<title>وزير الصحة يطلق حملة التطعيم &amp; يدعو الأسر للمشاركة</title>
<link>https://www.example-news.sa/news/101</link>
<pubDate>Wed, 20 Jan 2016 01:30:00 +0300</pubDate>
<description>أطلق وزير الصحة حملة وطنية...</description>
<content:encoded><![CDATA[الرياض - المثال<p>أطلق وزير الصحة اليوم حملة وطنية للتطعيم ضد شلل الأطفال في جميع المناطق.</p>
<figure><img src="a.jpg"/></figure><p>وقال الوزير إن الحملة تستهدف مليوني طفل &amp; تستمر أسبوعاً.</p>
<script>track();</script>]]></content:encoded>
</item>
<item>
<title>أمطار غزيرة على جازان</title>
<link>https://www.example-news.sa/news/102</link>
<pubDate>Thu, 21 Jan 2016 09:00:00 +0300</pubDate>
<description>&lt;p&gt;جدة - واس&lt;/p&gt;&lt;p&gt;هطلت أمطار غزيرة على منطقة جازان مساء أمس وسط تحذيرات الدفاع المدني.&lt;/p&gt;</description>
</item>
<item>
<title>Weather update</title>
<link>https://www.example-news.sa/en/103</link>
<description>Heavy rain fell on Jazan last night, civil defence warned residents.</description>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>وكالة المثال</title>
<link href="https://agency.example.org/"/>
<entry>
<title type="html">&lt;b&gt;افتتاح&lt;/b&gt; معرض الكتاب في الرياض</title>
<updated>2016-03-09T23:10:00+03:00</updated>
<content type="html">&lt;p&gt;افتتح أمير منطقة الرياض مساء اليوم معرض الكتاب الدولي بمشاركة مئات دور النشر.&lt;/p&gt;</content>
</entry>
</feed>
"""


def test_rss_feed_one_article_per_item(tmp_path):
    feed = tmp_path / "news.rss"
    feed.write_text(RSS, encoding="utf-8")
    articles, errors = _read(feed)
    first, second = articles
    assert first.title == "وزير الصحة يطلق حملة التطعيم & يدعو الأسر للمشاركة"
    # the full content, not the teaser; a line per paragraph, entities decoded, no script
    assert first.raw == (
        "الرياض - المثال\n"
        "أطلق وزير الصحة اليوم حملة وطنية للتطعيم ضد شلل الأطفال في جميع المناطق.\n"
        "وقال الوزير إن الحملة تستهدف مليوني طفل & تستمر أسبوعاً."
    )
    assert first.location == "https://www.example-news.sa/news/101"
    assert first.source == "صحيفة المثال"
    assert str(first.published) == "2016-01-20"  # the outlet's day, though UTC's is the 19th
    # the item's title is its title: the body's first line (a dateline) stays in the body
    assert second.raw == "جدة - واس\nهطلت أمطار غزيرة على منطقة جازان مساء أمس وسط تحذيرات الدفاع المدني."
    (error,) = errors  # the English item alone, named by its place in the feed and its link
    assert error.location == f"{feed}:item 3"
    assert error.error.startswith("not Arabic text") and "example-news.sa/en/103" in error.error


def test_atom_feed_and_a_feed_by_its_content_whatever_its_name(tmp_path):
    feed = tmp_path / "agency.txt"
    feed.write_text(ATOM, encoding="utf-8")
    (article,), errors = _read(feed)
    assert errors == []
    assert article.title == "افتتاح معرض الكتاب في الرياض"
    assert article.raw.startswith("افتتح أمير منطقة الرياض")
    assert article.location == f"{feed}:item 1"  # no link: its place in the feed
    assert article.source == "وكالة المثال" and str(article.published) == "2016-03-09"
    untitled = tmp_path / "untitled.atom"  # a feed with no title: its outlet is its host
    untitled.write_text(ATOM.replace("<title>وكالة المثال</title>", ""), encoding="utf-8")
    (article,), _ = _read(untitled)
    assert article.source == "agency.example.org"
    utf16 = tmp_path / "utf16.txt"  # saved as UTF-16 by a Windows tool: still a feed
    utf16.write_text(ATOM.replace('encoding="utf-8"', 'encoding="utf-16"'), encoding="utf-16")
    (article,), errors = _read(utf16)
    assert errors == [] and article.title == "افتتاح معرض الكتاب في الرياض"


def test_a_feed_may_hold_more_than_one_article_s_worth_whatever_its_name(tmp_path, monkeypatch):
    monkeypatch.setattr("mujaz.ingest.readers.MAX_ARTICLE_BYTES", 1000)
    feed = tmp_path / "saved.txt"
    feed.write_text(RSS, encoding="utf-8")  # some 2,500 bytes
    articles, _ = _read(feed)
    assert len(articles) == 2


def test_feed_on_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ATOM.encode("utf-8"))))
    (a,), errors = _read("-")
    assert errors == [] and a.title == "افتتاح معرض الكتاب في الرياض"


def test_bad_feeds_each_get_one_clear_error_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notxml.rss").write_text("هذا ليس ملف تغذية", encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text("<?xml version='1.0'?><urlset><url><loc>x</loc></url></urlset>")
    (tmp_path / "empty.atom").write_bytes(b"")
    (tmp_path / "blob.xml").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "noitems.rss").write_text("<rss version='2.0'><channel><title>قناة</title></channel></rss>")
    # cut off in the middle of its second item, with a bare & in the first: read as far as
    # it goes, and reported
    (tmp_path / "cut.rss").write_text(RSS.split("<title>أمطار")[0].replace("&amp;", "&"), encoding="utf-8")
    articles, errors = _read(tmp_path)
    reasons = {e.location.rsplit("/", 1)[1]: e.error for e in errors}
    assert reasons["notxml.rss"].startswith("malformed feed: syntax error at line ")
    assert reasons["sitemap.xml"] == "not an RSS or Atom feed"
    assert reasons["empty.atom"] == "empty file"
    assert reasons["blob.xml"] == "binary file, not text"
    assert reasons["noitems.rss"] == "feed has no items"
    assert reasons["cut.rss"].startswith("malformed feed: not well-formed") and reasons["cut.rss"].endswith("2 items read")
    assert reasons["cut.rss:item 2"].startswith("empty article")
    assert [a.location for a in articles] == ["https://www.example-news.sa/news/101", str(tmp_path / "good.txt")]
    assert all("\n" not in e.error for e in errors)
