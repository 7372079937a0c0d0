"""The `mujaz` command: formats, output file, error lines and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import EXAMPLES, validate

MUJAZ = [sys.executable, "-m", "mujaz.cli"]


def run(*args, stdin=None):
    return subprocess.run([*MUJAZ, *args], capture_output=True, text=True, input=stdin)


def test_brief_examples_json_to_stdout():
    r = run("brief", str(EXAMPLES), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    validate(doc)
    assert len(doc["stories"]) == 2


def test_bad_inputs_exit_1_and_name_each_input(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في جنيف بمشاركة الجميع.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02" * 100)
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"content": "نص عربي عن اجتماع وزراء الخارجية في الرياض اليوم"}\n{broken\n', encoding="utf-8")
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB
    out = tmp_path / "out.json"
    r = run("brief", str(tmp_path), "-o", str(out))
    assert r.returncode == 1
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("mujaz: ") and "→" not in ln]
    assert len(lines) == 4
    assert any(f"{tmp_path}/empty.txt: empty file" in ln for ln in lines)
    assert any(f"{tmp_path}/blob.bin: binary file" in ln for ln in lines)
    assert any(f"{feed}:2: malformed JSON" in ln for ln in lines)
    assert any(f"{big}: file too large" in ln for ln in lines)
    doc = json.loads(out.read_text(encoding="utf-8"))
    validate(doc)
    assert len(doc["errors"]) == 4 and len(doc["articles"]) == 2
    assert "Traceback" not in r.stderr


def test_the_closing_line_counts_in_english(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في جنيف بمشاركة الجميع.", encoding="utf-8")
    out = tmp_path / "out.md"
    r = run("brief", str(good), "--format", "md", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == f"mujaz: 1 story from 1 article → {out}"


def test_usage_errors_exit_2(tmp_path):
    assert run("brief", str(EXAMPLES), "--format", "pdf").returncode == 2
    assert run("brief", str(EXAMPLES), "--lang", "en").returncode == 2
    assert run("frobnicate").returncode == 2


def test_stdin_and_markdown():
    r = run("brief", "-", "--format", "md", stdin="قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في جنيف بمشاركة الجميع.")
    assert r.returncode == 0 and r.stdout.startswith("# موجز")


def test_html_file(tmp_path):
    out = tmp_path / "r.html"
    r = run("brief", str(EXAMPLES), "--format", "html", "-o", str(out))
    assert r.returncode == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


AGGREGATED_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>مجمع الأخبار</title><link>https://news.example.com/</link>
<item><title>افتتاح مستشفى جديد في تبوك بسعة 300 سرير</title>
<link>https://news.example.com/r/1</link><source url="https://alpha.example.sa/rss">صحيفة ألف</source>
<pubDate>Sun, 02 Aug 2015 08:00:00 +0300</pubDate>
<description>&lt;p&gt;افتتح أمير منطقة تبوك اليوم مستشفى الملك سلمان الجديد بسعة 300 سرير وبتكلفة بلغت 400 مليون ريال.&lt;/p&gt;&lt;p&gt;ويضم المستشفى أقساما للطوارئ والعناية المركزة وجراحة القلب.&lt;/p&gt;</description></item>
<item><title>أمير تبوك يفتتح مستشفى الملك سلمان</title>
<link>https://news.example.com/r/2</link><source url="https://beta.example.sa/rss">جريدة باء</source>
<pubDate>Sun, 02 Aug 2015 10:00:00 +0300</pubDate>
<description>&lt;p&gt;افتتح أمير منطقة تبوك صباح اليوم مستشفى الملك سلمان الجديد بسعة 300 سرير بتكلفة 400 مليون ريال.&lt;/p&gt;&lt;p&gt;وأكد مدير الشؤون الصحية أن المستشفى سيخدم سكان المنطقة والمحافظات التابعة لها.&lt;/p&gt;</description></item>
<item><title>ارتفاع مؤشر السوق السعودية في ختام تعاملات الأسبوع</title>
<link>https://news.example.com/r/3</link><source url="https://alpha.example.sa/rss">صحيفة ألف</source>
<pubDate>Sun, 02 Aug 2015 16:00:00 +0300</pubDate>
<description>ارتفع المؤشر العام للسوق المالية السعودية في ختام تعاملات اليوم بنسبة واحد في المئة مدعوما بأسهم البنوك.</description></item>
</channel></rss>
"""


def test_an_aggregated_feed_is_briefed_with_each_item_s_own_outlet(tmp_path):
    feed = tmp_path / "news.xml"
    feed.write_text(AGGREGATED_FEED, encoding="utf-8")
    r = run("brief", str(feed), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    validate(doc)
    assert [a["location"] for a in doc["articles"]] == [f"https://news.example.com/r/{i}" for i in (1, 2, 3)]
    assert {a["published"] for a in doc["articles"]} == {"2015-08-02"}
    hospital = next(s for s in doc["stories"] if len(s["articles"]) == 2)
    assert sorted(hospital["sources"]) == ["جريدة باء", "صحيفة ألف"]
    assert len(doc["stories"]) == 2
